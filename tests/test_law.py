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
