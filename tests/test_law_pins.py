"""Every value of each regime's clock law pinned: periods, citations, sources, dates.

Written to kill the mutants of the module-level law data (docs/mutation.md): a period one
day longer, a unit or basis swapped, a citation or its source altered, a "since" date moved.
The rows are ``tests/data/law-pins.json``: for each regime, every leaf of the Commissioner,
the working-day definition, the response period, the clock rules and the letters (what a
notice must contain, its standard wording and each check's code and citation), by dotted
path. Each row carries its
own citation and source: the statute, code of practice or regulator policy the value comes
from (legislation.gov.uk revised text; DOMAIN.md sections 3-6). After a deliberate change of
the law data, regenerate the file and review its diff::

    python tests/test_law_pins.py
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from pathlib import Path
from typing import Any, cast

import attrs
import pytest

from foilib import Regime
from foilib._private.citation import Citation
from foilib._private.law import Basis, DayUnit, MonthRule, law

PINS = Path(__file__).parent / "data" / "law-pins.json"
PARTS = ("commissioner", "working_day", "response", "clock", "letters")


def flatten(value: object, path: str, out: dict[str, object]) -> None:
    """Every leaf of a law value as ``{dotted path: plain value}`` (enums by name, dates ISO)."""
    if isinstance(value, Citation):
        out[path] = str(value)
    elif isinstance(value, enum.Enum):
        out[path] = f"{type(value).__name__}.{value.name}"
    elif isinstance(value, dt.date):
        out[path] = value.isoformat()
    elif attrs.has(type(value)):
        out[path] = type(value).__name__
        for field in attrs.fields(cast(Any, type(value))):
            flatten(getattr(value, field.name), f"{path}.{field.name}", out)
    elif isinstance(value, tuple):
        if all(isinstance(v, (str, int)) and not isinstance(v, enum.Enum) for v in value):
            out[path] = value
        else:
            out[path] = len(value)
            for i, v in enumerate(value):
                flatten(v, f"{path}[{i}]", out)
    else:
        assert value is None or isinstance(value, (str, int, bool)), (path, value)
        out[path] = value


def current() -> dict[str, dict[str, object]]:
    """The pins as the law data gives them now (JSON-shaped: tuples become lists)."""
    out: dict[str, dict[str, object]] = {}
    for regime in Regime:
        flat: dict[str, object] = {}
        for part in PARTS:
            flatten(getattr(law(regime), part), part, flat)
        out[regime.name] = json.loads(json.dumps(flat))
    return out


def _expected() -> dict[str, dict[str, object]]:
    rows: dict[str, dict[str, object]] = json.loads(PINS.read_text(encoding="utf-8"))
    return rows


def test_every_regime_and_rule_is_pinned() -> None:
    got, expected = current(), _expected()
    assert sorted(got) == sorted(expected) == sorted(r.name for r in Regime)
    for name, rows in got.items():
        assert sorted(rows) == sorted(expected[name]), name


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_law_rows(regime: Regime, part: str) -> None:
    got = current()[regime.name]
    expected = _expected()[regime.name]
    for path in expected:
        if path == part or path.startswith((part + ".", part + "[")):
            assert got.get(path) == expected[path], path


def test_pins_hold_the_law_the_issue_names() -> None:
    """Spot rows read from the statutes by hand (a pin file regenerated wrongly fails here)."""
    foia, foisa = _expected()["FOIA"], _expected()["FOISA"]
    # FOIA s.10(1): 20 working days, in force 1 January 2005
    assert (foia["response.length"], foia["response.citation"]) == (20, "FOIA s.10(1)")
    assert foia["response.since"] == "2005-01-01"
    # FOIA s.10(6): Christmas Day and Good Friday named; every part of the UK
    assert foia["working_day.named_days"] == ["christmas_day", "good_friday"]
    assert foia["working_day.divisions"] == 3
    # FOISA s.73: Scotland's bank holidays only; FOISA s.47(4): six months to apply
    assert foisa["working_day.divisions[0]"] == "Division.SCOTLAND"
    assert foisa["working_day.divisions"] == 1
    assert (foisa["clock.complaint.length"], foisa["clock.complaint.unit"]) == (
        6,
        "DayUnit.MONTHS",
    )


_WORDS = {"six": 6}


@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_the_rights_wording_states_the_clock_periods(regime: Regime) -> None:
    """The standard rights wording a letter carries states the periods the clock counts.

    The review wording names the time to ask for a review and the time to reply (FOIA: the
    s.45 code, 40 and 20 working days; EIR reg 11(2) and (4): 40 and 40; FOISA s.20(5) and
    s.21(1): 40 and 20; EISR reg 16(2) and (4): 40 and 20); the Commissioner wording names
    the complaint period (ICO: six weeks, policy; FOISA s.47(4) and EISR reg 17: six
    months). A period changed in one place and not the other fails here.
    """
    rules = law(regime)
    clock, letters = rules.clock, rules.letters
    numbers = [int(n) for n in re.findall(r"(\d+) working days", letters.review_wording)]
    assert numbers == [clock.review_window.length, clock.review_response.length]
    assert clock.review_window.unit is clock.review_response.unit is DayUnit.WORKING_DAYS
    said = re.search(r"within (\w+) (weeks|months)", letters.commissioner_wording)
    assert said is not None
    assert _WORDS[said.group(1)] == clock.complaint.length
    assert said.group(2).upper() == clock.complaint.unit.name


def test_units_and_bases() -> None:
    """The values the JSON form of a period carries (foilib's own names, not law)."""
    assert [(m.name, m.value) for m in Basis] == [
        ("STATUTE", "statute"),
        ("CODE_OF_PRACTICE", "code_of_practice"),
        ("REGULATOR_POLICY", "regulator_policy"),
    ]
    assert [(m.name, m.value) for m in DayUnit] == [
        ("WORKING_DAYS", "working_days"),
        ("CALENDAR_DAYS", "calendar_days"),
        ("WEEKS", "weeks"),
        ("MONTHS", "months"),
        ("SCHOOL_DAYS", "school_days"),
    ]
    assert [(m.name, m.value) for m in MonthRule] == [
        ("BEGINNING_WITH", "beginning_with"),
        ("AFTER", "after"),
    ]


@pytest.mark.parametrize(
    ("rule", "start", "months", "end"),
    [
        # FOIA s.9(2) "three months beginning with" the day: the day before the corresponding
        # date (Dodds v Walker): 15 Jan 2026 -> 14 Apr 2026
        (MonthRule.BEGINNING_WITH, dt.date(2026, 1, 15), 3, dt.date(2026, 4, 14)),
        # no 30 February: the last day of that month, 28 Feb 2027 (not 27 Feb)
        (MonthRule.BEGINNING_WITH, dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        # FOISA s.47(4) "six months after": on the corresponding date, 15 Jul 2026
        (MonthRule.AFTER, dt.date(2026, 1, 15), 6, dt.date(2026, 7, 15)),
        # no 31 February: the last day of the month, 28 Feb 2027
        (MonthRule.AFTER, dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    ],
    ids=str,
)
def test_month_rules(rule: MonthRule, start: dt.date, months: int, end: dt.date) -> None:
    assert rule.end(start, months) == end


def test_law_values_are_frozen_slotted() -> None:
    """Every value of the law data is an immutable attrs value without a ``__dict__``."""
    for regime in Regime:
        rules = law(regime)
        clock_values = [getattr(rules.clock, f.name) for f in attrs.fields(type(rules.clock))]
        parts = (rules, rules.commissioner, rules.working_day, rules.response, rules.clock)
        extra = [v for v in clock_values if attrs.has(type(v))] + list(
            rules.clock.temporary_periods
        )
        for value in (*parts, *extra):
            assert attrs.has(type(value))
            assert not hasattr(value, "__dict__"), type(value)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                object.__getattribute__(value, "__setattr__")("regime", None)


def test_a_temporary_period_is_not_modelled_unless_it_says_so() -> None:
    """The safe default: the clock keeps the usual period and warns (law/_clock.py)."""
    from foilib._private.law import TemporaryPeriod

    day = dt.date(2020, 4, 7)
    assert TemporaryPeriod(day, day, 60, "a source").modelled is False
    assert TemporaryPeriod(day, day, 60, "a source").note is None


if __name__ == "__main__":  # regenerate after a deliberate change of the law data
    PINS.write_text(json.dumps(current(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {PINS}")
