"""Benchmark: parse 100,000 mixed citations (target: under 1 second on one core).

Run: ``.venv/bin/python benchmarks/bench_citations.py``. No caching is involved:
every string is parsed from scratch.
"""

from __future__ import annotations

import random
import time

from foilib import Regime, parse_citations

FORMS = [
    "section {n}({a})",
    "s.{n}({a})",
    "s {n} ({a})",
    "S{n}({a})",
    "Section {n}.{a}",
    "sections {n}({a}) and {m}({a})",
    "section {n}({a})({l}) and ({k})",
    "regulation {n}({a})({l})",
    "reg. {n}({a})({l})",
    "EIR {n}({a})({l})",
    "FOISA s.{n}({a})({l})",
    "Section {n}({a})({l}) of the Act",
    "FOIA s.{n}({a})",
    "EISR reg.{n}({a})({l})",
    "section {n}({a}) of the FOI Act",
]


def corpus(size: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(size):
        form = rng.choice(FORMS)
        out.append(
            form.format(
                n=rng.randint(1, 99),
                m=rng.randint(1, 99),
                a=rng.randint(1, 9),
                l=rng.choice("abcdefg"),
                k=rng.choice("hijk"),
            )
        )
    return out


def main() -> None:
    texts = corpus(100_000)
    began = time.perf_counter()
    count = 0
    for text in texts:
        count += len(parse_citations(text, Regime.FOIA if count % 7 == 0 else None))
    elapsed = time.perf_counter() - began
    print(f"parsed {len(texts):,} texts ({count:,} citations) in {elapsed:.3f} s")


if __name__ == "__main__":
    main()
