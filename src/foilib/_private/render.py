"""Write a :class:`~foilib.Response` out as a letter: plain text, Markdown or HTML.

:func:`render` builds one format-free layout of the letter (a :class:`Letter`:
a title, a summary and titled sections of a few kinds of block) and hands it to a
small writer per format. The same layout is the ``letter`` a user template gets.

What the layout shows, in order:

* the summary: unit, regime, letter kind (when not a plain response), subject,
  references, requester, dates, outcome, the authority's contact;
* "Letter details": the letterhead, reference and date passages verbatim, and
  each distinct line of the protective markings once (page markings repeat on
  every page of the original; repeating them adds nothing);
* "Letter": the salutation and the introduction, body, note and other passages,
  verbatim and in the letter's order;
* "Your request": the request's own text, then each part (sub-parts indented),
  each followed by the answer(s) whose last covered part it is;
* "Definitions in the request", "Exemptions", "Refusal notice" (FOIA s.17;
  EIR reg 14; FOISA ss.16-19), "Re-use of the information", "Your rights"
  (FOIA s.17(7), s.50), "Closing" (sign-off passages), "About this copy".

Heading passages ("You asked:", "REQUEST", "Exemptions applied") are left out:
they are the original's layout, and the sections above take their place. A heading
that carries content of its own (a reference number, a citation, "Commercial
Sensitivity: Annual Spend") is kept, under "Letter details".

Letter text is never re-wrapped. In plain text it is written byte for byte (a
nested part indents its first line only). In Markdown every character that could
change meaning is backslash-escaped, line breaks become hard breaks, and the
spaces at either end of a line are dropped (they would make code blocks or hard
breaks). In HTML everything is escaped with ``html.escape(..., quote=True)`` and
shown with ``white-space: pre-wrap``; only ``http(s)`` addresses become links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .catalogue import Provision
from .dates import MONTHS, long_date
from .errors import ArgumentError, ArgumentTypeError, TemplateError, UnknownProvisionError
from .law import law
from .model import (
    Answer,
    Attachment,
    Channel,
    Contact,
    Disposition,
    ExemptionClaim,
    LetterKind,
    Licence,
    PartialDate,
    PassageKind,
    RefusalNotice,
    Response,
    Rights,
)
from .regimes import Regime
from .reprs import short_repr

__all__ = [
    "FORMATS",
    "Fields",
    "Heading",
    "Items",
    "Letter",
    "Paragraph",
    "Part",
    "Section",
    "build_letter",
    "render",
]

#: The formats :func:`render` writes.
FORMATS = ("text", "markdown", "html", "letter")

# --------------------------------------------------------------------------- layout


@attrs.frozen
class Paragraph:
    """A paragraph; ``verbatim`` when it is the letter's own words.

    ``label`` is a short lead-in ("Answer (information provided)"); ``url`` an
    address shown after the text (a link in HTML when it is http or https).
    """

    text: str
    verbatim: bool = False
    label: str | None = None
    url: str | None = None
    kind: str = attrs.field(default="paragraph", init=False)


@attrs.frozen
class Heading:
    """A heading inside a section."""

    text: str
    kind: str = attrs.field(default="heading", init=False)


@attrs.frozen
class Fields:
    """Label-value rows ("Reference: FOI/RFI-1982"), with an optional title."""

    rows: tuple[tuple[str, str], ...]
    title: str | None = None
    kind: str = attrs.field(default="fields", init=False)


@attrs.frozen
class Items:
    """A bulleted list of paragraphs, with an optional title."""

    items: tuple[Paragraph, ...]
    title: str | None = None
    kind: str = attrs.field(default="items", init=False)


@attrs.frozen
class Part:
    """A part of the request (``depth`` 0 for a top-level part) and the blocks
    beneath it: the answers whose last covered part it is."""

    ref: str
    label: str
    text: str
    depth: int
    blocks: tuple[Paragraph | Items, ...] = ()
    kind: str = attrs.field(default="part", init=False)


Block = Paragraph | Heading | Fields | Items | Part


@attrs.frozen
class Section:
    """A titled section; ``key`` is stable ("request", "exemptions", ...)."""

    key: str
    title: str
    blocks: tuple[Block, ...]


@short_repr
@attrs.frozen
class Letter:
    """The format-free layout of a response letter, as :func:`render` writes it."""

    title: str
    summary: Fields
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section | None:
        """The section with this key, or ``None``."""
        return next((s for s in self.sections if s.key == key), None)


# --------------------------------------------------------------------------- words

_DISPOSITION = {
    Disposition.PROVIDED: "information provided",
    Disposition.PROVIDED_IN_PART: "information provided in part",
    Disposition.NOT_HELD: "information not held",
    Disposition.WITHHELD: "information withheld",
    Disposition.NEITHER_CONFIRMED_NOR_DENIED: "neither confirmed nor denied",
    # REFUSED_COST is worded from the law data of the answer's regime (_words).
    Disposition.REFUSED_VEXATIOUS: "refused as vexatious",
    Disposition.REFUSED_REPEATED: "refused as a repeated request",
    Disposition.ACCESSIBLE_ELSEWHERE: "information reasonably accessible by other means",
    Disposition.TRANSFERRED: "transferred to another authority",
    Disposition.ADVICE_AND_ASSISTANCE: "advice and assistance given instead",
    Disposition.AWAITING_CLARIFICATION: "clarification needed",
    Disposition.REFUSED_MANIFESTLY_UNREASONABLE: "refused as manifestly unreasonable",
    Disposition.HELD_DECISION_PENDING: "held; the decision on disclosure is pending",
}


def _words(disposition: Disposition, regime: Regime) -> str:
    """How the letter's regime names a disposition (the EIR have no cost limit)."""
    if disposition is Disposition.REFUSED_COST:
        return law(regime).letters.cost_wording
    return _DISPOSITION[disposition]


_KIND = {
    LetterKind.RESPONSE: "Response",
    LetterKind.ACKNOWLEDGEMENT: "Acknowledgement of a request",
    LetterKind.CLARIFICATION_REQUEST: "Request for clarification",
    LetterKind.FEES_NOTICE: "Fees notice",
    LetterKind.EXTENSION_NOTICE: "Extension notice",
    LetterKind.TRANSFER_NOTICE: "Transfer notice",
    LetterKind.INTERNAL_REVIEW_ACKNOWLEDGEMENT: "Acknowledgement of an internal review request",
    LetterKind.INTERNAL_REVIEW_OUTCOME: "Outcome of an internal review",
    LetterKind.ANNEX: "Annex sent apart from its covering letter",
}

_CHANNEL = {
    Channel.EMAIL: "email",
    Channel.POST: "post",
    Channel.WEB_FORM: "web form",
    Channel.WHATDOTHEYKNOW: "WhatDoTheyKnow",
    Channel.SOCIAL_MEDIA: "social media",
    Channel.IN_PERSON: "in person",
    Channel.TELEPHONE: "telephone",
    Channel.OTHER: "other",
}

_LICENCE = {
    Licence.OPEN_GOVERNMENT_LICENCE: "Open Government Licence",
    Licence.OPEN_GOVERNMENT_LICENCE_V3: "Open Government Licence v3.0",
    Licence.NON_COMMERCIAL_GOVERNMENT_LICENCE: "Non-Commercial Government Licence",
    Licence.CHARGED_LICENCE: "Charged Licence",
    Licence.OTHER: "another licence",
    Licence.NONE: "no licence",
}


def _refs(refs: Iterable[str]) -> str:
    refs = list(refs)
    if len(refs) == 1:
        return f"part {refs[0]}"
    return "parts " + ", ".join(refs[:-1]) + " and " + refs[-1]


def _provision(citation: object) -> Provision | None:
    from .catalogue import provision
    from .citation import Citation

    if not isinstance(citation, Citation):
        return None
    try:
        return provision(citation)
    except UnknownProvisionError:
        return None


# --------------------------------------------------------------------------- building


def build_letter(response: Response) -> Letter:
    """The format-free layout of ``response`` (what templates get as ``letter``)."""
    if not isinstance(response, Response):
        raise ArgumentTypeError("response", response, "a foilib.Response")
    sections = [
        _details(response),
        _body(response),
        _request(response),
        _definitions(response),
        _exemptions(response),
        _refusal(response.refusal_notice, response.regime),
        _reuse(response),
        _rights(response),
        _closing(response),
        _about(response),
    ]
    return Letter(
        title=response.authority.name,
        summary=_summary(response),
        sections=tuple(s for s in sections if s is not None and s.blocks),
    )


def _summary(r: Response) -> Fields:
    rows: list[tuple[str, str | None]] = [
        ("Unit", r.authority.unit),
        ("Regime", f"{r.regime.title} ({r.regime.name})"),
        ("Letter", None if r.kind is LetterKind.RESPONSE else _KIND[r.kind]),
        ("Subject", r.subject),
        ("Reference", r.reference),
        (
            "Request reference",
            r.request.reference if r.request.reference != r.reference else None,
        ),
        ("Requester", r.request.requester.name if r.request.requester else None),
        ("Request received", long_date(r.request.received_on) if r.request.received_on else None),
        ("Received by", _CHANNEL[r.request.channel] if r.request.channel else None),
        ("Request dated", long_date(r.request.dated_on) if r.request.dated_on else None),
        ("Letter sent", long_date(r.sent_on) if r.sent_on else _month(r.sent_in)),
        ("Outcome", r.outcome),
        ("Contact", _contact_text(r.authority.contact)),
    ]
    return Fields(tuple((k, v) for k, v in rows if v is not None))


def _contact_text(contact: Contact | None) -> str | None:
    if contact is None:
        return None
    lines = list(contact.lines)
    lines += [f"{k}: {v}" for k, v in _contact_extras(contact)]
    return "\n".join(lines)


def _contact_extras(contact: Contact) -> list[tuple[str, str]]:
    pairs = (
        *(("Email", e) for e in contact.emails),
        *(("Telephone", t) for t in contact.phones),
        ("Web", contact.web),
    )
    return [(k, v) for k, v in pairs if v is not None]


def _month(when: PartialDate | None) -> str | None:
    """ "October 2024" (or "2024") for a date given only to the month (or year)."""
    if when is None:
        return None
    return str(when.year) if when.month is None else f"{MONTHS[when.month - 1]} {when.year}"


#: A heading with content of its own: a number, or words after a colon or dash.
_CONTENT_HEADING = re.compile(r"[0-9]|[:–—-]\s*\w")


def _content_headings(r: Response) -> list[str]:
    return [
        p.text
        for p in r.passages
        if p.kind is PassageKind.HEADING
        and p.text != r.subject
        and _CONTENT_HEADING.search(p.text.rstrip(" :"))
    ]


def _contact(title: str, contact: Contact | None) -> list[Block]:
    if contact is None:
        return []
    rows = [("Address", "\n".join(contact.lines))] if contact.lines else []
    return [Fields((*rows, *_contact_extras(contact)), title=title)]


_DETAIL_KINDS = {
    PassageKind.LETTERHEAD: "Letterhead",
    PassageKind.REFERENCE: "Reference",
    PassageKind.DATE: "Date",
    PassageKind.ADDRESSEE: "Addressee",
    PassageKind.FOOTER: "Footer",
}
_BODY_KINDS = {
    PassageKind.SALUTATION,
    PassageKind.INTRODUCTION,
    PassageKind.BODY,
    PassageKind.NOTE,
    PassageKind.OTHER,
}


def _details(r: Response) -> Section:
    rows = [(_DETAIL_KINDS[p.kind], p.text) for p in r.passages if p.kind in _DETAIL_KINDS]
    seen: list[str] = []
    for p in r.passages:
        if p.kind is PassageKind.MARKING:
            for line in p.text.splitlines():
                if line.strip() and line.strip() not in seen:
                    seen.append(line.strip())
    rows += [("Marking", m) for m in seen]
    rows += [("Heading", h) for h in _content_headings(r)]
    return Section("details", "Letter details", (Fields(tuple(rows)),) if rows else ())


def _anchored(r: Response) -> dict[str, list[str]]:
    """Body passages that :attr:`Response.order` places after a request part or an answer,
    by the path of that part ("request.parts[2]") or answer ("answers[1]"), so they are
    rendered where the letter puts them; the rest stay in the letter's body."""
    out: dict[str, list[str]] = {}
    anchor: str | None = None
    for path in r.order:
        head = path.split(".")[0]
        if head.startswith("answers["):
            anchor = head
        elif path.startswith("request.parts["):
            anchor = ".".join(path.split(".")[:2])
        elif head.startswith("passages[") and anchor is not None:
            passage = r.passages[int(head[9:-1])]
            if passage.kind in _BODY_KINDS and passage.kind is not PassageKind.SALUTATION:
                out.setdefault(anchor, []).append(head)
    return out


def _moved(r: Response) -> frozenset[str]:
    return frozenset(path for paths in _anchored(r).values() for path in paths)


def _passage_text(r: Response, path: str) -> str:
    return r.passages[int(path[9:-1])].text


def _body(r: Response) -> Section:
    moved = _moved(r)
    blocks = tuple(
        Paragraph(p.text, True)
        for i, p in enumerate(r.passages)
        if p.kind in _BODY_KINDS and f"passages[{i}]" not in moved
    )
    return Section("letter", "Letter", blocks)


def _closing(r: Response) -> Section:
    blocks = tuple(Paragraph(p.text, True) for p in r.passages if p.kind is PassageKind.SIGN_OFF)
    return Section("closing", "Closing", blocks)


def _answer(answer: Answer, several: bool, regime: Regime) -> list[Paragraph | Items]:
    words = _words(answer.disposition, answer.regime or regime)
    if answer.regime is not None:
        words += f", under the {answer.regime.name}"
    label = f"Answer to {_refs(answer.parts)} ({words})" if several else f"Answer ({words})"
    out: list[Paragraph | Items] = [Paragraph(answer.text, True, label)]
    if answer.same_as is not None:
        out.append(Paragraph(f"This answer refers back to the answer to part {answer.same_as}."))
    if answer.attachments:
        out.append(Items(tuple(_attachment(a) for a in answer.attachments), "Attachments"))
    return out


def _attachment(a: Attachment) -> Paragraph:
    if a.name is None:
        return Paragraph(a.url or "", True)
    return Paragraph(a.name, True, url=a.url)


def _request(r: Response) -> Section:
    request = r.request
    blocks: list[Block] = []
    if request.text is not None:
        blocks.append(Paragraph(request.text, True))
    parts = list(request.iter_parts())
    order = {ref: i for i, (ref, _) in enumerate(parts)}
    below: dict[str, list[Answer]] = {}
    general: list[Answer] = []
    for answer in r.answers:
        if answer.parts:
            below.setdefault(max(answer.parts, key=order.__getitem__), []).append(answer)
        else:
            general.append(answer)
    anchored = _anchored(r)
    index = {id(a): i for i, a in enumerate(r.answers)}
    tops = {p.label: i for i, p in enumerate(request.parts)}
    for ref, part in parts:
        under: list[Paragraph | Items] = []
        if "/" not in ref:
            for path in anchored.get(f"request.parts[{tops[ref]}]", ()):
                under.append(Paragraph(_passage_text(r, path), True))
        for answer in below.get(ref, ()):
            under += _answer(answer, len(answer.parts) > 1, r.regime)
            for path in anchored.get(f"answers[{index[id(answer)]}]", ()):
                under.append(Paragraph(_passage_text(r, path), True))
        if not part.parts and r.answer_for(ref) is None:
            under.append(Paragraph("The letter gives no answer to this part."))
        text = (
            part.text if part.restated else "(The letter names this part but does not restate it.)"
        )
        blocks.append(Part(ref, part.label, text, ref.count("/"), tuple(under)))
    if general:
        if not blocks:
            blocks.append(Paragraph("The letter does not restate the request."))
        blocks.append(Heading("Answer to the request as a whole" if parts else "Answer"))
        for answer in general:
            blocks += _answer(answer, False, r.regime)
    return Section("request", "Your request", tuple(blocks))


def _definitions(r: Response) -> Section:
    items = tuple(
        Paragraph(d.text, True) if d.text else Paragraph(f"“{d.term}”: {d.meaning}", True)
        for d in r.request.definitions
    )
    return Section("definitions", "Definitions in the request", (Items(items),) if items else ())


def _cited(as_written: str, citation: object) -> str:
    found = _provision(citation)
    text = as_written
    if citation is not None:
        text += f" — {citation}"
    if found is not None:
        text += f": {found.title}"
    return text


def _exemptions(r: Response) -> Section:
    blocks: list[Block] = []
    for claim in r.exemption_claims:
        blocks += _claim(claim)
    return Section("exemptions", "Exemptions", tuple(blocks))


def _claim(claim: ExemptionClaim) -> list[Block]:
    found = _provision(claim.citation)
    rows: list[tuple[str, str | None]] = [
        ("Provision as written", claim.as_written),
        ("Citation", str(claim.citation) if claim.citation and not claim.citations else None),
        ("Citations", "; ".join(map(str, claim.citations)) if claim.citations else None),
        ("Catalogue title", found.title if found else None),
        ("Absolute or qualified", str(found.absoluteness) if found else None),
        ("Heading in the letter", claim.title),
        ("Parts", _refs(claim.parts) if claim.parts else "not stated in the letter"),
        ("Neither confirm nor deny", "yes" if claim.ncnd else None),
    ]
    out: list[Block] = [
        Heading(str(claim.citation) if claim.citation else claim.as_written),
        Fields(tuple((k, v) for k, v in rows if v is not None)),
    ]
    if claim.withheld:
        out.append(Items(tuple(Paragraph(t, True) for t in claim.withheld), "Withheld"))
    if claim.quoted:
        out.append(Items(tuple(Paragraph(t, True) for t in claim.quoted), "Statute text quoted"))
    if claim.reasons:
        out.append(Items(tuple(Paragraph(t, True) for t in claim.reasons), "Reasons"))
    if claim.absolute_statement is not None:
        out.append(Paragraph(claim.absolute_statement, True, "Absolute exemption"))
    pi = claim.public_interest
    if pi is not None and (pi.text or pi.for_disclosure or pi.against_disclosure or pi.conclusion):
        if pi.text:
            out.append(Items(tuple(Paragraph(t, True) for t in pi.text), "Public interest"))
        if pi.for_disclosure:
            factors = tuple(Paragraph(t, True) for t in pi.for_disclosure)
            out.append(Items(factors, "Factors in favour of disclosure"))
        if pi.against_disclosure:
            factors = tuple(Paragraph(t, True) for t in pi.against_disclosure)
            out.append(Items(factors, "Factors in favour of withholding"))
        if pi.conclusion is not None:
            out.append(Paragraph(pi.conclusion, True, "Conclusion on the public interest"))
    elif found is not None and not found.public_interest_test:
        out.append(Paragraph("The public interest test does not apply to this provision."))
    else:
        out.append(Paragraph("The letter gives no public-interest reasoning."))
    return out


def _refusal(notice: RefusalNotice | None, regime: Regime) -> Section | None:
    if notice is None:
        return None
    blocks: list[Block] = []
    if notice.statement is not None:
        blocks.append(Paragraph(notice.statement, True, "Statement"))
    if notice.grounds:
        grounds = tuple(Paragraph(_words(g, regime)) for g in notice.grounds)
        blocks.append(Items(grounds, "Grounds"))
    if notice.provisions:
        cited = tuple(Paragraph(_cited(p.as_written, p.citation)) for p in notice.provisions)
        blocks.append(Items(cited, "Provisions cited"))
    if notice.reasons:
        blocks.append(Items(tuple(Paragraph(t, True) for t in notice.reasons), "Reasons"))
    if notice.advice_and_assistance is not None:
        blocks.append(Paragraph(notice.advice_and_assistance, True, "Advice and assistance"))
    if notice.public_interest_estimate is not None:
        day = long_date(notice.public_interest_estimate)
        blocks.append(Fields((("Public-interest decision expected by", day),)))
    return Section("refusal", "Refusal notice", tuple(blocks))


def _reuse(r: Response) -> Section | None:
    reuse = r.reuse_licence
    if reuse is None:
        return None
    blocks: list[Block] = [Paragraph(reuse.text, True)]
    if reuse.licence is not None:
        blocks.append(Fields((("Licence", _LICENCE[reuse.licence]),)))
    return Section("reuse", "Re-use of the information", tuple(blocks))


def _rights(r: Response) -> Section | None:
    rights: Rights | None = r.rights
    if rights is None:
        return None
    blocks: list[Block] = []

    def label(name: str, title: str) -> str:
        return f"{title} (added by foilib)" if name in rights.added else title

    if rights.internal_review is not None:
        title = label("internal_review", "Internal review")
        blocks.append(Paragraph(rights.internal_review, True, title))
    review = rights.internal_review_contact or r.authority.review_contact
    blocks += _contact("Internal review contact", review)
    commissioner = law(r.regime).commissioner.name
    if rights.commissioner is not None:
        title = label("commissioner", commissioner)
        blocks.append(Paragraph(rights.commissioner, True, title))
    title = label("commissioner_contact", f"{commissioner} contact")
    blocks += _contact(title, rights.commissioner_contact)
    if rights.further_appeal is not None:
        blocks.append(Paragraph(rights.further_appeal, True, "Further appeal"))
    return Section("rights", "Your rights", tuple(blocks))


def _about(r: Response) -> Section | None:
    p = r.provenance
    if p is None:
        return None
    blocks: list[Block] = []
    if p.truncated:
        blocks.append(
            Paragraph(
                "This copy of the letter is incomplete: it stops before the end of the letter."
            )
        )
    if p.extract:
        blocks.append(
            Paragraph(
                "This copy is an extract of the letter (a disclosure log or a reproduction), "
                "not the letter as sent."
            )
        )
    if r.kind is LetterKind.ANNEX:
        blocks.append(Paragraph("This is an annex sent apart from its covering letter."))
    rows = [(k, v) for k, v in (("Source", p.url), ("Note", p.note)) if v is not None]
    if rows:
        blocks.append(Fields(tuple(rows)))
    return Section("about", "About this copy", tuple(blocks))


# --------------------------------------------------------------------------- outgoing letter


def _outgoing(r: Response) -> str:
    """The letter as an officer would send it: plain text, the letter's own words verbatim,
    in the order of a reply (no description of the letter)."""
    paras: list[str] = []
    head = [r.authority.name]
    if r.authority.unit is not None:
        head.append(r.authority.unit)
    if r.authority.contact is not None:
        head += list(r.authority.contact.lines)
        head += [v for v in (r.authority.contact.email, r.authority.contact.phone) if v]
    paras.append("\n".join(head))
    paras += [p.text for p in r.passages if p.kind is PassageKind.ADDRESSEE]
    meta = []
    if r.sent_on is not None:
        meta.append(long_date(r.sent_on))
    elif r.sent_in is not None:
        meta.append(_month(r.sent_in) or "")
    if r.reference is not None:
        meta.append(f"Our reference: {r.reference}")
    if r.request.reference is not None and r.request.reference != r.reference:
        meta.append(f"Your reference: {r.request.reference}")
    if meta:
        paras.append("\n".join(meta))
    passages = {k: [p.text for p in r.passages if p.kind is k] for k in PassageKind}
    requester = r.request.requester
    salutation = passages[PassageKind.SALUTATION] or [
        f"Dear {requester.name}," if requester and requester.name else "Dear Sir or Madam,"
    ]
    paras += salutation
    if r.subject is not None:
        paras.append(r.subject)
    paras += passages[PassageKind.INTRODUCTION]
    received = r.request.received_on
    opening = (
        f"Your request for information, received on {long_date(received)}, "
        if received is not None
        else "Your request for information "
    )
    paras.append(f"{opening}has been handled under the {r.regime.title}.")
    if r.request.text is not None:
        paras.append(r.request.text)
    anchored = _anchored(r)
    tops = {p.label: i for i, p in enumerate(r.request.parts)}
    for ref, part in r.request.iter_parts():
        indent = "    " * ref.count("/")
        if part.restated:
            paras.append(f"{indent}{part.label}. {part.text}".rstrip())
        if "/" not in ref:
            paras += [_passage_text(r, q) for q in anchored.get(f"request.parts[{tops[ref]}]", ())]
        for i, answer in enumerate(r.answers):
            if answer.parts and max(answer.parts, key=r.request.part_refs.index) == ref:
                paras.append(_outgoing_answer(answer, r.regime, indent))
                paras += [_passage_text(r, q) for q in anchored.get(f"answers[{i}]", ())]
    for i, answer in enumerate(r.answers):
        if not answer.parts:
            paras.append(_outgoing_answer(answer, r.regime, ""))
            paras += [_passage_text(r, q) for q in anchored.get(f"answers[{i}]", ())]
    moved = _moved(r)
    paras += [
        p.text
        for i, p in enumerate(r.passages)
        if p.kind in (PassageKind.BODY, PassageKind.NOTE) and f"passages[{i}]" not in moved
    ]
    for claim in r.exemption_claims:
        paras += _outgoing_claim(claim)
    notice = r.refusal_notice
    if notice is not None:
        paras += [t for t in (notice.statement, *notice.reasons) if t is not None]
        if notice.advice_and_assistance is not None:
            paras.append(notice.advice_and_assistance)
        if notice.public_interest_estimate is not None:
            day = long_date(notice.public_interest_estimate)
            paras.append(f"We expect to reach a decision on the public interest by {day}.")
    if r.reuse_licence is not None:
        paras.append(r.reuse_licence.text)
    rights = r.rights
    if rights is not None:
        for text, contact in (
            (rights.internal_review, rights.internal_review_contact or r.authority.review_contact),
            (rights.commissioner, rights.commissioner_contact),
            (rights.further_appeal, None),
        ):
            if text is not None:
                paras.append(text)
            if contact is not None:
                lines = [
                    *contact.lines,
                    *(v for v in (contact.email, contact.phone, contact.web) if v),
                ]
                paras.append("\n".join(lines))
    paras += passages[PassageKind.SIGN_OFF] or [
        "Yours sincerely,",
        r.authority.unit or r.authority.name,
    ]
    paras += [p.text for p in r.passages if p.kind is PassageKind.FOOTER]
    if r.provenance is not None and r.provenance.truncated:
        paras.append(
            "[This copy of the letter is incomplete: it stops before the end of the letter.]"
        )
    return "\n\n".join(paras) + "\n"


def _outgoing_answer(answer: Answer, regime: Regime, indent: str) -> str:
    words = _words(answer.disposition, answer.regime or regime)
    return f"{indent}Answer ({words}): {answer.text}"


def _outgoing_claim(claim: ExemptionClaim) -> list[str]:
    found = _provision(claim.citation)
    name = claim.as_written + (f" ({found.title})" if found is not None else "")
    out = [f"{name}: " + (f"applies to {_refs(claim.parts)}." if claim.parts else "applies.")]
    out += list(claim.reasons)
    if claim.absolute_statement is not None:
        out.append(claim.absolute_statement)
    pi = claim.public_interest
    if pi is not None:
        out += list(pi.text)
        if pi.for_disclosure:
            out.append(
                "In favour of disclosure:\n" + "\n".join(f"- {t}" for t in pi.for_disclosure)
            )
        if pi.against_disclosure:
            factors = "\n".join(f"- {t}" for t in pi.against_disclosure)
            out.append("In favour of maintaining the exemption:\n" + factors)
        if pi.conclusion is not None:
            out.append(pi.conclusion)
    return out


# --------------------------------------------------------------------------- text


def _text(letter: Letter) -> str:
    title = letter.title
    out = [title + "\n" + "=" * max(3, len(title.splitlines()[-1]))]
    if letter.summary.rows:
        out.append(_text_block(letter.summary))
    for section in letter.sections:
        out.append(section.title + "\n" + "-" * len(section.title))
        out += [_text_block(b) for b in section.blocks]
    return "\n\n".join(out) + "\n"


def _text_para(p: Paragraph) -> str:
    text = p.text if p.url is None else f"{p.text} ({p.url})"
    return text if p.label is None else f"{p.label}:\n{text}"


def _text_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _text_para(block)
    if isinstance(block, Heading):
        return f"{block.text}\n" + "~" * max(3, len(block.text.splitlines()[-1]))
    if isinstance(block, Fields):
        rows = [f"{k}:\n{v}" if "\n" in v else f"{k}: {v}" for k, v in block.rows]
        return "\n".join(([f"{block.title}:"] if block.title else []) + rows)
    if isinstance(block, Items):
        items = ["- " + _text_para(p) for p in block.items]
        return "\n".join(([f"{block.title}:"] if block.title else []) + items)
    indent = "    " * block.depth
    parts = [f"{indent}Part {block.ref}:\n{indent}{block.text}"]
    parts += [indent + _text_block(b) for b in block.blocks]
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~]|&(?=#?\w+;))")
_MD_LEADING = re.compile(r"^(?:[-+=]|(\d{1,9})(?=[.)]))")


def _md_line(line: str) -> str:
    """One line with its ends stripped and every character that could change its
    meaning escaped, including a leading "-", "+" or "=" (list item, setext
    underline) and a leading "1." or "1)" (ordered list)."""
    line = _MD_SPECIAL.sub(r"\\\1", line.strip())
    return _MD_LEADING.sub(lambda m: m[1] + "\\" if m[1] else "\\" + m[0], line)


def _md_inline(text: str) -> str:
    """Text on one line (headings, labels): its lines joined by spaces."""
    return " ".join(_md_line(line) for line in text.splitlines() if line.strip())


def _md_lines(text: str) -> list[str]:
    """Escaped lines: blank lines separate paragraphs, other breaks are hard breaks."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            paragraphs[-1].append(_md_line(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    out: list[str] = []
    for para in (p for p in paragraphs if p):
        if out:
            out.append("")
        out += [line + "\\" for line in para[:-1]] + [para[-1]]
    return out or [""]


def _md_para(p: Paragraph) -> list[str]:
    lines = _md_lines(p.text)
    if p.url is not None:
        lines[-1] += f" ({_md_inline(p.url)})"
    if p.label is not None:
        lines = [f"**{_md_inline(p.label)}:**\\", *lines]
    return lines


def _md_field(label: str, value: str) -> list[str]:
    first, *rest = _md_lines(value)
    return [f"**{_md_inline(label)}:** {first}", *rest]


def _md_item(lines: list[str], indent: str = "") -> list[str]:
    first, *rest = lines
    return [f"{indent}- {first}"] + [f"{indent}  {line}" if line else "" for line in rest]


def _md_titled(title: str | None, items: list[list[str]]) -> list[str]:
    head = [f"**{_md_inline(title)}:**", ""] if title else []
    return head + [line for item in items for line in _md_item(item)]


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return _md_para(block)
    if isinstance(block, Heading):
        return ["### " + _md_inline(block.text)]
    if isinstance(block, Fields):
        rows = [_md_field(k, v) for k, v in block.rows]
        return _md_titled(block.title, rows)
    if isinstance(block, Items):
        return _md_titled(block.title, [_md_para(p) for p in block.items])
    indent = "  " * block.depth
    head = _md_item(_md_para(Paragraph(block.text, True, f"Part {block.ref}")), indent)
    lines = head
    for b in block.blocks:
        lines += [""] + [f"{indent}  {line}" if line else "" for line in _md_block(b)]
    return lines


def _markdown(letter: Letter) -> str:
    out = ["# " + _md_inline(letter.title)]
    if letter.summary.rows:
        out.append("\n".join(_md_block(letter.summary)))
    for section in letter.sections:
        out.append("## " + section.title)
        out += ["\n".join(_md_block(b)) for b in section.blocks]
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------- html

_STYLE = (
    "body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "p,li,dd{white-space:pre-wrap}"
    ".letter{font-family:serif}"
    "dt{font-weight:bold}"
    ".part{border-left:2px solid #ccc;padding-left:1em}"
)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_para(p: Paragraph, tag: str = "p") -> str:
    cls = ' class="letter"' if p.verbatim else ""
    label = f"<strong>{_esc(p.label)}:</strong>\n" if p.label is not None else ""
    text = _esc(p.text)
    if p.url is not None:
        url = _esc(p.url)
        safe = p.url.startswith(("https://", "http://"))
        text += f' (<a href="{url}">{url}</a>)' if safe else f" ({url})"
    return f"<{tag}{cls}>{label}{text}</{tag}>"


def _html_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _html_para(block)
    if isinstance(block, Heading):
        return f"<h3>{_esc(block.text)}</h3>"
    if isinstance(block, Fields):
        title = f"<p><strong>{_esc(block.title)}</strong></p>\n" if block.title else ""
        rows = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>\n" for k, v in block.rows)
        return f"{title}<dl>\n{rows}</dl>"
    if isinstance(block, Items):
        title = f"<p><strong>{_esc(block.title)}:</strong></p>\n" if block.title else ""
        items = "".join(_html_para(p, "li") + "\n" for p in block.items)
        return f"{title}<ul>\n{items}</ul>"
    margin = f' style="margin-left:{2 * block.depth}em"' if block.depth else ""
    inner = [_html_para(Paragraph(block.text, True, f"Part {block.ref}"))]
    inner += [_html_block(b) for b in block.blocks]
    return f'<div class="part"{margin}>\n' + "\n".join(inner) + "\n</div>"


def _html(letter: Letter) -> str:
    body = [f"<h1>{_esc(letter.title)}</h1>"]
    if letter.summary.rows:
        body.append(_html_block(letter.summary))
    for s in letter.sections:
        inner = "\n".join(_html_block(b) for b in s.blocks)
        body.append(f'<section id="{s.key}">\n<h2>{_esc(s.title)}</h2>\n{inner}\n</section>')
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(letter.title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- render

_WRITERS: dict[str, Callable[[Letter], str]] = {
    "text": _text,
    "markdown": _markdown,
    "html": _html,
}


def render(response: Response, format: str = "text", *, template: str | None = None) -> str:
    """Write ``response`` as a letter in ``format``: "text", "markdown", "html" or "letter".

    "text", "markdown" and "html" describe the letter (its parts, answers, exemptions and
    rights under headings); "letter" is the outgoing letter as an officer would send it
    (salutation, the request restated part by part with each answer, each exemption with
    its reasons and public interest test, the rights, a sign-off), in plain text.

    The output is deterministic. Letter text is kept verbatim in "text", escaped
    in "markdown" and "html" (so that a request cannot inject markup); the HTML is
    a complete document with no scripts and no external resources.

    ``template`` is a Jinja2 template string (the optional extra
    ``pip install 'foilib[templates]'``), rendered with ``response`` and
    ``letter`` (the :class:`Letter` layout); autoescaping is on for "html".

    >>> import foilib
    >>> r = foilib.Response(
    ...     authority=foilib.Authority("Leicester City Council", regimes=(foilib.Regime.FOIA,)),
    ...     regime=foilib.Regime.FOIA,
    ...     request=foilib.Request(parts=(foilib.RequestPart("1", "Do you use AI?"),)),
    ...     answers=(foilib.Answer(("1",), foilib.Disposition.NOT_HELD, "No."),),
    ... )
    >>> print(render(r))
    Leicester City Council
    ======================
    <BLANKLINE>
    Regime: Freedom of Information Act 2000 (FOIA)
    <BLANKLINE>
    Your request
    ------------
    <BLANKLINE>
    Part 1:
    Do you use AI?
    <BLANKLINE>
    Answer (information not held):
    No.
    <BLANKLINE>
    """
    letter = build_letter(response)
    if not isinstance(format, str):
        raise ArgumentTypeError("format", format, f"one of {', '.join(map(repr, FORMATS))}")
    if format not in FORMATS:
        raise ArgumentError("format", format, f"one of {', '.join(map(repr, FORMATS))}")
    if template is None:
        if format == "letter":
            return _outgoing(response)
        return _WRITERS[format](letter)
    if not isinstance(template, str):
        raise ArgumentTypeError("template", template, "a Jinja2 template string or None")
    return _template(template, format, {"response": response, "letter": letter})


def _template(template: str, format: str, context: dict[str, Any]) -> str:
    """Render a user-supplied template in Jinja2's sandbox (templates are code).

    Undefined names, syntax errors and anything the sandbox forbids (attribute access to
    internals such as ``__globals__``) are a :class:`foilib.TemplateError` naming the line.
    """
    try:
        import jinja2
        import jinja2.sandbox
    except ImportError as exc:
        raise ArgumentError(
            "template",
            template,
            "jinja2 installed for templates: pip install 'foilib[templates]'",
        ) from exc
    env = jinja2.sandbox.SandboxedEnvironment(
        autoescape=format == "html",
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    try:
        return env.from_string(template).render(**context, format=format)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"syntax error: {exc.message}", exc.lineno) from None
    except (jinja2.TemplateError, AttributeError, TypeError) as exc:
        raise TemplateError(_template_problem(exc), _template_line(exc)) from None


def _template_problem(exc: Exception) -> str:
    import jinja2

    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"not allowed in a template: {exc}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"undefined: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _template_line(exc: BaseException) -> int | None:
    """The line of the template being rendered, from the traceback Jinja2 rewrites."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
