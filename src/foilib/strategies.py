"""Hypothesis strategies for every public foilib model type.

For downstream projects' tests; needs the ``testing`` extra
(``pip install 'foilib[testing]'``). Importing this module registers each strategy in
:data:`STRATEGIES` with hypothesis, so ``st.from_type(foilib.Response)`` (and
``st.builds`` of your own types with foilib fields) just work.

>>> import foilib
>>> from foilib import strategies
>>> from hypothesis import HealthCheck, given, settings, strategies as st
>>> @settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow], deadline=None)
... @given(st.from_type(foilib.Response))
... def test_round_trip(response):
...     assert foilib.from_json(foilib.to_json(response), foilib.Response) == response
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from dateutil import tz

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("foilib.strategies needs hypothesis: pip install 'foilib[testing]'") from exc

from foilib import (
    Answer,
    Attachment,
    Authority,
    AuthorityType,
    Case,
    Channel,
    Citation,
    CitedProvision,
    Contact,
    Definition,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    Fee,
    LetterKind,
    Licence,
    PartialDate,
    Passage,
    PassageKind,
    Provenance,
    PublicInterest,
    RefusalNotice,
    Regime,
    Request,
    Requester,
    RequestPart,
    Response,
    ReuseLicence,
    ReviewOutcome,
    Rights,
    SchoolTerm,
)
from foilib._private.validate import visible

__all__ = [
    "STRATEGIES",
    "answers",
    "authorities",
    "cases",
    "citations",
    "contacts",
    "definitions",
    "events",
    "exemption_claims",
    "refusal_notices",
    "request_parts",
    "requests",
    "responses",
    "school_terms",
    "texts",
]

S = st.SearchStrategy

LONDON = tz.gettz("Europe/London")
_MIN_DATE = dt.date(2000, 1, 1)
_MAX_DATE = dt.date(2099, 12, 31)


def texts(max_size: int = 40) -> S[str]:
    """Verbatim letter text: any characters (curly quotes, en dashes, newlines),
    at least one of them visible (not whitespace, a control or a format character)."""
    return st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=max_size).filter(
        visible
    )


def _labels() -> S[str]:
    return st.from_regex(r"[1-9][0-9]?[a-z]?|[a-z]{1,2}|[ivx]{1,4}", fullmatch=True)


def _opt(strategy: S[Any]) -> S[Any]:
    return st.none() | strategy


def _dates() -> S[dt.date]:
    return st.dates(min_value=_MIN_DATE, max_value=_MAX_DATE)


def citations() -> S[Citation]:
    """Structurally valid citations (not necessarily in the catalogue)."""
    sections = st.from_regex(r"[1-9][0-9]{0,2}[A-Z]?", fullmatch=True)
    component = st.from_regex(r"[1-9][0-9]?[A-Z]?|[a-z]{1,2}", fullmatch=True)
    return st.builds(
        Citation,
        st.sampled_from(Regime),
        sections,
        st.lists(component, max_size=3).map(tuple),
    )


def contacts() -> S[Contact]:
    def more(contact: Contact) -> S[Contact]:
        further = st.lists(texts(20), max_size=2, unique=True).map(tuple)
        return st.builds(
            attrs.evolve,
            st.just(contact),
            other_emails=further if contact.email is not None else st.just(()),
            other_phones=further if contact.phone is not None else st.just(()),
        )

    return st.builds(
        Contact,
        lines=st.lists(texts(20), min_size=1, max_size=3).map(tuple),
        email=_opt(texts(20)),
        phone=_opt(texts(15)),
        web=_opt(texts(20)),
    ).flatmap(more)


def partial_dates() -> S[PartialDate]:
    """Months (and years alone) within the calendar's range."""
    return st.builds(PartialDate, st.integers(2000, 2099), _opt(st.integers(1, 12)))


def authorities() -> S[Authority]:
    return st.builds(
        Authority,
        name=texts(),
        regimes=st.lists(st.sampled_from(Regime), min_size=1, max_size=4, unique=True).map(tuple),
        unit=_opt(texts()),
        contact=_opt(contacts()),
        review_contact=_opt(contacts()),
    )


def request_parts(depth: int = 2) -> S[RequestPart]:
    """Parts with up to ``depth`` levels of sub-parts; sibling labels distinct."""
    not_restated = st.builds(RequestPart, label=_labels(), restated=st.just(False))
    if depth == 0:
        return st.builds(RequestPart, label=_labels(), text=texts()) | not_restated
    return (
        st.builds(
            RequestPart,
            label=_labels(),
            text=texts(),
            parts=st.lists(request_parts(depth - 1), max_size=2, unique_by=lambda p: p.label).map(
                tuple
            ),
        )
        | not_restated
    )


def definitions() -> S[Definition]:
    def with_text(pair: tuple[str, str]) -> S[Definition]:
        term, meaning = pair
        return st.builds(
            Definition,
            st.just(term),
            st.just(meaning),
            _opt(st.just(f"By {term} we mean {meaning}")),
        )

    return st.tuples(texts(20), texts(40)).flatmap(with_text)


def _receipts() -> S[tuple[dt.date | None, dt.datetime | None]]:
    """(received_on, received_at) pairs that agree in Europe/London."""
    moments = st.datetimes(
        min_value=dt.datetime(2000, 1, 2), max_value=dt.datetime(2099, 12, 30)
    ).map(lambda d: d.replace(tzinfo=LONDON))
    return st.one_of(
        st.tuples(_opt(_dates()), st.none()),
        moments.map(lambda m: (m.astimezone(LONDON).date(), m)),
    )


def requests() -> S[Request]:
    return _receipts().flatmap(_requests)


def _requests(receipt: tuple[dt.date | None, dt.datetime | None]) -> S[Request]:
    return st.builds(
        Request,
        reference=_opt(texts(15)),
        received_on=st.just(receipt[0]),
        received_at=st.just(receipt[1]),
        channel=_opt(st.sampled_from(Channel)),
        requester=_opt(st.builds(Requester, name=_opt(texts(20)), contact=_opt(texts(20)))),
        text=_opt(texts()),
        parts=st.lists(request_parts(1), max_size=4, unique_by=lambda p: p.label).map(tuple),
        definitions=st.lists(definitions(), max_size=2).map(tuple),
        dated_on=_opt(
            st.dates(min_value=_MIN_DATE, max_value=receipt[0]) if receipt[0] else _dates()
        ),
    )


def _refs(request: Request) -> S[tuple[str, ...]]:
    refs = request.part_refs
    if not refs:
        return st.just(())
    return st.lists(st.sampled_from(refs), max_size=3, unique=True).map(tuple)


def answers(request: Request | None = None, regimes: tuple[Regime, ...] = ()) -> S[Answer]:
    """Answers whose part refs exist in ``request`` (none when it is ``None``); ``same_as``
    names a part before every part the answer covers, so no answer leads back to itself."""
    if request is None or not request.part_refs:
        return _answers(((), None), regimes)
    all_refs = request.part_refs

    def with_same_as(parts: tuple[str, ...]) -> S[tuple[tuple[str, ...], str | None]]:
        earlier = all_refs[: min((all_refs.index(r) for r in parts), default=len(all_refs))]
        same = _opt(st.sampled_from(earlier)) if earlier else st.none()
        return st.tuples(st.just(parts), same)

    return _refs(request).flatmap(with_same_as).flatmap(lambda ps: _answers(ps, regimes))


def _answers(refs: tuple[tuple[str, ...], str | None], regimes: tuple[Regime, ...]) -> S[Answer]:
    return st.builds(
        Answer,
        parts=st.just(refs[0]),
        disposition=st.sampled_from(Disposition),
        text=texts(),
        same_as=st.just(refs[1]),
        attachments=st.lists(
            st.builds(Attachment, name=texts(20), url=_opt(texts(20))), max_size=1
        ).map(tuple),
        regime=_opt(st.sampled_from(regimes)) if regimes else st.none(),
    )


def exemption_claims(request: Request | None = None) -> S[ExemptionClaim]:
    """Claims citing one provision or several (``citations``, ``citation`` the first)."""
    return st.lists(citations(), max_size=3, unique=True).flatmap(
        lambda cited: _claims(request, tuple(cited))
    )


def _claims(request: Request | None, cited: tuple[Citation, ...]) -> S[ExemptionClaim]:
    refs = _refs(request) if request is not None else st.just(())
    return st.builds(
        ExemptionClaim,
        as_written=texts(20),
        citation=st.just(cited[0]) if cited else st.none(),
        citations=st.just(cited) if len(cited) > 1 else st.just(()),
        quoted=st.lists(texts(), max_size=1).map(tuple),
        withheld=st.lists(texts(20), max_size=2).map(tuple),
        title=_opt(texts()),
        parts=refs,
        ncnd=st.booleans(),
        reasons=st.lists(texts(), max_size=2).map(tuple),
        absolute_statement=_opt(texts()),
        public_interest=_opt(
            st.builds(
                PublicInterest,
                text=st.lists(texts(), max_size=1).map(tuple),
                for_disclosure=st.lists(texts(), max_size=2).map(tuple),
                against_disclosure=st.lists(texts(), max_size=2).map(tuple),
                conclusion=_opt(texts()),
            )
        ),
    )


def refusal_notices() -> S[RefusalNotice]:
    return st.builds(
        RefusalNotice,
        statement=_opt(texts()),
        grounds=st.lists(st.sampled_from(Disposition), max_size=2, unique=True).map(tuple),
        provisions=st.lists(
            st.builds(CitedProvision, texts(20), _opt(citations())), max_size=2
        ).map(tuple),
        reasons=st.lists(texts(), max_size=2).map(tuple),
        advice_and_assistance=_opt(texts()),
        public_interest_estimate=_opt(_dates()),
    )


def _rights() -> S[Rights]:
    return st.builds(
        Rights,
        internal_review=_opt(texts()),
        internal_review_contact=_opt(contacts()),
        commissioner=_opt(texts()),
        commissioner_contact=_opt(contacts()),
        further_appeal=_opt(texts()),
    )


def responses() -> S[Response]:
    """Whole responses whose cross-references are consistent."""

    def build(pair: tuple[Authority, Request]) -> S[Response]:
        authority, request = pair
        sent = (
            st.dates(min_value=request.received_on, max_value=_MAX_DATE)
            if request.received_on
            else _dates()
        )
        return st.builds(
            Response,
            authority=st.just(authority),
            regime=st.sampled_from(authority.regimes),
            request=st.just(request),
            kind=st.sampled_from(LetterKind),
            sent_on=_opt(sent),
            reference=_opt(texts(15)),
            subject=_opt(texts()),
            outcome=_opt(texts()),
            answers=st.lists(answers(request, authority.regimes), max_size=3).map(tuple),
            exemption_claims=st.lists(exemption_claims(request), max_size=2).map(tuple),
            refusal_notice=_opt(refusal_notices()),
            reuse_licence=_opt(st.builds(ReuseLicence, texts(), _opt(st.sampled_from(Licence)))),
            rights=_opt(_rights()),
            passages=st.lists(
                st.builds(Passage, st.sampled_from(PassageKind), texts()), max_size=3
            ).map(tuple),
            provenance=_opt(_provenances()),
            fee=_opt(st.builds(Fee, texts(10), _opt(texts()), _opt(_dates()))),
        ).flatmap(_dated_and_ordered)

    return st.tuples(authorities(), requests()).flatmap(build)


def _provenances() -> S[Provenance]:
    return st.builds(Provenance, _opt(texts(20)), st.booleans(), _opt(texts()), st.booleans())


def _dated_and_ordered(response: Response) -> S[Response]:
    """Add ``sent_in`` (the month of ``sent_on`` when there is one) and an ``order`` of the
    response's own blocks."""
    sent = response.sent_on
    month = (
        _opt(st.just(PartialDate(sent.year, sent.month)))
        if sent is not None
        else _opt(partial_dates())
    )
    blocks = [
        *(f"passages[{i}]" for i in range(len(response.passages))),
        *(f"answers[{i}]" for i in range(len(response.answers))),
        *(f"exemption_claims[{i}]" for i in range(len(response.exemption_claims))),
        *(f"request.parts[{i}]" for i in range(len(response.request.parts))),
        *(name for name in ("subject", "reference", "outcome") if getattr(response, name)),
    ]
    order = st.permutations(blocks).flatmap(
        lambda p: st.integers(0, len(p)).map(lambda n: tuple(p[:n]))
    )
    return st.builds(attrs.evolve, st.just(response), sent_in=month, order=order)


# --- the statutory clock: events, school terms, cases ---------------------------------

_CASE_MAX_DATE = dt.date(2096, 12, 31)


def events(kinds: tuple[EventKind, ...] = tuple(EventKind)) -> S[Event]:
    """Single events of the given kinds, each with the fields its kind allows."""

    def build(pair: tuple[EventKind, dt.date]) -> S[Event]:
        kind, on = pair
        later = st.dates(min_value=on, max_value=min(_MAX_DATE, on + dt.timedelta(days=200)))
        fields: dict[str, S[Any]] = {"note": _opt(texts(20))}
        if kind is EventKind.PUBLIC_INTEREST_EXTENSION:
            fields["estimate"] = _opt(later)
        if kind is EventKind.COMPLIANCE_DAY_SPECIFIED:
            fields["until"] = later
        if kind is EventKind.CLARIFICATION_SOUGHT:
            fields["reply_by"] = _opt(later)
            fields["closure_warning"] = st.booleans()
        if kind is EventKind.INTERNAL_REVIEW_DECIDED:
            fields["outcome"] = _opt(st.sampled_from(ReviewOutcome))
        return st.builds(Event, st.just(kind), st.just(on), **fields)

    return st.tuples(st.sampled_from(kinds), _dates()).flatmap(build)


def school_terms() -> S[SchoolTerm]:
    """School terms of up to about fifteen weeks."""
    return _dates().flatmap(
        lambda first: st.builds(
            SchoolTerm,
            st.just(first),
            st.dates(min_value=first, max_value=min(_MAX_DATE, first + dt.timedelta(days=105))),
        )
    )


#: Kinds a generated history may contain after the receipt, in a plausible order.
_HISTORY = (
    EventKind.ACKNOWLEDGEMENT_SENT,
    EventKind.CLARIFICATION_SOUGHT,
    EventKind.CLARIFICATION_RECEIVED,
    EventKind.PARTIAL_RESPONSE_SENT,
    EventKind.RESPONSE_SENT,
    EventKind.CORRECTED_RESPONSE_SENT,
    EventKind.INTERNAL_REVIEW_REQUESTED,
    EventKind.REVIEW_ACKNOWLEDGED,
    EventKind.INTERNAL_REVIEW_DECIDED,
    EventKind.COMMISSIONER_COMPLAINT,
    EventKind.DECISION_NOTICE,
    EventKind.APPEAL_LODGED,
)
_NEEDS = {
    EventKind.CLARIFICATION_RECEIVED: EventKind.CLARIFICATION_SOUGHT,
    EventKind.CORRECTED_RESPONSE_SENT: EventKind.RESPONSE_SENT,
    EventKind.REVIEW_ACKNOWLEDGED: EventKind.INTERNAL_REVIEW_REQUESTED,
    EventKind.INTERNAL_REVIEW_DECIDED: EventKind.INTERNAL_REVIEW_REQUESTED,
    EventKind.APPEAL_LODGED: EventKind.DECISION_NOTICE,
}


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """Possible histories under any regime: a receipt, then some of the usual letters and
    steps in order, a few days apart (every one a valid :class:`foilib.Case`)."""
    regime = draw(st.sampled_from(Regime))
    day = draw(st.dates(min_value=dt.date(2001, 1, 1), max_value=_CASE_MAX_DATE))
    history = [Event(EventKind.RECEIVED, day)]
    seen = {EventKind.RECEIVED}
    for kind in _HISTORY:
        if kind in _NEEDS and _NEEDS[kind] not in seen:
            continue
        if not draw(st.booleans()):
            continue
        day += dt.timedelta(days=draw(st.integers(0, 30)))
        fields: dict[str, Any] = {}
        if kind is EventKind.CLARIFICATION_SOUGHT:
            fields["closure_warning"] = draw(st.booleans())
        if kind is EventKind.INTERNAL_REVIEW_DECIDED:
            fields["outcome"] = draw(_opt(st.sampled_from(ReviewOutcome)))
        history.append(Event(kind, day, **fields))
        seen.add(kind)
    school = draw(st.booleans())
    authority_type = (
        draw(st.sampled_from([t for t in AuthorityType if t.is_school]))
        if school
        else AuthorityType.GENERAL
    )
    terms = tuple(draw(st.lists(school_terms(), max_size=2))) if school else ()
    return Case(
        Request(),
        regime,
        tuple(history),
        authority_type=authority_type,
        school_terms=terms,
        transferred_public_records=draw(st.booleans()),
    )


#: One strategy for every public model type, keyed by the type.
STRATEGIES: dict[type[Any], S[Any]] = {
    Answer: answers(),
    Attachment: st.builds(Attachment, name=texts(20), url=_opt(texts(20))),
    Authority: authorities(),
    Case: cases(),
    Citation: citations(),
    CitedProvision: st.builds(CitedProvision, texts(20), _opt(citations())),
    Contact: contacts(),
    Definition: definitions(),
    Event: events(),
    ExemptionClaim: exemption_claims(),
    Fee: st.builds(Fee, texts(10), _opt(texts()), _opt(_dates())),
    PartialDate: partial_dates(),
    Passage: st.builds(Passage, st.sampled_from(PassageKind), texts()),
    Provenance: _provenances(),
    PublicInterest: st.builds(
        PublicInterest, for_disclosure=st.lists(texts(), max_size=2).map(tuple)
    ),
    RefusalNotice: refusal_notices(),
    Request: requests(),
    RequestPart: request_parts(),
    Requester: st.builds(Requester, name=_opt(texts(20)), contact=_opt(texts(20))),
    Response: responses(),
    ReuseLicence: st.builds(ReuseLicence, texts(), _opt(st.sampled_from(Licence))),
    Rights: _rights(),
    SchoolTerm: school_terms(),
}


# Register every strategy above with hypothesis: after ``import foilib.strategies``,
# ``st.from_type(foilib.Response)`` draws consistent responses. (New model types: add them
# to STRATEGIES and they are registered here.)
for _type, _strategy in STRATEGIES.items():
    st.register_type_strategy(_type, _strategy)
