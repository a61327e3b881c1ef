"""Benchmark: a ``foilib due`` process against a bare ``python -c pass``.

Run: ``.venv/bin/python benchmarks/bench_cli.py [--repeat N]``. Each command runs N times
in turns; the figure is the best CPU time (user + system) of the child process, which a
busy shared machine disturbs far less than wall time. Target (issue 14): ``foilib due``
within 30 ms of the bare interpreter. Also shown: ``import foilib``, ``import attrs`` (a
runtime dependency every foilib command needs) and the import of the CLI alone.

The package's bytecode is compiled first (``compileall``, into the git-ignored
``__pycache__`` directories), as ``pip install`` does for a wheel: with
``PYTHONDONTWRITEBYTECODE`` set (as on the benchmark machine) every child would otherwise
recompile foilib's sources on each start, which no installed copy does. ``--no-compile``
measures without that (compiled files already present are still used).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import resource
import subprocess
import sys
import time
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


def child_times(cmd: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-compile", action="store_true", help="do not compile bytecode first")
    args = parser.parse_args()
    if not args.no_compile:
        spec = importlib.util.find_spec("foilib")
        assert spec is not None
        assert spec.submodule_search_locations
        for where in spec.submodule_search_locations:
            compileall.compile_dir(where, quiet=1)
    best = dict.fromkeys(COMMANDS, float("inf"))
    best_wall = dict.fromkeys(COMMANDS, float("inf"))
    for _ in range(args.repeat):
        for name, cmd in COMMANDS.items():
            cpu, wall = child_times(cmd)
            best[name] = min(best[name], cpu)
            best_wall[name] = min(best_wall[name], wall)
    base, base_wall = best["python -c pass"], best_wall["python -c pass"]
    rows = []
    for name in COMMANDS:
        over = (best[name] - base) * 1e3
        over_wall = (best_wall[name] - base_wall) * 1e3
        ok = over <= 30 if name == "foilib due 2026-11-25" else None
        rows.append(
            (
                name + (" <= pass + 30 ms" if ok is not None else ""),
                f"{best[name] * 1e3:.0f} ms CPU, {best_wall[name] * 1e3:.0f} ms wall",
                f"+{over:.0f} ms CPU, +{over_wall:.0f} ms wall",
                verdict(ok) if ok is not None else "info",
            )
        )
    table(rows)
    print(
        f"\nbest of {args.repeat} runs each (CPU: getrusage of the children, user + system; "
        "wall: perf_counter)"
    )
    print(f"bytecode compiled first: {not args.no_compile}; load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
