"""Seeded sample of mutmut's mutants, and the score of a (sampled) mutation run.

The clock and the checks have about 1,800 mutants each; one worker cannot run them all
in a working session, so docs/mutation-clock.md measures a seeded sample:

    .venv/bin/mutmut run --max-children 1 "none*"        # generate mutants/ (matches none)
    .venv/bin/mutmut run --max-children 1 $(.venv/bin/python tools/mutation_sample.py \
        names clock 150 --seed 10)
    .venv/bin/python tools/mutation_sample.py score clock 150 --seed 10

``score`` prints killed / run with a 95% Wilson interval and lists the survivors. The
sample is drawn from the sorted mutant names, so a seed names the same mutants as long
as the module's source is unchanged.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

_META = Path("mutants/src/foilib/_private")
# mutmut's exit codes: 0 = survived, 5/33 = no test reached it (a survivor too),
# 34 = skipped, None = not run; anything else (1 = a test failed, 36 = timeout, ...) is
# a mutant the tests did not let pass: killed.
_NOT_KILLED = {0, 5, 33}
_NOT_RUN = {None, 34}


def _all(module: str) -> dict[str, int | None]:
    meta = json.loads((_META / f"{module}.py.meta").read_text("utf-8"))
    return dict(meta["exit_code_by_key"])


def _sample(module: str, n: int, seed: int) -> list[str]:
    names = sorted(_all(module))
    if n >= len(names):
        return names
    return sorted(random.Random(seed).sample(names, n))


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["names", "score"])
    parser.add_argument("module", help="clock or checks")
    parser.add_argument("n", type=int, help="sample size (0 = every mutant)")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    total = len(_all(args.module))
    names = _sample(args.module, args.n or total, args.seed)
    if args.what == "names":
        print("\n".join(names))
        return
    codes = _all(args.module)
    ran = [name for name in names if codes[name] not in _NOT_RUN]
    killed = [name for name in ran if codes[name] not in _NOT_KILLED]
    survived = sorted(set(ran) - set(killed))
    low, high = _wilson(len(killed), len(ran))
    print(
        f"{args.module}: {len(killed)}/{len(ran)} killed = {len(killed) / max(len(ran), 1):.1%} "
        f"(95% CI {low:.1%}-{high:.1%}; sample {len(names)} of {total}, seed {args.seed}; "
        f"{len(names) - len(ran)} not run)"
    )
    for name in survived:
        print(f"  survived ({codes[name]}): {name}")


if __name__ == "__main__":
    main()
