"""What a response lacks under the Act: :func:`check` returns :class:`Finding` values.

Each check is a row of :data:`CHECKS` (code, severity, provision, summary); the
functions below only decide *whether* a row applies to a response. Severity:

- ``error``: the Act (or Regulations) is not met;
- ``warning``: a code of practice or the regulator's guidance is not met, or a
  statutory requirement applies only arguably;
- ``note``: worth an officer's attention, not a breach.

A letter whose copy is cut short (``provenance.truncated``) can never prove an
absence, so findings that rest on something missing are lowered to notes.
``docs/checks.md`` explains each code and the choice of its severity.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from .catalogue import Provision, ProvisionKind, provision
from .citation import Citation
from .clock import Case, CaseStatus, DeadlineKind, Event, EventKind
from .errors import ArgumentTypeError, UnknownProvisionError
from .model import Disposition, LetterKind, Response
from .parse import parse_citation
from .regimes import Regime

__all__ = ["CHECKS", "Check", "Finding", "Severity", "check"]


class Severity(enum.Enum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for notes (for sorting)."""
        return list(Severity).index(self)


@attrs.frozen(slots=True)
class Check:
    """One kind of finding: a stable code, its usual severity and statutory basis."""

    code: str
    severity: Severity
    basis: str  # a citation as text, resolved in the catalogue
    summary: str
    example: str


def _row(code: str, severity: Severity, basis: str, summary: str, example: str) -> Check:
    return Check(code, severity, basis, summary, example)


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

#: Every check foilib makes, in the order ``check`` reports them.
CHECKS: tuple[Check, ...] = (
    _row("foia-s17-1a", E, "FOIA s.17(1)(a)",
         "A refusal (an exemption or NCND relied on) without a statement that it refuses.",
         "Answers withheld under s.40(2) but no refusal notice statement."),
    _row("foia-s17-1b", E, "FOIA s.17(1)(b)",
         "A refusal that does not specify the exemption relied on.",
         "\"Some information has been withheld\" with no section cited."),
    _row("foia-s17-1c", W, "FOIA s.17(1)(c)",
         "An exemption claimed with no reasons why it applies (required where not apparent).",
         "\"Section 43(2) applies.\" and nothing more."),
    _row("foia-s17-3", E, "FOIA s.17(3)",
         "A qualified exemption with no public-interest reasons for maintaining it.",
         "s.43(2) claimed; no public interest test set out."),
    _row("foia-s17-5", E, "FOIA s.17(5)",
         "A cost (s.12) or vexatious/repeated (s.14) refusal without a notice stating it.",
         "Answer says the cost limit is exceeded; no notice relying on s.12."),
    _row("foia-s17-7a", E, "FOIA s.17(7)(a)",
         "No particulars of the internal review (complaints) procedure, or that there is none.",
         "A refusal notice that never says how to ask for a review."),
    _row("foia-s17-7b", E, "FOIA s.17(7)(b)",
         "No particulars of the right to complain to the Information Commissioner (s.50).",
         "Leicester: internal review address given, the Commissioner never mentioned."),
    _row("foia-s16-advice", W, "FOIA s.16",
         "A cost-limit refusal without advice and assistance (how to narrow the request).",
         "South Wales Police s.12 refusal (copy cut short before any advice)."),
    _row("pi-test-for-absolute", N, "FOIA s.2(3)",
         "A public interest test set out for an absolute exemption: not needed.",
         "A balancing exercise for s.21."),
    _row("pi-test-missing", E, "FOIA s.2(2)(b)",
         "A qualified exemption (or exception) with no public interest test.",
         "s.43(2) with no balance of the public interest."),
    _row("pi-test-incomplete", W, "FOIA s.17(3)",
         "A public interest test with no conclusion on where the balance lies.",
         "UHB: the balance paragraph is cut off."),
    _row("ncnd-without-clause", E, "FOIA s.1(1)(a)",
         "Neither confirm nor deny claimed under a provision that has no such clause.",
         "NCND under s.21, which excludes only the duty to communicate."),
    _row("not-held-is-not-an-exemption", N, "FOIA s.1(1)(a)",
         "\"Not held\" framed as an exemption or a s.17 refusal: it answers s.1(1)(a).",
         "Leicester: \"This letter acts as a refusal notice under Section 17.1 ... not held\"."),
    _row("response-late", E, "FOIA s.10(1)",
         "The response was sent after the statutory time for compliance.",
         "Received 25 Nov 2026, answered 5 Jan 2027: 4 working days late."),
    _row("pi-extension-too-long", W, "FOIA s.10(3)",
         "A public-interest extension beyond a further 20 working days (guidance).",
         "Estimate of 1 Mar 2027 for a request due on 24 Dec 2026."),
    _row("pi-extension-no-estimate", E, "FOIA s.17(2)",
         "A public-interest extension claimed without the s.17(2) notice and estimate in time.",
         "Extension notified after the 20th working day."),
    _row("citation-unresolved", W, "FOIA s.17(1)(b)",
         "A cited provision that foilib cannot resolve, so it cannot be checked.",
         "\"Section 99(9)\""),
    _row("eir-reg14-3a", E, "EIR reg.14(3)(a)",
         "An EIR refusal that does not specify the exceptions relied on.",
         "Information withheld under the EIR with no regulation cited."),
    _row("eir-reg14-3b", E, "EIR reg.14(3)(b)",
         "An EIR refusal without the matters considered in the public interest balance.",
         "reg 12(5)(e) claimed with no public interest test."),
    _row("eir-reg14-5a", E, "EIR reg.14(5)(a)",
         "An EIR refusal that does not say the applicant may make representations (reg 11).",
         "No mention of reconsideration."),
    _row("eir-reg14-5b", E, "EIR reg.14(5)(b)",
         "An EIR refusal without the enforcement and appeal provisions (reg 18).",
         "No mention of the Information Commissioner."),
    _row("eir-foia-grounds", E, "EIR reg.12(4)(b)",
         "FOIA s.12 or s.14 relied on for environmental information: the EIR use reg 12(4)(b).",
         "An EIR response refusing on the FOIA cost limit."),
    _row("environmental-under-foia", W, "FOIA s.39",
         "An EIR exception cited in a FOIA response: environmental information must be "
         "handled under the EIR (FOIA s.39).",
         "A FOIA letter relying on reg 12(5)(e)."),
    _row("foisa-s16", E, "FOISA s.16(1)",
         "A FOISA refusal that does not claim and specify the exemption with reasons.",
         "Withheld under FOISA with no section cited."),
    _row("foisa-s17-notice", E, "FOISA s.17(1)",
         "Information not held under FOISA without a notice saying so.",
         "An answer \"not held\" with nothing more."),
    _row("foisa-s19a", E, "FOISA s.19(a)",
         "A FOISA notice without particulars of the complaints procedure.",
         "No review procedure described."),
    _row("foisa-s19b", E, "FOISA s.19(b)",
         "A FOISA notice without the rights to require a review (s.20), apply to the "
         "Commissioner (s.47) and appeal (s.56).",
         "No mention of the Scottish Information Commissioner."),
)  # fmt: skip

_BY_CODE = {c.code: c for c in CHECKS}


@attrs.frozen(slots=True)
class Finding:
    """Something a response lacks or gets wrong, where, and under which provision.

    ``path`` is a JSON path into the response's JSON form (``$.rights.commissioner``).
    ``provision`` is the catalogue entry behind the finding.
    """

    code: str
    severity: Severity
    message: str
    path: str
    citation: Citation
    provision: Provision

    def __str__(self) -> str:
        return (
            f"{self.severity.value}: {self.code} ({self.citation}) at {self.path}: {self.message}"
        )

    def to_dict(self) -> dict[str, str]:
        """A stable JSON-ready form (used by ``foilib check --json``)."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "provision": str(self.citation),
            "provision_title": self.provision.title,
        }


_EXEMPTION_REFUSALS = frozenset(
    {
        Disposition.WITHHELD,
        Disposition.PROVIDED_IN_PART,
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
        Disposition.ACCESSIBLE_ELSEWHERE,
    }
)
_GROUND_REFUSALS = {
    Disposition.REFUSED_COST: ("12",),
    Disposition.REFUSED_VEXATIOUS: ("14",),
    Disposition.REFUSED_REPEATED: ("14",),
}
_CHECKED_KINDS = frozenset({LetterKind.RESPONSE, LetterKind.INTERNAL_REVIEW_OUTCOME})


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


class _Context:
    """What the checks need to know about one response, computed once."""

    def __init__(self, response: Response, case: Case | None) -> None:
        self.response = response
        self.case = case
        self.regime = response.regime
        self.truncated = bool(response.provenance and response.provenance.truncated)
        self.dispositions = {a.disposition for a in response.answers}
        notice = response.refusal_notice
        if notice is not None:
            self.dispositions |= set(notice.grounds)
        self.claims = list(self._claims())
        self.unresolved: list[tuple[str, str]] = []

    def _claims(self) -> Iterator[_Claim]:
        for i, claim in enumerate(self.response.exemption_claims):
            pi = claim.public_interest
            yield _Claim(
                f"$.exemption_claims[{i}]",
                claim.as_written,
                claim.citation,
                _lookup(claim.citation),
                claim.ncnd,
                bool(claim.reasons),
                pi is not None,
                pi is not None and pi.conclusion is not None,
            )
        notice = self.response.refusal_notice
        if notice is not None:
            for i, cited in enumerate(notice.provisions):
                yield _Claim(
                    f"$.refusal_notice.provisions[{i}]",
                    cited.as_written,
                    cited.citation,
                    _lookup(cited.citation),
                    False,
                    bool(notice.reasons),
                    False,
                    False,
                )

    @property
    def exemptions(self) -> list[_Claim]:
        kinds = (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
        return [c for c in self.claims if c.entry is not None and c.entry.kind in kinds]

    @property
    def refuses_on_exemption(self) -> bool:
        return bool(self.dispositions & _EXEMPTION_REFUSALS) or bool(self.response.exemption_claims)

    @property
    def refuses_on_ground(self) -> set[Disposition]:
        return self.dispositions & set(_GROUND_REFUSALS)

    @property
    def not_held(self) -> bool:
        return Disposition.NOT_HELD in self.dispositions


def _lookup(citation: Citation | None) -> Provision | None:
    if citation is None:
        return None
    try:
        return provision(citation)
    except UnknownProvisionError:
        return None


def check(response: Response, case: Case | None = None) -> tuple[Finding, ...]:
    """What ``response`` lacks under its regime, most serious first.

    With ``case``, the response's timeliness is checked too (FOIA s.10; EIR reg 5;
    FOISA s.10): a ``response_sent`` event is taken from ``response.sent_on`` when
    the case has none.

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
    if response.kind in _CHECKED_KINDS:
        rules = {
            Regime.FOIA: _foia,
            Regime.EIR: _eir,
            Regime.FOISA: _foisa,
            Regime.EISR: _foisa,
        }[response.regime]
        found.extend(rules(ctx))
        found.extend(_claims(ctx))
    found.extend(_unresolved(ctx))
    if case is not None:
        found.extend(_timeliness(ctx, case))
    order = {c.code: i for i, c in enumerate(CHECKS)}
    found.sort(key=lambda f: (f.severity.rank, order[f.code], f.path))
    return tuple(found)


def _finding(
    ctx: _Context,
    code: str,
    path: str,
    message: str,
    *,
    severity: Severity | None = None,
    absence: bool = False,
    basis: str | None = None,
) -> Finding:
    row = _BY_CODE[code]
    level = severity or row.severity
    if absence and ctx.truncated:
        level = Severity.NOTE
        message += " This copy of the letter is cut short, so it may be in the missing part."
    citation = parse_citation(basis or row.basis)
    return Finding(code, level, message, path, citation, provision(citation))


def _rights(
    ctx: _Context,
    review: tuple[str, str],
    commissioner: tuple[str, str],
    severity: Severity | None = None,
) -> Iterator[Finding]:
    """Findings for a missing internal review and a missing Commissioner block: each of
    ``review`` and ``commissioner`` is (code, message)."""
    rights = ctx.response.rights
    if rights is None or (
        rights.internal_review is None and rights.internal_review_contact is None
    ):
        yield _finding(
            ctx, review[0], "$.rights.internal_review", review[1], severity=severity, absence=True
        )
    if rights is None or (rights.commissioner is None and rights.commissioner_contact is None):
        yield _finding(
            ctx,
            commissioner[0],
            "$.rights.commissioner",
            commissioner[1],
            severity=severity,
            absence=True,
        )


# --- FOIA ---------------------------------------------------------------------------


def _foia(ctx: _Context) -> Iterator[Finding]:
    r = ctx.response
    notice = r.refusal_notice
    exemption_refusal = ctx.refuses_on_exemption
    ground_refusal = ctx.refuses_on_ground
    engaged = exemption_refusal or bool(ground_refusal)
    if exemption_refusal:
        if notice is None or notice.statement is None:
            yield _finding(
                ctx,
                "foia-s17-1a",
                "$.refusal_notice.statement",
                "The response relies on an exemption but never states that it "
                "refuses the request (or part of it).",
                absence=True,
            )
        if not ctx.exemptions:
            yield _finding(
                ctx,
                "foia-s17-1b",
                "$.exemption_claims",
                "The response withholds information but does not specify the "
                "exemption it relies on.",
                absence=True,
            )
    for ground in sorted(ground_refusal, key=lambda d: d.value):
        sections = _GROUND_REFUSALS[ground]
        cited = any(
            c.citation is not None
            and c.citation.regime is Regime.FOIA
            and c.citation.section in sections
            for c in ctx.claims
        )
        if notice is None or not cited:
            yield _finding(
                ctx,
                "foia-s17-5",
                "$.refusal_notice",
                f"The request is refused ({ground.value.replace('_', ' ')}) without a "
                f"notice stating that the authority relies on s.{sections[0]}.",
                absence=True,
            )
        if ground is Disposition.REFUSED_COST and (
            notice is None or notice.advice_and_assistance is None
        ):
            yield _finding(
                ctx,
                "foia-s16-advice",
                "$.refusal_notice.advice_and_assistance",
                "A cost-limit refusal should say what could be provided within "
                "the limit, or how to narrow the request (s.16; s.45 code).",
                absence=True,
            )
    if engaged or ctx.not_held or notice is not None:
        yield from _foia_rights(ctx, engaged)
    if ctx.not_held and (
        (notice is not None and Disposition.NOT_HELD in notice.grounds)
        or any(_is_not_held_duty(c) for c in ctx.claims)
    ):
        yield _finding(
            ctx,
            "not-held-is-not-an-exemption",
            "$.refusal_notice" if notice is not None else "$.exemption_claims",
            '"Not held" answers the duty to confirm or deny (s.1(1)(a)); it is not '
            "an exemption, so no s.17 refusal notice is needed for it. Saying so is "
            "harmless, but explain the searches made and offer a review.",
        )
    eir_answered = {Regime.EIR} & {a.regime for a in r.answers}
    for claim in ctx.claims:
        if claim.citation is not None and claim.citation.regime is Regime.EIR:
            if eir_answered:  # the letter answers some parts under the EIR (s.39)
                continue
            yield _finding(
                ctx,
                "environmental-under-foia",
                f"{claim.path}.citation",
                f"{claim.as_written} is an EIR exception, but the response is made "
                "under FOIA: environmental information is exempt from FOIA (s.39) "
                "and must be dealt with under the EIR.",
            )


def _is_not_held_duty(claim: _Claim) -> bool:
    c = claim.citation
    return c is not None and c.regime is Regime.FOIA and c.section == "1" and c.path[:1] == ("1",)


def _foia_rights(ctx: _Context, engaged: bool) -> Iterator[Finding]:
    if engaged:
        severity = Severity.ERROR
        why = "A refusal notice under s.17(1), (3) or (5) must give them (s.17(7))."
    elif ctx.response.refusal_notice is not None:
        severity = Severity.WARNING
        why = (
            "The letter calls itself a refusal notice, and such a notice must give them "
            '(s.17(7)); strictly, "not held" does not engage s.17, but the s.45 code and the '
            "ICO expect every response that does not provide all the information to give them."
        )
    else:
        severity = Severity.WARNING
        why = (
            "The s.45 code and the ICO expect every response that does not provide all the "
            "information to give them."
        )
    yield from _rights(
        ctx,
        (
            "foia-s17-7a",
            "The letter gives no particulars of the internal review procedure (nor "
            f"says there is none). {why}",
        ),
        (
            "foia-s17-7b",
            "The letter gives no particulars of the right to complain to the "
            f"Information Commissioner under s.50. {why}",
        ),
        severity,
    )


# --- exemption claims (all regimes) ---------------------------------------------------


def _claims(ctx: _Context) -> Iterator[Finding]:
    notice = ctx.response.refusal_notice
    pending = notice is not None and notice.public_interest_estimate is not None
    foia = ctx.regime is Regime.FOIA
    for claim in ctx.exemptions:
        entry = claim.entry
        assert entry is not None
        if claim.path.startswith("$.exemption_claims") and not claim.reasons:
            code = "foia-s17-1c" if foia else "foisa-s16"
            if ctx.regime.is_environmental:
                code = "eir-reg14-3b"
            yield _finding(
                ctx,
                code,
                f"{claim.path}.reasons",
                f"No reasons are given for why {claim.as_written} applies.",
                severity=Severity.WARNING if foia else None,
                absence=True,
                basis=None if foia or ctx.regime.is_environmental else "FOISA s.16(1)",
            )
        if claim.ncnd and not entry.ncnd:
            yield _finding(
                ctx,
                "ncnd-without-clause",
                f"{claim.path}.ncnd",
                f"Neither confirm nor deny is claimed under {entry.citation}, which "
                "has no provision excluding the duty to confirm or deny.",
            )
        if not claim.path.startswith("$.exemption_claims"):
            continue
        if entry.absolute and claim.public_interest:
            yield _finding(
                ctx,
                "pi-test-for-absolute",
                f"{claim.path}.public_interest",
                f"{entry.citation} is an absolute exemption: no public interest test is needed.",
            )
        if entry.public_interest_test and not pending:
            partly = not entry.absolute and entry.absoluteness.value == "absolute in part"
            if not claim.public_interest:
                code = "eir-reg14-3b" if ctx.regime.is_environmental else "pi-test-missing"
                message = (
                    f"{entry.citation} is subject to the public interest test, but the letter "
                    "sets out no public interest reasons."
                )
                severity = None
                if partly:
                    message += (
                        f" It is absolute in part ({entry.absolute_part}); the test is needed "
                        "only if the qualified part is relied on."
                    )
                    severity = Severity.NOTE
                yield _finding(
                    ctx,
                    code,
                    f"{claim.path}.public_interest",
                    message,
                    severity=severity,
                    absence=True,
                    basis=None if code != "pi-test-missing" else _pi_basis(ctx),
                )
            elif not claim.pi_conclusion:
                yield _finding(
                    ctx,
                    "pi-test-incomplete",
                    f"{claim.path}.public_interest",
                    "The public interest test reaches no stated conclusion on where "
                    "the balance lies.",
                    absence=True,
                    basis=_pi_basis(ctx, True),
                )


def _pi_basis(ctx: _Context, reasons: bool = False) -> str:
    if ctx.regime is Regime.FOIA:
        return "FOIA s.17(3)" if reasons else "FOIA s.2(2)(b)"
    if ctx.regime.is_environmental:
        return "EIR reg.14(3)(b)" if ctx.regime is Regime.EIR else "EISR reg.13(3)"
    return "FOISA s.16(2)"


def _unresolved(ctx: _Context) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.entry is None:
            what = (
                "has no structured citation"
                if claim.citation is None
                else (f"({claim.citation}) is not in foilib's statute catalogue")
            )
            yield _finding(
                ctx,
                "citation-unresolved",
                f"{claim.path}.citation",
                f'The provision "{claim.as_written}" {what}, so it cannot be checked.',
            )


# --- EIR and FOISA --------------------------------------------------------------------


def _eir(ctx: _Context) -> Iterator[Finding]:
    refusal = ctx.refuses_on_exemption or ctx.not_held or bool(ctx.refuses_on_ground)
    if not refusal:
        return
    if not ctx.exemptions and not ctx.not_held:
        yield _finding(
            ctx,
            "eir-reg14-3a",
            "$.exemption_claims",
            "The refusal does not specify the exceptions relied on.",
            absence=True,
        )
    yield from _rights(
        ctx,
        (
            "eir-reg14-5a",
            "An EIR refusal must tell the applicant that they may make "
            "representations (reconsideration) under reg 11.",
        ),
        (
            "eir-reg14-5b",
            "An EIR refusal must give the enforcement and appeal provisions of "
            "FOIA as applied by reg 18 (complaint to the Information Commissioner).",
        ),
    )
    for claim in ctx.claims:
        c = claim.citation
        if c is not None and c.regime is Regime.FOIA and c.section in ("12", "14"):
            yield _finding(
                ctx,
                "eir-foia-grounds",
                f"{claim.path}.citation",
                f"{claim.as_written} is a FOIA ground; under the EIR the equivalent "
                "is reg 12(4)(b) (manifestly unreasonable), which is subject to the "
                "public interest test.",
            )


def _foisa(ctx: _Context) -> Iterator[Finding]:
    if ctx.refuses_on_exemption and not ctx.exemptions:
        yield _finding(
            ctx,
            "foisa-s16",
            "$.exemption_claims",
            "The response withholds information without claiming and specifying "
            "an exemption (s.16(1)).",
            absence=True,
        )
    notice = ctx.response.refusal_notice
    if ctx.not_held and notice is None:
        yield _finding(
            ctx,
            "foisa-s17-notice",
            "$.refusal_notice",
            "Under FOISA an authority that does not hold the information must give "
            "notice that it does not hold it (s.17(1)).",
            absence=True,
        )
    if ctx.refuses_on_exemption or ctx.not_held or ctx.refuses_on_ground:
        yield from _rights(
            ctx,
            (
                "foisa-s19a",
                "The notice must give particulars of the complaints procedure (s.19(a)).",
            ),
            (
                "foisa-s19b",
                "The notice must give particulars of the rights to require a review "
                "(s.20), to apply to the Scottish Information Commissioner (s.47) and to appeal "
                "(s.56).",
            ),
        )


# --- timeliness -------------------------------------------------------------------------


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
    basis = {
        Regime.FOIA: "FOIA s.10(1)",
        Regime.EIR: "EIR reg.5(2)",
        Regime.FOISA: "FOISA s.10(1)",
        Regime.EISR: "EISR reg.5(2)",
    }[r.regime]
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
            f"beyond a further 20 working days ({limit.date.isoformat()}).",
        )
    pi = case.last(EventKind.PUBLIC_INTEREST_EXTENSION)
    due = timeline.get(DeadlineKind.RESPONSE_DUE)
    if pi is not None and due is not None and (pi.estimate is None or pi.on > due.date):
        yield _finding(
            ctx,
            "pi-extension-no-estimate",
            "$.refusal_notice.public_interest_estimate",
            f"The s.17(2) notice came on {pi.on.isoformat()}, after the time for "
            f"compliance ended ({due.date.isoformat()}).",
        )
