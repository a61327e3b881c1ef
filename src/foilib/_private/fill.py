"""From findings to a compliant letter: :func:`fill_particulars`.

It adds to a response only the particulars the law requires of that kind of letter and
that need no human judgment (the review and Commissioner particulars in the regime's
standard words, the Commissioner's address, the authority's review contact, the structured
citation and title of a claimed exemption read from the letter's own words, a statement
that information is withheld under the exemptions the letter claims). Everything it adds is
named in the ``added`` field of the object it was added to; it never changes or removes
what the letter said. The words come from the law data (``law(regime).letters``).
"""

from __future__ import annotations

import attrs

from .errors import ArgumentTypeError
from .law import law
from .model import (
    CitedProvision,
    Contact,
    Disposition,
    ExemptionClaim,
    LetterKind,
    RefusalNotice,
    Response,
    Rights,
)
from .regimes import Regime

__all__ = ["MISSING_PARTICULARS", "fill_particulars"]

#: The finding codes that report a particular :func:`fill_particulars` can add.
MISSING_PARTICULARS = frozenset(
    {
        "foia-s17-1a",
        "foia-s17-7a",
        "foia-s17-7b",
        "eir-reg14-5a",
        "eir-reg14-5b",
        "foisa-s19a",
        "foisa-s19b",
        "eisr-reg13e",
        "review-no-commissioner",
    }
)

_RIGHTS_KINDS = frozenset(
    {LetterKind.RESPONSE, LetterKind.EXTENSION_NOTICE, LetterKind.INTERNAL_REVIEW_OUTCOME}
)
_WITHHOLDING = frozenset(
    {
        Disposition.WITHHELD,
        Disposition.PROVIDED_IN_PART,
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
        Disposition.ACCESSIBLE_ELSEWHERE,
    }
)
_STATEMENT = (
    "Some of the information you asked for is withheld: the authority relies on the "
    "exemptions set out in this letter."
)


def fill_particulars(response: Response) -> Response:
    """A copy of ``response`` with the particulars the law requires added where absent.

    Adds, for a response, an extension notice or a review outcome that does not provide
    everything asked for: the particulars of the internal review procedure (not to a review
    outcome) and of the right to apply to the Commissioner, in the regime's standard words
    (FOIA s.17(7), EIR reg 14(5), FOISA s.19, EISR reg 13(e)), with the Commissioner's
    address and the authority's review contact when the model has it; for each exemption
    claim, its citation read from its own words and its catalogue title; for a refusal
    notice listing no provisions, those its statement cites ("under section 12"); for a FOIA refusal
    on an exemption, the statement that it refuses (s.17(1)(a)). Each addition is named in
    ``added`` on the object it was added to. Idempotent.

    Returns:
        a new :class:`~foilib.Response` (``response`` itself when nothing is missing).

    Raises:
        ArgumentTypeError: ``response`` is not a Response.

    >>> import foilib
    >>> r = foilib.Response(
    ...     authority=foilib.Authority("A Council", (foilib.Regime.FOISA,)),
    ...     regime=foilib.Regime.FOISA,
    ...     request=foilib.Request(),
    ...     answers=(foilib.Answer((), foilib.Disposition.NOT_HELD, "Not held."),),
    ...     refusal_notice=foilib.RefusalNotice(statement="We do not hold it."),
    ... )
    >>> filled = fill_particulars(r)
    >>> filled.rights.added
    ('internal_review', 'commissioner', 'commissioner_contact')
    >>> [f.code for f in foilib.check(filled)]
    []
    """
    if not isinstance(response, Response):
        raise ArgumentTypeError("response", response, "a foilib.Response")
    changes: dict[str, object] = {}
    rights = _rights(response)
    if rights is not response.rights:
        changes["rights"] = rights
    claims = tuple(_claim(response, c) for c in response.exemption_claims)
    if any(a is not b for a, b in zip(claims, response.exemption_claims, strict=True)):
        changes["exemption_claims"] = claims
    notice = _notice(response)
    if notice is not response.refusal_notice:
        changes["refusal_notice"] = notice
    return attrs.evolve(response, **changes) if changes else response  # type: ignore[arg-type]


def _needs_rights(response: Response) -> bool:
    if response.kind not in _RIGHTS_KINDS:
        return False
    if response.kind is not LetterKind.RESPONSE:
        return True
    full = response.answers and all(a.disposition is Disposition.PROVIDED for a in response.answers)
    return not full or bool(response.exemption_claims) or response.refusal_notice is not None


def _rights(response: Response) -> Rights | None:
    rights = response.rights
    if not _needs_rights(response):
        return rights
    letters = law(response.regime).letters
    commissioner = law(response.regime).commissioner
    have = rights or Rights()
    changes: dict[str, object] = {}
    if response.kind is not LetterKind.INTERNAL_REVIEW_OUTCOME:
        if have.internal_review is None:
            changes["internal_review"] = letters.review_wording
        review = response.authority.review_contact
        if have.internal_review_contact is None and review is not None:
            changes["internal_review_contact"] = review
    if have.commissioner is None:
        changes["commissioner"] = letters.commissioner_wording
    if have.commissioner_contact is None:
        changes["commissioner_contact"] = Contact(
            lines=commissioner.address, web=commissioner.website
        )
    if not changes:
        return rights
    added = (*have.added, *changes)
    return attrs.evolve(have, added=added, **changes)  # type: ignore[arg-type]


def _claim(response: Response, claim: ExemptionClaim) -> ExemptionClaim:
    from .checks import _Context

    changes: dict[str, object] = {}
    citation = claim.citation
    if citation is None:
        read = _Context(attrs.evolve(response, exemption_claims=(claim,), order=()))._read(
            claim.as_written, None
        )
        if len(read) == 1 and read[0] is not None:
            from .checks import _lookup

            if _lookup(read[0]) is not None:
                citation = changes["citation"] = read[0]
    if claim.title is None and citation is not None:
        from .checks import _lookup

        entry = _lookup(citation)
        if entry is not None:
            changes["title"] = entry.title
    if not changes:
        return claim
    return attrs.evolve(claim, added=(*claim.added, *changes), **changes)  # type: ignore[arg-type]


def _notice(response: Response) -> RefusalNotice | None:
    notice = _provisions(response.refusal_notice, response.regime)
    if response.regime is not Regime.FOIA:
        return notice  # the statement rule (foia-s17-1a) is FOIA's
    refusing = bool(response.exemption_claims) or any(
        a.disposition in _WITHHOLDING for a in response.answers
    )
    if notice is not None:
        refusing = refusing or bool(set(notice.grounds) & _WITHHOLDING)
    refusing = refusing or response.kind is LetterKind.EXTENSION_NOTICE
    if not refusing or (notice is not None and notice.statement is not None):
        return notice
    have = notice or RefusalNotice()
    return attrs.evolve(have, statement=_statement(response), added=(*have.added, "statement"))


def _provisions(notice: RefusalNotice | None, regime: Regime) -> RefusalNotice | None:
    """The provisions a notice's statement cites in its own words ("under section 12"),
    read into ``provisions`` when the notice lists none."""
    if notice is None or notice.statement is None or notice.provisions:
        return notice
    if "statement" in notice.added:  # foilib's own words, not the letter's
        return notice
    from .parse import find_citations

    found = find_citations(notice.statement, regime)
    if not found:
        return notice
    read = tuple(CitedProvision(f.as_written, f.citation) for f in found)
    return attrs.evolve(notice, provisions=read, added=(*notice.added, "provisions"))


def _statement(response: Response) -> str:
    """The refusal statement, worded so that it never confirms holding an NCND part."""
    ncnd = Disposition.NEITHER_CONFIRMED_NOR_DENIED
    held = any(a.disposition in _WITHHOLDING - {ncnd} for a in response.answers)
    if not any(a.disposition is ncnd for a in response.answers) and (
        held or not _ncnd_claims(response)
    ):
        return _STATEMENT
    L = law(response.regime).letters
    neutral = (
        f"the duty to confirm or deny ({L.ncnd.local}) does not arise, "
        "under the exemptions set out in this letter"
    )
    if held:
        return (
            "Some of the information you asked for is withheld, and for the rest of the "
            f"request {neutral}."
        )
    return f"The authority neither confirms nor denies that it holds the information: {neutral}."


def _ncnd_claims(response: Response) -> bool:
    """Whether every claim of the letter is an exclusion of the duty to confirm or deny."""
    claims = response.exemption_claims
    return bool(claims) and all(c.ncnd for c in claims)
