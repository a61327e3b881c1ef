"""fill_particulars: adds what the law requires and needs no judgment, marks it, changes
nothing the letter said, and is idempotent (issue 13 s.5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import foilib
import foilib.strategies
from foilib import Response, check, fill_particulars
from foilib._private.fill import MISSING_PARTICULARS

LETTERS = Path(__file__).parent / "data" / "letters"


def _load(path: Path) -> Response:
    return foilib.from_json(path.read_text("utf-8"), Response)


def _kept(before: Any, after: Any) -> None:
    """Every value the letter gave is still there, unchanged (dicts: key by key)."""
    if isinstance(before, dict):
        assert isinstance(after, dict)
        for key, value in before.items():
            if value is None or value == [] or key == "added":
                continue
            _kept(value, after[key])
    elif isinstance(before, list):
        assert len(before) == len(after)
        for b, a in zip(before, after, strict=True):
            _kept(b, a)
    else:
        assert before == after


@pytest.mark.parametrize("path", sorted(LETTERS.glob("*.json")), ids=lambda p: p.stem)
def test_real_letters_have_no_missing_particulars_after_filling(path: Path) -> None:
    letter = _load(path)
    filled = fill_particulars(letter)
    assert not {f.code for f in check(filled)} & MISSING_PARTICULARS
    _kept(foilib.to_dict(letter), foilib.to_dict(filled))
    assert fill_particulars(filled) == filled


def test_leicester_gets_the_commissioner_and_only_that() -> None:
    # FOIA s.17(7)(b): Leicester gives a review address but never the Commissioner.
    letter = _load(LETTERS / "leicester-childrens-analytics.json")
    filled = fill_particulars(letter)
    assert filled.rights is not None and letter.rights is not None
    assert filled.rights.added == ("commissioner", "commissioner_contact")
    assert filled.rights.internal_review == letter.rights.internal_review
    assert "section 50" in (filled.rights.commissioner or "")
    assert filled.rights.commissioner_contact is not None
    assert "SK9 5AF" in filled.rights.commissioner_contact.lines
    assert [f.code for f in check(filled)] == ["not-held-is-not-an-exemption"]


def test_claim_citation_and_title_read_from_its_words() -> None:
    r = Response(
        authority=foilib.Authority("A Council", (foilib.Regime.FOIA,)),
        regime=foilib.Regime.FOIA,
        request=foilib.Request(),
        answers=(foilib.Answer((), foilib.Disposition.WITHHELD, "Withheld."),),
        exemption_claims=(foilib.ExemptionClaim("section 43(2)", reasons=("Harm.",)),),
    )
    (claim,) = fill_particulars(r).exemption_claims
    assert str(claim.citation) == "FOIA s.43(2)"
    assert claim.title == "Prejudice to commercial interests"
    assert claim.added == ("citation", "title")
    assert claim.as_written == "section 43(2)"


def test_a_full_disclosure_is_left_alone() -> None:
    r = Response(
        authority=foilib.Authority("A Council", (foilib.Regime.FOIA,)),
        regime=foilib.Regime.FOIA,
        request=foilib.Request(),
        answers=(foilib.Answer((), foilib.Disposition.PROVIDED, "Attached."),),
    )
    assert fill_particulars(r) is r


def test_bad_argument() -> None:
    with pytest.raises(foilib.ArgumentTypeError):
        fill_particulars("a letter")  # type: ignore[arg-type]


@given(foilib.strategies.responses())
@settings(max_examples=80, deadline=None)
def test_filled_responses_have_no_missing_particulars_and_filling_is_idempotent(
    r: Response,
) -> None:
    filled = fill_particulars(r)
    assert not {f.code for f in check(filled)} & MISSING_PARTICULARS
    assert fill_particulars(filled) == filled
    _kept(foilib.to_dict(r), foilib.to_dict(filled))


def test_ncnd_only_statement_neither_confirms_nor_denies() -> None:
    # FOIA s.1(1)(a), s.17(1): for an NCND part, any statement that information is
    # "withheld" confirms it is held and defeats the exclusion (s.23(5) here).
    import foilib as _f

    r = _f.Response(
        authority=_f.Authority("Westshire Police", regimes=(_f.Regime.FOIA,)),
        regime=_f.Regime.FOIA,
        request=_f.Request(parts=(_f.RequestPart("1", "Any informants?"),)),
        answers=(
            _f.Answer(
                ("1",), _f.Disposition.NEITHER_CONFIRMED_NOR_DENIED, "We neither confirm nor deny."
            ),
        ),
        exemption_claims=(
            _f.ExemptionClaim(
                "s.23(5)", _f.parse_citation("FOIA s.23(5)"), parts=("1",), ncnd=True
            ),
        ),
    )
    filled = _f.fill_particulars(r)
    assert filled.refusal_notice is not None
    statement = filled.refusal_notice.statement or ""
    assert "withheld" not in statement and "neither confirms nor denies" in statement
    assert "foia-s17-1a" not in {f.code for f in _f.check(filled)}
