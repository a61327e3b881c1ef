"""What real letters say that the model now holds (issue 16, "The model must hold what real
letters say"): month-only dates, a request's own date, parts named but not restated, one
claim citing several provisions, quoted statute text and withheld items, several phones and
emails, addressee and footer passages, annexes and extracts, and the letter's order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import foilib
import foilib.strategies
from foilib import (
    Authority,
    Citation,
    Contact,
    ExemptionClaim,
    LetterKind,
    PartialDate,
    Passage,
    PassageKind,
    Provenance,
    Regime,
    Request,
    RequestPart,
    Response,
    ValidationError,
)
from foilib.checks import Severity

DATA = Path(__file__).parent / "data"
LETTERS = DATA / "letters"
LEGACY = DATA / "legacy" / "letters"
NAMES = sorted(p.stem for p in LETTERS.glob("*.json"))


def _response(**kw: object) -> Response:
    base: dict[str, object] = {
        "authority": Authority("A Council", (Regime.FOIA,)),
        "regime": Regime.FOIA,
        "request": Request(parts=(RequestPart("1", "The figures."),)),
    }
    base.update(kw)
    return Response(**base)  # type: ignore[arg-type]


# --- old documents ----------------------------------------------------------------------


def test_every_fixture_has_its_old_form() -> None:
    assert sorted(p.stem for p in LEGACY.glob("*.json")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_old_form_of_every_fixture_still_loads(name: str) -> None:
    # The stored letters as they were before the new fields (format_version 1): they load
    # unchanged, and differ from today's fixture only in the new fields.
    old_text = (LEGACY / f"{name}.json").read_text(encoding="utf-8")
    old = foilib.from_json(old_text, Response)
    assert foilib.to_json(old) == old_text  # lossless: nothing added on the way
    new = foilib.from_json((LETTERS / f"{name}.json").read_text(encoding="utf-8"), Response)
    assert old.authority == new.authority and old.passages == new.passages
    assert json.loads(old_text)["format_version"] == 1


def test_format_version_is_unchanged_because_every_addition_is_optional() -> None:
    # Additive fields with defaults: a version-1 document means what it meant.
    assert foilib.FORMAT_VERSION == 1
    assert "sent_in" not in foilib.to_dict(_response())


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "shown"),
    [(2012, 3, "2012-03"), (2024, 10, "2024-10"), (2019, None, "2019")],
)
def test_partial_dates(year: int, month: int | None, shown: str) -> None:
    assert str(PartialDate(year, month)) == shown


@pytest.mark.parametrize(
    ("year", "month", "field"), [(2012, 13, "month"), (2012, 0, "month"), (12, 3, "year")]
)
def test_bad_partial_dates_name_the_field(year: int, month: int, field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        PartialDate(year, month)


def test_a_month_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(foilib.FieldTypeError, match="month"):
        PartialDate(2012, "3")  # type: ignore[arg-type]


def test_sent_in_must_agree_with_sent_on() -> None:
    _response(sent_on=dt.date(2024, 10, 3), sent_in=PartialDate(2024, 10))
    with pytest.raises(ValidationError, match="sent_in"):
        _response(sent_on=dt.date(2024, 11, 3), sent_in=PartialDate(2024, 10))


def test_national_archives_publication_month_is_held() -> None:
    r = foilib.from_json(
        (LETTERS / "national-archives-infanticide-paper-s40.json").read_text(encoding="utf-8"),
        Response,
    )
    assert r.sent_on is None and r.sent_in == PartialDate(2024, 10)


def test_request_dated_on_is_not_after_receipt() -> None:
    Request(dated_on=dt.date(2024, 7, 6), received_on=dt.date(2024, 7, 8))
    with pytest.raises(ValidationError, match="dated_on"):
        Request(dated_on=dt.date(2024, 7, 9), received_on=dt.date(2024, 7, 8))


def test_reader_reads_the_requests_own_date() -> None:
    text = (
        "Dear Ms Smith,\n\nThank you for your request of 6 July 2024, which we received "
        "on 8 July 2024.\n\nWe do not hold this information.\n\nYours sincerely,\n\n"
        "Information Governance\n"
    )
    reading = foilib.read_letter(text)
    assert reading.response.request.dated_on == dt.date(2024, 7, 6)
    a, b = reading.spans["request.dated_on"]
    assert reading.text[a:b] == "6 July 2024"


# --- parts named, not restated ------------------------------------------------------------


def test_a_part_not_restated_has_no_text_and_can_be_answered() -> None:
    part = RequestPart("2", restated=False)
    assert part.text == "" and not part.restated
    r = _response(
        request=Request(parts=(RequestPart("1", "The figures."), part)),
        answers=(foilib.Answer(("1", "2"), foilib.Disposition.NOT_HELD, "Not held."),),
    )
    assert r.answer_for("2") is not None
    assert foilib.to_dict(part) == {"format_version": 1, "label": "2", "restated": False}


def test_a_part_not_restated_cannot_carry_words() -> None:
    with pytest.raises(ValidationError, match="not restated"):
        RequestPart("2", "Some words", restated=False)
    with pytest.raises(ValidationError, match="non-empty text"):
        RequestPart("2")


def test_devon_questions_4_to_7_are_tied_to_one_answer() -> None:
    reading = foilib.read_letter(LETTERS / "devon-county-council-foi-statistics.txt")
    request = reading.response.request
    assert [ref for ref, p in request.iter_parts() if not p.restated] == ["5", "6", "7"]
    assert reading.response.answers[-1].parts == ("4", "5", "6", "7")
    # 5 and 6 are implied by the range, so they are flagged as guesses; 7 is in the text
    assert "request.parts[4].label" in reading.guesses
    a, b = reading.spans["request.parts[6].label"]
    assert reading.text[a:b] == "7"


# --- claims -------------------------------------------------------------------------------

S31A = Citation(Regime.FOIA, "31", ("1", "a"))
S31B = Citation(Regime.FOIA, "31", ("1", "b"))


def test_one_claim_cites_several_provisions() -> None:
    claim = ExemptionClaim(
        "Section 31 (1)(a)(b)",
        S31A,
        citations=(S31A, S31B),
        reasons=("Disclosure would prejudice the prevention of crime.",),
        quoted=("(a) the prevention or detection of crime,",),
        withheld=("Appendix B: patrol schedule",),
    )
    assert claim.cited == (S31A, S31B)
    assert foilib.from_json(foilib.to_json(claim), ExemptionClaim) == claim


def test_citation_must_be_the_first_of_citations() -> None:
    with pytest.raises(ValidationError, match="first of citations"):
        ExemptionClaim("Section 31 (1)(a)(b)", S31B, citations=(S31A, S31B))
    with pytest.raises(ValidationError, match="first of citations"):
        ExemptionClaim("Section 31 (1)(a)(b)", None, citations=(S31A, S31B))


def test_a_single_citation_claim_reads_as_before() -> None:
    assert ExemptionClaim("s.31(1)(a)", S31A).cited == (S31A,)
    assert ExemptionClaim("s.31").cited == ()


def test_checks_read_every_citation_of_a_claim() -> None:
    # s.21 is absolute, s.43(2) qualified: a claim citing both shares one public interest
    # test, and the missing test is found on it; s.21 alone needs none.
    s21 = Citation(Regime.FOIA, "21", ("1",))
    s43 = Citation(Regime.FOIA, "43", ("2",))
    claim = ExemptionClaim("Sections 21 and 43(2)", s21, citations=(s21, s43))
    r = _response(
        exemption_claims=(claim,),
        answers=(foilib.Answer(("1",), foilib.Disposition.WITHHELD, "Withheld."),),
    )
    both = {f.code for f in foilib.check(r)}
    alone = {
        f.code
        for f in foilib.check(attrs.evolve(r, exemption_claims=(ExemptionClaim("s.21", s21),)))
    }
    assert "pi-test-missing" in both - alone


# --- contacts, addressee, footer ---------------------------------------------------------


def test_a_contact_keeps_every_phone_and_email() -> None:
    c = Contact(
        email="foi@example.gov.uk",
        other_emails=("records@example.gov.uk",),
        phone="0303 123 1113",
        other_phones=("01625 545 745",),
    )
    assert c.emails == ("foi@example.gov.uk", "records@example.gov.uk")
    assert c.phones == ("0303 123 1113", "01625 545 745")


def test_further_phones_need_a_first() -> None:
    with pytest.raises(ValidationError, match="other_phones"):
        Contact(lines=("x",), other_phones=("01625 545 745",))
    with pytest.raises(ValidationError, match="other_emails"):
        Contact(lines=("x",), other_emails=("a@b",))


def test_addressee_and_footer_are_passage_kinds() -> None:
    r = _response(
        passages=(
            Passage(PassageKind.ADDRESSEE, "Ms A Smith\n1 High Street"),
            Passage(PassageKind.FOOTER, "Registered office: 1 Town Hall Square"),
        )
    )
    assert [p.kind.value for p in r.passages] == ["addressee", "footer"]


# --- annexes and extracts ----------------------------------------------------------------


def _absence_findings(r: Response) -> set[str]:
    return {f.code for f in foilib.check(r) if f.severity is not Severity.NOTE}


def test_an_extracts_silence_is_not_the_authoritys() -> None:
    refusal = _response(
        answers=(foilib.Answer(("1",), foilib.Disposition.WITHHELD, "Withheld."),),
        exemption_claims=(ExemptionClaim("s.43(2)", Citation(Regime.FOIA, "43", ("2",))),),
    )
    full = _absence_findings(refusal)
    assert full  # the whole letter, silent on review rights and reasons: real findings
    extract = attrs.evolve(refusal, provenance=Provenance(extract=True))
    assert _absence_findings(extract) < full
    notes = [f for f in foilib.check(extract) if "extract" in f.message]
    assert notes and all(f.severity is Severity.NOTE for f in notes)


def test_an_annex_sent_apart_is_not_held_to_the_letters_duties() -> None:
    refusal = _response(
        kind=LetterKind.ANNEX,
        exemption_claims=(ExemptionClaim("s.43(2)", Citation(Regime.FOIA, "43", ("2",))),),
    )
    assert all(
        f.severity is Severity.NOTE or "annex" not in f.message for f in foilib.check(refusal)
    )


def test_provenance_partial() -> None:
    assert Provenance(extract=True).partial and Provenance(truncated=True).partial
    assert not Provenance().partial


# --- order --------------------------------------------------------------------------------


def test_order_names_blocks_the_response_holds() -> None:
    r = _response(
        subject="Figures",
        passages=(Passage(PassageKind.NOTE, "Please note the figures are provisional."),),
        answers=(foilib.Answer(("1",), foilib.Disposition.PROVIDED, "Here they are."),),
        order=("subject", "request.parts[0]", "answers[0]", "passages[0]"),
    )
    assert [p for p, _ in r.in_order()] == list(r.order)
    assert r.in_order()[-1][1] == r.passages[0]
    for bad in ("passages[1]", "answers[0].nothing", "outcome", "passages[x]", ""):
        with pytest.raises(ValidationError, match="order"):
            attrs.evolve(r, order=(bad,))


def test_render_puts_a_note_after_the_answer_it_follows() -> None:
    r = _response(
        passages=(
            Passage(PassageKind.NOTE, "Please note the figures are provisional."),
            Passage(PassageKind.BODY, "We hope this helps."),
        ),
        answers=(foilib.Answer(("1",), foilib.Disposition.PROVIDED, "Here they are."),),
        order=("request.parts[0]", "answers[0]", "passages[0]", "passages[1]"),
    )
    text = foilib.render(r, "letter")
    assert text.index("Here they are.") < text.index("Please note the figures")
    plain = foilib.render(attrs.evolve(r, order=()), "letter")
    assert plain.count("Please note the figures") == text.count("Please note the figures") == 1


@pytest.mark.parametrize("name", NAMES)
def test_reader_records_the_letters_order(name: str) -> None:
    reading = foilib.read_letter(LETTERS / f"{name}.txt")
    r = reading.response
    starts = []
    for path in r.order:
        own = [a for p, (a, _) in reading.spans.items() if p == path or p.startswith(path + ".")]
        own += [a for p, (a, _) in reading.spans.items() if p.startswith(path + "[")]
        assert own, path
        starts.append(min(own))
    assert starts == sorted(starts)
    assert {f"passages[{i}]" for i in range(len(r.passages))} <= set(r.order)


@settings(max_examples=40, deadline=None)
@given(foilib.strategies.responses())
def test_generated_responses_with_new_fields_round_trip(r: Response) -> None:
    assert foilib.from_json(foilib.to_json(r), Response) == r


def test_reader_reads_one_claim_for_several_provisions_in_one_phrase() -> None:
    text = (
        "Dear Mr Jones,\n\n1) How many patrols were there in 2023?\n\n"
        "The information is withheld under Section 31 (1)(a)(b) of the Freedom of "
        "Information Act 2000.\n\nYours sincerely,\n\nInformation Team\n"
    )
    claims = foilib.read_letter(text).response.exemption_claims
    assert len(claims) == 1
    assert claims[0].as_written == "Section 31 (1)(a)(b)"
    assert claims[0].cited == (S31A, S31B)


def test_reader_keeps_every_phone_and_email_of_a_contact() -> None:
    text = (
        "Dear Mr Jones,\n\n1) How many patrols were there in 2023?\n\n"
        "We do not hold this information.\n\n"
        "If you are unhappy with this response you may ask for an internal review. "
        "Please write to:\n\nInformation Rights Team\nEmail: foi@example.gov.uk\n"
        "Email: records@example.gov.uk\nTelephone: 01234 567890\nTelephone: 01234 567891\n\n"
        "Yours sincerely,\n\nInformation Team\n"
    )
    reading = foilib.read_letter(text)
    rights = reading.response.rights
    assert rights is not None and rights.internal_review_contact is not None
    contact = rights.internal_review_contact
    assert contact.emails == ("foi@example.gov.uk", "records@example.gov.uk")
    assert contact.phones == ("01234 567890", "01234 567891")
    assert reading.unread == ()


def test_reader_files_an_absolute_statement_apart_from_the_reasons() -> None:
    text = (
        "Dear Mr Jones,\n\n1) Please send me the report.\n\n"
        "The report is withheld under section 21 of the Freedom of Information Act 2000.\n\n"
        "Section 21 is an absolute exemption, so no public interest test applies.\n\n"
        "Yours sincerely,\n\nInformation Team\n"
    )
    reading = foilib.read_letter(text)
    (claim,) = reading.response.exemption_claims
    assert claim.absolute_statement is not None
    assert "absolute exemption" in claim.absolute_statement
    assert not any("absolute" in r for r in claim.reasons)
