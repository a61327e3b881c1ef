"""Regenerate src/foilib/_private/_quick_days.py (the snapshot behind a quick `foilib due`).

Run after changing the holiday rules, the proclamations or the law data's working-day
definitions: ``.venv/bin/python tools/gen_quick_days.py``. tests/test_quick.py fails while
the snapshot is stale (and the CLI ignores a stale snapshot, computing from the rules).
"""

from __future__ import annotations

from pathlib import Path

from foilib._private.quick import snapshot

TARGET = Path(__file__).resolve().parents[1] / "src" / "foilib" / "_private" / "_quick_days.py"

if __name__ == "__main__":
    TARGET.write_text(snapshot(), encoding="utf-8")
    print(f"wrote {TARGET}")
