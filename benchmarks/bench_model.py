"""Benchmark: constructors and validation are linear in the number of parts and answers.

Run: ``.venv/bin/python benchmarks/bench_model.py``. Builds a ``Response`` with N request
parts and N answers (each answer covering one part) for N = 1,000 and 10,000, and a
``Request`` of N parts; 10x the items must cost at most 15x the time (issue 14).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import best, table, verdict

import foilib
from foilib import Disposition, Regime


def response(n: int) -> foilib.Response:
    parts = tuple(foilib.RequestPart(label=str(i), text=f"question {i}") for i in range(n))
    answers = tuple(
        foilib.Answer(parts=(str(i),), disposition=Disposition.PROVIDED, text=f"answer {i}")
        for i in range(n)
    )
    halves = tuple(str(i) for i in range(0, n, 2))
    claims = (foilib.ExemptionClaim(as_written="section 40(2)", parts=halves),) if n else ()
    return foilib.Response(
        authority=foilib.Authority(name="A council", regimes=(Regime.FOIA,)),
        regime=Regime.FOIA,
        request=foilib.Request(received_on=dt.date(2026, 11, 2), parts=parts),
        answers=answers,
        exemption_claims=claims,
    )


def main() -> int:
    rows = []
    ok_all = True
    for what, build in (
        ("Response(...), N parts + N answers", response),
        (
            "Request(...), N parts",
            lambda n: foilib.Request(
                parts=tuple(foilib.RequestPart(label=str(i), text="q") for i in range(n))
            ),
        ),
    ):
        small = best(lambda b=build: b(1_000), repeat=5)
        large = best(lambda b=build: b(10_000), repeat=3)
        ratio = large / small
        ok = ratio <= 15
        ok_all &= ok
        rows.append(
            (
                f"{what}: 10x N <= 15x time",
                f"N=1,000 {small * 1e3:.1f} ms; N=10,000 {large * 1e3:.1f} ms",
                f"{ratio:.1f}x",
                verdict(ok),
            )
        )
    table(rows)
    return 0 if ok_all else 1


if __name__ == "__main__":
    raise SystemExit(main())
