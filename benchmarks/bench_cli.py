"""Benchmark: a ``foilib due`` process against a bare ``python -c pass``.

Run: ``.venv/bin/python benchmarks/bench_cli.py [--repeat N]``. Each command runs N times
in turns; the figure is the best CPU time (user + system) of the child process, which a
busy shared machine disturbs far less than wall time. Target (issue 14): ``foilib due``
within 30 ms of the bare interpreter. Also shown: ``import foilib``, ``import attrs`` (a
runtime dependency every foilib command needs) and the import of the CLI alone.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import table, verdict

PY = sys.executable
COMMANDS = {
    "python -c pass": [PY, "-c", "pass"],
    "python -c 'import attrs'": [PY, "-c", "import attrs"],
    "python -c 'import foilib'": [PY, "-c", "import foilib"],
    "import foilib.cli": [PY, "-c", "import foilib.cli"],
    "foilib due 2026-11-25": [
        PY,
        "-c",
        "from foilib.cli import main; raise SystemExit(main(['due', '2026-11-25']))",
    ],
    "foilib due 2026-11-25 --explain": [
        PY,
        "-c",
        "from foilib.cli import main; raise SystemExit(main(['due', '2026-11-25', '--explain']))",
    ],
}


def child_cpu(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    best = dict.fromkeys(COMMANDS, float("inf"))
    for _ in range(args.repeat):
        for name, cmd in COMMANDS.items():
            best[name] = min(best[name], child_cpu(cmd))
    base = best["python -c pass"]
    rows = []
    for name in COMMANDS:
        over = (best[name] - base) * 1e3
        ok = over <= 30 if name == "foilib due 2026-11-25" else None
        rows.append(
            (
                name + (" <= pass + 30 ms" if ok is not None else ""),
                f"{best[name] * 1e3:.0f} ms CPU",
                f"+{over:.0f} ms",
                verdict(ok) if ok is not None else "info",
            )
        )
    table(rows)
    print(f"\nbest of {args.repeat} runs each (getrusage of the children: user + system CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
