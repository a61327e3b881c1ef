"""Shared helpers for the benchmark scripts: best-of timing, peak memory and the table.

Times are CPU time of this process (time.process_time): the machine has 2 cores shared
with other work, and wall-clock times swing several-fold with their load.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable


def best(fn: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """The best time of ``repeat`` runs of ``number`` calls, in seconds per call."""
    out = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _ in range(number):
            fn()
        out = min(out, (time.process_time() - t0) / number)
    return out


def peak_memory(fn: Callable[[], object]) -> tuple[object, int]:
    """``fn()``'s result and the peak memory traced while it ran, in bytes."""
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def table(rows: list[tuple[str, str, str, str]]) -> None:
    """Print (target, measured, ratio or figure, verdict) rows as a Markdown table."""
    head = ("target", "measured", "ratio", "verdict")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def best_interleaved(
    fns: dict[str, Callable[[], object]], repeat: int = 15, number: int = 5
) -> dict[str, float]:
    """Best time per call of each function, run in turns so that a busy machine (2 shared
    cores) slows every contender alike; seconds per call."""
    out = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.process_time()
            for _ in range(number):
                fn()
            out[name] = min(out[name], (time.process_time() - t0) / number)
    return out
