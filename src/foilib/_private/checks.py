"""What a response lacks under the Act: :func:`check` returns :class:`Finding` values.

The checks are a registry. Each row of :data:`CHECKS` (in the law data,
:mod:`foilib._private.law._checks`) gives a code, its severity, the provision it rests on
as a parsed :class:`~foilib.Citation`, and the name of the rule function below that emits it.
:data:`RULES` lists each regime's own rule functions: FOIA, the EIR, FOISA and the EISR
each have their own set, so no regime falls through to another's provisions. The
provision a finding cites under a regime comes from that regime's law data
(``law(regime).letters``); this module holds no citation of its own. Severity:

- ``error``: the Act (or Regulations) is not met;
- ``warning``: a code of practice or the regulator's guidance is not met, or a
  statutory requirement applies only arguably;
- ``note``: worth an officer's attention, not a breach.

A letter whose copy is cut short (``provenance.truncated``) can never prove an
absence, so findings that rest on something missing are lowered to notes.
``docs/checks.md`` explains each code and the choice of its severity.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from .catalogue import Provision, ProvisionKind, as_on, provision
from .citation import Citation
from .clock import Case, CaseStatus, DeadlineKind, Event, EventKind
from .errors import ArgumentTypeError, CitationError, NotInForceError, UnknownProvisionError
from .law import LetterCheck, Letters, Period, law
from .law._checks import CHECKS, Check, Severity
from .law._types import Commissioner
from .model import Answer, Disposition, LetterKind, Response
from .parse import find_citations, parse_citations
from .regimes import Regime

__all__ = ["CHECKS", "RULES", "Check", "Finding", "Rule", "Severity", "check"]

_BY_CODE = {c.code: c for c in CHECKS}
_ORDER = {c.code: i for i, c in enumerate(CHECKS)}
_RANK = {s: i for i, s in enumerate(Severity)}


@attrs.frozen(slots=True)
class Finding:
    """Something a response lacks or gets wrong, where, and under which provision.

    ``path`` is a JSON path into the response's JSON form (``$.rights.commissioner``).
    ``citation`` is the provision of the response's own regime the finding rests on, and
    ``provision`` its catalogue entry. ``parts`` are the refs of the request parts the
    finding is about ("2", "3/a"); empty for a finding about the letter as a whole.
    ``law_on`` is the day whose law the letter was checked against and ``law_from`` where
    that day came from: ``"sent_on"`` (the letter's date), ``"received_on"`` (the
    request's receipt) or ``"today"`` (neither known: the law as the catalogue has it).
    """

    code: str
    severity: Severity
    message: str
    path: str
    citation: Citation
    provision: Provision
    parts: tuple[str, ...] = ()
    law_on: dt.date | None = None
    law_from: str = "today"

    def __str__(self) -> str:
        where = f" (part {', '.join(self.parts)})" if self.parts else ""
        return (
            f"{self.severity.value}: {self.code} ({self.citation}) at {self.path}{where}: "
            f"{self.message}"
        )

    def to_dict(self) -> dict[str, object]:
        """A stable JSON-ready form (used by ``foilib check --json``).

        The form :func:`foilib.make_converter` gives a finding: ``code``, ``severity`` (its
        value), ``message``, ``path``, ``parts`` (a list), ``provision`` (the citation as
        text), ``provision_title``, ``law_on`` (``YYYY-MM-DD`` or ``None``) and ``law_from``.

        Returns:
            a new dict of JSON values.

        Never raises: every finding has this form.
        """
        from .converter import shared_converter

        found: dict[str, object] = shared_converter().unstructure(self)
        return found


# --- what a response says, computed once -------------------------------------------------

_EXEMPTION_REFUSALS = frozenset(
    {
        Disposition.WITHHELD,
        Disposition.PROVIDED_IN_PART,
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
        Disposition.ACCESSIBLE_ELSEWHERE,
    }
)
_WITHHOLDING_ANSWERS = frozenset(
    {
        Disposition.WITHHELD,
        Disposition.PROVIDED_IN_PART,
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
    }
)
_GROUNDS = frozenset(
    {
        Disposition.REFUSED_COST,
        Disposition.REFUSED_VEXATIOUS,
        Disposition.REFUSED_REPEATED,
        Disposition.REFUSED_MANIFESTLY_UNREASONABLE,
    }
)
#: Whether an answer confirms that the information is held (True), denies it (False),
#: or does neither (None); answers that say nothing either way are absent.
_CONFIRMS: dict[Disposition, bool | None] = {
    Disposition.PROVIDED: True,
    Disposition.PROVIDED_IN_PART: True,
    Disposition.WITHHELD: True,
    Disposition.ACCESSIBLE_ELSEWHERE: True,
    Disposition.HELD_DECISION_PENDING: True,
    Disposition.NOT_HELD: False,
    Disposition.NEITHER_CONFIRMED_NOR_DENIED: None,
}
_WITHHOLDING_KINDS = frozenset(
    {
        ProvisionKind.EXEMPTION,
        ProvisionKind.EXCEPTION,
        ProvisionKind.REFUSAL_GROUND,
        ProvisionKind.CONFIRM_DENY_EXCLUSION,
    }
)

_PROVISIONS: dict[Citation, Provision | None] = {}


@functools.lru_cache(maxsize=1024)
def _statement_citations(statement: str, regime: Regime) -> tuple[Citation, ...]:
    """The citations a refusal notice's statement makes, read once per text and regime
    (reading running text is the costliest step of a check; letters repeat statements)."""
    return tuple(f.citation for f in find_citations(statement, regime))


def _lookup(citation: Citation | None) -> Provision | None:
    """The catalogue entry of ``citation``, or None (cached: citations are values)."""
    if citation is None:
        return None
    try:
        return _PROVISIONS[citation]
    except KeyError:
        pass
    try:
        found: Provision | None = provision(citation)
    except UnknownProvisionError:
        found = _split_lookup(citation)
    _PROVISIONS[citation] = found
    return found


def _split_lookup(citation: Citation) -> Provision | None:
    """``s.31(1)(a)(b)`` (two letters run together) read as its first sibling, s.31(1)(a)."""
    parts = _siblings(citation)
    if len(parts) < 2:
        return None
    try:
        return provision(parts[0])
    except UnknownProvisionError:
        return None


def _siblings(citation: Citation) -> tuple[Citation, ...]:
    """``s.31(1)(a)(b)`` -> (s.31(1)(a), s.31(1)(b)); other citations -> (citation,)."""
    path = citation.path
    tail = 0
    while (
        tail < len(path)
        and path[len(path) - 1 - tail].isalpha()
        and len(path[len(path) - 1 - tail]) == 1
    ):
        tail += 1
    if tail < 2:
        return (citation,)
    head = path[: len(path) - tail]
    return tuple(Citation(citation.regime, citation.section, (*head, p)) for p in path[-tail:])


@attrs.frozen(slots=True)
class _Claim:
    """A provision cited by the letter, from an exemption claim or the refusal notice."""

    path: str
    as_written: str
    citation: Citation | None
    entry: Provision | None
    ncnd: bool
    reasons: bool
    public_interest: bool
    pi_conclusion: bool
    pi_against: bool
    absolute_statement: bool
    parts: tuple[str, ...]
    from_claim: bool
    not_in_force: str | None = None


class _Context:
    """What the checks need to know about one response, computed once."""

    def __init__(self, response: Response, case: Case | None = None) -> None:
        self.response = response
        self.case = case
        self.regime = response.regime
        self.letters: Letters = law(response.regime).letters
        if response.sent_on is not None:
            self.on: dt.date | None = response.sent_on
            self.on_from = "sent_on"
        elif response.request.received_on is not None:
            self.on, self.on_from = response.request.received_on, "received_on"
        else:
            self.on, self.on_from = None, "today"
        # a cut-short copy, an extract (disclosure log, blog) or an annex sent apart
        # cannot prove an absence
        self.truncated = bool(
            (response.provenance and response.provenance.partial)
            or response.kind is LetterKind.ANNEX
        )
        provenance = response.provenance
        self.partial_why = (
            "This copy of the letter is cut short, so it may be in the missing part."
            if provenance is not None and provenance.truncated
            else "This copy is an extract of the letter, so it may be in the letter itself."
            if provenance is not None and provenance.extract
            else "This is an annex sent apart from its letter, so it may be in the letter."
        )
        self.dispositions = {a.disposition for a in response.answers}
        notice = response.refusal_notice
        if notice is not None:
            self.dispositions |= set(notice.grounds)
        self.answer_regimes = {a.regime for a in response.answers if a.regime is not None}
        self.claims = list(self._claims())
        kinds = (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
        #: exemptions (exceptions) claimed, of any regime
        self.any_exemptions = [
            c for c in self.claims if c.entry is not None and c.entry.kind in kinds
        ]
        #: those of this regime (or of a regime an answer is made under): a claim under
        #: another regime's provision specifies none of this regime's
        self.exemptions = [c for c in self.any_exemptions if self.own(c.entry)]
        #: the citations the refusal notice's statement makes in its own words
        self.stated = self._stated()
        #: whether the statement itself names an exemption (exception) of this regime
        #: ("withheld under regulation 12(4)(b)"), which specifies it
        self.stated_exemption = any(
            (e := _lookup(c)) is not None and e.kind in kinds and self.own(e) for c in self.stated
        )

    def own(self, entry: Provision | None) -> bool:
        """True when ``entry`` is a provision of the letter's regime (or an answer's)."""
        return entry is not None and (
            entry.regime is self.regime or entry.regime in self.answer_regimes
        )

    def _stated(self) -> tuple[Citation, ...]:
        notice = self.response.refusal_notice
        if notice is None or notice.statement is None:
            return ()
        return _statement_citations(notice.statement, self.regime)

    @property
    def received_on(self) -> dt.date | None:
        """The date of receipt: the request's own, else the case's first event."""
        received = self.response.request.received_on
        if received is None and self.case is not None:
            received = self.case.received_on
        return received

    def _read(self, as_written: str, citation: Citation | None) -> tuple[Citation | None, ...]:
        """The citations a claim means: its own, or read from its words in the regime."""
        if citation is not None:
            return _siblings(citation) if _lookup(citation) is None else (citation,)
        try:
            found = parse_citations(as_written, regime=self.regime)
        except CitationError:
            return (None,)
        out = tuple(s for c in found for s in (_siblings(c) if _lookup(c) is None else (c,)))
        return out or (None,)

    def _as_on(self, citation: Citation | None) -> tuple[Provision | None, str | None]:
        """The catalogue entry as it stood on the letter's day, and why it was not in force."""
        entry = _lookup(citation)
        if entry is None or self.on is None:
            return entry, None
        try:
            return as_on(entry, self.on), None
        except NotInForceError as error:
            return entry, str(error)

    def _claims(self) -> Iterator[_Claim]:
        for i, claim in enumerate(self.response.exemption_claims):
            pi = claim.public_interest
            own = claim.citations or (claim.citation,)  # a claim may cite several
            read = (c for one in own for c in self._read(claim.as_written, one))
            for citation in read:
                entry, gone = self._as_on(citation)
                yield _Claim(
                    f"$.exemption_claims[{i}]",
                    claim.as_written,
                    citation,
                    entry,
                    claim.ncnd,
                    bool(claim.reasons),
                    pi is not None,
                    pi is not None and pi.conclusion is not None,
                    pi is not None and bool(pi.against_disclosure or pi.text),
                    claim.absolute_statement is not None,
                    claim.parts,
                    True,
                    gone,
                )
        notice = self.response.refusal_notice
        if notice is not None:
            for i, cited in enumerate(notice.provisions):
                for citation in self._read(cited.as_written, cited.citation):
                    entry, gone = self._as_on(citation)
                    yield _Claim(
                        f"$.refusal_notice.provisions[{i}]",
                        cited.as_written,
                        citation,
                        entry,
                        False,
                        bool(notice.reasons),
                        False,
                        False,
                        False,
                        False,
                        (),
                        False,
                        gone,
                    )

    @property
    def refuses_on_exemption(self) -> bool:
        r = self.response
        # A FOIA extension notice is a s.17(1) notice: it relies on a qualified exemption.
        extension = (
            r.kind is LetterKind.EXTENSION_NOTICE
            and self.letters.extension is not None
            and not self.regime.is_environmental
        )
        # a claim of a ground (cost, vexatious, repeated) relies on no exemption
        claimed = any(
            c.from_claim and (c.entry is None or c.entry.kind is not ProvisionKind.REFUSAL_GROUND)
            for c in self.claims
        )
        return bool(self.dispositions & _EXEMPTION_REFUSALS) or claimed or extension

    @property
    def grounds(self) -> set[Disposition]:
        return self.dispositions & _GROUNDS

    @property
    def not_held(self) -> bool:
        return Disposition.NOT_HELD in self.dispositions


def _finding(
    ctx: _Context,
    code: str,
    path: str,
    message: str,
    *,
    severity: Severity | None = None,
    absence: bool = False,
    basis: Citation | None = None,
    parts: tuple[str, ...] = (),
) -> Finding:
    row = _BY_CODE[code]  # a KeyError here is an unregistered code: a bug
    level = severity or row.severity
    if absence and ctx.truncated:
        level = Severity.NOTE
        message += " " + ctx.partial_why
    citation = basis or row.citation
    entry = _lookup(citation)
    assert entry is not None, f"{citation} ({code}) must resolve in the catalogue"
    return Finding(code, level, message, path, citation, entry, parts, ctx.on, ctx.on_from)


def _check(
    ctx: _Context,
    rule: LetterCheck,
    path: str,
    message: str,
    *,
    severity: Severity | None = None,
    absence: bool = False,
    parts: tuple[str, ...] = (),
) -> Finding:
    """A finding of one of the regime's letter checks: its code and provision from the law."""
    return _finding(
        ctx,
        rule.code,
        path,
        message,
        severity=severity,
        absence=absence,
        basis=rule.citation,
        parts=parts,
    )


# --- the entry point ---------------------------------------------------------------------

#: A rule: a function from what a response says to the findings it makes.
Rule = Callable[[_Context], Iterator[Finding]]


def check(response: Response, case: Case | None = None) -> tuple[Finding, ...]:
    """What ``response`` lacks under its regime, most serious first.

    Each kind of letter is checked against its own duties (``response.kind``): a
    response and a review outcome against the refusal-notice rules of the regime, an
    extension notice as the notice it is (FOIA s.17(2), EIR reg 7), a clarification
    request against the duty to advise (s.1(3) with s.16); acknowledgements need nothing.
    With ``case``, the response's timeliness is checked too (FOIA s.10; EIR reg 5;
    FOISA s.10): a ``response_sent`` event is taken from ``response.sent_on`` when
    the case has none.

    Returns:
        a tuple of :class:`Finding`, errors first, then warnings, then notes.

    Raises:
        ArgumentTypeError: ``response`` is not a Response, or ``case`` not a Case
            (or a case under another regime).

    >>> import foilib
    >>> from pathlib import Path
    >>> letter = Path("tests/data/letters/leicester-childrens-analytics.json").read_text()
    >>> for finding in check(foilib.from_json(letter, foilib.Response)):
    ...     print(finding.severity.value, finding.code)
    warning foia-s17-7b
    note not-held-is-not-an-exemption
    """
    if not isinstance(response, Response):
        raise ArgumentTypeError("response", response, "a foilib.Response")
    if case is not None and not isinstance(case, Case):
        raise ArgumentTypeError("case", case, "a foilib.Case or None")
    ctx = _Context(response, case)
    found: list[Finding] = []
    for rule in _rules_for(response.regime, response.kind):
        found.extend(rule(ctx))
    if case is not None:
        found.extend(_timeliness(ctx, case))
    found.sort(key=lambda f: (_RANK[f.severity], _ORDER[f.code], f.path))
    return tuple(found)


# --- refusal notices (every regime) ----------------------------------------------------


def _refusal_notice(ctx: _Context) -> Iterator[Finding]:
    """A refusal states that it refuses and specifies the exemption, for each part."""
    r = ctx.response
    notice = r.refusal_notice
    L = ctx.letters
    specify = L.checks.specify_exemption
    environmental = ctx.regime.is_environmental
    statement = L.checks.refusal_statement
    if (
        statement is not None
        and ctx.refuses_on_exemption
        and (notice is None or notice.statement is None)
    ):
        yield _check(
            ctx,
            statement,
            "$.refusal_notice.statement",
            "The response relies on an exemption but never states that it "
            "refuses the request (or part of it).",
            absence=True,
        )
    refusing = ctx.refuses_on_exemption or (environmental and bool(ctx.grounds))
    specified = bool(ctx.exemptions) or ctx.stated_exemption
    if refusing and not specified and not (environmental and ctx.not_held):
        yield _check(
            ctx,
            specify,
            "$.exemption_claims",
            "The response withholds information but does not specify the "
            f"{'exception' if environmental else 'exemption'} it relies on.",
            absence=True,
        )
        return
    if not ctx.exemptions:
        return
    # Part by part: each withheld part is covered by a claim (a claim with no parts
    # covers the whole letter, as does a provision cited in the refusal notice).
    if any(not c.from_claim or not c.parts for c in ctx.exemptions):
        return
    covered = {p for c in ctx.exemptions for p in c.parts}
    for i, answer in enumerate(r.answers):
        if answer.disposition not in _WITHHOLDING_ANSWERS or not answer.parts:
            continue
        missing = tuple(p for p in answer.parts if not _covered(p, covered))
        if missing:
            yield _check(
                ctx,
                specify,
                f"$.answers[{i}]",
                f"The answer to {_refs(missing)} withholds information, but no exemption "
                "claim covers it.",
                absence=True,
                parts=missing,
            )


def _covered(ref: str, refs: set[str]) -> bool:
    """True when ``ref`` or one of its ancestors ("3" for "3/a") is in ``refs``."""
    while True:
        if ref in refs:
            return True
        if "/" not in ref:
            return False
        ref = ref.rsplit("/", 1)[0]


def _short(citation: Citation, *, section_only: bool = False) -> str:
    """A citation without its instrument's name: "s.1(1)(a)" (or just "s.50")."""
    if section_only:
        citation = Citation(citation.regime, citation.section, ())
    return str(citation).split(" ", 1)[1]


def _guidance_days(ctx: _Context) -> int:
    """The regulator's normal limit on a public-interest extension, in working days."""
    guidance = law(ctx.regime).clock.pi_guidance
    return guidance.length if isinstance(guidance, Period) else 0


def _refs(refs: Iterable[str]) -> str:
    refs = list(refs)
    return ("part " if len(refs) == 1 else "parts ") + ", ".join(refs)


def _ground_citation(L: Letters, ground: Disposition) -> Citation:
    if ground is Disposition.REFUSED_COST:
        return L.cost_ground
    if ground is Disposition.REFUSED_REPEATED:
        return L.repeated_ground
    return L.vexatious_ground


def _related(a: Citation, b: Citation) -> bool:
    return a.contains(b) or b.contains(a)


def _grounds(ctx: _Context) -> Iterator[Finding]:
    """A refusal on cost or a vexatious/repeated request: its notice, and advice."""
    notice = ctx.response.refusal_notice
    L = ctx.letters
    for ground in sorted(ctx.grounds, key=lambda d: d.value):
        relied = _ground_citation(L, ground)
        if L.checks.ground_notice is not None:
            cited = any(
                c.citation is not None and _related(c.citation, relied) for c in ctx.claims
            ) or any(_related(c, relied) for c in ctx.stated)
            rule = L.checks.ground_notice
            if ground is not Disposition.REFUSED_COST and L.checks.vexatious_notice is not None:
                rule = L.checks.vexatious_notice
            if notice is None or not cited:
                yield _check(
                    ctx,
                    rule,
                    "$.refusal_notice",
                    f"The request is refused ({ground.value.replace('_', ' ')}) without a "
                    f"notice stating that the authority relies on {relied}.",
                    absence=True,
                )
        cost = ground is Disposition.REFUSED_COST
        advised = (notice is not None and notice.advice_and_assistance is not None) or (
            Disposition.ADVICE_AND_ASSISTANCE in ctx.dispositions
        )
        if cost and not advised:
            advice = L.checks.advice_and_assistance
            yield _check(
                ctx,
                advice,
                "$.refusal_notice.advice_and_assistance",
                "A cost refusal should say what could be provided within the limit, or how "
                f"to narrow the request ({advice.citation}).",
                absence=True,
            )


# --- rights ------------------------------------------------------------------------------


def _missing_rights(ctx: _Context) -> tuple[bool, bool]:
    """(no review particulars, no Commissioner particulars)."""
    rights = ctx.response.rights
    review = rights is None or (
        rights.internal_review is None
        and rights.internal_review_contact is None
        and ctx.response.authority.review_contact is None
    )
    commissioner = rights is None or (
        rights.commissioner is None and rights.commissioner_contact is None
    )
    return review, commissioner


def _foia_rights(ctx: _Context) -> Iterator[Finding]:
    """FOIA s.17(7): the review and Commissioner particulars of a notice."""
    notice = ctx.response.refusal_notice
    engaged = ctx.refuses_on_exemption or bool(ctx.grounds)
    if not (engaged or ctx.not_held or notice is not None):
        return
    L = ctx.letters
    if engaged:
        severity = Severity.ERROR
        why = (
            f"A refusal notice under {L.refusal_statement.whole.local} must give them "
            "({})."  # the provision requiring the particulars, filled in per finding
        )
    elif notice is not None:
        severity = Severity.WARNING
        why = (
            "The letter calls itself a refusal notice, and such a notice must give them "
            '({}); strictly, "not held" does not engage '
            f"{L.refusal_statement.whole.local}, but the s.45 code and the ICO expect every "
            "response that does not provide all the information to give them."
        )
    else:
        severity = Severity.WARNING
        why = (
            "The s.45 code and the ICO expect every response that does not provide all the "
            "information to give them."
        )
    review, commissioner = _missing_rights(ctx)
    if review:
        yield _check(
            ctx,
            L.checks.review_particulars,
            "$.rights.internal_review",
            "The letter gives no particulars of the internal review procedure (nor "
            f"says there is none). {why.format(L.review_particulars.local)}",
            severity=severity,
            absence=True,
        )
    if commissioner:
        c = law(ctx.regime).commissioner
        yield _check(
            ctx,
            L.checks.commissioner_particulars,
            "$.rights.commissioner",
            f"The letter gives no particulars of the right to complain to the {c.name} under "
            f"{_short(c.right_to_apply, section_only=True)}. "
            f"{why.format(L.commissioner_particulars.local)}",
            severity=severity,
            absence=True,
        )


def _environmental_rights(ctx: _Context) -> Iterator[Finding]:
    """EIR reg 14(5); EISR reg 13(e): representations (review) and enforcement."""
    if not (ctx.refuses_on_exemption or ctx.not_held or ctx.grounds):
        return
    L = ctx.letters
    c = law(ctx.regime).commissioner
    review, commissioner = _missing_rights(ctx)
    if review:
        yield _check(
            ctx,
            L.checks.review_particulars,
            "$.rights.internal_review",
            "The refusal must tell the applicant that they may make representations "
            f"(ask for a review) under {L.review_right} ({L.review_particulars}).",
            absence=True,
        )
    if commissioner:
        yield _check(
            ctx,
            L.checks.commissioner_particulars,
            "$.rights.commissioner",
            "The refusal must give the enforcement and appeal provisions "
            f"({c.applied_by}, applying {c.right_to_apply}): the right to apply to the "
            f"{c.name} ({L.commissioner_particulars}).",
            absence=True,
        )


def _foisa_rights(ctx: _Context) -> Iterator[Finding]:
    """FOISA s.19: the content of a s.16 or s.17 notice."""
    if not (ctx.refuses_on_exemption or ctx.not_held or ctx.grounds):
        return
    L = ctx.letters
    c = law(ctx.regime).commissioner
    review, commissioner = _missing_rights(ctx)
    if review:
        yield _check(
            ctx,
            L.checks.review_particulars,
            "$.rights.internal_review",
            f"The notice must give particulars of the complaints procedure "
            f"({L.review_particulars}).",
            absence=True,
        )
    if commissioner:
        yield _check(
            ctx,
            L.checks.commissioner_particulars,
            "$.rights.commissioner",
            "The notice must give particulars of the rights to require a review "
            f"({L.review_right}) and to apply to the {c.name} ({c.right_to_apply}) "
            f"({L.commissioner_particulars}).",
            absence=True,
        )


def _review_outcome(ctx: _Context) -> Iterator[Finding]:
    """A review outcome gives the right to apply to the Commissioner (s.50, s.47, reg 18)."""
    _, commissioner = _missing_rights(ctx)
    if commissioner:
        c = law(ctx.regime).commissioner
        yield _finding(
            ctx,
            "review-no-commissioner",
            "$.rights.commissioner",
            f"An internal review outcome must tell the applicant of the right to apply to the "
            f"{c.name} ({c.applied_by or c.right_to_apply}).",
            absence=True,
            basis=c.applied_by or c.right_to_apply,
        )


#: A sentence that denies the requester a right to go to the Commissioner ("You have no
#: right to complain to the Information Commissioner"): letter wording, not law.
_DENIES_RIGHT = re.compile(
    r"\b(?:no|not (?:have )?(?:a|the|any)) right (?:to|of) (?:complain|apply|appeal|refer)|"
    r"\b(?:cannot|can ?not|may not|are not (?:able|entitled)) (?:to )?"
    r"(?:complain|apply|appeal|refer)\b",
    re.IGNORECASE,
)


def _commissioner_text(ctx: _Context) -> Iterator[Finding]:
    """The Commissioner particulars name this regime's Commissioner and grant the right."""
    rights = ctx.response.rights
    if rights is None:
        return
    pieces = [rights.commissioner or ""]
    contact = rights.commissioner_contact
    if contact is not None:
        pieces += [*contact.lines, contact.email or "", contact.phone or "", contact.web or ""]
    said = "\n".join(p for p in pieces if p)
    if not said.strip():
        return
    own = law(ctx.regime).commissioner
    low = said.lower()
    # the words with this regime's Commissioner's own name taken out: "Information
    # Commissioner" left over in a Scottish letter is the UK Commissioner's title
    others = low.replace(own.name.lower(), " ")
    # another regime's Commissioner, named unambiguously: its name where that is not part of
    # this regime's (the ICO's "Information Commissioner" is inside the Scottish one's), a
    # distinctive address line, or its website
    wrong = [
        o
        for o in {law(r).commissioner for r in Regime}
        if o.name != own.name
        and (
            (o.name.lower() in (others if o.name.lower() in own.name.lower() else low))
            or any(_marks(o, own, line, low) for line in o.address)
            or _host(o.website) in low
        )
    ]
    rest = low
    for o in wrong:
        if o.name.lower() not in own.name.lower():
            rest = rest.replace(o.name.lower(), " ")
    names_own = own.name.lower() in rest
    if wrong and not names_own:
        yield _finding(
            ctx,
            "commissioner-wrong",
            "$.rights.commissioner",
            f"The Commissioner particulars point to the {wrong[0].name}, but a "
            f"{ctx.regime.name} applicant's right is to apply to the {own.name} "
            f"({own.applied_by or own.right_to_apply}).",
            basis=ctx.letters.commissioner_particulars,
        )
    elif _DENIES_RIGHT.search(said):
        yield _finding(
            ctx,
            "commissioner-wrong",
            "$.rights.commissioner",
            "The Commissioner particulars deny the right to apply to the "
            f"{own.name}, which {own.applied_by or own.right_to_apply} gives.",
            basis=ctx.letters.commissioner_particulars,
        )


def _marks(other: Commissioner, own: Commissioner, line: str, said: str) -> bool:
    """An address line distinctive of ``other`` (a street, postcode or office name)."""
    line = line.lower()
    return (
        len(line) > 6
        and line not in own.name.lower()
        and line != other.name.lower()
        and not any(line in mine.lower() for mine in own.address)
        and line in said
    )


def _host(url: str) -> str:
    """ "ico.org.uk" from "https://ico.org.uk/make-a-complaint/"."""
    return url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.").lower()


# --- "not held" ----------------------------------------------------------------------------


def _not_held(ctx: _Context) -> Iterator[Finding]:
    """FOIA: "not held" is no exemption. FOISA: it needs a s.17(1) notice."""
    if not ctx.not_held:
        return
    notice = ctx.response.refusal_notice
    L = ctx.letters
    if L.not_held_notice is None:
        if (notice is not None and Disposition.NOT_HELD in notice.grounds) or any(
            c.citation is not None and L.not_held.contains(c.citation) for c in ctx.claims
        ):
            yield _finding(
                ctx,
                "not-held-is-not-an-exemption",
                "$.refusal_notice" if notice is not None else "$.exemption_claims",
                f'"Not held" answers the duty to confirm or deny ({_short(L.not_held)}); it is not '
                "an exemption, so no refusal notice is needed for it. Saying so is "
                "harmless, but explain the searches made and offer a review.",
                basis=L.not_held,
            )
    elif notice is None and L.checks.not_held_notice is not None:
        yield _check(
            ctx,
            L.checks.not_held_notice,
            "$.refusal_notice",
            "An authority that does not hold the information must give notice that it "
            f"does not hold it ({L.not_held_notice}).",
            absence=True,
        )


# --- claims ---------------------------------------------------------------------------------


def _partner(regime: Regime) -> Regime:
    """The other regime of ``regime``'s pair (FOIA <-> EIR, FOISA <-> EISR): the one whose
    provision (FOIA s.39, FOISA s.39(2)) sends environmental information to the regulations."""
    sends = law(regime).letters.other_regime
    if regime.is_environmental:
        return sends.regime
    return next(r for r in Regime if r is not regime and law(r).letters.other_regime == sends)


def _foreign_check(ctx: _Context, claim: _Claim) -> LetterCheck | None:
    """The check for a claim of another regime that a dedicated check covers, if any."""
    c = claim.citation
    if c is None or c.regime is ctx.regime or c.regime is not _partner(ctx.regime):
        return None
    checks = ctx.letters.checks
    if checks.partner_grounds is not None:
        theirs = law(c.regime).letters
        grounds = (theirs.cost_ground, theirs.vexatious_ground, theirs.repeated_ground)
        if any(_related(c, g) for g in grounds):
            return checks.partner_grounds
    return checks.environmental_exception


def _foreign_grounds(ctx: _Context) -> Iterator[Finding]:
    """A ground of the partner regime (FOIA s.12 in an EIR letter; an EIR exception in a
    FOIA letter, unless the letter answers those parts under the EIR)."""
    L = ctx.letters
    for claim in ctx.claims:
        found = _foreign_check(ctx, claim)
        if found is None:
            continue
        if found is L.checks.environmental_exception:
            partner = _partner(ctx.regime)
            if partner in ctx.answer_regimes:
                continue
            yield _check(
                ctx,
                found,
                f"{claim.path}.citation",
                f"{claim.as_written} is an {partner.name} exception, but the response is made "
                f"under {ctx.regime.name}: environmental information is exempt from "
                f"{ctx.regime.name} ({L.other_regime}) and must be dealt with under the "
                f"{partner.name}.",
            )
        else:
            yield _check(
                ctx,
                found,
                f"{claim.path}.citation",
                f"{claim.as_written} is a {claim.citation.regime.name if claim.citation else ''} "
                f"ground; under the {ctx.regime.name} the equivalent is {L.cost_ground} "
                "(manifestly unreasonable), which is subject to the public interest test.",
            )


def _claims(ctx: _Context) -> Iterator[Finding]:
    """Each exemption claimed: reasons, NCND, the public interest test, its regime."""
    notice = ctx.response.refusal_notice
    pending = (notice is not None and notice.public_interest_estimate is not None) or (
        ctx.response.kind is LetterKind.EXTENSION_NOTICE  # the decision is what it defers
    )
    L = ctx.letters
    for claim in ctx.claims:
        entry = claim.entry
        if (
            entry is not None
            and entry.kind in _WITHHOLDING_KINDS
            and entry.regime is not ctx.regime
            and entry.regime not in ctx.answer_regimes
            and _foreign_check(ctx, claim) is None
            and not L.other_regime.contains(entry.citation)
        ):
            yield _finding(
                ctx,
                "claim-other-regime",
                f"{claim.path}.citation",
                f"{claim.as_written} is read as {entry.citation}, a provision of the "
                f"{entry.regime.title}, but the letter is made under the {ctx.regime.title}.",
                basis=L.specify_exemption,
                parts=claim.parts,
            )
    for claim in ctx.exemptions:
        entry = claim.entry
        assert entry is not None
        if claim.from_claim and not claim.reasons:
            yield _check(
                ctx,
                L.checks.reasons,
                f"{claim.path}.reasons",
                f"No reasons are given for why {claim.as_written} applies ({L.reasons}).",
                absence=True,
                parts=claim.parts,
            )
        if claim.ncnd and not entry.ncnd_clauses:
            yield _finding(
                ctx,
                "ncnd-without-clause",
                f"{claim.path}.ncnd",
                f"Neither confirm nor deny is claimed under {entry.citation}, which "
                "has no provision excluding the duty to confirm or deny.",
                basis=L.ncnd,
                parts=claim.parts,
            )
        if not claim.from_claim:
            continue
        if entry.absolute and claim.public_interest:
            yield _finding(
                ctx,
                "pi-test-for-absolute",
                f"{claim.path}.public_interest",
                f"{entry.citation} is an absolute exemption: no public interest test is needed.",
                basis=L.absolute_exemptions,
                parts=claim.parts,
            )
        if not entry.public_interest_test or pending:
            continue
        partly = entry.absoluteness.value == "absolute in part"
        if claim.absolute_statement and partly:
            continue  # the letter relies on the absolute part, and says so
        if not claim.public_interest:
            message = (
                f"{entry.citation} is subject to the public interest test, but the letter "
                "sets out no public interest reasons."
            )
            severity = None
            if claim.absolute_statement:
                message += " The letter says it is absolute, but no part of it is."
            elif partly:
                message += (
                    f" It is absolute in part ({entry.absolute_part}); the test is needed "
                    "only if the qualified part is relied on (say so on the claim)."
                )
                severity = Severity.NOTE
            yield _check(
                ctx,
                L.checks.public_interest_test,
                f"{claim.path}.public_interest",
                message,
                severity=severity,
                absence=True,
                parts=claim.parts,
            )
        elif not claim.pi_conclusion:
            yield _finding(
                ctx,
                "pi-test-incomplete",
                f"{claim.path}.public_interest",
                "The public interest test reaches no stated conclusion on where the balance lies.",
                absence=True,
                basis=L.public_interest_reasons,
                parts=claim.parts,
            )
        elif not claim.pi_against and L.checks.public_interest_reasons is not None:
            yield _check(
                ctx,
                L.checks.public_interest_reasons,
                f"{claim.path}.public_interest.against_disclosure",
                "The letter concludes that the public interest favours maintaining the "
                "exemption but gives no reasons for that (no factor against disclosure).",
                absence=True,
                parts=claim.parts,
            )


_DAY_WORDS = {"sent_on": "date", "received_on": "date of receipt", "today": "date"}


def _unresolved(ctx: _Context) -> Iterator[Finding]:
    """A provision foilib cannot resolve cannot be checked."""
    for claim in ctx.claims:
        if claim.not_in_force is not None:
            yield _finding(
                ctx,
                "provision-not-in-force",
                f"{claim.path}.citation",
                f'The letter relies on "{claim.as_written}", but {claim.not_in_force}. The '
                f"letter is checked against the law on its {_DAY_WORDS[ctx.on_from]}.",
                basis=ctx.letters.specify_exemption,
                parts=claim.parts,
            )
        if claim.entry is None:
            what = (
                "could not be read as a citation"
                if claim.citation is None
                else (f"({claim.citation}) is not in foilib's statute catalogue")
            )
            yield _finding(
                ctx,
                "citation-unresolved",
                f"{claim.path}.citation",
                f'The provision "{claim.as_written}" {what}, so it cannot be checked.',
                basis=ctx.letters.specify_exemption,
                parts=claim.parts,
            )


# --- part by part ---------------------------------------------------------------------------


def _part_paths(response: Response) -> dict[str, str]:
    """Each part ref -> its JSON path ("3/a" -> "$.request.parts[2].parts[0]")."""
    out: dict[str, str] = {}
    stack = [(p.label, p, f"$.request.parts[{i}]") for i, p in enumerate(response.request.parts)]
    while stack:
        ref, part, path = stack.pop()
        out[ref] = path
        stack.extend(
            (f"{ref}/{s.label}", s, f"{path}.parts[{j}]") for j, s in enumerate(part.parts)
        )
    return out


def _parts(ctx: _Context) -> Iterator[Finding]:
    """Every part answered, consistently; no claim for a part provided in full."""
    r = ctx.response
    if not r.request.parts:
        return
    L = ctx.letters
    answers: dict[str, list[Answer]] = {}
    whole = False
    for answer in r.answers:
        if not answer.parts:
            whole = True
        for ref in answer.parts:
            answers.setdefault(ref, []).append(answer)
    notice = r.refusal_notice
    refused_whole = not r.answers and notice is not None and bool(notice.grounds)
    if not whole and not refused_whole:
        paths: dict[str, str] | None = None  # built for the first finding only (issue 14)
        answered = set(answers)
        for ref, part in r.request.iter_parts():
            if part.parts or _covered(ref, answered):
                continue
            if any(a.startswith(ref + "/") for a in answered):
                continue
            if paths is None:
                paths = _part_paths(r)
            yield _finding(
                ctx,
                "part-unanswered",
                paths[ref],
                f"Part {ref} of the request has no answer ({L.duty_to_answer}).",
                absence=True,
                basis=L.duty_to_answer,
                parts=(ref,),
            )
    for ref, given in answers.items():
        said = {_CONFIRMS[a.disposition] for a in given if a.disposition in _CONFIRMS}
        if len(said) > 1:
            shown = ", ".join(sorted({a.disposition.value for a in given}))
            yield _finding(
                ctx,
                "part-contradictory",
                f"$.answers[{r.answers.index(given[1])}]",
                f"Part {ref} is answered in ways that contradict each other ({shown}).",
                basis=L.duty_to_answer,
                parts=(ref,),
            )
    for i, claim in enumerate(r.exemption_claims):
        if not claim.parts:
            continue
        provided = all(
            ref in answers and all(a.disposition is Disposition.PROVIDED for a in answers[ref])
            for ref in claim.parts
        )
        if provided:
            yield _finding(
                ctx,
                "claim-for-provided-part",
                f"$.exemption_claims[{i}].parts",
                f"{claim.as_written} is claimed for {_refs(claim.parts)}, but the information "
                "for it was provided in full.",
                basis=L.specify_exemption,
                parts=claim.parts,
            )


# --- other kinds of letter --------------------------------------------------------------------


def _extension_notice(ctx: _Context) -> Iterator[Finding]:
    """An extension notice: FOIA s.17(2) (estimate), EIR reg 7 / EISR reg 7 (in time)."""
    L = ctx.letters
    r = ctx.response
    if L.extension_notice is None:
        yield _finding(
            ctx,
            "extension-not-available",
            "$.kind",
            f"The {ctx.regime.title} has no extension of time for considering the public "
            f"interest: the response is due under {law(ctx.regime).response.citation}.",
            basis=law(ctx.regime).response.citation,
        )
        return
    estimate, late = L.checks.extension_estimate, L.checks.extension_late
    if estimate is not None:
        notice = r.refusal_notice
        if notice is None or notice.public_interest_estimate is None:
            yield _check(
                ctx,
                estimate,
                "$.refusal_notice.public_interest_estimate",
                "An extension notice must estimate the date by which a decision on the "
                f"public interest will be reached ({estimate.citation}).",
                absence=True,
            )
    received, sent = ctx.received_on, r.sent_on
    if late is None or received is None or sent is None:
        return
    from .workdays import add_working_days

    period = law(ctx.regime).response
    due = add_working_days(received, period.length, ctx.regime)
    if sent > due:
        yield _check(
            ctx,
            late,
            "$.sent_on",
            f"The notice of an extension ({L.extension}) came on {sent.isoformat()}, after "
            f"the {period.length}th working day after receipt ({due.isoformat()}).",
        )


def _clarification(ctx: _Context) -> Iterator[Finding]:
    """A clarification request (s.1(3)) says what is needed: the duty to advise (s.16)."""
    notice = ctx.response.refusal_notice
    advised = (notice is not None and notice.advice_and_assistance is not None) or bool(
        ctx.dispositions & {Disposition.ADVICE_AND_ASSISTANCE, Disposition.AWAITING_CLARIFICATION}
    )
    if not advised:
        L = ctx.letters
        yield _finding(
            ctx,
            "clarification-no-advice",
            "$.answers",
            f"A request for clarification ({L.clarification}) should say what further "
            f"information is needed and how to give it ({L.advice_and_assistance}).",
            absence=True,
            basis=L.advice_and_assistance,
        )


def _fees_notice(ctx: _Context) -> Iterator[Finding]:
    """A fees notice states the fee (FOIA s.9(1); EIR reg 8; FOISA s.9(1)) and the time to
    pay it (three months under FOIA s.9(2) and FOISA s.9(4))."""
    fee = ctx.response.fee
    L = ctx.letters
    if fee is None:
        yield _finding(
            ctx,
            "fees-notice-no-amount",
            "$.fee",
            f"A fees notice must state the fee to be charged ({L.fees_notice}).",
            absence=True,
            basis=L.fees_notice,
        )
    elif fee.pay_within is None and fee.due_on is None:
        yield _finding(
            ctx,
            "fees-notice-no-period",
            "$.fee.pay_within",
            "The fees notice does not say by when the fee must be paid; the authority need "
            f"not comply unless it is paid within the period the law allows ({L.fees_notice}).",
            absence=True,
            basis=L.fees_notice,
        )


# --- timeliness -------------------------------------------------------------------------------


def _timeliness(ctx: _Context, case: Case) -> Iterator[Finding]:
    r = ctx.response
    if case.regime is not r.regime:
        raise ArgumentTypeError("case", case, f"a case under {r.regime.name}, like the response")
    # Only the response itself answers the request (not an acknowledgement, a clarification
    # request or an extension notice): Case.final_response.
    final = r.kind is LetterKind.RESPONSE
    if final and r.sent_on is not None and case.final_response is None:
        case = attrs.evolve(case, events=(*case.events, Event(EventKind.RESPONSE_SENT, r.sent_on)))
    today = max(e.on for e in case.events)
    timeline = case.timeline(today)
    basis = law(r.regime).response.citation
    assert basis is not None
    if timeline.status is CaseStatus.ANSWERED_LATE:
        due = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE) or timeline.get(
            DeadlineKind.RESPONSE_DUE
        )
        assert due is not None
        yield _finding(
            ctx,
            "response-late",
            "$.sent_on",
            f"Sent {timeline.working_days_late} working days after the response was "
            f"due ({due.date.isoformat()}).",
            basis=basis,
        )
    limit = timeline.get(DeadlineKind.EXTENSION_GUIDANCE_LIMIT)
    extended = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    if limit is not None and extended is not None and extended.date > limit.date:
        yield _finding(
            ctx,
            "pi-extension-too-long",
            "$.sent_on",
            f"The public-interest extension runs to {extended.date.isoformat()}, "
            f"beyond a further {_guidance_days(ctx)} working days ({limit.date.isoformat()}).",
            basis=ctx.letters.extension,
        )
    pi = case.last(EventKind.PUBLIC_INTEREST_EXTENSION)
    due = timeline.get(DeadlineKind.RESPONSE_DUE)
    # a late extension notice being checked is reported by _extension_notice
    reported = (
        r.kind is LetterKind.EXTENSION_NOTICE
        and ctx.letters.checks.extension_late is not None
        and pi is not None
        and pi.on == r.sent_on
    )
    if (
        pi is not None
        and due is not None
        and (pi.estimate is None or pi.on > due.date)
        and not reported
    ):
        yield _finding(
            ctx,
            "pi-extension-no-estimate",
            "$.refusal_notice.public_interest_estimate",
            f"The extension notice came on {pi.on.isoformat()}, after the time for "
            f"compliance ended ({due.date.isoformat()})."
            if pi.on > due.date
            else f"The extension notice of {pi.on.isoformat()} gives no estimate of the date "
            "by which a decision will be reached.",
            basis=ctx.letters.extension_notice,
        )


# --- the rule sets ------------------------------------------------------------------------------

_COMMON: tuple[Rule, ...] = (_refusal_notice, _grounds, _claims, _foreign_grounds, _parts)

#: Each regime's own rules for a final response (its kind: ``LetterKind.RESPONSE``).
RULES: dict[Regime, tuple[Rule, ...]] = {
    Regime.FOIA: (*_COMMON, _foia_rights, _commissioner_text, _not_held, _unresolved),
    Regime.EIR: (*_COMMON, _environmental_rights, _commissioner_text, _unresolved),
    Regime.FOISA: (*_COMMON, _foisa_rights, _commissioner_text, _not_held, _unresolved),
    Regime.EISR: (*_COMMON, _environmental_rights, _commissioner_text, _unresolved),
}
_RIGHTS = frozenset({_foia_rights, _environmental_rights, _foisa_rights})


def _rules_for(regime: Regime, kind: LetterKind) -> tuple[Rule, ...]:
    """The rules for one kind of letter under one regime."""
    rules = RULES[regime]
    if kind is LetterKind.RESPONSE:
        return rules
    if kind is LetterKind.INTERNAL_REVIEW_OUTCOME:
        return (*(r for r in rules if r not in _RIGHTS), _review_outcome)
    if kind is LetterKind.EXTENSION_NOTICE:
        return (*(r for r in rules if r is not _parts), _extension_notice)
    if kind is LetterKind.CLARIFICATION_REQUEST:
        return (_clarification, _commissioner_text, _unresolved)
    if kind is LetterKind.FEES_NOTICE:
        return (_fees_notice, _commissioner_text, _unresolved)
    return (_commissioner_text, _unresolved)
