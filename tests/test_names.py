"""Names that say one thing (issue 10): each new name works, each old name still works with
a DeprecationWarning, and the JSON forms (files, the converter, the CLI) are unchanged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import foilib
import foilib.workdays
from foilib import EventKind, Regime

CASES = Path(__file__).parent / "data" / "cases"


# --- Provision.ncnd (a tuple of clauses) vs ExemptionClaim.ncnd (a bool) ------------------


def test_provision_ncnd_clauses_is_the_tuple_of_clauses() -> None:
    # FOIA s.40(5A) and (5B) exclude the duty to confirm or deny for s.40 (DPA 2018 Sch 19).
    p = foilib.provision("FOIA s.40")
    assert [str(c) for c in p.ncnd_clauses] == ["FOIA s.40(5A)", "FOIA s.40(5B)"]
    with pytest.warns(DeprecationWarning, match=r"Provision\.ncnd_clauses"):
        old = p.ncnd
    assert old == p.ncnd_clauses


def test_exemption_claim_ncnd_stays_a_bool() -> None:
    claim = foilib.ExemptionClaim("s.23(5)", foilib.parse_citation("FOIA s.23(5)"), ncnd=True)
    assert claim.ncnd is True


def test_provision_json_keeps_the_key_ncnd() -> None:
    # provisions --json and the converter write "ncnd", as before the rename, and read it back
    conv = foilib.make_converter(omit_if_default=False)
    p = foilib.provision("FOIA s.40")
    data = conv.unstructure(p)
    assert "ncnd_clauses" not in data
    assert data["ncnd"] == [
        {"regime": "foia", "section": "40", "path": ["5A"]},
        {"regime": "foia", "section": "40", "path": ["5B"]},
    ]
    assert conv.structure(data, foilib.Provision) == p


# --- working_days() returns a calendar ------------------------------------------------


def test_working_day_calendar_and_its_deprecated_old_name() -> None:
    # FOISA s.73: 25 Nov 2026 to 24 Dec 2026 is 20 working days (St Andrew's Day skipped).
    cal = foilib.working_day_calendar(Regime.FOISA)
    assert cal.count(dt.date(2026, 11, 25), dt.date(2026, 12, 24)) == 20
    with pytest.warns(DeprecationWarning, match=r"working_day_calendar"):
        old = foilib.working_days(Regime.FOISA)
    assert old is cal
    assert foilib.workdays.working_day_calendar is foilib.working_day_calendar


def test_foilib_itself_never_warns_for_its_own_use_of_the_old_names() -> None:
    import warnings

    case = foilib.from_json((CASES / "foia-answered-late.json").read_text("utf-8"), foilib.Case)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        case.timeline(dt.date(2027, 1, 21))
        foilib.due_date(dt.date(2026, 11, 25))


# --- EventKind.EIR_EXTENSION also serves the EISR ---------------------------------------


def test_environmental_extension_keeps_the_json_value() -> None:
    assert EventKind.ENVIRONMENTAL_EXTENSION.value == "eir_extension"
    assert EventKind("eir_extension") is EventKind.ENVIRONMENTAL_EXTENSION
    with pytest.warns(DeprecationWarning, match=r"ENVIRONMENTAL_EXTENSION"):
        old = EventKind.EIR_EXTENSION
    assert old is EventKind.ENVIRONMENTAL_EXTENSION
    with pytest.warns(DeprecationWarning, match=r"ENVIRONMENTAL_EXTENSION"):
        assert EventKind["EIR_EXTENSION"] is EventKind.ENVIRONMENTAL_EXTENSION
    with pytest.raises(AttributeError):
        _ = EventKind.NO_SUCH_KIND  # type: ignore[attr-defined]


def test_an_old_case_file_with_eir_extension_loads() -> None:
    # EISR reg 7: an EISR case recording the extension under the old value still loads.
    text = json.dumps(
        {
            "format_version": 1,
            "request": {"reference": "SC-89"},
            "regime": "eisr",
            "events": [
                {"kind": "received", "on": "2026-11-16"},
                {"kind": "eir_extension", "on": "2026-11-30"},
            ],
        }
    )
    case = foilib.from_json(text, foilib.Case)
    assert case.events[1].kind is EventKind.ENVIRONMENTAL_EXTENSION
    assert json.loads(foilib.to_json(case))["events"][1]["kind"] == "eir_extension"


# --- NonWorkingReason.citation is text ---------------------------------------------------


def test_non_working_reason_citation_text_and_its_deprecated_old_name() -> None:
    # FOIA s.10(6); St Andrew's Day, 30 Nov 2026 (BFDA 1971 Sch 1 para 2 as amended, 2007 Act)
    cal = foilib.working_day_calendar(Regime.FOIA)
    (reason,) = cal.non_working_reasons(dt.date(2026, 11, 30))
    assert reason.citation_text.startswith("FOIA s.10(6); Banking and Financial Dealings Act")
    assert str(reason.provision_citation) == "FOIA s.10(6)"
    with pytest.warns(DeprecationWarning, match=r"citation_text"):
        old = reason.citation
    assert old == reason.citation_text


# --- basis means the kind of rule; a provision is a citation; source_url an address -------


def test_check_citation_and_its_deprecated_old_name() -> None:
    # foia-s17-7b rests on FOIA s.17(7)(b) (particulars of the right to apply under s.50)
    row = next(c for c in foilib.CHECKS if c.code == "foia-s17-7b")
    assert str(row.citation) == "FOIA s.17(7)(b)"
    with pytest.warns(DeprecationWarning, match=r"Check\.citation"):
        old = row.basis
    assert old == row.citation


def test_disposition_explanation_and_its_deprecated_old_name() -> None:
    # FOIA s.1(1)(a): "not held" answers the duty to confirm or deny
    text = foilib.Disposition.NOT_HELD.explanation
    assert text.startswith("FOIA s.1(1)(a)")
    with pytest.warns(DeprecationWarning, match=r"Disposition\.explanation"):
        old = foilib.Disposition.NOT_HELD.basis
    assert old == text


def test_provision_source_url_and_its_deprecated_old_name() -> None:
    p = foilib.provision("FOIA s.43(2)")
    assert p.source_url == "https://www.legislation.gov.uk/ukpga/2000/36/section/43"
    with pytest.warns(DeprecationWarning, match=r"Provision\.source_url"):
        old = p.source
    assert old == p.source_url
    data = foilib.make_converter().unstructure(p)
    assert data["source"] == p.source_url and "source_url" not in data


def test_deadline_basis_is_the_kind_of_rule() -> None:
    # FOIA s.10(1): the response due date rests on statute; s.45 code: the review dates
    case = foilib.from_json((CASES / "foia-answered-late.json").read_text("utf-8"), foilib.Case)
    kinds = {d.kind.value: d.basis for d in case.timeline(dt.date(2027, 1, 21)).deadlines}
    assert kinds["response_due"] is foilib.Basis.STATUTE
    assert kinds["review_response_due"] is foilib.Basis.CODE_OF_PRACTICE


def test_a_users_class_named_like_a_foilib_result_keeps_its_own_form() -> None:
    import attrs
    import cattrs

    reason = attrs.make_class("Reason", {"text": attrs.field(type=str)})
    conv = cattrs.Converter()
    foilib.configure_converter(conv)
    assert conv.unstructure(reason("mine")) == {"text": "mine"}
