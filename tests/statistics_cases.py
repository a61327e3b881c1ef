"""The twelve cases of acceptance check AC-1 (fact sheet STATISTICS.md §8), shared by the
statistics tests. All FOIA, one authority; deadlines in the comments are the 20th working
day after receipt (UK-wide non-working days), as the fact sheet computed them."""

from __future__ import annotations

import datetime as dt

from foilib import (
    Answer,
    Authority,
    Case,
    Citation,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    Regime,
    Request,
    Response,
)

D = dt.date
K = EventKind
P = Disposition
AUTHORITY = Authority(
    "Department for Examples", (Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR)
)


def record(
    ref: str,
    received: dt.date,
    *events: Event,
    sent: dt.date | None = None,
    parts: tuple[Disposition, ...] = (),
    claims: tuple[tuple[str, tuple[str, ...]], ...] = (),
    regime: Regime = Regime.FOIA,
) -> tuple[Case, Response | None]:
    """A case (and its response letter when ``sent``) as the statistics read them."""
    request = Request(reference=ref, received_on=received)
    evs = [Event(K.RECEIVED, received), *events]
    response = None
    if sent is not None:
        evs.append(Event(K.RESPONSE_SENT, sent))
        response = Response(
            AUTHORITY,
            regime,
            request,
            sent_on=sent,
            answers=tuple(Answer((), d, d.value) for d in parts),
            exemption_claims=tuple(
                ExemptionClaim(f"section {s}", Citation(regime, s, path)) for s, path in claims
            ),
        )
    evs.sort(key=lambda e: e.on)
    return Case(request, regime, tuple(evs)), response


def ac1() -> list[tuple[Case, Response | None]]:
    """AC-1's cases, C1 to C12."""
    return [
        record("C1", D(2025, 1, 6), sent=D(2025, 1, 27), parts=(P.PROVIDED,)),  # due 3 Feb
        record("C2", D(2025, 1, 13), sent=D(2025, 2, 10), parts=(P.PROVIDED, P.NOT_HELD)),
        record("C3", D(2025, 1, 20), sent=D(2025, 2, 18), parts=(P.NOT_HELD,)),  # due 17 Feb
        record(
            "C4",
            D(2025, 2, 3),  # due 3 Mar; PIT estimate 31 Mar; answered 28 Mar
            Event(K.PUBLIC_INTEREST_EXTENSION, D(2025, 2, 28), estimate=D(2025, 3, 31)),
            sent=D(2025, 3, 28),
            parts=(P.PROVIDED, P.WITHHELD),
            claims=(("43", ("2",)),),
        ),
        record(
            "C5",
            D(2025, 2, 10),  # due 10 Mar; PIT estimate 8 Apr; answered 22 Apr (late)
            Event(K.PUBLIC_INTEREST_EXTENSION, D(2025, 3, 7), estimate=D(2025, 4, 8)),
            sent=D(2025, 4, 22),
            parts=(P.WITHHELD,),
            claims=(("35", ("1", "a")), ("42", ())),
        ),
        record("C6", D(2025, 2, 17), sent=D(2025, 3, 10), parts=(P.REFUSED_COST,)),
        record("C7", D(2025, 3, 3), sent=D(2025, 3, 20), parts=(P.REFUSED_VEXATIOUS,)),
        record(
            "C8",
            D(2025, 3, 10),
            sent=D(2025, 3, 25),
            parts=(P.NEITHER_CONFIRMED_NOR_DENIED,),
            claims=(("40", ("5",)),),
        ),
        record(
            "C9",
            D(2025, 3, 14),  # due 14 Apr; answered 3 Apr (13 WD)
            sent=D(2025, 4, 3),
            parts=(P.ACCESSIBLE_ELSEWHERE,),
            claims=(("21", ("1",)),),
        ),
        record("C10", D(2025, 3, 24), Event(K.CLARIFICATION_SOUGHT, D(2025, 3, 26))),
        record("C11", D(2025, 3, 31)),  # due 30 Apr; unanswered
        record("C12", D(2025, 1, 2), sent=D(2025, 1, 29), parts=(P.ADVICE_AND_ASSISTANCE,)),
    ]
