"""The reader: from a letter's text to a draft :class:`foilib.Response`.

One forward pass over the letter's lines groups them into paragraphs, then one
pass over the paragraphs places each one: letterhead, reference, date,
salutation, the request and its numbered parts, the answers, exemption claims
and their reasoning, the refusal notice, licence, rights and sign-off. Every
string in the draft is a slice of the letter, recorded with its offsets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs

from ..catalogue import ProvisionKind, provision
from ..citation import Citation
from ..errors import DeserializationError, FoilibError
from ..model import Disposition, LetterKind, Response
from ..parse import FoundCitation, find_citations
from ..regimes import Regime
from ..serialise import FORMAT_VERSION, from_dict
from ..validate import INVISIBLE_CATEGORIES
from . import _lexicon as lx
from ._ending import cut_short

__all__ = ["Reading", "Slice", "read_text"]


@attrs.frozen(slots=True)
class Slice:
    """Characters ``start`` to ``end`` of the letter."""

    start: int
    end: int


Leaf = Slice | str | bool | None | list[Any] | dict[str, Any]


@attrs.frozen(slots=True)
class Reading:
    """What :func:`foilib.read_letter` made of a letter.

    ``response`` is the draft :class:`foilib.Response`; ``text`` the letter's text
    as read; ``spans`` maps the JSON path of every string in the draft (as in
    ``foilib.to_dict(response)``, e.g. ``"request.parts[0].text"``) to its
    ``(start, end)`` character offsets in ``text``, so ``text[start:end]`` is the
    value. ``unread`` lists ``(start, end)`` stretches of non-blank text the reader
    placed nowhere. ``guesses`` maps a JSON path to why the value is a guess
    rather than something the letter says (a default regime, an assumed answer
    coverage, a name not found in the letter). ``source`` is the file read, if any.
    """

    response: Response
    text: str
    spans: dict[str, tuple[int, int]]
    unread: tuple[tuple[int, int], ...]
    guesses: dict[str, str]
    source: str | None = None

    @property
    def confidence(self) -> float:
        """The share of the draft's fields that the letter states (1.0: nothing guessed)."""
        total = len(self.spans) + len(self.guesses)
        return 1.0 if total == 0 else round(1 - len(self.guesses) / total, 3)


# ---------------------------------------------------------------- lines and paragraphs

_TERMINAL = frozenset(".?!:")
_LABEL = re.compile(
    r"^[ \t]*(?:"
    r"(?:Q(?:uestion)?|Part|Item|Request)[ \t]*\.?[ \t]*(?P<l1>\d{1,3}[a-z]?)[ \t]*[).:\-–]?"
    r"|(?P<l2>\d{1,2}[a-z]?)[ \t]*[).]"
    r"|\((?P<l3>[a-z]{1,4}|\d{1,2})\)"
    r"|(?P<l4>[a-h])\)"
    r"|(?P<l5>\d{1,2}[ \t]*\([a-z]{1,3}\))[.:]?"
    r")[ \t]+(?=\S)"
)
_BULLET = re.compile(r"^[ \t]*[•●▪◦*–-][ \t]+(?=\S)")
_ROMAN = re.compile(r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$")
_TABLE = re.compile(r" \| |\t")
_CONNECTIVE = re.compile(
    r"^(?:However|Therefore|Furthermore|Moreover|In addition|Additionally|Nevertheless),"
)
#: A table row "1 | question | answer |" (a Word table as the .docx reader writes it).
_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*(?:Q(?:uestion)?\.?[ \t]*)?(?P<label>\d{1,3}[a-z]?)[.)]?[ \t]*\|"
    r"[ \t]*(?P<q>[^|]*?\S)[ \t]*\|[ \t]*(?P<a>[^|]*?\S)[ \t]*\|?[ \t]*$"
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_EOL = re.compile(r"\r\n|\r|\n")
_RULE = re.compile(r"^[=~_*-]{3,}$")
_LABEL_ALONE = re.compile(
    r"^[ \t]*(?:Q(?:uestion)?|Part|Item)[ \t]*\.?[ \t]*(?P<l1>\d{1,3}[a-z]?)[ \t]*[).:]?[ \t]*$"
)
_ADDRESS_CUE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\bPO Box\b|@|^(?:T|Tel|Telephone|Phone|E|Email|"
    r"E-mail|Web|W)\s*[:.]",
    re.IGNORECASE,
)
_CONTACT_KEY = re.compile(
    r"^(?P<key>T|Tel|Telephone|Phone|Ph|Mob|E|Email|E-mail|Web|W|Website)\s*[:.]\s*", re.I
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^\+?[\d ()-]{8,}$")
_WEB = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_URL = re.compile(r"https?://\S+[^\s.,;)]|www\.\S+[^\s.,;)]")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_DATES = (
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>\d{4})", re.I),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I),
    re.compile(r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
)
_MONTH_ONLY = re.compile(_MON + r"\s+\d{4}", re.I)
_RECEIVED = re.compile(r"\breceived\b[^.]{0,120}?\bon\s+", re.I)
_BECAUSE = re.compile(r"\bbecause\b[\s,]*", re.I)
_INTRO = re.compile(r"^(?:your request|thank you for your|i write|we write|further to)", re.I)
_NOTE = re.compile(r"^(?:please note|note:|nb\b)", re.I)


def _date_in(text: str, *, anchored: bool = False) -> tuple[dt.date, int, int] | None:
    """The first date written in ``text`` (at its start, if ``anchored``), and where."""
    if not anchored and not any(c.isdigit() for c in text):
        return None
    if anchored and not text[:1].isalnum():
        return None
    for pattern in _DATES:
        m = pattern.match(text) if anchored else pattern.search(text)
        if m is None:
            continue
        g = m.groupdict()
        month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
        try:
            return dt.date(int(g["y"]), month, int(g["d"])), m.start(), m.end()
        except ValueError:
            continue
    return None


@attrs.frozen(slots=True)
class _Dated:
    """A date the letter states, and where."""

    date: dt.date
    at: Slice


@attrs.define
class _Para:
    start: int
    end: int
    first: int  # index of the first line
    last: int  # index of the last line
    text: str

    @property
    def one_line(self) -> bool:
        return self.first == self.last


class _Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds: list[tuple[int, int]] = []
        # lines end at "\n", "\r\n" or a lone "\r" (old Mac files); offsets stay those of
        # the text as given, so no normalised copy is needed
        pos = 0
        for m in _EOL.finditer(text):
            self.bounds.append((pos, m.start()))
            pos = m.end()
        self.bounds.append((pos, len(text)))
        self.raw = [text[a:b] for a, b in self.bounds]
        self.strip = [r.strip() for r in self.raw]
        # a setext underline ("=====") reads as a paragraph break
        self.strip = ["" if _RULE.match(r) else r for r in self.strip]
        n = len(self.raw)
        counts: dict[str, int] = {}
        for s in self.strip:
            if s:
                counts[s] = counts.get(s, 0) + 1
        self.marking = [
            bool(s)
            and (
                lx.MARKING.match(s) is not None
                or (
                    counts[s] >= 3
                    and len(s) <= 40
                    and not _TABLE.search(s)
                    and s[-1] not in ".?!:;,"
                    and not _LABEL.match(s)
                )
            )
            for s in self.strip
        ]
        # what each line is, computed once
        self.label = [_LABEL.match(r) is not None or _BULLET.match(r) is not None for r in self.raw]
        self.keyed = [
            bool(s) and (_reference(s) is not None or _dateline(s) is not None) for s in self.strip
        ]
        self.table = [_TABLE.search(s) is not None for s in self.strip]
        self.heading = [_heading_text(s) for s in self.strip]
        blanks = sum(1 for s in self.strip if not s)
        self.blank_mode = n > 0 and blanks / n >= 0.15

    def trimmed(self, i: int) -> tuple[int, int]:
        """The offsets of line ``i`` without its outer white space."""
        a, _b = self.bounds[i]
        raw = self.raw[i]
        lead = len(raw) - len(raw.lstrip())
        return a + lead, a + len(raw.rstrip())


def _breaks_before(lines: _Lines, i: int) -> bool:
    s = lines.strip[i]
    if lines.label[i] or lx.SALUTATION.match(s) or lx.SIGN_OFF.match(s):
        return True
    if lx.INLINE_ANSWER_LABEL.match(s) and lines.strip[i - 1]:
        # "Question 1: ...\nResponse: 312." - the answer is its own paragraph
        return True
    if lines.keyed[i]:
        return True
    prev = lines.strip[i - 1]
    if lines.keyed[i - 1] or lx.SALUTATION.match(prev):
        return True
    ended = bool(prev) and prev[-1] in _TERMINAL
    if lines.table[i] and not lines.table[i - 1]:
        return True
    if ended and _CONTACT_KEY.match(s) and not _CONTACT_KEY.match(prev):
        return True
    if ended and _opens_topic(s):
        return True
    if not lines.blank_mode and ended:
        # in hard-wrapped text a sentence opening with a connective continues the paragraph
        return _CONNECTIVE.match(s) is None
    return lines.heading[i - 1] and not lines.heading[i] and s[:1].isupper()


def _opens_topic(s: str) -> bool:
    """Whether a line starts a refusal, licence, rights or definition paragraph."""
    return bool(
        lx.REFUSAL_STATEMENT.search(s)
        or lx.LICENCE.search(s)
        or lx.REVIEW.search(s)
        or lx.COMMISSIONER.search(s)
        or lx.DEFINITION.match(s)
    )


def _heading_text(s: str) -> bool:
    if not s or len(s) > 90 or _TABLE.search(s):
        return False
    if lx.RESPONSE_HEADINGS.match(s) or lx.REQUEST_HEADINGS.match(s):
        return True
    if s.endswith(":"):
        return len(s) <= 45
    return s[-1] not in ".,;?!" and len(s.split()) <= 16 and s[0].isupper()


def _paragraphs(lines: _Lines) -> list[_Para]:
    out: list[_Para] = []
    text = lines.text
    i, n = 0, len(lines.raw)
    while i < n:
        if not lines.strip[i]:
            i += 1
            continue
        if lines.marking[i]:
            j = i
            k = i + 1
            while k < n and (not lines.strip[k] or lines.marking[k]):
                if lines.marking[k]:
                    j = k
                k += 1
            out.append(_mk_para(lines, i, j))
            i = j + 1
            continue
        j = i
        while (
            j + 1 < n
            and lines.strip[j + 1]
            and not lines.marking[j + 1]
            and not _breaks_before(lines, j + 1)
        ):
            j += 1
        out.append(_mk_para(lines, i, j))
        i = j + 1
    del text
    return out


def _mk_para(lines: _Lines, i: int, j: int) -> _Para:
    a = lines.trimmed(i)[0]
    b = lines.bounds[j][1]
    return _Para(a, b, i, j, lines.text[a:b])


def _reference(s: str) -> tuple[str, int, int] | None:
    """A reference line's label and the offsets of its value within ``s``."""
    m = lx.REFERENCE.match(s)
    if m is None or len(s) > 90:
        return None
    value = m.group("value")
    if value is not None and not re.search(r"\d", value):
        return None
    if value is None:
        return m.group("label"), len(s), len(s)
    return m.group("label"), m.start("value"), m.end("value")


def _dateline(s: str) -> tuple[dt.date | None, int] | None:
    """A line that is only a date (or a month), perhaps labelled: (date or None, label end)."""
    m = lx.DATE_LABEL.match(s)
    rest = s[m.end() :] if m else s
    offset = m.end() if m else 0
    found = _date_in(rest, anchored=True)
    if found is not None and not rest[found[2] :].strip(" ,."):
        return found[0], offset
    mo = _MONTH_ONLY.match(rest)
    if m is not None and mo is not None and mo.end() == len(rest.rstrip()):
        return None, offset
    return None


# ---------------------------------------------------------------- citations


def _citations(text: str, regime: Regime | None) -> tuple[FoundCitation, ...]:
    """The citations in ``text`` (the one place the reader calls the citation finder)."""
    try:
        return find_citations(text, regime)
    except FoilibError:
        return ()


@functools.lru_cache(maxsize=1024)
def _kind(citation: Citation) -> tuple[ProvisionKind | None, str]:
    """What the catalogue says the cited provision is (its nearest catalogued ancestor's
    kind when the catalogue does not split it out, as for "s.31(1)(a)(b)")."""
    while True:
        try:
            p = provision(citation)
        except FoilibError:
            if not citation.path:
                return None, ""
            citation = attrs.evolve(citation, path=citation.path[:-1])
            continue
        return p.kind, p.title


#: Answers after which a sentence suggesting how to narrow the request is advice.
_ADVISED = frozenset(
    {
        Disposition.REFUSED_COST.value,
        Disposition.REFUSED_MANIFESTLY_UNREASONABLE.value,
        Disposition.AWAITING_CLARIFICATION.value,
    }
)

_CLAIM_STATES = ("claim", "pi", "pi_for", "pi_against", "pi_balance")

_CLAIMABLE = frozenset(
    {ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION, ProvisionKind.CONFIRM_DENY_EXCLUSION}
)


def _cue_disposition(text: str) -> Disposition | None:
    for disposition, pattern in lx.DISPOSITION_CUES:
        if pattern.search(text):
            return disposition
    return None


_ANY_REGIME = re.compile(
    "|".join(f"(?P<r{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(lx.REGIME_NAMES)),
    re.IGNORECASE,
)


def _letter_regime(text: str) -> Regime | None:
    """The regime the letter names most often (the first named, on a tie)."""
    counts: dict[Regime, list[int]] = {}
    for m in _ANY_REGIME.finditer(text):
        regime = lx.REGIME_NAMES[int(str(m.lastgroup)[1:])][1]
        counts.setdefault(regime, [0, -m.start()])[0] += 1
    if not counts:
        return None
    return max(counts, key=lambda r: tuple(counts[r]))


# ---------------------------------------------------------------- the draft


@attrs.define
class _Part:
    label: str
    ref: str
    text: Slice
    label_at: Slice | str
    parts: list[_Part] = attrs.field(factory=list)
    bullet: bool = False
    answered: bool = False
    #: False for a part an answer names ("Questions 4 - 7") that the letter never restates.
    restated: bool = True


@attrs.define
class _Claim:
    found: FoundCitation
    title: Slice | None = None
    parts: list[str] = attrs.field(factory=list)
    reasons: list[Slice] = attrs.field(factory=list)
    pi_text: list[Slice] = attrs.field(factory=list)
    pi_for: list[Slice] = attrs.field(factory=list)
    pi_against: list[Slice] = attrs.field(factory=list)
    pi_conclusion: Slice | None = None
    #: Further provisions written in the same words ("Section 31 (1)(a)(b)"): one claim.
    also: list[Citation] = attrs.field(factory=list)
    #: The letter's statement that the exemption is absolute (no public interest test).
    absolute: Slice | None = None


class _Reader:
    def __init__(self, text: str, regime: Regime | None, authority: str | None) -> None:
        self.text = text
        self.lines = _Lines(text)
        self.paras = _paragraphs(self.lines)
        self.given_regime = regime
        named = _letter_regime(text)
        self.guesses: dict[str, str] = {}
        if named is not None:
            self.regime = named
        elif regime is not None:
            self.regime = regime
        else:
            self.regime = Regime.FOIA
            self.guesses["regime"] = "the letter names no regime; FOIA assumed"
        self.given_authority = authority
        # the citation finder runs once over the whole letter, so that a regime named
        # earlier in the letter applies to the bare citations after it
        self.found = sorted(_citations(text, regime), key=lambda f: f.start)
        self.found_starts = [f.start for f in self.found]
        self.used: list[tuple[int, int]] = []
        self.passages: list[tuple[str, Slice]] = []
        self.parts: list[_Part] = []
        self.answers: list[dict[str, Any]] = []
        self.claims: list[_Claim] = []
        self.refusal: dict[str, Any] = {}
        self.refusal_found: list[FoundCitation] = []
        self.doc: dict[str, Any] = {}
        self.request: dict[str, Any] = {}
        self.rights: dict[str, Any] = {}
        self.definitions: list[dict[str, Any]] = []
        self.letterhead: list[_Para] = []
        self.forced: list[str] = []  # parts named by a heading ("Questions 1 & 2")
        self.cue: str | None = None  # an answer heading's words ("Answer (not held):")
        self.covered: list[Slice] = []  # label marks and the like: read, but held by no field

    # -- helpers
    def sl(self, a: int, b: int) -> Slice:
        """A slice without outer white space."""
        seg = self.text[a:b]
        lead = len(seg) - len(seg.lstrip())
        return Slice(a + lead, a + len(seg.rstrip()))

    def passage(self, kind: str, p: _Para | Slice) -> None:
        s = p if isinstance(p, Slice) else self.sl(p.start, p.end)
        if s.end > s.start:
            self.passages.append((kind, s))

    def citations(self, a: int, b: int) -> list[FoundCitation]:
        """The citations written between offsets ``a`` and ``b``."""
        k = bisect.bisect_left(self.found_starts, a)
        out = []
        while k < len(self.found) and self.found[k].start < b:
            f = self.found[k]
            if f.end <= b and not lx.PROCEDURAL_MENTION.search(
                self.text, max(0, f.start - 120), f.start
            ):
                out.append(f)
            k += 1
        return out

    # -- the pass
    def run(self) -> dict[str, Any]:
        paras = self.paras
        i = self._header()
        state = "body"
        current: _Part | None = None  # the part whose answer is being read
        answer: dict[str, Any] | None = None
        claim: _Claim | None = None
        contact_for: str | None = None
        last_heading: _Para | None = None
        request_text: list[_Para] = []
        subject_done = "subject" in self.doc
        listing = False
        n = len(paras)
        while i < n:
            p = paras[i]
            s = p.text.strip()
            i += 1
            # "... the following information:" announces a list (of bulleted parts)
            was_listing, listing = listing, s.endswith(":") and bool(lx.LIST_INTRO.search(s))
            if self.lines.marking[p.first]:
                self.passage("marking", p)
                continue
            if lx.SALUTATION.match(s):
                self.passage("salutation", p)
                continue
            if lx.SIGN_OFF.match(s):
                i = self._sign_off(p, i)
                state, answer, claim = "closing", None, None
                continue
            if contact_for is not None and self._contactish(p):
                self._add_contact(contact_for, p)
                continue
            contact_for = None
            ref = _reference(s) if p.one_line else None
            if ref is not None and not _LABEL.match(p.text):
                self._ref(p, ref)
                continue
            if p.one_line and _dateline(s) is not None:
                self._date(p)
                continue
            if state not in _CLAIM_STATES and self._table_rows(p):
                current, answer, state = None, None, "body"
                continue
            refs = self._heading_refs(s) if p.one_line and lx.PART_HEADING.match(s) else []
            if refs and not any(q.answered for q in self._all_parts() if q.ref in refs):
                # "Questions 1 & 2": the parts the text below answers
                self.passage("heading", p)
                self.forced = refs
                current = self._by_ref(refs[-1])
                state, answer, claim = "answers", None, None
                continue
            label = _LABEL.match(p.text) or (_LABEL_ALONE.match(p.text) if p.one_line else None)
            again = self._known(label) if label is not None else None
            if (
                label is not None
                and again is not None
                and state not in (*_CLAIM_STATES, "reasons", "closing")
            ):
                current = again
                self.covered.append(Slice(p.start, p.start + label.end()))
                answer = self._answer(current, p, skip=label.end())
                if lx.REFUSAL_STATEMENT.search(s) and "statement" not in self.refusal:
                    self._statement(p)
                state = "answers"
                continue
            bullet = _BULLET.match(p.text)
            if bullet and (
                (state == "request" and not request_text)
                or (state == "request" and request_text and request_text[-1] is paras[i - 2])
                or (state == "answers" and answer is None and self.parts[-1].bullet)
                or was_listing
            ):
                current = self._bullet_part(p, bullet)
                answer, state = None, "answers"
                continue
            if label is not None and state not in (*_CLAIM_STATES, "reasons", "closing"):
                part = self._part(p, label, paras, i)
                if part is not None:
                    current, i = part
                    answer, state, last_heading = None, "answers", None
                    continue
            if lx.DEFINITION.match(s):
                self._definition(p)
                answer, current = None, None
                continue
            review = lx.REVIEW.search(s)
            ico = lx.COMMISSIONER.search(s)
            fresh = "internal_review" not in self.rights
            if (review or ico) and p.one_line and _heading_text(s) and s[-1:] not in ".;,":
                # "Your right to request a review": a heading, not the particulars; the
                # paragraph below holds them
                self.passage("heading", p)
                state, answer = "rights", None
                continue
            if review and ico and review.start() < ico.start() and fresh:
                cut = s.rfind(". ", 0, ico.start())
                if cut > review.start():
                    self.rights["internal_review"] = self.sl(p.start, p.start + cut + 1)
                    self.rights["commissioner"] = self.sl(p.start + cut + 1, p.end)
                elif "commissioner" not in self.rights and lx.ASK_FOR_REVIEW.search(
                    s, 0, ico.start()
                ):
                    # one sentence gives both rights: it is the particulars of each
                    self.rights["internal_review"] = self.sl(p.start, p.end)
                    self.rights["commissioner"] = self.sl(p.start, p.end)
                if "commissioner" in self.rights and "internal_review" in self.rights:
                    contact_for = "commissioner"
                    state, answer = "rights", None
                    continue
            if lx.COMMISSIONER.search(s) and lx.COMMISSIONER_RIGHT.search(s):
                self._right("commissioner", p, extend=state == "rights")
                contact_for = "commissioner"
                state, answer = "rights", None
                continue
            if lx.REVIEW.search(s):
                self._right("internal_review", p, extend=False)
                contact_for = "internal_review"
                state, answer = "rights", None
                continue
            if lx.ADVICE.match(s) and "advice" not in self.refusal:
                if p.one_line and _heading_text(s):
                    self.passage("heading", p)
                    state, answer = "advice", None
                else:
                    self.refusal["advice"] = self.sl(p.start, p.end)
                    state, answer = "body", None
                continue
            if state == "advice" and not _heading_text(s) and "advice" not in self.refusal:
                self.refusal["advice"] = self.sl(p.start, p.end)
                state = "body"
                continue
            if lx.FURTHER_APPEAL.search(s) and state == "rights":
                self.rights.setdefault("further_appeal", self.sl(p.start, p.end))
                continue
            if state == "rights" and not _heading_text(s) and self.rights:
                key = "commissioner" if "commissioner" in self.rights else "internal_review"
                old = self.rights[key]
                self.rights[key] = Slice(old.start, self.sl(p.start, p.end).end)
                contact_for = key
                continue
            if lx.LICENCE.search(s) and "reuse_licence" not in self.doc:
                self._licence(p)
                state, answer = "closing", None
                continue
            if (
                state == "answers"
                and current is not None
                and answer is None
                and not lx.RESPONSE_HEADINGS.match(s)
                and not (p.one_line and lx.OUTCOME_HEADINGS.match(s))
                and not (p.one_line and s.endswith(":") and len(s) <= 45)
            ):
                nxt = _LABEL.match(paras[i].text) if i < n else None
                if lx.ANSWER_LEAD.search(s) and nxt is not None and self._known(nxt) is not None:
                    # "In response to your request, I can advise as follows." before the
                    # numbered answers: a lead-in, not the answer to the last part
                    self.passage("body", p)
                    continue
                answer = self._answer(current, p)
                if lx.REFUSAL_STATEMENT.search(s) and "statement" not in self.refusal:
                    self._statement(p)
                continue
            statement = lx.REFUSAL_STATEMENT.search(s)
            if statement and "statement" not in self.refusal and state not in _CLAIM_STATES:
                self._statement(p)
                if current is not None and answer is None and state == "answers":
                    pass
                elif not self.parts and not self.answers and state in ("body", "response"):
                    self._partless_answer(p)
                    state = "response"
                elif not self.parts and not self.answers and state == "outcome":
                    # a decision under a DECISION heading, for a request with no parts
                    self._partless_answer(p)
                    answer = self.answers[-1] if self.answers else None
                    state = "decision"
                    continue
                elif state == "outcome" and current is not None and not current.answered:
                    # under a DECISION heading: the decision answers the parts listed
                    answer = self._answer(current, p)
                    state = "decision"
                    continue
                answer = None
                continue
            if (
                state == "answers"
                and current is not None
                and answer is None
                and not lx.RESPONSE_HEADINGS.match(s)
                and not (p.one_line and lx.OUTCOME_HEADINGS.match(s))
            ):
                answer = self._answer(current, p)
                continue
            if (
                state == "request"
                and not self.parts
                and not (lx.RESPONSE_HEADINGS.match(s) or lx.OUTCOME_HEADINGS.match(s))
            ):
                request_text.append(p)
                self.request["text"] = self.sl(request_text[0].start, p.end)
                continue
            listed = self._provision_list(p, answer)
            if listed is not None:
                # "Section 23(5) - ...\nSection 24(2) - ...": one claim per line
                claim, state, answer = listed, "claim", None
                continue
            found = self.citations(p.start, p.end) if p.one_line else []
            heading = (
                p.one_line
                and label is None
                and (
                    (
                        _heading_text(s)
                        and (
                            state not in (*_CLAIM_STATES, "reasons")
                            or len(s.split()) <= 8
                            or s.endswith(":")
                        )
                    )
                    or (bool(found) and found[0].start == p.start and len(s) <= 100)
                )
            )
            if heading and claim is not None and state in _CLAIM_STATES:
                if lx.PI_AGAINST.search(s):
                    state = "pi_against"
                elif lx.PI_FOR.search(s):
                    state = "pi_for"
                elif lx.PI_BALANCE.search(s) and not lx.REASONS_HEADING.match(s):
                    state = "pi_balance"
                elif lx.PUBLIC_INTEREST_HEADING.search(s):
                    state = "pi"
                elif lx.CLAIM_HEADING.search(s):
                    state = "claim"
                else:
                    state = "body"
                if state != "body":
                    self.passage("heading", p)
                    continue
                claim = None
            if heading:
                if lx.REQUEST_HEADINGS.match(s):
                    self.passage("heading", p)
                    state = "request"
                    continue
                if lx.OUTCOME_HEADINGS.match(s):
                    self.passage("heading", p)
                    state = "outcome"
                    continue
                if lx.RESPONSE_HEADINGS.match(s):
                    self.passage("heading", p)
                    state = "answers" if current is not None else "response"
                    self.cue = s
                    continue
                if self.claims and lx.PUBLIC_INTEREST_HEADING.search(s):
                    claim = claim or self.claims[-1]
                    self.passage("heading", p)
                    state, claim_pi = "pi", s
                    del claim_pi
                    continue
                grounds = [f for f in found if _kind(f.citation)[0] is ProvisionKind.REFUSAL_GROUND]
                claimable = [f for f in found if _kind(f.citation)[0] in _CLAIMABLE]
                if grounds and not claimable:
                    self.passage("heading", p)
                    self.refusal_found.extend(grounds)
                    state, claim, answer = "reasons", None, None
                    continue
                if claimable:
                    # a claim set out under an answer covers that answer's parts; a line
                    # listing several provisions ("s.23(5), 24(2) and 30(3)") claims each
                    covers = answer["parts"] if answer else []
                    claim = self._claim(claimable[0], covers)
                    claim.title = self.sl(p.start, p.end)
                    for f in claimable[1:]:
                        if f.citation.section != claimable[0].citation.section:
                            self._claim(f, covers)
                    state, answer = "claim", None
                    continue
                if i == 1 and not subject_done and not self.passages_of("heading"):
                    self.doc["subject"] = self.sl(p.start, p.end)
                    subject_done = True
                    continue
                self.passage("heading", p)
                last_heading = p
                if state in _CLAIM_STATES:
                    state, claim = "body", None
                if state == "answers":
                    answer, current = None, None
                    state = "body"
                continue
            if state == "request" and not self.parts:
                request_text.append(p)
                self.request["text"] = self.sl(request_text[0].start, p.end)
                continue

            if state == "outcome":
                self.doc.setdefault("outcome", self.sl(p.start, p.end))
                state = "response"
                continue
            if state == "answers" and current is not None:
                if answer is None:
                    answer = self._answer(current, p)
                elif answer.get("_claims") and not lx.PROVIDE_CUES.search(s):
                    # a paragraph after an answer that claimed an exemption is its reasoning
                    claim = answer["_claims"][-1]
                    state, answer = "claim", None
                    self._reason(claim, state, p)
                else:
                    answer["text"] = Slice(answer["text"].start, self.sl(p.start, p.end).end)
                    self._redispose(answer)
                continue
            found = self.citations(p.start, p.end)
            claimable = [f for f in found if _kind(f.citation)[0] in _CLAIMABLE]
            if state in _CLAIM_STATES and claim is not None:
                self._reason(claim, state, p)
                continue
            if state == "reasons":
                self.refusal.setdefault("reasons", []).append(self.sl(p.start, p.end))
                continue
            if claimable and last_heading is not None and last_heading is paras[i - 2]:
                claim = self._claim(claimable[0], [])
                claim.title = claim.title or self.sl(last_heading.start, last_heading.end)
                claim.reasons.append(self.sl(p.start, p.end))
                state = "claim"
                continue
            if (
                not self.parts
                and not self.answers
                and state in ("body", "response")
                and (_cue_disposition(s) is not None or lx.PROVIDE_CUES.search(s))
            ):
                self._partless_answer(p)
                state = "response"
                continue
            made = [self._claim(f, []) for f in claimable]
            if made:
                self._inline(p, made)
            kind = "body"
            if _INTRO.match(s) and not self.answers and not self.parts:
                kind = "introduction"
            elif _NOTE.match(s):
                kind = "note"
            self.passage(kind, p)
        return self._finish()

    def passages_of(self, kind: str) -> list[Slice]:
        return [s for k, s in self.passages if k == kind]

    # -- header: letterhead, subject
    def _header(self) -> int:
        paras = self.paras
        i = 0
        head: list[_Para] = []
        while i < len(paras):
            p = paras[i]
            s = p.text.strip()
            if self.lines.marking[p.first]:
                if head:
                    break
                self.passage("marking", p)
                i += 1
                continue
            if (
                lx.SALUTATION.match(s)
                or (p.one_line and (_reference(s) or _dateline(s)))
                or _LABEL.match(p.text)
                or not all(len(self.lines.strip[k]) <= 60 for k in range(p.first, p.last + 1))
                or any(
                    self.lines.strip[k][-1:] in (".", "?", "!")
                    for k in range(p.first, p.last + 1)
                    if self.lines.strip[k]
                )
                or lx.REQUEST_HEADINGS.match(s)
                or lx.RESPONSE_HEADINGS.match(s)
            ):
                break
            head.append(p)
            i += 1
        stop = paras[i].text.strip() if i < len(paras) else ""
        before_letter = bool(lx.SALUTATION.match(stop) or _reference(stop) or _dateline(stop)) and (
            len(head) > 1 or (bool(head) and not head[0].one_line)
        )
        if head and (
            before_letter
            or any(
                _ADDRESS_CUE.search(self.lines.strip[k])
                for h in head
                for k in range(h.first, h.last + 1)
            )
        ):
            self.letterhead = head
            self.passage("letterhead", Slice(head[0].start, head[-1].end))
            contact = self._contact_from(head)
            if contact:
                self.doc["authority_contact"] = contact
            for k in range(head[0].first, head[-1].last + 1):
                if lx.UNIT.search(self.lines.strip[k]) and not lx.AUTHORITY.fullmatch(
                    self.lines.strip[k]
                ):
                    self.doc["unit"] = self.sl(*self.lines.bounds[k])
                    break
            return i
        if head:
            self.doc["subject"] = self.sl(head[0].start, head[0].end)
            return paras.index(head[0]) + 1
        return i

    def _contactish(self, p: _Para) -> bool:
        rows = [self.lines.strip[k] for k in range(p.first, p.last + 1) if self.lines.strip[k]]
        return all(
            len(r) <= 60 and (r[-1] not in ".!?" or _CONTACT_KEY.match(r) or _EMAIL.search(r))
            for r in rows
        ) and not lx.SIGN_OFF.match(rows[0])

    def _contact_from(self, paras: list[_Para]) -> dict[str, Any]:
        contact: dict[str, Any] = {"lines": []}
        for p in paras:
            for k in range(p.first, p.last + 1):
                if not self.lines.strip[k] or self.lines.marking[k]:
                    continue
                a, b = self.lines.trimmed(k)
                row = self.text[a:b]
                m = _CONTACT_KEY.match(row)
                value = Slice(a + m.end(), b) if m else Slice(a, b)
                v = self.text[value.start : value.end]
                if m and not v.strip():
                    continue
                if _EMAIL.fullmatch(v):
                    _first_or_other(contact, "email", value, self.text)
                elif _WEB.match(v) and "web" not in contact:
                    contact["web"] = value
                elif _PHONE.match(v) and (m or sum(c.isdigit() for c in v) >= 10):
                    _first_or_other(contact, "phone", value, self.text)
                else:
                    contact["lines"].append(value)
        if not contact["lines"]:
            del contact["lines"]
        return contact

    def _add_contact(self, key: str, p: _Para) -> None:
        new = self._contact_from([p])
        contacts = self.rights.setdefault(f"{key}_contact", {})
        for field, value in new.items():
            if field in ("lines", "other_emails", "other_phones"):
                contacts.setdefault(field, []).extend(value)
            elif field in ("email", "phone"):
                _first_or_other(contacts, field, value, self.text)
            else:
                contacts.setdefault(field, value)

    def _sign_off(self, p: _Para, i: int) -> int:
        end = p.end
        paras = self.paras
        while i < len(paras):
            q = paras[i]
            s = q.text.strip()
            if self.lines.marking[q.first] or not self._contactish(q) or len(s) > 120:
                break
            if lx.COMMISSIONER.search(s) or lx.REVIEW.search(s) or lx.LICENCE.search(s):
                break
            end = q.end
            i += 1
        self.passage("sign_off", Slice(p.start, end))
        return i

    def _ref(self, p: _Para, ref: tuple[str, int, int]) -> None:
        self.passage("reference", p)
        label, a, b = ref
        if a == b:
            return
        value = self.sl(p.start + a, p.start + b)
        if lx.YOUR_REFERENCE.match(label):
            return
        self.doc.setdefault("reference", value)
        if re.search(r"request|foi|eir|case", label, re.I) and not re.search(
            r"review", label, re.I
        ):
            self.request.setdefault("reference", value)

    def _date(self, p: _Para) -> None:
        self.passage("date", p)
        found = _dateline(p.text.strip())
        if found is not None and found[0] is not None and "sent_on" not in self.doc:
            self.doc["sent_on"] = _Dated(found[0], self.sl(p.start + found[1], p.end))

    def _part(
        self, p: _Para, m: re.Match[str], paras: list[_Para], i: int
    ) -> tuple[_Part, int] | None:
        group = next(
            g for g in ("l1", "l2", "l3", "l4", "l5") if m.re.groupindex.get(g) and m.group(g)
        )
        label = m.group(group)
        if group == "l5":  # "1(a)" written where no part 1(a) was listed: a part "1a"
            label = re.sub(r"[\s()]", "", label)
        label_at = Slice(p.start + m.start(group), p.start + m.end(group))
        numeric = label[0].isdigit()
        top = list(self.parts)
        unstated = next((q for q in top if q.label == label and not q.restated), None)
        if unstated is not None:
            top = top[: top.index(unstated)]
        if numeric and top and top[-1].label[0].isdigit() and _num(label) <= _num(top[-1].label):
            return None
        # the part's own words: this paragraph, and lower-case continuations after blanks
        end_para = p
        j = i
        start = p.start + m.end()
        if m.re is _LABEL_ALONE:  # "Part 1:" on a line of its own, the words below
            if i >= len(paras) or _LABEL.match(paras[i].text) or _LABEL_ALONE.match(paras[i].text):
                return None
            end_para = paras[i]
            start = end_para.start
            j = i + 1
        while j < len(paras):
            q = paras[j]
            prev_line = self.lines.strip[end_para.last]
            if prev_line and prev_line[-1] not in _TERMINAL and q.text[:1].islower():
                end_para = q
                j += 1
                continue
            break
        text = self.sl(start, end_para.end)
        if text.end <= text.start:
            return None
        self.covered.append(Slice(p.start, p.start + m.end()))
        if not numeric and top and (m.group("l3") or m.group("l4")) and not _ROMAN.match(label):
            parent = top[-1]
            if parent.label[0].isdigit() and label not in {c.label for c in parent.parts}:
                part = _Part(label, f"{parent.ref}/{label}", text, label_at)
                parent.parts.append(part)
                return part, j
        if unstated is not None:  # named by an earlier answer, restated only now
            unstated.text, unstated.label_at, unstated.restated = text, label_at, True
            return unstated, j
        if label in {q.label for q in top}:
            return None
        part = _Part(label, label, text, label_at)
        self.parts.append(part)
        return part, j

    def _known(self, m: re.Match[str]) -> _Part | None:
        """The part a label names again (its answer, after the request was listed)."""
        if m.re is _LABEL_ALONE:
            return None
        label = next(m.group(g) for g in ("l1", "l2", "l3", "l4", "l5") if m.group(g))
        sub = re.fullmatch(r"(\d{1,3})[ \t]*\(?([a-z]{1,3})\)?", label)
        if sub:
            # "1(a)", "1a": the sub-part (a) of part 1, or a part labelled "1a"
            ref = f"{sub.group(1)}/{sub.group(2)}"
            for q in self._all_parts():
                if q.ref in (ref, sub.group(1) + sub.group(2)) and not q.answered:
                    return q
        for q in self._all_parts():
            if q.label == label and not q.answered:
                return q
        return None

    def _table_rows(self, p: _Para) -> bool:
        """Read a table of numbered rows (label | question | answer) as parts and answers."""
        rows = [k for k in range(p.first, p.last + 1) if self.lines.strip[k]]
        matches = [_ROW.match(self.lines.raw[k]) for k in rows]
        header = None
        if len(rows) > 1 and matches[0] is None and _TABLE.search(self.lines.strip[rows[0]]):
            header, rows, matches = rows[0], rows[1:], matches[1:]  # "Question | Response"
        if not matches or not all(matches):
            return False
        labels = [m.group("label") for m in matches if m is not None]
        known = {q.label for q in self.parts}
        if len(set(labels)) != len(labels) or known & set(labels):
            return False
        if header is not None:
            self.passage("heading", Slice(*self.lines.trimmed(header)))
        for k, m in zip(rows, matches, strict=True):
            assert m is not None
            a = self.lines.bounds[k][0]
            label = m.group("label")
            part = _Part(
                label,
                label,
                Slice(a + m.start("q"), a + m.end("q")),
                Slice(a + m.start("label"), a + m.end("label")),
            )
            self.parts.append(part)
            self.covered.append(Slice(*self.lines.bounds[k]))
            answer: dict[str, Any] = {
                "parts": [label],
                "text": Slice(a + m.start("a"), a + m.end("a")),
            }
            part.answered = True
            self._redispose(answer)
            self.answers.append(answer)
            for f in self.citations(a + m.start("a"), a + m.end("a")):
                if _kind(f.citation)[0] in _CLAIMABLE:
                    self._claim(f, [label])
        return True

    def _bullet_part(self, p: _Para, m: re.Match[str]) -> _Part:
        """A bulleted part: numbered by its position, and the number marked as a guess."""
        label = str(len(self.parts) + 1)
        while label in {q.label for q in self.parts}:
            label += "b"
        part = _Part(label, label, self.sl(p.start + m.end(), p.end), label, bullet=True)
        self.covered.append(Slice(p.start, p.start + m.end()))
        self.guesses[f"request.parts[{len(self.parts)}].label"] = (
            "a bulleted part, numbered by its position"
        )
        self.parts.append(part)
        return part

    def _heading_refs(self, s: str) -> list[str]:
        labels = [q.ref for q in self._all_parts()]
        refs: list[str] = []
        for m in lx.PART_REFS.finditer(s):
            a, b = m.group("a"), m.group("b")
            if a not in labels:
                return []
            if b is None or m.group("sep") in ("&", "and", ","):
                new = [a] + ([b] if b in labels else [])
            else:
                hi = b if b in labels else labels[-1]
                new = labels[labels.index(a) : labels.index(hi) + 1]
            refs += [r for r in new if r not in refs]
        return refs

    def _by_ref(self, ref: str) -> _Part:
        return next(q for q in self._all_parts() if q.ref == ref)

    def _all_parts(self) -> list[_Part]:
        out: list[_Part] = []
        for p in self.parts:
            out.append(p)
            out.extend(p.parts)
        return out

    def _answer(self, current: _Part, p: _Para, skip: int = 0) -> dict[str, Any]:
        inline = lx.INLINE_ANSWER_LABEL.match(p.text, skip)
        if inline:
            skip = inline.end()
        self.covered.append(Slice(p.start, p.start + skip))
        start = p.start + skip
        s = p.text[skip:]
        refs = self._referenced(s, current, start)
        ordered = self._all_parts()
        guessed = False
        if self.forced:
            refs, self.forced = self.forced, []
        if refs is None:
            # consecutive unanswered parts before this answer share it
            idx = ordered.index(current)
            run = [current]
            for q in reversed(ordered[:idx]):
                if q.answered or q.parts:
                    break
                run.insert(0, q)
            refs = [q.ref for q in run]
            guessed = len(run) > 1
        for q in ordered:
            if q.ref in refs:
                q.answered = True
        answer: dict[str, Any] = {"parts": refs, "text": self.sl(start, p.end)}
        same = lx.SAME_AS.match(s.strip())
        if same:
            idx = ordered.index(current)
            prior = [q for q in ordered[:idx] if q.answered and q.ref not in refs]
            if prior:
                answer["same_as"] = prior[-1].ref
        attach = _URL.search(s)
        if attach:
            answer["attachments"] = [{"url": Slice(start + attach.start(), start + attach.end())}]
        if guessed:
            answer["_guess"] = (
                "the answer follows several unanswered parts; taken to cover them all"
            )
        if self.cue is not None:
            answer["_cue"] = self.cue
            self.cue = None
        self._redispose(answer)
        self.answers.append(answer)
        made = [
            self._claim(f, refs)
            for f in self.citations(p.start, p.end)
            if _kind(f.citation)[0] in _CLAIMABLE
        ]
        if made:
            answer["_claims"] = made
            self._inline(p, made)
        if answer["disposition"] in _ADVISED:
            self._advice_in(p)
        return answer

    def _redispose(self, answer: dict[str, Any]) -> None:
        t = answer["text"]
        s = self.text[t.start : t.end]
        cue = answer.get("_cue")
        d = _cue_disposition(cue) if cue else None
        if d is None and cue and lx.PROVIDE_CUES.search(cue):
            d = Disposition.PROVIDED
        d = d or _cue_disposition(s)
        if d is Disposition.WITHHELD and lx.PROVIDE_CUES.search(s) and not cue:
            d = Disposition.PROVIDED_IN_PART
        answer["disposition"] = (d or Disposition.PROVIDED).value

    def _referenced(self, s: str, current: _Part, offset: int = 0) -> list[str] | None:
        labels = [q.ref for q in self.parts]
        for m in lx.PART_REFS.finditer(s):
            a, b = m.group("a"), m.group("b")
            if a not in labels:
                continue
            if b is None:
                refs = [a]
            elif m.group("sep") in ("&", "and", ","):
                refs = [x for x in (a, b) if x in labels]
            else:
                if b not in labels:
                    at = Slice(offset + m.start("b"), offset + m.end("b"))
                    labels += self._unstated(b, at, m.group(0))
                hi = b if b in labels else labels[-1]
                refs = labels[labels.index(a) : labels.index(hi) + 1]
            if current.ref in refs:
                return refs
        return None

    def _unstated(self, b: str, at: Slice, words: str) -> list[str]:
        """Parts up to ``b`` that an answer names ("Questions 4 - 7") but the letter does not
        restate (a cut-short copy, or a reply that only refers to the request)."""
        last = self.parts[-1].label if self.parts else ""
        if not (b.isdigit() and last.isdigit() and int(last) < int(b) <= int(last) + 20):
            return []
        added = []
        for k in range(int(last) + 1, int(b) + 1):
            label_at: Slice | str = at if k == int(b) else str(k)
            if isinstance(label_at, str):
                self.guesses[f"request.parts[{len(self.parts)}].label"] = (
                    f"a part implied by the range {words!r}, not restated in the letter"
                )
            self.parts.append(_Part(str(k), str(k), Slice(0, 0), label_at, restated=False))
            added.append(str(k))
        return added

    def _partless_answer(self, p: _Para) -> None:
        answer = {"parts": [], "text": self.sl(p.start, p.end)}
        self._redispose(answer)
        self.answers.append(answer)
        self._advice_in(p)

    def _advice_in(self, p: _Para) -> None:
        """A sentence of advice inside an answer ("You may wish to narrow ...")."""
        if "advice" in self.refusal:
            return
        for m in _SENTENCE.finditer(p.text):
            sentence = m.group()
            lead = len(sentence) - len(sentence.lstrip())
            if lx.ADVICE.match(sentence.strip()):
                a = p.start + m.start() + lead
                self.refusal["advice"] = self.sl(a, p.start + m.end())
                return

    def _definition(self, p: _Para) -> None:
        m = lx.DEFINITION.match(p.text)
        assert m is not None
        self.definitions.append(
            {
                "term": self.sl(p.start + m.start("term"), p.start + m.end("term")),
                "meaning": self.sl(p.start + m.start("meaning"), p.start + m.end("meaning")),
                "text": Slice(p.start, p.end),
            }
        )

    def _right(self, key: str, p: _Para, *, extend: bool) -> None:
        if key not in self.rights:
            self.rights[key] = Slice(p.start, p.end)
        elif extend:
            self.rights[key] = Slice(self.rights[key].start, p.end)
        else:
            self.passage("body", p)

    def _licence(self, p: _Para) -> None:
        s = p.text
        licence = next((lic.value for pat, lic in lx.LICENCE_NAMES if pat.search(s)), None)
        self.doc["reuse_licence"] = {"text": self.sl(p.start, p.end), "licence": licence}

    def _statement(self, p: _Para) -> None:
        s = p.text
        m = lx.REFUSAL_STATEMENT.search(s)
        assert m is not None
        inline = lx.INLINE_ANSWER_LABEL.match(s)
        sentence_start = s.rfind(". ", 0, m.start()) + 2 if ". " in s[: m.start()] else 0
        sentence_start = max(sentence_start, inline.end() if inline else 0)
        start = sentence_start
        for b in lx.CLAUSE_BREAK.finditer(s, sentence_start, m.start()):
            start = b.end()
        self.refusal["statement"] = self.sl(p.start + start, p.end)
        because = _BECAUSE.search(s, m.end())
        if because:
            self.refusal.setdefault("reasons", []).append(self.sl(p.start + because.end(), p.end))
        self.refusal_found.extend(self.citations(p.start + start, p.end))

    def _claim(self, f: FoundCitation, parts: list[str]) -> _Claim:
        c = f.citation
        for claim in self.claims:
            same_words = (claim.found.start, claim.found.end) == (f.start, f.end)
            if same_words and c != claim.found.citation:
                if c not in claim.also:
                    claim.also.append(c)
                for ref in parts:
                    if ref not in claim.parts:
                        claim.parts.append(ref)
                return claim
            old = claim.found.citation
            nested = old.path == c.path[: len(old.path)] or c.path == old.path[: len(c.path)]
            if old.regime is c.regime and old.section == c.section and nested:
                if len(c.path) > len(old.path):
                    claim.found = f
                for ref in parts:
                    if ref not in claim.parts:
                        claim.parts.append(ref)
                return claim
        claim = _Claim(f, parts=list(parts))
        self.claims.append(claim)
        return claim

    def _provision_list(self, p: _Para, answer: dict[str, Any] | None) -> _Claim | None:
        """A paragraph of several lines, each opening with a claimable citation."""
        if p.one_line:
            return None
        lines = [self.lines.trimmed(k) for k in range(p.first, p.last + 1)]
        lines = [(a, b) for a, b in lines if b > a]
        heads: list[tuple[FoundCitation, int, int]] = []
        for a, b in lines:
            found = self.citations(a, b)
            if not found or found[0].start != a or _kind(found[0].citation)[0] not in _CLAIMABLE:
                return None
            heads.append((found[0], a, b))
        covers = list(answer["parts"]) if answer else []
        claim: _Claim | None = None
        for f, a, b in heads:
            claim = self._claim(f, covers)
            claim.title = claim.title or self.sl(a, b)
        return claim

    def _inline(self, p: _Para, claims: list[_Claim]) -> None:
        """Sentences inside a paragraph that conclude a PI test or call a claim absolute."""
        for m in _SENTENCE.finditer(p.text):
            sentence = m.group().strip()
            if not sentence:
                continue
            a = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            piece = Slice(a, a + len(sentence))
            cited = {
                (f.citation.regime, f.citation.section)
                for f in self.citations(piece.start, piece.end)
            }
            named = [
                c for c in claims if (c.found.citation.regime, c.found.citation.section) in cited
            ]
            if named and _BECAUSE.search(sentence):
                # "withheld under section 43(2) because ...": the reason, inline
                for c in named:
                    if piece not in c.reasons:
                        c.reasons.append(piece)
            if lx.ABSOLUTE.search(sentence):
                for c in named or claims[-1:]:
                    if c.absolute is None:
                        c.absolute = piece
            elif lx.PI_CONCLUSION_INLINE.search(sentence):
                for c in named or claims:
                    if c.pi_conclusion is None and c.absolute is None:
                        c.pi_conclusion = piece

    def _reason(self, claim: _Claim, state: str, p: _Para) -> None:
        s = self.sl(p.start, p.end)
        text = p.text.strip()
        for f in self.citations(p.start, p.end):
            if _kind(f.citation)[0] in _CLAIMABLE:
                self._claim(f, list(claim.parts))
        self._inline(p, self.claims)
        if state == "claim":
            claim.reasons.append(s)
        elif state == "pi_for":
            claim.pi_for.append(s)
        elif state == "pi_against":
            claim.pi_against.append(s)
        elif (state == "pi_balance" or lx.PI_CONCLUSION.match(text)) and not claim.pi_conclusion:
            claim.pi_conclusion = s
        else:
            claim.pi_text.append(s)

    # -- assembling the document
    def _finish(self) -> dict[str, Any]:
        text = self.text
        doc: dict[str, Any] = {"format_version": FORMAT_VERSION}
        authority: dict[str, Any] = {}
        name = self._authority_name()
        if name is not None:
            authority["name"] = name
        elif self.given_authority is not None:
            authority["name"] = self.given_authority
            self.guesses["authority.name"] = "given by the caller, not found in the letter"
        else:
            authority["name"] = "unknown authority"
            self.guesses["authority.name"] = "no authority named in the letter"
        authority["regimes"] = [self.regime.value]
        if "unit" in self.doc:
            authority["unit"] = self.doc["unit"]
        if "authority_contact" in self.doc:
            authority["contact"] = self.doc["authority_contact"]
        if "internal_review_contact" in self.rights:
            authority["review_contact"] = self.rights["internal_review_contact"]
        doc["authority"] = authority
        doc["regime"] = self.regime.value
        request = dict(self.request)
        if self.parts:
            request["parts"] = [_part_doc(p) for p in self.parts]
        if self.definitions:
            request["definitions"] = self.definitions
        what_it_is = lx.KIND_BOILERPLATE.sub(" ", text)
        kind = next((k for k, pat in lx.KIND_CUES if pat.search(what_it_is)), LetterKind.RESPONSE)
        received = (
            self._received() if kind is not LetterKind.INTERNAL_REVIEW_ACKNOWLEDGEMENT else None
        )
        if received is not None and (
            "sent_on" not in self.doc or self.doc["sent_on"].date >= received.date
        ):
            request["received_on"] = received
        doc["request"] = request
        if kind is not LetterKind.RESPONSE:
            doc["kind"] = kind.value
        for key in ("sent_on", "reference", "subject", "outcome"):
            if key in self.doc:
                doc[key] = self.doc[key]
        answers = [dict(a) for a in self.answers]
        grounds = [
            f for f in self.refusal_found if _kind(f.citation)[0] is ProvisionKind.REFUSAL_GROUND
        ]
        if answers and not self.parts:
            self._settle_partless(answers[0], grounds)
        if answers:
            doc["answers"] = answers
        self._absolute_statements()
        if self.claims:
            doc["exemption_claims"] = [self._claim_doc(c) for c in self.claims]
        refusal = self._refusal_doc(answers, grounds)
        if refusal:
            doc["refusal_notice"] = refusal
        if "reuse_licence" in self.doc:
            doc["reuse_licence"] = self.doc["reuse_licence"]
        rights = {k: v for k, v in self.rights.items() if v}
        if rights:
            doc["rights"] = rights
        passages = sorted(self.passages, key=lambda kp: kp[1].start)
        if passages:
            doc["passages"] = [{"kind": k, "text": s} for k, s in passages]
        return doc

    def _absolute_statements(self) -> None:
        """Passages saying a claim's exemption is absolute, so no public interest test
        applies: the claim's ``absolute_statement``, not a heading or body passage."""
        for entry in list(self.passages):
            kind, sl = entry
            if kind not in ("heading", "body", "note") or not _ABSOLUTE.search(
                self.text[sl.start : sl.end]
            ):
                continue
            sections = {f.citation.section for f in self.citations(sl.start, sl.end)}
            named = [c for c in self.claims if c.found.citation.section in sections]
            target = named or (self.claims if len(self.claims) == 1 else [])
            if len(target) == 1 and target[0].absolute is None:
                target[0].absolute = sl
                self.passages.remove(entry)

    def _settle_partless(self, answer: dict[str, Any], grounds: list[FoundCitation]) -> None:
        t = answer["text"]
        pieces = [self.text[t.start : t.end]]
        for key in ("outcome",):
            if key in self.doc:
                s = self.doc[key]
                pieces.append(self.text[s.start : s.end])
        if "statement" in self.refusal:
            s = self.refusal["statement"]
            pieces.append(self.text[s.start : s.end])
        joined = "\n".join(pieces)
        d = None
        for f in grounds:
            d = d or _cue_disposition(_kind(f.citation)[1])
        d = d or _cue_disposition(joined)
        if (self.claims or d is Disposition.WITHHELD) and d in (None, Disposition.WITHHELD):
            d = Disposition.WITHHELD
            if lx.PROVIDE_CUES.search(joined):
                d = Disposition.PROVIDED_IN_PART
        answer["disposition"] = (d or Disposition.PROVIDED).value

    def _claim_doc(self, c: _Claim) -> dict[str, Any]:
        out: dict[str, Any] = {
            "as_written": Slice(c.found.start, c.found.end),
            "citation": _citation_doc(c.found.citation),
        }
        if c.also:
            out["citations"] = [_citation_doc(x) for x in (c.found.citation, *c.also)]
        if c.title is not None:
            out["title"] = c.title
        if c.parts:
            out["parts"] = c.parts
        reasons = list(c.reasons)
        absolute = c.absolute or next(
            (r for r in reasons if _ABSOLUTE.search(self.text[r.start : r.end])), None
        )
        if absolute is not None:  # "absolute, so no public interest test": not a reason
            if absolute in reasons:
                reasons.remove(absolute)
            out["absolute_statement"] = absolute
        if reasons:
            out["reasons"] = reasons
        pi: dict[str, Any] = {}
        if c.pi_text:
            pi["text"] = c.pi_text
        if c.pi_for:
            pi["for_disclosure"] = c.pi_for
        if c.pi_against:
            pi["against_disclosure"] = c.pi_against
        if c.pi_conclusion is not None:
            pi["conclusion"] = c.pi_conclusion
        if pi:
            out["public_interest"] = pi
        return out

    def _refusal_doc(
        self, answers: list[dict[str, Any]], grounds: list[FoundCitation]
    ) -> dict[str, Any]:
        if not (self.refusal or self.claims or grounds):
            return {}
        out: dict[str, Any] = {}
        if "statement" in self.refusal:
            out["statement"] = self.refusal["statement"]
        kinds: list[str] = []
        said = self.refusal.get("statement")
        framed = said is not None and _cue_disposition(self.text[said.start : said.end]) in (
            Disposition.NOT_HELD,
            None,
        )
        for a in answers:
            d = Disposition(a["disposition"])
            if d is Disposition.PROVIDED_IN_PART:
                d = Disposition.WITHHELD
            if d is Disposition.NOT_HELD and not framed:
                continue  # "not held" is a ground only where the letter refuses on it
            if d is not Disposition.PROVIDED and d.value not in kinds:
                kinds.append(d.value)
        if kinds:
            out["grounds"] = kinds
        found: list[FoundCitation] = []
        for f in [*self.refusal_found, *(c.found for c in self.claims)]:
            if all(g.citation != f.citation for g in found):
                found.append(f)
        if found:
            out["provisions"] = [
                {"as_written": Slice(f.start, f.end), "citation": _citation_doc(f.citation)}
                for f in found
            ]
        if self.refusal.get("reasons"):
            out["reasons"] = self.refusal["reasons"]
        if "advice" in self.refusal:
            out["advice_and_assistance"] = self.refusal["advice"]
        return out

    def _received(self) -> _Dated | None:
        if "received" not in self.text.lower():
            return None
        for m in _RECEIVED.finditer(self.text):
            before = self.text[max(0, m.start() - 80) : m.start()]
            if "request" not in before.lower() and "request" not in m.group(0).lower():
                continue
            found = _date_in(self.text[m.end() : m.end() + 40], anchored=True)
            if found is not None:
                return _Dated(found[0], Slice(m.end(), m.end() + found[2]))
        return None

    def _authority_name(self) -> Slice | None:
        counts: dict[str, list[re.Match[str]]] = {}
        for m in lx.AUTHORITY.finditer(self.text):
            name = m.group(0)
            if lx.AUTHORITY_EXCLUDE.search(name):
                continue
            counts.setdefault(name, []).append(m)
        if not counts:
            return None
        best = max(counts, key=lambda k: (len(counts[k]), -counts[k][0].start()))
        m = counts[best][0]
        return Slice(m.start(), m.end())


#: A claim's statement that the exemption is absolute, so no public interest test applies.
_ABSOLUTE = re.compile(
    r"\babsolute exemption\b|\bis (?:an )?absolute\b|\bno public interest test\b|"
    r"\bnot (?:subject to|required to (?:carry out|conduct)) (?:a|the) public interest test\b",
    re.I,
)


def _first_or_other(contact: dict[str, Any], key: str, value: Slice, text: str) -> None:
    """Hold the first email (phone) of a contact, or one more after it; the same words
    again are not held twice."""
    if key not in contact:
        contact[key] = value
        return
    others = contact.setdefault(f"other_{key}s", [])
    held = {text[s.start : s.end] for s in (contact[key], *others)}
    if text[value.start : value.end] not in held:
        others.append(value)


def _num(label: str) -> int:
    digits = re.match(r"\d+", label)
    return int(digits.group(0)) if digits else 0


def _part_doc(p: _Part) -> dict[str, Any]:
    if not p.restated:
        return {"label": p.label_at, "restated": False}
    out: dict[str, Any] = {"label": p.label_at, "text": p.text}
    if p.parts:
        out["parts"] = [_part_doc(c) for c in p.parts]
    return out


def _citation_doc(c: Citation) -> dict[str, Any]:
    out: dict[str, Any] = {"regime": c.regime.value, "section": c.section}
    if c.path:
        out["path"] = list(c.path)
    return out


def _resolve(
    text: str, node: Any, path: str, spans: dict[str, tuple[int, int]], guesses: dict[str, str]
) -> Any:
    """Turn slices into strings, recording the span of each at its JSON path."""
    if isinstance(node, Slice):
        spans[path] = (node.start, node.end)
        return text[node.start : node.end]
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k in ("_cue", "_claims"):
                continue
            if k == "_guess":
                guesses[f"{path}.parts"] = v
                continue
            if v is None:
                continue
            out[k] = _resolve(text, v, f"{path}.{k}" if path else k, spans, guesses)
        return out
    if isinstance(node, list):
        return [_resolve(text, v, f"{path}[{i}]", spans, guesses) for i, v in enumerate(node)]
    if isinstance(node, _Dated):
        spans[path] = (node.at.start, node.at.end)
        return node.date.isoformat()
    return node


def _unread(text: str, spans: dict[str, tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Stretches of non-blank text (within a line) that no span covers."""
    gaps: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(spans.values()):
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        gaps.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in gaps:
        offset = a
        for line in _EOL.split(text[a:b]):
            seg = line.strip()
            if seg.strip(" \t-–—|*•:;,.()=~_") and not _CONTACT_KEY.fullmatch(seg):
                start = offset + line.index(seg)
                out.append((start, start + len(seg)))
            offset += len(line)
            m = _EOL.match(text, offset)
            offset += len(m.group()) if m else 0
    return tuple(out)


_REQUEST_DATED = re.compile(
    r"\byour (?:request|e-?mail|letter)(?: for information)?,? (?:of|dated|sent on)\s+", re.I
)


def _dates_of(text: str, doc: dict[str, Any], spans: dict[str, tuple[int, int]]) -> None:
    """Fill ``sent_in`` (a date passage given only to the month) and ``request.dated_on``
    (the request's own date, "your request of 6 July 2024")."""
    if "sent_on" not in doc:
        for i, passage in enumerate(doc.get("passages", ())):
            if passage["kind"] != "date":
                continue
            m = _MONTH_ONLY.search(passage["text"])
            if m is None or _date_in(passage["text"]) is not None:
                continue
            a = spans[f"passages[{i}].text"][0] + m.start()
            doc["sent_in"] = {
                "year": int(m.group(0).split()[-1]),
                "month": _MONTHS[m["mon"].lower()],
            }
            spans["sent_in"] = (a, a + len(m.group(0)))
            break
    request = doc["request"]
    for m in _REQUEST_DATED.finditer(text):
        found = _date_in(text[m.end() : m.end() + 40], anchored=True)
        if found is None:
            continue
        day = found[0]
        received = request.get("received_on")
        if received is not None and day > dt.date.fromisoformat(received):
            continue
        request["dated_on"] = day.isoformat()
        spans["request.dated_on"] = (m.end(), m.end() + found[2])
        break


#: Paths cut at their first list index (a block of a list) or at their second name.
_BLOCK = re.compile(r"^(?:[a-z_]+\.)?[a-z_]+(?:\[[0-9]+\])?")


def _order(spans: dict[str, tuple[int, int]]) -> list[str]:
    """The JSON paths of the draft's blocks, in the order the letter gives them."""
    first: dict[str, int] = {}
    for path, (a, _) in spans.items():
        m = _BLOCK.match(path)
        assert m is not None
        block = m.group(0)
        if "[" not in block.partition(".")[0] and "[" in path.partition(".")[0]:
            block = path.partition(".")[0]  # "passages[3].text" -> "passages[3]"
        first[block] = min(a, first.get(block, a))
    return sorted(first, key=lambda b: (first[b], b))


def _iter_labels(parts: list[dict[str, Any]]) -> Iterator[str]:
    for p in parts:
        yield p["label"]
        yield from _iter_labels(p.get("parts", []))


def read_text(
    text: str,
    regime: Regime | None,
    authority: str | None,
    source: str | None,
    truncated: bool | None = None,
) -> Reading:
    """Read a letter's text; see :func:`foilib.read_letter`."""
    try:
        return _read_text(text, regime, authority, source, truncated)
    except DeserializationError:
        # Text made only of controls or format characters (U+200B, NUL) is not text to the
        # model (validate.visible) but is to the reader's patterns: read again with each
        # such character a space (same length, so every span still points into the text)
        shown = _hide_invisible(text)
        if shown == text:
            raise
        return _read_text(shown, regime, authority, source, truncated)


def _doc_refs(parts: list[dict[str, Any]], prefix: str = "") -> Iterator[str]:
    for p in parts:
        ref = prefix + p["label"]
        yield ref
        yield from _doc_refs(p.get("parts", []), ref + "/")


def _keep_known_refs(doc: dict[str, Any], guesses: dict[str, str]) -> None:
    """Refs to parts the request as read does not hold (an answer to a sub-part of a part
    whose text was not restated) are taken out of the draft and said in ``guesses``, so
    that the reading is a valid Response and nothing is dropped unsaid."""
    known = set(_doc_refs(doc.get("request", {}).get("parts", [])))
    for field in ("answers", "exemption_claims"):
        for i, item in enumerate(doc.get(field, [])):
            refs = item.get("parts")
            if not refs:
                continue
            unknown = [r for r in refs if r not in known]
            if unknown:
                item["parts"] = [r for r in refs if r in known]
                guesses[f"{field}[{i}].parts"] = (
                    f"left out {', '.join(map(repr, unknown))}: not a part of the request as read"
                )
            same = item.get("same_as")
            if same is not None and same not in known:
                del item["same_as"]
                guesses[f"{field}[{i}].same_as"] = (
                    f"left out {same!r}: not a part of the request as read"
                )


def _hide_invisible(text: str) -> str:
    """``text`` with each control or format character that is not whitespace a space."""
    category = unicodedata.category
    return "".join(
        " " if not c.isspace() and category(c) in INVISIBLE_CATEGORIES else c for c in text
    )


def _read_text(
    text: str,
    regime: Regime | None,
    authority: str | None,
    source: str | None,
    truncated: bool | None,
) -> Reading:
    reader = _Reader(text, regime, authority)
    tree = reader.run()
    spans: dict[str, tuple[int, int]] = {}
    guesses = dict(reader.guesses)
    doc = _resolve(text, tree, "", spans, guesses)
    _keep_known_refs(doc, guesses)
    if truncated is None:
        why = cut_short(text)
        if why is not None:
            truncated = True
            guesses["provenance.truncated"] = f"the text {why}: the copy may be cut short"
    if truncated:
        doc["provenance"] = {"truncated": True}
    _dates_of(text, doc, spans)
    doc["order"] = _order(spans)
    response = from_dict(doc, Response)
    covered = dict(spans)
    covered.update({f"#{i}": (c.start, c.end) for i, c in enumerate(reader.covered)})
    return Reading(response, text, spans, _unread(text, covered), guesses, source)
