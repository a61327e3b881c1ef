"""The law data: every regime defines every rule the engines ask for, and every
citation in every table resolves in the catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs
import pytest

import foilib
from foilib import Regime, provision
from foilib._private.citation import Citation
from foilib._private.law import (
    Basis,
    ClockLaw,
    DayUnit,
    NoRule,
    Period,
    RegimeLaw,
    RollRule,
    SchoolRule,
    law,
)


def _citations(value: object) -> list[Citation]:
    """Every Citation reachable from an attrs value (recursively, through tuples)."""
    if isinstance(value, Citation):
        return [value]
    if isinstance(value, tuple | list):
        return [c for item in value for c in _citations(item)]
    if isinstance(value, dict):
        return [c for item in value.values() for c in _citations(item)]
    if attrs.has(type(value)):
        names = [f.name for f in attrs.fields(type(value))]  # type: ignore[arg-type]
        return [c for name in names for c in _citations(getattr(value, name))]
    return []


@pytest.mark.parametrize("regime", list(Regime))
def test_every_regime_defines_every_rule(regime: Regime) -> None:
    rules = law(regime)
    assert isinstance(rules, RegimeLaw)
    assert rules.regime is regime
    for field in attrs.fields(RegimeLaw):
        assert getattr(rules, field.name) is not None, field.name


@pytest.mark.parametrize("regime", list(Regime))
def test_every_citation_resolves_in_the_catalogue(regime: Regime) -> None:
    cited = _citations(law(regime))
    assert cited, "a regime's law cites nothing"
    for citation in cited:
        assert provision(citation) is not None, str(citation)


@pytest.mark.parametrize(
    ("regime", "commissioner", "right"),
    [
        # FOIA s.50(1); EIR reg 18 applies it. FOISA s.47(1); EISR reg 17 applies it.
        (Regime.FOIA, "Information Commissioner", "FOIA s.50(1)"),
        (Regime.EIR, "Information Commissioner", "FOIA s.50(1)"),
        (Regime.FOISA, "Scottish Information Commissioner", "FOISA s.47(1)"),
        (Regime.EISR, "Scottish Information Commissioner", "FOISA s.47(1)"),
    ],
)
def test_commissioner(regime: Regime, commissioner: str, right: str) -> None:
    assert law(regime).commissioner.name == commissioner
    assert str(law(regime).commissioner.right_to_apply) == right


@pytest.mark.parametrize(
    ("regime", "own"),
    [
        (Regime.FOIA, "FOIA s.10(6)"),
        (Regime.EIR, "EIR reg.2(1)"),
        (Regime.FOISA, "FOISA s.73"),
        (Regime.EISR, "EISR reg.2(1)"),
    ],
)
def test_working_day_definition_is_the_regimes_own(regime: Regime, own: str) -> None:
    assert str(law(regime).working_day.citation) == own


# --- clock: periods -------------------------------------------------------------------


@pytest.mark.parametrize("regime", list(Regime))
def test_every_regime_defines_every_clock_rule(regime: Regime) -> None:
    # Each rule is a value or an explicit NoRule with its reason: never a gap through which
    # one regime could fall to another's law.
    clock = law(regime).clock
    assert isinstance(clock, ClockLaw)
    for field in attrs.fields(ClockLaw):
        value = getattr(clock, field.name)
        assert value is not None, field.name
        if isinstance(value, NoRule):
            assert value.reason.strip(), field.name
        if isinstance(value, Period):
            assert value.length > 0, field.name
            assert value.citation is not None or value.source, field.name
            if value.basis is Basis.STATUTE:
                assert value.citation is not None, field.name
        if isinstance(value, SchoolRule):
            assert value.school_days.unit is DayUnit.SCHOOL_DAYS
            assert value.cap.unit is DayUnit.WORKING_DAYS
            assert value.sources
        if isinstance(value, RollRule):
            assert value.divisions and value.source and value.definition


@pytest.mark.parametrize(
    ("regime", "rule", "length", "unit", "cited"),
    [
        # FOIA s.45 code / ICO: 40 WD to ask, 20 (exceptionally 40) to answer.
        (Regime.FOIA, "review_window", 40, DayUnit.WORKING_DAYS, "FOIA s.45"),
        (Regime.FOIA, "review_response", 20, DayUnit.WORKING_DAYS, "FOIA s.45"),
        (Regime.FOIA, "review_limit", 40, DayUnit.WORKING_DAYS, "FOIA s.45"),
        # ICO complaints page: six weeks; GRC r.22(1)(b): 28 days (FOIA s.57 appeal).
        (Regime.FOIA, "complaint", 6, DayUnit.WEEKS, "FOIA s.50"),
        (Regime.FOIA, "appeal", 28, DayUnit.CALENDAR_DAYS, "FOIA s.57"),
        # FOIA s.9(2): three months; ICO: a further 20 WD for the public interest.
        (Regime.FOIA, "fee_window", 3, DayUnit.MONTHS, "FOIA s.9(2)"),
        (Regime.FOIA, "pi_guidance", 20, DayUnit.WORKING_DAYS, "FOIA s.10(3)"),
        (Regime.FOIA, "pi_notice", 20, DayUnit.WORKING_DAYS, "FOIA s.17(1)"),
        # SI 2004/3364 regs 4-6, made under FOIA s.10(4).
        (Regime.FOIA, "transferred_records", 30, DayUnit.WORKING_DAYS, "FOIA s.10(4)"),
        (Regime.FOIA, "commissioner_day", 60, DayUnit.WORKING_DAYS, "FOIA s.10(4)"),
        (Regime.FOIA, "commissioner_application", 20, DayUnit.WORKING_DAYS, "FOIA s.10(4)"),
        # EIR reg 7(1), 7(3), 11(2), 11(4).
        (Regime.EIR, "extension", 40, DayUnit.WORKING_DAYS, "EIR reg.7(1)"),
        (Regime.EIR, "extension_notice", 20, DayUnit.WORKING_DAYS, "EIR reg.7(3)"),
        (Regime.EIR, "review_window", 40, DayUnit.WORKING_DAYS, "EIR reg.11(2)"),
        (Regime.EIR, "review_response", 40, DayUnit.WORKING_DAYS, "EIR reg.11(4)"),
        # FOISA s.9, s.10(2), s.20(5), s.21(1), s.47(4), s.56 (RCS r.41.20: 42 days).
        (Regime.FOISA, "fee_window", 3, DayUnit.MONTHS, "FOISA s.9"),
        (Regime.FOISA, "transferred_records", 30, DayUnit.WORKING_DAYS, "FOISA s.10(2)"),
        (Regime.FOISA, "review_window", 40, DayUnit.WORKING_DAYS, "FOISA s.20(5)"),
        (Regime.FOISA, "review_response", 20, DayUnit.WORKING_DAYS, "FOISA s.21(1)"),
        (Regime.FOISA, "complaint", 6, DayUnit.MONTHS, "FOISA s.47(4)"),
        (Regime.FOISA, "appeal", 42, DayUnit.CALENDAR_DAYS, "FOISA s.56"),
        # EISR reg 7(1), 16(2), 16(4); FOISA s.47(4) and s.56 applied by reg 17.
        (Regime.EISR, "extension", 40, DayUnit.WORKING_DAYS, "EISR reg.7(1)"),
        (Regime.EISR, "review_window", 40, DayUnit.WORKING_DAYS, "EISR reg.16(2)"),
        (Regime.EISR, "review_response", 20, DayUnit.WORKING_DAYS, "EISR reg.16(4)"),
        (Regime.EISR, "complaint", 6, DayUnit.MONTHS, "FOISA s.47(4)"),
        (Regime.EISR, "appeal", 42, DayUnit.CALENDAR_DAYS, "FOISA s.56"),
    ],
)
def test_clock_periods(regime: Regime, rule: str, length: int, unit: DayUnit, cited: str) -> None:
    period = getattr(law(regime).clock, rule)
    assert isinstance(period, Period)
    assert (period.length, period.unit, str(period.citation)) == (length, unit, cited)


@pytest.mark.parametrize(
    ("regime", "absent"),
    [
        (Regime.FOIA, ("extension", "extension_notice")),
        (Regime.EIR, ("pi_extension", "school", "transferred_records", "commissioner_day")),
        (Regime.FOISA, ("extension", "pi_extension", "commissioner_day")),
        (Regime.EISR, ("pi_extension", "school", "transferred_records", "fees_pause")),
    ],
)
def test_rules_a_regime_lacks_say_why(regime: Regime, absent: tuple[str, ...]) -> None:
    for name in absent:
        assert isinstance(getattr(law(regime).clock, name), NoRule), name


def test_schools_and_rolls() -> None:
    foia, foisa = law(Regime.FOIA).clock, law(Regime.FOISA).clock
    assert isinstance(foia.school, SchoolRule) and not foia.school.reviews
    assert foia.school.source_for("academy") is not None
    assert foia.school.source_for("grant_aided_school") is None
    # FOISA special schools: 20 school days, capped at 60 WD, for requests and reviews.
    assert isinstance(foisa.school, SchoolRule) and foisa.school.reviews
    assert (foisa.school.school_days.length, foisa.school.cap.length) == (20, 60)
    assert "unverified" in (foisa.school.school_days.source or "")
    # GRC r.12 moves the window; no rule moves the RCS 42 days or the SIC six months.
    assert isinstance(foia.appeal_roll, RollRule)
    assert isinstance(foisa.appeal_roll, NoRule) and "unverified" in foisa.appeal_roll.reason
    assert isinstance(foisa.complaint_roll, NoRule)


# --- letters: what notices must contain (checks, render) ---------------------------------


@pytest.mark.parametrize(
    ("regime", "field", "cited"),
    [
        # FOIA s.17(1)(a)-(c), s.17(3), s.17(7)(a)-(b); EIR reg 14(3), (5); FOISA s.16, s.19;
        # EISR reg 13 (b), (c), (e) (its own regulation: never EIR reg 14 or FOISA s.19).
        (Regime.FOIA, "specify_exemption", "FOIA s.17(1)(b)"),
        (Regime.FOIA, "public_interest_reasons", "FOIA s.17(3)"),
        (Regime.FOIA, "commissioner_particulars", "FOIA s.17(7)(b)"),
        (Regime.EIR, "public_interest_reasons", "EIR reg.14(3)(b)"),
        (Regime.EIR, "review_particulars", "EIR reg.14(5)(a)"),
        (Regime.EIR, "cost_ground", "EIR reg.12(4)(b)"),
        (Regime.FOISA, "public_interest_reasons", "FOISA s.16(2)"),
        (Regime.FOISA, "review_particulars", "FOISA s.19(a)"),
        (Regime.FOISA, "commissioner_particulars", "FOISA s.19(b)"),
        (Regime.EISR, "public_interest_reasons", "EISR reg.13(b)"),
        (Regime.EISR, "review_particulars", "EISR reg.13(e)"),
        (Regime.EISR, "cost_ground", "EISR reg.10(4)(b)"),
        (Regime.EISR, "advice_and_assistance", "EISR reg.9(1)"),
    ],
)
def test_letters_rows(regime: Regime, field: str, cited: str) -> None:
    assert str(getattr(law(regime).letters, field)) == cited


@pytest.mark.parametrize("regime", list(Regime))
def test_letters_cite_the_regimes_own_law(regime: Regime) -> None:
    # Only other_regime (FOIA s.39, FOISA s.39(2)) may point at another instrument.
    letters = law(regime).letters
    for field in attrs.fields(type(letters)):
        value = getattr(letters, field.name)
        if isinstance(value, Citation) and field.name != "other_regime":
            assert value.regime is regime, (field.name, str(value))


def test_foisa_has_no_public_interest_extension() -> None:
    # DOMAIN.md 3.4: FOISA s.10 has no extension for the public interest test.
    assert law(Regime.FOISA).letters.extension is None
    assert law(Regime.FOIA).letters.extension is not None


# --- engines hold no law (issue 10) ---------------------------------------------------------

_ENGINES = (
    "clock",
    "checks",
    "render",
    "cli",
    "workdays",
    "bulk",
    "ics",
    "fill",
    "convenience",
    "statistics/_core",
)
#: A statutory citation written into a string: "s.17(7)", "reg 14", "section 10", "Article 6".
_CITATION_TEXT = re.compile(
    r"\b(?:ss?|regs?|r)\.\s?\d+|\b(?:sections?|regulations?|reg)\s+\d+|\bArt(?:icle)?\.?\s+\d+",
    re.IGNORECASE,
)
#: Allowed, with the reason: the code of practice's own name (the document, not a rule), and
#: the CLI's help text showing what a citation looks like.
_ALLOWED = ("The s.45 code", "the s.45 code", 'e.g. "s.43(2)" or "reg 12(5)(e)"')
#: The statutory periods in working or calendar days (FOIA s.10(1), s.10(3) guidance, GRC
#: r.22, RCS r.41.20, SI 2004/3364): none may be written into an engine.
_PERIODS = {20, 28, 30, 40, 42, 60}


def _engine_constants(name: str) -> list[tuple[int, object]]:
    path = Path(foilib.__file__).parent / "_private" / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("engine", _ENGINES)
def test_no_engine_writes_a_citation_or_a_period(engine: str) -> None:
    cited = [
        (line, value)
        for line, value in _engine_constants(engine)
        if isinstance(value, str)
        and _CITATION_TEXT.search(value)
        and not any(allowed in value for allowed in _ALLOWED)
    ]
    assert cited == [], f"{engine}.py writes citations; read them from foilib._private.law"
    periods = [
        (line, value)
        for line, value in _engine_constants(engine)
        if type(value) is int and value in _PERIODS
    ]
    # cli.py shows the first 60 characters of a part's text: a layout width, not a period.
    periods = [(line, value) for line, value in periods if engine != "cli" or value != 60]
    assert periods == [], f"{engine}.py writes statutory periods; read them from the law data"


def test_the_engine_scan_would_catch_a_citation() -> None:
    assert _CITATION_TEXT.search("must give them (s.17(7))")
    assert _CITATION_TEXT.search("under regulation 14(3)")
    assert not _CITATION_TEXT.search("parts 1 and 2")
