"""The check rules as data: one row per finding code, with its basis and severity.

Each row names the rule function in :mod:`foilib._private.checks` that emits it; the
provision a finding cites under a given regime comes from that regime's ``LETTERS``
(:class:`~foilib._private.law.Letters`). ``docs/checks.md`` documents every code.
"""

from __future__ import annotations

import enum
import warnings

import attrs

from ..citation import Citation
from ..parse import parse_citation

__all__ = ["CHECKS", "Check", "Severity"]


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
    """One kind of finding: a stable code, its usual severity and the provision it rests on.

    ``citation`` is the provision the row rests on, parsed once at import (a finding under
    another regime cites that regime's own provision from the law data); ``rules`` are the
    names of the functions in :mod:`foilib._private.checks` that emit it. (``citation`` was
    named ``basis``, which elsewhere in foilib means the kind of rule, :class:`foilib.Basis`;
    ``basis`` is kept as a deprecated alias.)
    """

    code: str
    severity: Severity
    citation: Citation
    summary: str
    example: str
    rules: tuple[str, ...]

    @property
    def basis(self) -> Citation:
        """Deprecated alias of :attr:`citation`.

        Returns:
            :attr:`citation`.

        Warns:
            DeprecationWarning: always (the old name is deprecated).
        """
        warnings.warn(
            "Check.basis is deprecated: use Check.citation (the provision the check rests "
            "on); 'basis' in foilib means the kind of rule (foilib.Basis)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.citation


def _row(
    code: str, severity: Severity, basis: str, rules: str, summary: str, example: str
) -> Check:
    return Check(code, severity, parse_citation(basis), summary, example, tuple(rules.split()))


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

#: Every check foilib makes, in the order ``check`` reports them (within a severity).
CHECKS: tuple[Check, ...] = (
    _row("foia-s17-1a", E, "FOIA s.17(1)(a)", "_refusal_notice",
         "A refusal (an exemption or NCND relied on) without a statement that it refuses.",
         "Answers withheld under s.40(2) but no refusal notice statement."),
    _row("foia-s17-1b", E, "FOIA s.17(1)(b)", "_refusal_notice",
         "A refusal (or a withheld part) that does not specify the exemption relied on.",
         "\"Some information has been withheld\" with no section cited."),
    _row("foia-s17-1c", W, "FOIA s.17(1)(c)", "_claims",
         "An exemption claimed with no reasons why it applies (required where not apparent).",
         "\"Section 43(2) applies.\" and nothing more."),
    _row("foia-s17-3", W, "FOIA s.17(3)", "_claims",
         "A public interest conclusion with no reasons for maintaining the exemption.",
         "\"The balance favours withholding.\" and no factor against disclosure."),
    _row("foia-s17-5", E, "FOIA s.17(5)", "_grounds",
         "A cost (s.12) or vexatious/repeated (s.14) refusal without a notice stating it.",
         "Answer says the cost limit is exceeded; no notice relying on s.12."),
    _row("foia-s17-7a", E, "FOIA s.17(7)(a)", "_foia_rights",
         "No particulars of the internal review (complaints) procedure, or that there is none.",
         "A refusal notice that never says how to ask for a review."),
    _row("foia-s17-7b", E, "FOIA s.17(7)(b)", "_foia_rights",
         "No particulars of the right to complain to the Information Commissioner (s.50).",
         "Leicester: internal review address given, the Commissioner never mentioned."),
    _row("commissioner-wrong", E, "FOIA s.17(7)(b)", "_commissioner_text",
         "The Commissioner particulars name another regime's Commissioner (the ICO for a "
         "Scottish request, the Scottish Information Commissioner for a UK one) or deny the "
         "right to apply.",
         "A FOISA refusal sending the applicant to Wycliffe House."),
    _row("foia-s16-advice", W, "FOIA s.16(1)", "_grounds",
         "A cost-limit refusal without advice and assistance (how to narrow the request).",
         "South Wales Police s.12 refusal (copy cut short before any advice)."),
    _row("eir-reg9-advice", W, "EIR reg.9(1)", "_grounds",
         "A manifestly unreasonable (cost) refusal without advice and assistance.",
         "reg 12(4)(b) on cost, with no suggestion how to narrow the request."),
    _row("foisa-s15-advice", W, "FOISA s.15(1)", "_grounds",
         "A FOISA cost refusal without advice and assistance.",
         "s.12 refusal with no suggestion how to narrow the request."),
    _row("eisr-reg9-advice", W, "EISR reg.9(1)", "_grounds",
         "An EISR manifestly unreasonable (cost) refusal without advice and assistance.",
         "reg 10(4)(b) on cost, with no suggestion how to narrow the request."),
    _row("part-unanswered", E, "FOIA s.1(1)", "_parts",
         "A part of the request with no answer covering it.",
         "Part 2 of a three-part request never answered."),
    _row("part-contradictory", W, "FOIA s.1(1)(a)", "_parts",
         "One part answered both as held and as not held (or neither confirmed nor denied).",
         "Part 1: \"attached\" and \"not held\"."),
    _row("claim-for-provided-part", N, "FOIA s.17(1)(b)", "_parts",
         "An exemption claimed for parts whose information was provided in full.",
         "s.21 claimed for part 1, answered \"provided\"."),
    _row("claim-other-regime", W, "FOIA s.17(1)(b)", "_claims",
         "An exemption of another regime than the letter's (and not a split the letter makes).",
         "A FOISA letter relying on FOIA s.43(2)."),
    _row("pi-test-for-absolute", N, "FOIA s.2(3)", "_claims",
         "A public interest test set out for an absolute exemption: not needed.",
         "A balancing exercise for s.21."),
    _row("pi-test-missing", E, "FOIA s.2(2)(b)", "_claims",
         "A qualified exemption (or exception) with no public interest test.",
         "s.43(2) with no balance of the public interest."),
    _row("pi-test-incomplete", W, "FOIA s.17(3)", "_claims",
         "A public interest test with no conclusion on where the balance lies.",
         "UHB: the balance paragraph is cut off."),
    _row("ncnd-without-clause", E, "FOIA s.1(1)(a)", "_claims",
         "Neither confirm nor deny claimed under a provision that has no such clause.",
         "NCND under s.21, which excludes only the duty to communicate."),
    _row("not-held-is-not-an-exemption", N, "FOIA s.1(1)(a)", "_not_held",
         "\"Not held\" framed as an exemption or a s.17 refusal: it answers s.1(1)(a).",
         "Leicester: \"This letter acts as a refusal notice under Section 17.1 ... not held\"."),
    _row("response-late", E, "FOIA s.10(1)", "_timeliness",
         "The response was sent after the statutory time for compliance.",
         "Received 25 Nov 2026, answered 5 Jan 2027: 4 working days late."),
    _row("pi-extension-too-long", W, "FOIA s.10(3)", "_timeliness",
         "A public-interest extension beyond a further 20 working days (guidance).",
         "Estimate of 1 Mar 2027 for a request due on 24 Dec 2026."),
    _row("pi-extension-no-estimate", E, "FOIA s.17(2)", "_timeliness",
         "A public-interest extension claimed without the s.17(2) notice and estimate in time.",
         "Extension notified after the 20th working day."),
    _row("extension-no-estimate", E, "FOIA s.17(2)", "_extension_notice",
         "An extension notice that does not say when a decision is expected.",
         "\"We need more time to consider the public interest.\" and no date."),
    _row("extension-notice-late", E, "EIR reg.7(3)", "_extension_notice",
         "An extension notice sent after the 20th working day after receipt (EIR/EISR "
         "reg 7; FOIA s.17(1) with s.17(2)).",
         "Received 2 Nov, reg 7 notice sent 15 Dec."),
    _row("extension-not-available", W, "FOISA s.10(1)", "_extension_notice",
         "An extension notice under FOISA, which has no extension of time for the public "
         "interest.",
         "A Scottish council writing that it needs 20 more working days."),
    _row("clarification-no-advice", W, "FOIA s.16(1)", "_clarification",
         "A request for clarification that does not say what is needed (s.1(3) with s.16).",
         "\"Please clarify your request.\" and nothing more."),
    _row("fees-notice-no-amount", E, "FOIA s.9(1)", "_fees_notice",
         "A fees notice that does not state the fee.",
         "\"A fee is payable before we can proceed.\" and no amount."),
    _row("fees-notice-no-period", W, "FOIA s.9(1)", "_fees_notice",
         "A fees notice that does not say by when the fee must be paid (three months).",
         "\"The fee is £45.\" and no date."),
    _row("review-no-commissioner", E, "FOIA s.50(1)", "_review_outcome",
         "An internal review outcome that does not give the right to apply to the Commissioner.",
         "Review upheld; no mention of the Information Commissioner."),
    _row("citation-unresolved", W, "FOIA s.17(1)(b)", "_unresolved",
         "A cited provision that foilib cannot resolve, so it cannot be checked.",
         "\"Section 99(9)\""),
    _row("provision-not-in-force", W, "FOIA s.17(1)(b)", "_unresolved",
         "A provision relied on that was not in force on the letter's date (or receipt).",
         "A 2013 letter relying on s.22A, in force from 1 October 2014."),
    _row("eir-reg14-3a", E, "EIR reg.14(3)(a)", "_refusal_notice",
         "An EIR refusal (or a withheld part) that does not specify the exceptions relied on.",
         "Information withheld under the EIR with no regulation cited."),
    _row("eir-reg14-3b", E, "EIR reg.14(3)(b)", "_claims",
         "An EIR refusal without the matters considered in the public interest balance.",
         "reg 12(5)(e) claimed with no public interest test."),
    _row("eir-reg14-5a", E, "EIR reg.14(5)(a)", "_environmental_rights",
         "An EIR refusal that does not say the applicant may make representations (reg 11).",
         "No mention of reconsideration."),
    _row("eir-reg14-5b", E, "EIR reg.14(5)(b)", "_environmental_rights",
         "An EIR refusal without the enforcement and appeal provisions (reg 18).",
         "No mention of the Information Commissioner."),
    _row("eir-foia-grounds", E, "EIR reg.12(4)(b)", "_foreign_grounds",
         "FOIA s.12 or s.14 relied on for environmental information: the EIR use reg 12(4)(b).",
         "An EIR response refusing on the FOIA cost limit."),
    _row("environmental-under-foia", W, "FOIA s.39", "_foreign_grounds",
         "An EIR exception cited in a FOIA response: environmental information must be "
         "handled under the EIR (FOIA s.39).",
         "A FOIA letter relying on reg 12(5)(e)."),
    _row("foisa-s16", E, "FOISA s.16(1)", "_refusal_notice _claims",
         "A FOISA refusal (or a withheld part) that does not claim and specify the exemption "
         "with reasons.",
         "Withheld under FOISA with no section cited."),
    _row("foisa-s16-4", E, "FOISA s.16(4)", "_grounds",
         "A FOISA cost refusal (s.12(1)) without a notice stating that the authority claims it.",
         "Answer says the prescribed amount is exceeded; no notice relying on s.12."),
    _row("foisa-s16-5", E, "FOISA s.16(5)", "_grounds",
         "A FOISA vexatious or repeated refusal (s.14) without a notice stating it.",
         "Answer refused as vexatious; no notice relying on s.14."),
    _row("foisa-s17-notice", E, "FOISA s.17(1)", "_not_held",
         "Information not held under FOISA without a notice saying so.",
         "An answer \"not held\" with nothing more."),
    _row("foisa-s19a", E, "FOISA s.19(a)", "_foisa_rights",
         "A FOISA notice without particulars of the complaints procedure.",
         "No review procedure described."),
    _row("foisa-s19b", E, "FOISA s.19(b)", "_foisa_rights",
         "A FOISA notice without particulars of the rights to require a review (s.20(1)) and "
         "to apply to the Commissioner (s.47(1)).",
         "No mention of the Scottish Information Commissioner."),
    _row("eisr-reg13b", E, "EISR reg.13(b)", "_refusal_notice _claims",
         "An EISR refusal (or a withheld part) that does not specify the exceptions relied on, "
         "or how the public interest was decided.",
         "reg 10(5)(e) claimed with no public interest test."),
    _row("eisr-reg13c", W, "EISR reg.13(c)", "_claims",
         "An EISR exception relied on with no statement of why it applies.",
         "\"Regulation 10(5)(f) applies.\" and nothing more."),
    _row("eisr-reg13e", E, "EISR reg.13(e)", "_environmental_rights",
         "An EISR refusal without the review (reg 16) and enforcement and appeal (reg 17) "
         "provisions.",
         "No mention of the Scottish Information Commissioner."),
    _row("eisr-foisa-grounds", E, "EISR reg.10(4)(b)", "_foreign_grounds",
         "FOISA s.12 or s.14 relied on for environmental information: the EISR use reg "
         "10(4)(b).",
         "An EISR response refusing on the FOISA cost limit."),
)  # fmt: skip
