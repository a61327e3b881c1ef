"""Construction-time validation of the model: bad values fail with a foilib error
naming the class, the field, the value and what was expected."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from dateutil import tz

import foilib
from foilib import (
    Answer,
    Authority,
    Contact,
    Definition,
    Disposition,
    FieldTypeError,
    Regime,
    Request,
    RequestPart,
    Response,
    ValidationError,
)

LONDON = tz.gettz("Europe/London")
COUNCIL = Authority("Leicester City Council", (Regime.FOIA, Regime.EIR))


def make_response(**changes: Any) -> Response:
    fields: dict[str, Any] = {
        "authority": COUNCIL,
        "regime": Regime.FOIA,
        "request": Request(parts=(RequestPart("1", "Has the council ...?"),)),
        "answers": (Answer(("1",), Disposition.PROVIDED, "Yes."),),
    }
    fields.update(changes)
    return Response(**fields)


BAD_VALUES = [
    # (callable, expected error, words the message must contain)
    (lambda: Authority("", (Regime.FOIA,)), ValidationError, ["Authority.name", "non-empty"]),
    (lambda: Authority("X", ()), ValidationError, ["Authority.regimes", "at least one"]),
    (lambda: Authority("X", ("FOIA",)), FieldTypeError, ["Authority.regimes", "Regime"]),  # type: ignore[arg-type]
    (lambda: Authority("X", {Regime.FOIA}), FieldTypeError, ["Authority.regimes", "tuple"]),  # type: ignore[arg-type]
    (lambda: Authority("X", (Regime.FOIA, Regime.FOIA)), ValidationError, ["distinct"]),
    (lambda: RequestPart("1)", "x").label, None, []),
    (lambda: RequestPart(" 1", "x"), ValidationError, ["RequestPart.label", "' 1'"]),
    (lambda: RequestPart("1/2", "x"), ValidationError, ["RequestPart.label"]),
    (lambda: RequestPart("1", "  "), ValidationError, ["RequestPart.text"]),
    (
        lambda: RequestPart("1", "x", (RequestPart("a", "y"), RequestPart("a", "z"))),
        ValidationError,
        ["distinct labels"],
    ),
    (lambda: Request(received_on="2026-11-25"), FieldTypeError, ["Request.received_on", "date"]),  # type: ignore[arg-type]
    (
        lambda: Request(received_on=dt.datetime(2026, 11, 25, 9)),
        FieldTypeError,
        ["not a datetime"],
    ),
    (
        lambda: Request(received_on=dt.date(2026, 11, 25), received_at=dt.datetime(2026, 11, 25)),
        ValidationError,
        ["Request.received_at", "timezone-aware"],
    ),
    (
        lambda: Request(
            received_on=dt.date(2026, 6, 1),
            received_at=dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC),
        ),
        None,
        [],
    ),
    (
        lambda: Request(
            received_on=dt.date(2026, 5, 31),
            received_at=dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC),
        ),
        ValidationError,
        ["Request.received_on", "2026-06-01"],
    ),
    (
        lambda: Definition("children", "all those 0-18", "By kids we mean ..."),
        ValidationError,
        ["term"],
    ),
    (lambda: Contact(), ValidationError, ["Contact", "at least one"]),
    (lambda: Answer(("1",), "Provided", "Yes."), FieldTypeError, ["Answer.disposition"]),  # type: ignore[arg-type]
    (lambda: Answer("1", Disposition.PROVIDED, "Yes."), FieldTypeError, ["Answer.parts", "tuple"]),  # type: ignore[arg-type]
    (lambda: make_response(regime=Regime.FOISA), ValidationError, ["Response.regime", "FOIA"]),
    (
        lambda: make_response(answers=(Answer(("7",), Disposition.PROVIDED, "Yes."),)),
        ValidationError,
        ["answers[0].parts", "'7'"],
    ),
    (
        lambda: make_response(
            answers=(Answer(("1",), Disposition.PROVIDED, "As above.", same_as="0"),)
        ),
        ValidationError,
        ["answers[0].same_as"],
    ),
    (
        lambda: make_response(
            request=Request(received_on=dt.date(2026, 11, 25)),
            answers=(),
            sent_on=dt.date(2026, 11, 24),
        ),
        ValidationError,
        ["Response.sent_on", "2026-11-25"],
    ),
]


@pytest.mark.parametrize(("build", "error", "words"), BAD_VALUES)
def test_bad_values_fail_at_construction(build: Any, error: Any, words: list[str]) -> None:
    if error is None:
        build()
        return
    with pytest.raises(error) as info:
        build()
    assert isinstance(info.value, foilib.FoilibError)
    assert isinstance(info.value, ValueError)
    for word in words:
        assert word in str(info.value)


def test_answer_regime_must_be_one_of_the_authoritys() -> None:
    # A FOIA letter may answer environmental parts under the EIR (FOIA s.39).
    eir = Answer(("1",), Disposition.PROVIDED, "Attached.", regime=Regime.EIR)
    assert make_response(answers=(eir,)).answers[0].regime is Regime.EIR
    police = Authority("A Police Force", (Regime.FOIA,))
    with pytest.raises(ValidationError, match=r"answers\[0\]\.regime"):
        make_response(authority=police, answers=(eir,))


def test_field_type_error_is_also_type_error() -> None:
    with pytest.raises(TypeError):
        Authority(42, (Regime.FOIA,))  # type: ignore[arg-type]


def test_objects_are_frozen_and_slotted() -> None:
    response = make_response()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        response.regime = Regime.EIR  # type: ignore[misc]
    assert not hasattr(response, "__dict__")


def test_nested_part_refs() -> None:
    request = Request(
        parts=(RequestPart("1", "a"), RequestPart("2", "b", (RequestPart("a", "c"),))),
    )
    assert request.part_refs == ("1", "2", "2/a")
    assert request.part("2/a").text == "c"
    with pytest.raises(KeyError):
        request.part("3")
    response = make_response(
        request=request, answers=(Answer(("2/a",), Disposition.NOT_HELD, "None."),)
    )
    assert response.answer_for("2/a") is not None
    assert response.answer_for("1") is None


def test_received_at_in_summer_time() -> None:
    moment = dt.datetime(2026, 7, 1, 0, 30, tzinfo=LONDON)
    request = Request(received_on=dt.date(2026, 7, 1), received_at=moment)
    assert request.received_at == moment


def test_every_disposition_documents_its_basis() -> None:
    for member in Disposition:
        assert member.explanation
    assert Disposition.REFUSED_COST.is_refusal
    assert not Disposition.NOT_HELD.is_refusal
