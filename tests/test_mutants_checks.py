"""The checks, pinned in full where mutation testing found them pinned only in part.

test_checks.py proves *which* findings each constructed response gets (code, severity,
path), each row citing the provision it tests. A mutant that rewords a message, drops
the parts a finding is about, cites the wrong provision or forgets that a truncated copy
only earns a note survived those rows (docs/mutation-clock.md). Here every finding of
the same rows (FOIA, EIR, FOISA, parts, claims, kinds of letter, the law on the day) and
of the shared letters is compared in full with tests/data/findings-pinned.json: code,
severity, path, the citation it rests on, parts, message and the day whose law applied.
After a deliberate change of wording, regenerate the file with
``FOILIB_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_mutants_checks.py`` and
review the diff.

The timeliness findings, which need a case, are written out below with hand counts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest
import test_checks as tc  # the constructed responses of test_checks.py, each citing its source

import foilib
from foilib import (
    Answer,
    ArgumentTypeError,
    Case,
    Citation,
    CitedProvision,
    Contact,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    Provenance,
    RefusalNotice,
    Regime,
    Request,
    RequestPart,
    Response,
    Rights,
    check,
)

D = dt.date
K = EventKind
GOLDEN = Path(__file__).parent / "data" / "findings-pinned.json"


def _scenarios() -> dict[str, Response]:
    out: dict[str, Response] = {}
    for title, changes, _ in tc.ROWS:
        out[f"foia: {title}"] = tc.response(**changes)
    for title, changes, _ in tc.EIR_ROWS:
        out[f"eir: {title}"] = tc.response(Regime.EIR, **changes)
    for title, changes, _ in tc.FOISA_ROWS:
        out[f"foisa: {title}"] = tc.response(Regime.FOISA, **changes)
    for title, changes, _ in tc.EISR_ROWS:
        out[f"eisr: {title}"] = tc.response(Regime.EISR, **changes)
    for title, changes, _ in tc.PART_ROWS:
        out[f"parts: {title}"] = tc.response(**changes)
    for title, changes, _ in tc.ROWS_ON_THE_DAY:
        out[f"on the day: {title}"] = tc.response(**changes)
    for title, regime, changes, _ in tc.CLAIM_ROWS:
        out[f"claims: {title}"] = tc.response(regime, **changes)
    for title, regime, changes, _ in tc.KIND_ROWS:
        out[f"kinds: {title}"] = tc.response(regime, **changes)
    out.update(_extra())
    for name in sorted(tc.PINNED):
        out[f"letter: {name}"] = tc.load(name)
    # Each row again as a cut-short copy (an absence is only a note, and says why) and as
    # an extract; and with every claim made for part 1 of a two-part request (a finding
    # about a claim names the parts it is about).
    for title, r in list(out.items()):
        if title.startswith("letter: "):
            continue
        out[f"cut short: {title}"] = attrs.evolve(r, provenance=Provenance(truncated=True))
        out[f"extract: {title}"] = attrs.evolve(r, provenance=Provenance(extract=True))
        if r.exemption_claims:
            out[f"part 1: {title}"] = attrs.evolve(
                r,
                request=TWO_PARTS,
                exemption_claims=tuple(attrs.evolve(c, parts=("1",)) for c in r.exemption_claims),
                answers=(
                    *(attrs.evolve(a, parts=("1",)) for a in r.answers),
                    Answer(("2",), Disposition.PROVIDED, "Attached."),
                ),
            )
    return out


TWO_PARTS = Request(
    parts=(RequestPart("1", "Please send the contract."), RequestPart("2", "And the tender."))
)


def _extra() -> dict[str, Response]:
    """Rows test_checks.py does not have, each citing its source."""
    s31 = Citation(Regime.FOIA, "31", ("1", "a", "b"))  # two letters run together
    return {
        # FOIA s.17(1)(b): "s.31(1)(a)(b)" is read as s.31(1)(a) (its first sibling), a
        # qualified exemption: the PI test is then required (s.2(2)(b)).
        "extra: run-together letters read as the first sibling": tc.response(
            exemption_claims=(ExemptionClaim("section 31(1)(a)(b)", s31, reasons=("Crime.",)),),
        ),
        # FOIA s.17(7)(b) with s.50(1): the ICO's particulars given only as a contact (its
        # Wilmslow address) in a FOISA letter point to the wrong Commissioner (FOISA s.19(b)).
        "extra: FOISA letter with the ICO's address only": tc.response(
            Regime.FOISA,
            exemption_claims=(tc.FOISA_CLAIM,),
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner_contact=Contact(
                    lines=("Wycliffe House", "Water Lane", "Wilmslow", "SK9 5AF")
                ),
            ),
        ),
        # FOIA s.17(7)(b), s.50(1): the ICO's own complaint page, given as a bare address, is
        # the right Commissioner (no finding) ...
        "extra: FOIA letter with the ICO's web address only": tc.response(
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner="Complain at https://ico.org.uk/make-a-complaint/ if unhappy.",
            ),
        ),
        # ... but in a FOISA letter (s.19(b), s.47(1)) the ICO's host names the wrong one,
        "extra: FOISA letter naming the ICO's website": tc.response(
            Regime.FOISA,
            exemption_claims=(tc.FOISA_CLAIM,),
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner="You may then apply via ico.org.uk.",
            ),
        ),
        # ... as does the ICO's website given as the contact's web address.
        "extra: FOISA letter with the ICO's website as the contact": tc.response(
            Regime.FOISA,
            exemption_claims=(tc.FOISA_CLAIM,),
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner_contact=Contact(web="https://ico.org.uk/make-a-complaint/"),
            ),
        ),
        # FOIA s.17(1)(b): a claim for part 1 covers its sub-part 1/a; parts 2 and 3, also
        # withheld, are covered by no claim.
        "extra: claims cover sub-parts, not other parts": tc.response(
            request=Request(
                parts=(
                    RequestPart("1", "a", parts=(RequestPart("a", "aa"),)),
                    RequestPart("2", "b"),
                    RequestPart("3", "c"),
                )
            ),
            answers=(
                Answer(("1/a",), Disposition.WITHHELD, "Withheld."),
                Answer(("2", "3"), Disposition.WITHHELD, "Withheld."),
            ),
            exemption_claims=(attrs.evolve(tc.response().exemption_claims[0], parts=("1",)),),
        ),
        # FOISA s.19(b): the letter names the Scottish Commissioner's rival in its text and
        # gives an address as the contact: both are read.
        "extra: FOIA letter naming the SIC beside an address": tc.response(
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner="You may apply to the Scottish Information Commissioner.",
                commissioner_contact=Contact(lines=("Wycliffe House", "Wilmslow")),
            ),
        ),
        # FOIA s.50(1): the SIC's website without "www." is still the SIC's.
        "extra: FOIA letter naming the SIC's website": tc.response(
            rights=Rights(
                internal_review="You may ask us to review our decision.",
                commissioner="You may then apply via foi.scot.",
            ),
        ),
        # FOIA s.12, s.14: refused on two grounds at once, the notice citing neither.
        "extra: two grounds": tc.response(
            answers=(),
            exemption_claims=(),
            refusal_notice=RefusalNotice(
                statement="We refuse the request.",
                grounds=(Disposition.REFUSED_VEXATIOUS, Disposition.REFUSED_COST),
            ),
        ),
        # FOIA s.17(5): the whole request refused on cost, part by part unanswered: the
        # notice answers every part (no part-unanswered).
        "extra: the whole request refused on cost": tc.response(
            request=TWO_PARTS,
            answers=(),
            exemption_claims=(),
            refusal_notice=RefusalNotice(
                statement="We refuse the request.",
                grounds=(Disposition.REFUSED_COST,),
                provisions=(CitedProvision("section 12", Citation(Regime.FOIA, "12", ("1",))),),
                advice_and_assistance="Narrow it to one year.",
            ),
        ),
        # FOISA s.16(1)(c): the notice cites a FOIA provision (its words unreadable, its
        # citation given): another regime's exemption.
        "extra: FOISA notice citing a FOIA provision": tc.response(
            Regime.FOISA,
            exemption_claims=(tc.FOISA_CLAIM,),
            refusal_notice=RefusalNotice(
                statement="We refuse part 1.",
                grounds=(Disposition.WITHHELD,),
                provisions=(CitedProvision("the exemption", Citation(Regime.FOIA, "43", ("2",))),),
            ),
        ),
        # Intellectual Property Act 2014 s.20: s.22A cited in a notice of 1 May 2013, before
        # it was in force.
        "extra: a notice citing s.22A in 2013": tc.response(
            sent_on=D(2013, 5, 1),
            refusal_notice=RefusalNotice(
                statement="We refuse part 1.",
                grounds=(Disposition.WITHHELD,),
                provisions=(CitedProvision("section 22A", Citation(Regime.FOIA, "22A")),),
            ),
        ),
        # "s.31(1)(a)(2)": a letter then a number is not two run-together letters.
        "extra: a letter then a number": tc.response(
            exemption_claims=(
                ExemptionClaim(
                    "section 31(1)(a)(2)",
                    Citation(Regime.FOIA, "31", ("1", "a", "2")),
                    reasons=("Crime.",),
                ),
            ),
        ),
        # EIR reg 14(3)(b) and FOISA s.16(2): a public interest test with no conclusion, and
        # a claim with no reasons, under each regime's own provision.
        "extra: EIR PI test with no conclusion": tc.response(
            Regime.EIR,
            exemption_claims=(
                attrs.evolve(tc.EIR_CLAIM, public_interest=attrs.evolve(tc.PI, conclusion=None)),
            ),
        ),
        "extra: FOISA PI test with no conclusion, no reasons": tc.response(
            Regime.FOISA,
            exemption_claims=(
                attrs.evolve(
                    tc.FOISA_CLAIM,
                    reasons=(),
                    public_interest=attrs.evolve(tc.PI, conclusion=None),
                ),
            ),
        ),
        # FOISA s.1(1), s.16: a claim for a part provided in full; a part unanswered;
        # an unreadable provision.
        "extra: FOISA parts": tc.response(
            Regime.FOISA,
            request=Request(parts=(*TWO_PARTS.parts, RequestPart("3", "c"))),
            answers=(
                Answer(("1",), Disposition.PROVIDED, "Attached."),
                Answer(("2",), Disposition.WITHHELD, "Withheld."),
            ),
            exemption_claims=(
                attrs.evolve(tc.FOISA_CLAIM, parts=("1",)),
                ExemptionClaim("section 99", Citation(Regime.FOISA, "99"), parts=("2",)),
            ),
        ),
        # FOISA s.1 and the EIR were in force from 1 January 2005 (FOISA s.75; EIR reg 1):
        # a letter of 1 December 2004 relies on provisions not yet in force.
        "extra: FOISA letter before 2005": tc.response(
            Regime.FOISA, exemption_claims=(tc.FOISA_CLAIM,), sent_on=D(2004, 12, 1)
        ),
        "extra: EIR letter before 2005": tc.response(
            Regime.EIR, exemption_claims=(tc.EIR_CLAIM,), sent_on=D(2004, 12, 1)
        ),
        # FOIA s.1(1): three parts, two contradictory answers to part 2 and none to part 3.
        "extra: contradictory and missing parts": tc.response(
            request=Request(
                parts=(
                    RequestPart("1", "a"),
                    RequestPart("2", "b"),
                    RequestPart("3", "c"),
                )
            ),
            answers=(
                Answer(("1",), Disposition.WITHHELD, "Withheld."),
                Answer(("2",), Disposition.PROVIDED, "Attached."),
                Answer(("2",), Disposition.NOT_HELD, "Not held."),
            ),
        ),
    }


def full(found: tuple[foilib.Finding, ...]) -> list[list[Any]]:
    return [
        [
            f.code,
            f.severity.value,
            f.path,
            str(f.citation),
            list(f.parts),
            f.message,
            None if f.law_on is None else f.law_on.isoformat(),
            f.law_from,
        ]
        for f in found
    ]


SCENARIOS = _scenarios()


def _golden() -> dict[str, list[list[Any]]]:
    if os.environ.get("FOILIB_REGENERATE_GOLDEN"):
        data = {title: full(check(r)) for title, r in SCENARIOS.items()}
        GOLDEN.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    loaded: dict[str, list[list[Any]]] = json.loads(GOLDEN.read_text("utf-8"))
    return loaded


PINNED = _golden()


def test_most_rows_are_pinned() -> None:
    # New rows in test_checks.py are pinned at the next regeneration; renamed ones drop out.
    both = PINNED.keys() & SCENARIOS.keys()
    assert len(both) >= 0.9 * len(PINNED), sorted(PINNED.keys() - SCENARIOS.keys())
    assert sum(len(v) for v in PINNED.values()) > 60


@pytest.mark.parametrize("title", sorted(PINNED.keys() & SCENARIOS.keys()))
def test_findings_in_full(title: str) -> None:
    assert full(check(SCENARIOS[title])) == PINNED[title]


# --- timeliness (FOIA s.10(1), (3); s.17(2)) -----------------------------------------------


def _case(*events: tuple[EventKind, dt.date] | Event) -> Case:
    return Case(
        Request(),
        Regime.FOIA,
        tuple(e if isinstance(e, Event) else Event(*e) for e in events),
    )


def test_a_late_response_is_late_by_its_working_days() -> None:
    # FOIA s.10(1): received Mon 2 Mar 2026, due Tue 31 Mar (20th WD; St Patrick's Day
    # skipped); sent Thu 2 Apr: Apr 1 and 2 are 2 working days late.
    c = _case((K.RECEIVED, D(2026, 3, 2)))
    assert full(check(tc.response(sent_on=D(2026, 4, 2)), c)) == [
        [
            "response-late",
            "error",
            "$.sent_on",
            "FOIA s.10(1)",
            [],
            "Sent 2 working days after the response was due (2026-03-31).",
            "2026-04-02",
            "sent_on",
        ]
    ]


def test_a_public_interest_notice_after_the_due_date() -> None:
    # FOIA s.10(3), s.17(1)-(2): the notice of Thu 2 Apr 2026 came after the time for
    # compliance ended (Tue 31 Mar): it extends nothing, and the response is late.
    c = _case(
        (K.RECEIVED, D(2026, 3, 2)),
        Event(K.PUBLIC_INTEREST_EXTENSION, D(2026, 4, 2), estimate=D(2026, 4, 20)),
    )
    found = full(check(tc.response(sent_on=D(2026, 4, 2)), c))
    assert [f[:5] for f in found] == [
        ["response-late", "error", "$.sent_on", "FOIA s.10(1)", []],
        [
            "pi-extension-no-estimate",
            "error",
            "$.refusal_notice.public_interest_estimate",
            "FOIA s.17(2)",
            [],
        ],
    ]
    assert found[1][5] == (
        "The extension notice came on 2026-04-02, after the time for compliance ended (2026-03-31)."
    )


def test_a_public_interest_notice_in_time_without_an_estimate() -> None:
    # FOIA s.17(2): the notice of Fri 20 Mar 2026 came in time (due Tue 31 Mar) but gives
    # no estimate. (Before: the message said it came "after the time for compliance ended".)
    c = _case((K.RECEIVED, D(2026, 3, 2)), (K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 20)))
    assert full(check(tc.response(sent_on=D(2026, 4, 2)), c)) == [
        [
            "pi-extension-no-estimate",
            "error",
            "$.refusal_notice.public_interest_estimate",
            "FOIA s.17(2)",
            [],
            "The extension notice of 2026-03-20 gives no estimate of the date by which a "
            "decision will be reached.",
            "2026-04-02",
            "sent_on",
        ]
    ]


def test_a_public_interest_extension_beyond_the_regulators_limit() -> None:
    # ICO guidance (FOIA s.10(3)): normally no more than 20 further WD. Due Tue 31 Mar
    # 2026; the limit is Thu 30 Apr (Apr 1-2, 7-10, 13-17, 20-24, 27-30: Good Friday and
    # Easter Monday skipped); the estimate Fri 15 May is beyond it. Sent on the estimate.
    c = _case(
        (K.RECEIVED, D(2026, 3, 2)),
        Event(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 20), estimate=D(2026, 5, 15)),
    )
    assert full(check(tc.response(sent_on=D(2026, 5, 15)), c)) == [
        [
            "pi-extension-too-long",
            "warning",
            "$.sent_on",
            "FOIA s.10(3)",
            [],
            "The public-interest extension runs to 2026-05-15, beyond a further 20 working "
            "days (2026-04-30).",
            "2026-05-15",
            "sent_on",
        ]
    ]


def test_a_case_of_another_regime_or_type_is_refused_by_name() -> None:
    with pytest.raises(ArgumentTypeError) as wrong_type:
        check(tc.response(), case="nope")  # type: ignore[arg-type]
    assert str(wrong_type.value) == "case: expected a foilib.Case or None, got 'nope'"
    scottish = Case(Request(), Regime.FOISA, (Event(K.RECEIVED, D(2026, 3, 2)),))
    with pytest.raises(ArgumentTypeError) as wrong_regime:
        check(tc.response(), scottish)
    assert str(wrong_regime.value).startswith(
        "case: expected a case under FOIA, like the response, got "
    )


def test_a_finding_as_json() -> None:
    # The stable form `foilib check --json` prints (FOIA s.17(7)(b): no Commissioner).
    (finding,) = check(tc.response(sent_on=D(2026, 3, 2), rights=Rights(internal_review="Ask us.")))
    assert finding.to_dict() == {
        "code": "foia-s17-7b",
        "severity": "error",
        "message": finding.message,
        "path": "$.rights.commissioner",
        "parts": [],
        "provision": "FOIA s.17(7)(b)",
        "provision_title": foilib.provision(finding.citation).title,
        "law_on": "2026-03-02",
        "law_from": "sent_on",
    }
