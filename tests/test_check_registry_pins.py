"""Every row of the check registry pinned: code, severity, provision, summary, example, rules.

The registry (``foilib.checks.CHECKS``, data in ``_private/law/_checks.py``) is what
``docs/checks.md`` and ``foilib check`` show a user: a summary or example reworded, a
severity lowered or a provision swapped must be a deliberate change. Mutation testing
(docs/mutation.md) found the summaries and examples unpinned. After a deliberate change,
regenerate the file and review its diff::

    python tests/test_check_registry_pins.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foilib.checks import CHECKS

PINS = Path(__file__).parent / "data" / "check-registry-pins.json"


def current() -> dict[str, dict[str, object]]:
    return {
        c.code: {
            "severity": c.severity.value,
            "citation": str(c.citation),
            "summary": c.summary,
            "example": c.example,
            "rules": list(c.rules),
        }
        for c in CHECKS
    }


def _expected() -> dict[str, dict[str, object]]:
    rows: dict[str, dict[str, object]] = json.loads(PINS.read_text(encoding="utf-8"))
    return rows


def test_the_same_codes_in_the_same_order() -> None:
    assert list(current()) == list(_expected())


@pytest.mark.parametrize("code", list(_expected()))
def test_registry_row(code: str) -> None:
    assert current().get(code) == _expected()[code]


def test_spot_rows_read_from_the_statute() -> None:
    """Rows checked by hand against FOIA s.17 (a regenerated file that is wrong fails here)."""
    rows = _expected()
    # s.17(1)(b): the notice must specify the exemption; s.17(7)(b): the right under s.50
    assert (rows["foia-s17-1b"]["citation"], rows["foia-s17-1b"]["severity"]) == (
        "FOIA s.17(1)(b)",
        "error",
    )
    assert rows["foia-s17-7b"]["citation"] == "FOIA s.17(7)(b)"


if __name__ == "__main__":  # regenerate after a deliberate change of the registry
    text = json.dumps(current(), indent=1, ensure_ascii=False)
    PINS.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {PINS}")
