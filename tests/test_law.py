"""The law data: every regime defines every rule the engines ask for, and every
citation in every table resolves in the catalogue."""

from __future__ import annotations

import attrs
import pytest

from foilib import Regime, provision
from foilib._private.citation import Citation
from foilib._private.law import RegimeLaw, law


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
