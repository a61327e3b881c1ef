"""Benchmark: read every shared letter (target: all of them in under 50 ms on one core).

Run: ``taskset -c 0 .venv/bin/python benchmarks/bench_reader.py``. Prints the median
CPU time to read
all the letters in tests/data/letters/ with :func:`foilib.read_letter` from their
text, and, as a baseline measured in the same run, the time to load their hand-made
JSON documents with :func:`foilib.from_json`: the ratio says what reading costs over
merely building the same responses. Then a 1,000-letter corpus (the shared letters
over and over) read from files, as ``foilib read *.txt --jsonl`` would.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import foilib

LETTERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "letters"


def _median(run: Callable[[], object], repeat: int = 30) -> float:
    """The median CPU time of ``run`` (process time: less disturbed by other load)."""
    times = []
    for _ in range(repeat):
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return statistics.median(times)


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    docs = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.json"))]
    for text in texts:  # warm up: imports, catalogue index, compiled patterns
        foilib.read_letter(text)

    def read_all() -> None:
        for text in texts:
            foilib.read_letter(text)

    def load_all() -> None:
        for doc in docs:
            foilib.from_json(doc, foilib.Response)

    reading = _median(read_all)
    loading = _median(load_all)
    print(
        f"read {len(texts)} shared letters in {reading * 1000:.1f} ms "
        f"(target < 50 ms); loading their JSON: {loading * 1000:.1f} ms; "
        f"ratio {reading / loading:.1f}x"
    )
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n in range(1000):
            path = Path(tmp) / f"letter-{n:04d}.txt"
            path.write_text(texts[n % len(texts)], encoding="utf-8")
            paths.append(path)
        began = time.process_time()
        for path in paths:
            foilib.read_letter(path)
        elapsed = time.process_time() - began
    print(f"read 1,000 letter files in {elapsed:.2f} s ({elapsed:.2f} ms per letter)")


if __name__ == "__main__":
    main()
