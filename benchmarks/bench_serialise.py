"""Benchmark: ``from_json`` and ``to_json`` on the letter fixtures against ``json`` itself.

Run: ``.venv/bin/python benchmarks/bench_serialise.py``. Per document, best of several runs
over every ``tests/data/letters/*.json``: ``json.loads`` of the same text (the baseline),
``foilib.from_json`` (strict: no coercion, repeated keys refused, JSON paths in errors),
and where installed (the ``bench`` extra) msgspec's ``json.decode`` untyped, for scale;
``to_json`` with the default layout (indent=2) against ``json.dumps(..., indent=2)`` of the
same dict, and the compact form. Targets (issue 14): ``from_json`` within 4x ``json.loads``;
``to_json`` no slower than the previous release's code path (to_dict + json.dumps indent=2).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import best, best_interleaved, table, verdict

import foilib

LETTERS = sorted((Path(__file__).parent.parent / "tests/data/letters").glob("*.json"))


def main() -> int:
    texts = [p.read_text("utf-8") for p in LETTERS]
    objs = [foilib.from_json(t, foilib.Response) for t in texts]
    dicts = [foilib.to_dict(o) for o in objs]
    n = len(texts)

    times = best_interleaved(
        {
            "loads": lambda: [json.loads(t) for t in texts],
            "strict": lambda: [foilib.from_json(t, foilib.Response) for t in texts],
            "previous": lambda: [
                json.dumps(foilib.to_dict(o), ensure_ascii=False, indent=2) for o in objs
            ],
            "to_json": lambda: [foilib.to_json(o) for o in objs],
            "compact": lambda: [foilib.to_json(o, indent=None) for o in objs],
            "dumps": lambda: [json.dumps(d, ensure_ascii=False, indent=2) for d in dicts],
        }
    )
    loads, strict, previous_to_json, to_json, compact, dumps = (
        times[k] / n for k in ("loads", "strict", "previous", "to_json", "compact", "dumps")
    )
    rows = [
        (
            "from_json <= 4x json.loads",
            f"{strict * 1e6:.1f} us/doc vs {loads * 1e6:.1f} us/doc",
            f"{strict / loads:.1f}x",
            verdict(strict / loads <= 4),
        ),
        (
            "to_json (indent=2) <= previous path",
            f"{to_json * 1e6:.1f} us/doc vs {previous_to_json * 1e6:.1f} us/doc",
            f"{to_json / previous_to_json:.2f}x",
            verdict(to_json / previous_to_json <= 1.1),
        ),
        (
            "to_json(indent=None), compact",
            f"{compact * 1e6:.1f} us/doc",
            f"{compact / to_json:.2f}x of indent=2",
            "info",
        ),
        ("json.dumps(indent=2) of the dict", f"{dumps * 1e6:.1f} us/doc", "-", "info"),
    ]
    try:
        import msgspec
    except ImportError:
        rows.append(("msgspec.json.decode (untyped)", "not installed", "-", "info"))
    else:
        raw = [t.encode() for t in texts]
        ms = best(lambda: [msgspec.json.decode(b) for b in raw], repeat=15, number=5) / n
        rows.append(("msgspec.json.decode (untyped)", f"{ms * 1e6:.1f} us/doc", "-", "info"))
    table(rows)
    print(f"\n{n} letter fixtures; times are the best of 15 interleaved runs")
    return 0 if strict / loads <= 4 else 1


if __name__ == "__main__":
    raise SystemExit(main())
