"""Citations as officers write them: a linear tokenizer and a hand-written grammar.

Reads "section 40(2)", "s.40(2)", "s 40 (2)", "S40(2)", "Section 17.1" (= 17(1)),
"sections 40(2) and 43(2)", "section 38(1)(a) and (b)", "regulation 12(5)(e)",
"reg. 12(4)(b)", "r.12(5)(e) EIR", "Regulation 12(5)e", "EIR 12(4)(b)",
"FOISA s.38(1)(b)", "s.38(1)(b) FOI(S)A", "Section 1(1)(a) of the Act",
"section 35(1)(a) (Law enforcement) of FOISA", "sections 31(1)(a) - (f)",
"Section 31 (1)(a)(b)", "section 31(1)(g) with subsection (2)(a)" and the
canonical ``str(Citation)`` form ("FOIA s.40(2)", "EIR reg.12(5)(e)").

The words live in :mod:`.lexicon` (data), the tokens come from :mod:`.tokens`,
and the grammar is below, one function per rule:

.. code-block:: text

    group     := [lead] item {link item} [trail]
    lead      := regime-name [","] | title [","]        -- "FOISA s.38", "DPA s.7"
    item      := [marker] number [heading] [range]
    marker    := "section" | "s" | "ss" | "sections" | "regulation" | "reg" | "r"
               | "article" | "art" ... ["."]
    number    := NUM [suffix] {"." NUM} {"(" component ")"} [glued letter]
    heading   := "(" WORD {WORD | "," | "-"} ")"          -- "(Law enforcement)"
    range     := ("to" | "-" | "–") "(" component ")"     -- "31(1)(a) to (c)"
    link      := sep (marker number | number | path) | relative
    relative  := {connector} ("subsection" | "paragraph(s)") path {sep path}
    trail     := "of" ["the"] (regime-name | title | "Act" | "Regulations")
               | "(" regime-name ")" | regime-name | title | abbreviation
    title     := Capitalised {Capitalised | connector | "(" words ")"} head [YEAR]
               | ["UK" | "EU"] ABBREVIATION [YEAR]    -- "Data Protection Act 2018", "UK GDPR"

How the regime is chosen, for each citation:

* Another instrument named for it ("section 7 of the DPA", "the DPA, section 7",
  "DPA s.7", "Article 6(1)(f) UK GDPR", "regulation 5 of the ... (Appropriate
  Limit and Fees) Regulations 2004") makes it a citation of that instrument,
  never of FOI law: :func:`find_citations` returns it as an
  :class:`~foilib.OtherCitation` when ``others=True`` and leaves it out
  otherwise; :func:`parse_citation` raises :class:`~foilib.OtherInstrumentError`.
  An article ("Article 8") is always of another instrument.
* The *instrument* of FOI law (an Act or regulations): a regime name written
  with the citation decides; otherwise the marker ("section"/"s." an Act,
  "regulation"/"reg." regulations); otherwise (a bare number) ``regime``.
* The *jurisdiction* (UK or Scotland): a regime name written with the citation
  decides; otherwise the ``regime`` argument; otherwise, in
  :func:`find_citations`, the *document's* regime, weighed from the regime
  names seen earlier in the text (see :class:`_Doc`: a name ruled out with
  "not", "rather than", "instead of" or glued into a reference number such as
  "FOIA-2024-77" counts nothing; a Scottish reading has ``inferred ==
  "document"``, and a reading where both jurisdictions were named has
  ``inferred == "ambiguous"``); otherwise the UK. "Freedom of Information Act
  (Scotland) 2002" and "Environmental Information Regulations (Scotland) 2004"
  name the Scottish regimes.
* A bare citation (no instrument or regime written for it) belongs to another
  instrument named just before it (see :func:`_elsewhere`): "section 136" after
  "the Mental Health Act 1983" in the clause (not past "so", "therefore", "which
  means" ... or a semicolon: "prohibited by the Children Act 1989, so section 44
  applies" is FOIA s.44), "regulation 4(3)" after the Fees
  Regulations; "of the 2018 Act" is the instrument named with that year (the
  2000 Act FOIA and the 2002 Act FOISA when no other was named); an unknown
  all-capitals abbreviation after a citation ("section 60 CJPOA") is an
  instrument.

A run of sibling paragraphs written as a path ("Section 31 (1)(a)(b)") is read
as each paragraph when the catalogue has each paragraph but not the nested
path; a real nested path ("30(1)(a)(i)") stays as written. The canonical
``str(Citation)`` form is always read literally.

Tokenizing and parsing are forward passes with bounded look-ahead, so time is
linear in the length of the text; :func:`iter_citations` reads the text lazily
(memory bounded by the longest citation list, not the text).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Literal, NamedTuple, overload

import attrs

from .citation import Citation, OtherCitation, _checked_citation
from .errors import ArgumentTypeError, CitationError, OtherInstrumentError
from .lexicon import (
    ACT,
    ARTICLE,
    CLAUSE_AND,
    CLAUSE_BREAKS,
    EVIDENCE_WORDS,
    FOI_CUES,
    HEADING_MAX_WORDS,
    INSTRUMENT_HEADS,
    JOINING_PHRASES,
    KEYWORDS,
    LAST_PROVISION,
    LEAD_BLOCKERS,
    LOOKBACK_CHARS,
    MARKERS,
    MAX_DEPTH,
    MAX_ITEMS,
    NEGATIONS,
    NOT_LAW,
    NOT_LAW_MARK,
    OTHER_ABBREVIATIONS,
    OTHER_QUALIFIERS,
    OTHER_WINDOW_CHARS,
    OWNER_DETERMINERS,
    RANGE_WORDS,
    REFERENCE_GLUE,
    REGIME_ABBREVIATIONS,
    REGIME_YEARS,
    REGS,
    REGS_WINDOW_CHARS,
    RELATIVE_CONNECTORS,
    RELATIVE_WORDS,
    SCOT,
    SCOTLAND_WORDS,
    SECTION_RANGE_MAX,
    SEP_WORDS,
    THAT,
    THAT_WORDS,
    TITLE_CONNECTORS,
    TITLE_MAX_TOKENS,
    UK,
    YEAR_REGIMES,
)
from .regimes import Regime
from .tokens import Kind, Token, tokenize

__all__ = [
    "FoundCitation",
    "find_citations",
    "iter_citations",
    "parse_citation",
    "parse_citations",
]

_WORD, _NUM, _LP, _RP, _DOT, _SEP, _DASH, _QUOTE = (
    Kind.WORD,
    Kind.NUM,
    Kind.LP,
    Kind.RP,
    Kind.DOT,
    Kind.SEP,
    Kind.DASH,
    Kind.QUOTE,
)
_ROMAN = frozenset("ivx")
_ROMAN_ALL = frozenset("ivxl")
_REGIME_OF = {
    (ACT, UK): Regime.FOIA,
    (REGS, UK): Regime.EIR,
    (ACT, SCOT): Regime.FOISA,
    (REGS, SCOT): Regime.EISR,
}
_REGIME_PARTS = {regime: parts for parts, regime in _REGIME_OF.items()}
_CANONICAL = {r.name: r for r in Regime}
_KIND_OF = {ACT: "section", REGS: "regulation", ARTICLE: "article"}
_CHUNK = 48
#: Capitalised words a title may follow ("The DPA, section 7").
_TITLE_AFTER = frozenset({"the", "under", "in", "of", "by"})

# A regime name: (instrument or None, jurisdiction or None).
_Hint = tuple[str | None, str | None]


class _Tape:
    """Tokens of ``text`` from ``base`` on, tokenized lazily as the grammar asks."""

    __slots__ = ("done", "size", "t", "text")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.size = len(text) if end is None else min(end, len(text))
        self.t: list[Token] = []
        self.done = start

    def more(self) -> bool:
        """Tokenize the next chunk (ending at white space); False at the end of the text."""
        if self.done >= self.size:
            return False
        stop = self.done + _CHUNK
        if stop >= self.size:
            stop = self.size
        else:
            while stop < self.size and not self.text[stop].isspace():
                stop += 1
        self.t.extend(tokenize(self.text, self.done, stop))
        self.done = stop
        return True

    def has(self, k: int) -> bool:
        while k >= len(self.t):
            if self.done >= self.size or not self.more():
                return False
        return True

    # Each accessor checks the common case (token already read) inline.
    def kind(self, k: int) -> int:
        t = self.t
        if k < len(t) or (self.done < self.size and self.has(k)):
            return t[k][0]
        return -1

    def word(self, k: int) -> str | None:
        t = self.t
        if (k < len(t) or (self.done < self.size and self.has(k))) and t[k][0] == _WORD:
            return t[k][1].lower()
        return None

    def raw(self, k: int) -> str | None:
        """The word at ``k`` as written (case kept)."""
        t = self.t
        if (k < len(t) or (self.done < self.size and self.has(k))) and t[k][0] == _WORD:
            return t[k][1]
        return None

    def glued(self, k: int) -> bool:
        """True if token ``k`` exists and follows the previous one without a space."""
        t = self.t
        return (k < len(t) or (self.done < self.size and self.has(k))) and not t[k][4]

    def start(self, k: int) -> int:
        t = self.t
        return t[k][2] if k < len(t) or (self.done < self.size and self.has(k)) else self.size

    def end_of(self, k: int) -> int:
        return self.t[k].end


class _Fail(Exception):
    """Internal: reading stopped at token ``index`` expecting ``expected``."""

    def __init__(self, index: int, expected: str) -> None:
        self.index = index
        self.expected = expected


class _Item(NamedTuple):
    """One provision as read: marker instrument, number, path, offsets, inference."""

    instrument: str | None
    section: str
    path: tuple[str, ...]
    start: int
    end: int
    inferred: str | None
    sub: int  # which run of the list (a new marker starts a new run)


class _Raw(NamedTuple):
    """One citation as read, before its regime is settled (a named tuple: cheap to make)."""

    instrument: str | None
    jurisdiction: str | None
    section: str
    path: tuple[str, ...]
    start: int
    end: int
    other: str | None = None  # another instrument's name as written
    is_other: bool = False
    inferred: str | None = None
    literal: bool = False  # the canonical form: no sibling reading


# --- regime names and titles -------------------------------------------------------------


def _scotland(tp: _Tape, k: int) -> int | None:
    """ "(S)" or "(Scotland)" at ``k``: the index after it."""
    if tp.kind(k) == _LP and tp.word(k + 1) in SCOTLAND_WORDS and tp.kind(k + 2) == _RP:
        return k + 3
    return None


def _regime_name(tp: _Tape, k: int) -> tuple[int, _Hint] | None:
    """regime-name := abbreviation | "FOI Act" | "FOI(S)A" | "EI(S)R" | a full title [YEAR]."""
    w = tp.word(k)
    if w is None:
        return None
    hint: _Hint | None = None
    end = k
    if w in REGIME_ABBREVIATIONS:
        hint, end = REGIME_ABBREVIATIONS[w], k + 1
    elif w == "foi":
        if tp.word(k + 1) == "act":
            hint, end = (ACT, UK), k + 2
        else:
            scot = _scotland(tp, k + 1)
            if scot is not None and tp.word(scot) in ("a", "act"):
                hint, end = (ACT, SCOT), scot + 1
    elif w == "ei":
        scot = _scotland(tp, k + 1)
        if scot is not None and tp.word(scot) in ("r", "rs"):
            hint, end = (REGS, SCOT), scot + 1
    elif w == "freedom" and tp.word(k + 1) == "of" and tp.word(k + 2) == "information":
        scot = _scotland(tp, k + 3)
        if tp.word(k + 3) == "act":
            misnomer = _scotland(tp, k + 4)  # "Freedom of Information Act (Scotland) 2002"
            hint, end = ((ACT, SCOT), misnomer) if misnomer is not None else ((ACT, UK), k + 4)
        elif scot is not None and tp.word(scot) == "act":
            hint, end = (ACT, SCOT), scot + 1
    elif w == "environmental" and tp.word(k + 1) == "information":
        scot = _scotland(tp, k + 2)
        if tp.word(k + 2) in ("regulations", "regs"):
            misnomer = _scotland(tp, k + 3)  # "... Regulations (Scotland) 2004"
            hint, end = ((REGS, SCOT), misnomer) if misnomer is not None else ((REGS, UK), k + 3)
        elif scot is not None and tp.word(scot) in ("regulations", "regs"):
            hint, end = (REGS, SCOT), scot + 1
    if hint is None:
        return None
    if tp.kind(end) == _NUM and tp.t[end].text in REGIME_YEARS:
        end += 1
    return end, hint


def _capital(word: str | None) -> bool:
    return word is not None and word[0].isupper()


def _year(tp: _Tape, k: int) -> bool:
    return tp.kind(k) == _NUM and len(tp.t[k].text) == 4


def _marks(tp: _Tape, k: int, low: str) -> bool:
    """True if the marker word ``low`` at ``k`` is used as one ("Section 12", "Reg. 5"),
    not as a title's last word ("Regulations 2004", "Regulation.")."""
    nxt = tp.kind(k + 1)
    return (nxt == _NUM and not _year(tp, k + 1)) or (nxt == _DOT and len(low) <= 4)


def _title(tp: _Tape, k: int) -> int | None:
    """title: an instrument's name at ``k``; the index after it, or None.

    ``Capitalised {Capitalised | connector | "(" words ")"} head [YEAR]`` or
    ``["UK" | "EU"] ABBREVIATION [YEAR]``.
    """
    first = tp.raw(k)
    if first is None or (first.lower() in MARKERS and _marks(tp, k, first.lower())):
        return None
    j = k
    if first in OTHER_QUALIFIERS and tp.raw(k + 1) in OTHER_ABBREVIATIONS:
        j = k + 1
    if tp.raw(j) in OTHER_ABBREVIATIONS:
        j += 1
        return j + 1 if _year(tp, j) else j
    if not _capital(first) or first.lower() in TITLE_CONNECTORS:
        return None
    last: int | None = None
    count = 0
    while count < TITLE_MAX_TOKENS:
        w = tp.raw(j)
        if w is not None:
            low = w.lower()
            if _capital(w):
                if low in MARKERS and _marks(tp, j, low):
                    break  # "... Section 12": a marker, not a title word
                if low in REGIME_ABBREVIATIONS or (j > k and _regime_name(tp, j) is not None):
                    break  # a regime's name starts: not part of this title
                if low in INSTRUMENT_HEADS and j > k:
                    last = j + 2 if _year(tp, j + 1) else j + 1
                j += 1
            elif low in TITLE_CONNECTORS:
                j += 1
            else:
                break
        elif tp.kind(j) == _DASH and tp.glued(j) and tp.glued(j + 1) and tp.kind(j + 1) == _WORD:
            j += 2  # "Re-use of Public Sector Information Regulations 2015"
        elif (
            tp.kind(j) == _SEP
            and tp.t[j].text == ","
            and _capital(tp.raw(j + 1))
            and (tp.word(j + 1) not in MARKERS or tp.kind(j + 2) not in (_NUM, _DOT))
        ):
            j += 1  # "Tribunals, Courts and Enforcement Act 2007"
        elif tp.kind(j) == _LP:
            m = j + 1
            while tp.kind(m) == _WORD and m - j < 10:
                m += 1
            if m == j + 1 or tp.kind(m) != _RP or not _capital(tp.raw(j + 1)):
                break
            j = m + 1
        else:
            break
        count += 1
    return last


def _named(tp: _Tape, k: int) -> tuple[int, _Hint | None, str | None] | None:
    """A regime name or another instrument's title at ``k``.

    Returns (index after, regime hint or None, the other instrument's name or None).
    """
    t = _title(tp, k)
    r = _regime_name(tp, k)
    if t is not None and (r is None or t > r[0]):
        return t, None, tp.text[tp.t[k].start : tp.t[t - 1].end]
    if r is not None:
        return r[0], r[1], None
    return None


# --- markers, numbers and headings -----------------------------------------------------


def _marker(tp: _Tape, k: int) -> tuple[int, str, bool] | None:
    """marker: "section", "s.", "ss", "reg.", "r." ... before a number.

    Returns (index after, what it cites, plural).
    """
    w = tp.word(k)
    if w is None or w not in MARKERS:
        return None
    begin = tp.t[k].start
    if len(w) <= 2 and begin > 0 and tp.text[begin - 1] in "'\u2019":
        return None  # "it's 20 days"
    instrument, plural = MARKERS[w]
    end = k + 1
    if tp.kind(end) == _DOT:
        end += 1
    if tp.kind(end) != _NUM:
        return None if len(w) <= 4 else (end, instrument, plural)
    return end, instrument, plural


def _numeral(tp: _Tape, k: int) -> str | None:
    digits = tp.t[k].text
    if len(digits) > 3 or digits[0] == "0":
        return None
    return digits


def _suffix(word: str) -> bool:
    return (len(word) <= 2 and word.isupper()) or (len(word) == 1 and word.islower())


def _component(tp: _Tape, k: int) -> tuple[int, str] | None:
    """One subsection component at ``k``: "2", "5A", "a", "iii"."""
    kind = tp.kind(k)
    if kind == _NUM:
        value = _numeral(tp, k)
        if value is None:
            return None
        k += 1
        if tp.glued(k) and tp.kind(k) == _WORD and _suffix(tp.t[k].text):
            value += tp.t[k].text.upper()
            k += 1
        return k, value
    if kind == _WORD:
        w = tp.t[k].text.lower()
        if len(w) <= 2 or (len(w) <= 4 and set(w) <= _ROMAN_ALL):
            return k + 1, w
    return None


def _path(tp: _Tape, k: int, path: list[str], strict: bool) -> int:
    """ "(2)(a)(iii)" then an optional glued letter ("12(5)e"); extends ``path``."""
    brackets = 0
    while tp.kind(k) == _LP:
        comp = _component(tp, k + 1)
        if comp is None:
            break
        if tp.kind(comp[0]) != _RP:
            if strict and tp.kind(comp[0]) == -1:
                raise _Fail(comp[0], "')' to close the bracket (missing ')')")
            break
        path.append(comp[1])
        brackets += 1
        k = comp[0] + 1
        if len(path) > MAX_DEPTH:
            raise _Fail(k - 3, f"at most {MAX_DEPTH} levels of subsection")
    if brackets and tp.glued(k) and tp.kind(k) == _WORD:
        w = tp.t[k].text
        after = tp.kind(k + 1)
        if len(w) == 1 and w.islower() and (not tp.glued(k + 1) or after in (_SEP, _DOT, _RP)):
            path.append(w)
            k += 1
    return k


def _number(tp: _Tape, k: int, strict: bool) -> tuple[int, str, list[str]]:
    """number := NUM [suffix] {"." NUM} {"(" component ")"} [glued letter]."""
    if tp.kind(k) != _NUM:
        raise _Fail(k, "a section or regulation number such as '40' or '12(4)(b)'")
    section = _numeral(tp, k)
    if section is None:
        raise _Fail(k, "a section or regulation number from 1 to 999")
    k += 1
    if tp.glued(k) and tp.kind(k) == _WORD and _suffix(tp.t[k].text):
        section += tp.t[k].text.upper()
        k += 1
    path: list[str] = []
    while tp.kind(k) == _DOT and tp.glued(k) and tp.glued(k + 1):  # "17.1" is 17(1)
        comp = _component(tp, k + 1)
        if comp is None:
            break
        path.append(comp[1])
        k = comp[0]
    k = _path(tp, k, path, strict)
    return k, section, path


def _heading(tp: _Tape, k: int) -> int:
    """heading := "(" WORD {WORD | "," | "-" | quote} ")", repeated: skipped.

    "(Law enforcement)", "(definition of "personal data") (Personal information)".
    """
    while tp.kind(k) == _LP and tp.kind(k + 1) == _WORD:
        comp = _component(tp, k + 1)
        if comp is not None and tp.kind(comp[0]) == _RP:
            return k  # "(a)": a path, not a heading
        j = k + 1
        words = 0
        while words <= HEADING_MAX_WORDS:
            kind = tp.kind(j)
            if kind == _WORD:
                words += 1
            elif kind == _RP:
                break
            elif kind not in (_SEP, _DASH, _QUOTE, _DOT):
                return k
            j += 1
        if tp.kind(j) != _RP:
            return k
        k = j + 1
    return k


# --- lists, ranges and relative references -------------------------------------------


def _separator(tp: _Tape, k: int) -> int | None:
    """ "," "&" "/" "and" "or" "and/or": the index after the separator."""
    start = k
    while tp.kind(k) == _SEP or tp.word(k) in SEP_WORDS:
        k += 1
    return k if k > start else None


def _level(path: tuple[str, ...], i: int) -> str:
    """The numbering style of level ``i``: number, letter, or roman numeral."""
    c = path[i]
    if c[0].isdigit():
        return "num"
    if i > 0 and not path[i - 1][0].isdigit():
        return "roman"
    return "alpha"


def _continue(prev: tuple[str, ...], tail: list[str]) -> tuple[str, ...]:
    """ "38(1)(a) and (b)": replace the matching trailing level of ``prev`` with ``tail``."""
    first = tail[0]
    levels: list[str] = []  # _level of each level of ``prev``, in one pass
    after_number = True  # the first level is "alpha" unless a number
    for c in prev:
        number = c[0].isdigit()
        levels.append("num" if number else "alpha" if after_number else "roman")
        after_number = number
    if first[0].isdigit():
        style = "num"
    elif "roman" in levels and set(first) <= _ROMAN:
        style = "roman"
    else:
        style = "alpha"
    for i in range(len(prev) - 1, -1, -1):
        if levels[i] == style:
            return prev[:i] + tuple(tail)
    return prev + tuple(tail)


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _between(first: str, last: str) -> list[str] | None:
    """The components strictly between ``first`` and ``last`` of one level, or None."""
    if first in _ROMANS and last in _ROMANS and (len(first) > 1 or len(last) > 1):
        a, b = _ROMANS.index(first), _ROMANS.index(last)
        return list(_ROMANS[a + 1 : b]) if a < b else None
    if first.isdigit() and last.isdigit():
        a, b = int(first), int(last)
        return [str(x) for x in range(a + 1, b)] if a < b <= a + 40 else None
    if len(first) == 1 and len(last) == 1 and first.isalpha() and last.isalpha() and first < last:
        return [chr(x) for x in range(ord(first) + 1, ord(last))]
    return None


def _range(tp: _Tape, k: int, items: list[_Item], plural: bool = False) -> int:
    """range := ("to" | dash) ("(" component ")" | NUM): every paragraph (or, after a
    plural marker, every section: "sections 27-29") from the last item's to it."""
    j = k
    if tp.word(j) in RANGE_WORDS or tp.kind(j) == _DASH:
        j += 1
    else:
        return k
    if plural and tp.kind(j) == _NUM and not items[-1].path:
        return _section_range(tp, j, items)
    if tp.kind(j) != _LP:
        return k
    tail: list[str] = []
    end = _path(tp, j, tail, False)
    if len(tail) != 1:
        return k
    prev = items[-1]
    if not prev.path:
        return k
    last = _continue(prev.path, tail)
    inner = _between(prev.path[len(last) - 1], last[-1]) if len(last) == len(prev.path) else None
    if inner is None or last[:-1] != prev.path[:-1]:
        return k
    s, e = tp.t[j].start, tp.t[end - 1].end
    # A paragraph inside the range was not written: its span is the whole range,
    # "(a)-(c)" (from the first bound's bracket), not the last bound "(c)".
    lo = next((i for i in range(k - 1, max(k - 4, -1), -1) if tp.kind(i) == _LP), k)
    for x in inner:
        items.append(
            prev._replace(path=(*last[:-1], x), inferred="range", start=tp.t[lo].start, end=e)
        )
    items.append(prev._replace(path=last, start=s, end=e, inferred=None))
    return end


def _section_range(tp: _Tape, j: int, items: list[_Item]) -> int:
    """ "sections 21 to 44": each section between, marked ``inferred == "range"``
    (the regime's catalogue later drops numbers it does not have)."""
    prev = items[-1]
    last = _numeral(tp, j)
    if last is None or not prev.section.isdigit() or (tp.glued(j + 1) and tp.kind(j + 1) == _LP):
        return j - 1
    a, b = int(prev.section), int(last)
    if not a < b <= a + SECTION_RANGE_MAX:
        return j - 1
    s, e = tp.t[j - 1].start, tp.t[j].end
    lo = tp.t[j - 2].start if tp.kind(j - 2) == _NUM else s  # the whole range, "27-29"
    for x in range(a + 1, b):
        items.append(prev._replace(section=str(x), inferred="range", start=lo, end=e))
    items.append(prev._replace(section=last, start=s, end=e, inferred=None))
    return j + 1


def _relative(tp: _Tape, k: int, items: list[_Item]) -> int | None:
    """relative := {connector} ("subsection" | "sub-section" | "paragraph(s)") path {sep path}."""
    j = k
    steps = 0
    while steps < 6 and (tp.kind(j) == _SEP or tp.word(j) in RELATIVE_CONNECTORS):
        j += 1
        steps += 1
    w = tp.word(j)
    if (
        w == "sub"
        and tp.kind(j + 1) == _DASH
        and (tp.word(j + 2) in MARKERS or tp.word(j + 2) in RELATIVE_WORDS)
    ):
        j += 3
    elif w in RELATIVE_WORDS:
        j += 1
    else:
        return None
    if tp.kind(j) == _DOT:
        j += 1
    if tp.kind(j) != _LP:
        return None
    prev = items[-1]
    tail: list[str] = []
    end = _path(tp, j, tail, False)
    if not tail:
        return None
    path = _continue(prev.path, tail)
    items.append(
        prev._replace(path=path, start=tp.t[j].start, end=tp.t[end - 1].end, inferred="relative")
    )
    k = end
    while True:
        after = _separator(tp, k)
        if after is None or tp.kind(after) != _LP:
            return k
        tail = []
        end = _path(tp, after, tail, False)
        if not tail:
            return k
        path = _continue(items[-1].path, tail)
        items.append(
            prev._replace(
                path=path, start=tp.t[after].start, end=tp.t[end - 1].end, inferred="relative"
            )
        )
        k = end


def _link(
    tp: _Tape, after: int, items: list[_Item], instrument: str | None, plural: bool, strict: bool
) -> int | None:
    """One more item after a separator; the index after it, or None."""
    prev = items[-1]
    mark = _marker(tp, after)
    if mark is not None:
        j, inst2, _ = mark
        j, sec2, path2 = _number(tp, j, strict)
        items.append(
            _Item(inst2, sec2, tuple(path2), tp.t[after].start, tp.t[j - 1].end, None, prev.sub + 1)
        )
        return j
    if tp.kind(after) == _NUM:
        j, sec2, path2 = _number(tp, after, strict)
        if not strict and not plural and not path2 and not _ends_list(tp, j):
            return None  # "section 40(2) and 43 people"
        items.append(
            _Item(
                instrument, sec2, tuple(path2), tp.t[after].start, tp.t[j - 1].end, None, prev.sub
            )
        )
        return j
    if tp.kind(after) == _LP:
        tail: list[str] = []
        j = _path(tp, after, tail, strict)
        if tail:
            path = _continue(prev.path, tail)
            items.append(
                prev._replace(
                    path=path, start=tp.t[after].start, end=tp.t[j - 1].end, inferred=None
                )
            )
            return j
    return None


def _ends_list(tp: _Tape, k: int) -> bool:
    """True if a list may end at ``k``: punctuation, the end, or an instrument ("of the Act")."""
    kind = tp.kind(k)
    return kind in (-1, _DOT, _SEP, _RP) or tp.word(k) == "of" or _regime_name(tp, k) is not None


def _lower_title(tp: _Tape, k: int) -> int | None:
    """ "data protection act 2018" written in lower case, after "of the": index after it."""
    j = k
    while j - k < 8 and tp.kind(j) == _WORD:
        w = tp.t[j].text.lower()
        if w in INSTRUMENT_HEADS and j > k:
            return j + 2 if _year(tp, j + 1) else j + 1
        if w in MARKERS or w in SEP_WORDS:
            return None
        j += 1
    return None


def _trail(tp: _Tape, k: int) -> tuple[int, _Hint | None, str | None] | None:
    """trail: the instrument named after the citations.

    Returns (index after, regime hint or None, other instrument's name or None).
    """
    if tp.word(k) == "of":
        j = k + 1
        if tp.word(j) in THAT_WORDS and tp.word(j + 1) in INSTRUMENT_HEADS:
            return j + 2, None, THAT  # "section 23 of that Act"
        if tp.word(j) in OWNER_DETERMINERS and tp.word(j + 1) in NOT_LAW:
            return j + 2, None, NOT_LAW_MARK  # "section 2 of this report"
        if tp.word(j) == "the":
            j += 1
            if _year(tp, j) and tp.word(j + 1) in ("act", "regulations"):
                return j + 2, None, f"the {tp.t[j].text} {tp.raw(j + 1)}"  # "the 2018 Act"
            w = tp.word(j)
            if w == "act" and not _year(tp, j + 1):
                return j + 1, (ACT, None), None
            if w in ("regulations", "regs") and not _year(tp, j + 1):
                return j + 1, (REGS, None), None
        named = _named(tp, j)
        if named is None and not _capital(tp.raw(j)):
            low = _lower_title(tp, j)
            if low is not None:
                return low, None, tp.text[tp.t[j].start : tp.t[low - 1].end]
        return named
    if tp.kind(k) == _LP:
        named = _named(tp, k + 1)
        if named is not None and tp.kind(named[0]) == _RP:
            return named[0] + 1, named[1], named[2]
        return None
    named = _named(tp, k)
    raw = tp.raw(k)
    if (
        named is None
        and raw is not None
        and len(raw) >= 2
        and raw.isupper()
        and raw.lower() not in REGIME_ABBREVIATIONS
        and raw not in ("FOI", "EI")
    ):
        return k + 1, None, raw  # "section 60 CJPOA": an instrument the lexicon does not know
    return named


def _alias(tp: _Tape, k: int) -> int:
    """alias := "(" ["the"] title | regime-name ")": "(FOISA)", "(the DPA 2018)"; skipped."""
    if tp.kind(k) != _LP:
        return k
    j = k + 1
    if tp.word(j) == "the":
        j += 1
    named = _named(tp, j)
    if named is not None and tp.kind(named[0]) == _RP:
        return named[0] + 1
    return k


def _group(tp: _Tape, k: int, strict: bool) -> tuple[int, list[_Raw]]:
    """group := [lead] item {link item} [trail]; see the module docstring."""
    start_tok = k
    hint: _Hint = (None, None)
    lead_other: str | None = None
    if tp.word(k) == "the" and _title(tp, k + 1) is not None:
        k = start_tok = k + 1  # "the DPA, section 7"
    named = _named(tp, k)
    literal = False
    if named is not None:
        after, lead_hint, other_name = named
        j = _alias(tp, after)
        j = j + 1 if tp.kind(j) == _SEP and tp.t[j].text == "," else j
        if other_name is not None:
            if _marker(tp, j) is None:
                raise _Fail(j, "a section, regulation or article after the instrument's name")
            lead_other, k = other_name, j
        else:
            assert lead_hint is not None
            hint = lead_hint
            literal = (
                tp.t[start_tok].text in _CANONICAL
                and tp.word(after) in ("s", "reg")
                and tp.kind(after + 1) == _DOT
                and tp.glued(after + 1)
                and tp.glued(after + 2)
            )
            k = j if _marker(tp, j) is not None else after
    mark_tok = k
    mark = _marker(tp, k)
    instrument: str | None = None
    plural = False
    if mark is not None:
        k, instrument, plural = mark
    elif tp.word(k) in MARKERS:
        k += 1  # a marker word with no number after it ("section banana")
        if tp.kind(k) == _DOT:
            k += 1
    if not strict and named is None and mark is None:
        raise _Fail(k, "a citation")
    k, section, path = _number(tp, k, strict)
    # A list starts at its leading abbreviation ("FOISA s.38") or at its marker.
    short_lead = named is not None and named[2] is None and named[0] == mark_tok == start_tok + 1
    begin = tp.t[start_tok if short_lead else mark_tok].start
    items = [_Item(instrument, section, tuple(path), begin, tp.t[k - 1].end, None, 0)]
    k = _heading(tp, k)
    k = _range(tp, k, items, plural)
    while len(items) < MAX_ITEMS:
        sep = _separator(tp, k)
        if sep is not None:
            nxt: int | None
            try:
                nxt = _link(tp, sep, items, instrument, plural, strict)
            except _Fail:
                if strict:
                    raise
                nxt = None
            if nxt is not None:
                k = _range(tp, _heading(tp, nxt), items, plural)
                continue
        rel = _relative(tp, k, items)
        if rel is None:
            break
        k = rel
    other_last: str | None = None
    trail = _trail(tp, k)
    if trail is not None:
        k, trail_hint, other_name = trail
        if other_name is not None:
            other_last = other_name
        elif hint == (None, None) and trail_hint is not None:
            hint = trail_hint
            lead_other = None
    last_sub = items[-1].sub
    raws: list[_Raw] = []
    for it in items:
        other: str | None = None
        is_other = it.instrument == ARTICLE
        if other_last is not None and it.sub == last_sub:
            other, is_other = other_last, True
        elif lead_other is not None and it.sub == 0 and hint == (None, None):
            other, is_other = lead_other, True
        raws.append(
            _Raw(
                hint[0] or it.instrument,
                hint[1],
                it.section,
                it.path,
                it.start,
                it.end,
                other,
                is_other,
                it.inferred,
                literal,
            )
        )
    return k, raws


# --- settling the regime -----------------------------------------------------------------


def _settle(raw: _Raw, regime: Regime | None, sticky: str | None) -> Citation | None:
    """Choose the regime of one raw citation (see the module docstring)."""
    default_instr, default_jur = _REGIME_PARTS[regime] if regime is not None else (None, None)
    instrument = raw.instrument or default_instr
    if instrument is None or instrument == ARTICLE:
        return None
    jurisdiction = raw.jurisdiction or default_jur or sticky or UK
    return _checked_citation(_REGIME_OF[instrument, jurisdiction], raw.section, raw.path)


def _beyond(raw: _Raw, citation: Citation) -> bool:
    """In running text: a number past the regime's last provision, no regime named with it."""
    if raw.jurisdiction is not None or raw.literal:
        return False
    digits = citation.section.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) > LAST_PROVISION[citation.regime.value]


def _other(raw: _Raw, text: str, name: str | None = None) -> OtherCitation:
    """``raw`` as a citation of another instrument: ``name`` as written, or ``None`` for
    one the text does not name ("Section 106 agreement")."""
    return OtherCitation(
        name,
        _KIND_OF[raw.instrument or ACT],
        raw.section,
        raw.path,
        raw.start,
        raw.end,
        text[raw.start : raw.end],
    )


_CATALOGUE: list[dict[Regime, frozenset[tuple[str, tuple[str, ...]]]]] = []


def _catalogued(regime: Regime) -> frozenset[tuple[str, tuple[str, ...]]]:
    """(section, path) of every catalogued or covered provision of ``regime`` (built on
    first use; one set per regime, so a look-up hashes strings only)."""
    if not _CATALOGUE:
        from .catalogue import _INDEX

        by: dict[Regime, set[tuple[str, tuple[str, ...]]]] = {r: set() for r in Regime}
        for c in _INDEX:
            by[c.regime].add((c.section, c.path))
        _CATALOGUE.append({r: frozenset(known) for r, known in by.items()})
    return _CATALOGUE[0][regime]


def _siblings(
    c: Citation, known: frozenset[tuple[str, tuple[str, ...]]] | None = None
) -> list[Citation] | None:
    """ "31(1)(a)(b)": each sibling paragraph, when the catalogue says so; else None.

    ``known``: ``_catalogued(c.regime)``, when the caller has it."""
    if len(c.path) < 2:
        return None
    regime, section, path = c.regime, c.section, c.path
    if known is None:
        known = _catalogued(regime)
    if (section, path) in known:
        return None
    for i in range(len(path) - 1, 0, -1):
        if (section, path[:i]) in known:
            break
    else:
        return None
    prefix = path[:i]
    paths = [prefix]
    for x in path[i:]:
        sib = (*prefix[:-1], x)
        if (section, sib) not in known or x[0].isdigit() != prefix[-1][0].isdigit():
            return None
        paths.append(sib)
    return [_checked_citation(regime, section, p) for p in paths]


def _check_args(text: object, regime: object) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError("text", text, "a str")
    if regime is not None and not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime or None")


def _distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (adjacent swaps count once)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _suggestion(text: str, tp: _Tape, index: int) -> str | None:
    """A misspelt keyword at ``index`` ("secton 43(2)"): the corrected citation, or None."""
    w = tp.word(index)
    if w is None or len(w) < 4 or w in MARKERS:
        return None
    nxt = index + 1 + (tp.kind(index + 1) == _DOT)
    if tp.kind(nxt) != _NUM:
        return None
    best = min(KEYWORDS, key=lambda kw: (_distance(w, kw), kw))
    if _distance(w, best) > 2:
        return None
    word = tp.t[index].text
    fixed = best.capitalize() if word[0].isupper() else best
    tok = tp.t[index]
    candidate = text[: tok.start] + fixed + text[tok.end :]
    try:
        _parse_raw(candidate)
    except CitationError:
        return None
    return candidate.strip()


def _parse_raw(text: str, fast_path: bool = True) -> list[_Raw]:
    """Read ``text`` as citations only (strictly); raise :class:`CitationError`.

    A text of one plain citation ("section 40(2)") takes the fast path; the
    grammar reads everything else (``fast_path=False``, for tests: always).
    """
    if fast_path:
        # The canonical form starts with a regime's name, the others with a marker.
        raw = _canonical(text) if text.startswith(("F", "E")) else None
        if raw is not None:
            return [raw]
        listed = _fast_list(text)
        if listed is not None:
            return listed
        hit = _fast(text, 0, whole=True)  # "Section 17.1", and the shapes of _FAST_WHOLE
        if hit is not None:
            return [hit[0]]
    tp = _Tape(text)
    if not tp.has(0):
        raise CitationError(text, len(text), "a citation such as 's.40(2)'")
    raws: list[_Raw] = []
    k = 0
    try:
        while True:
            k, found = _group(tp, k, strict=True)
            raws.extend(found)
            if not tp.has(k):
                break
            after = _separator(tp, k)
            if after is None:
                raise _Fail(k, "'and', ',' or the end of the citation")
            if not tp.has(after):
                raise _Fail(after, "another citation after the separator")
            k = after
    except _Fail as fail:
        position = tp.start(fail.index)
        expected = fail.expected
        fix = _suggestion(text, tp, fail.index if fail.index < 2 else 0)
        if fix is not None:
            expected = f"'section' or 'regulation'; did you mean {fix!r}?"
            position = tp.t[0].start
        raise CitationError(text, position, expected) from None
    raws = [
        _resolve_year(r, None) if r.other is not None and _YEAR_ACT.match(r.other) else r
        for r in raws
    ]
    for raw in raws:
        if raw.other == NOT_LAW_MARK:
            raise CitationError(text, raw.start, "a provision of an Act or regulations")
        if raw.is_other:
            raise OtherInstrumentError(text, raw.start, raw.other)
    return raws


def _expand(citation: Citation, raw: _Raw) -> list[tuple[Citation, str | None]]:
    """The citation, or its sibling paragraphs ("31(1)(a)(b)"), with the inference."""
    path = citation.path
    # Most citations have a path of at most one level and are no range: nothing to look up.
    if not raw.literal and (len(path) > 1 or raw.inferred == "range"):
        regime, section = citation.regime, citation.section
        known = _catalogued(regime)
        sibs = _siblings(citation, known)
        if sibs is not None:
            unique = list(dict.fromkeys(sibs))  # "s.1.1.1.1.1": one citation per span
            return [(s, "siblings") for s in unique]
        if raw.inferred == "range" and not path and (section, ()) not in known:
            return []  # a number inside "sections 21 to 44" the regime does not have
        if len(path) > 3 and (section, path) not in known:
            for i in range(len(path) - 1, 0, -1):
                if (section, path[:i]) in known:
                    # "s.40(2)(a)(i)(A)": the deepest catalogued provision; deeper levels dropped
                    return [(_checked_citation(regime, section, path[:i]), "truncated")]
    return [(citation, raw.inferred)]


def parse_citations(text: str, regime: Regime | None = None) -> tuple[Citation, ...]:
    """Read every citation in ``text``, which must hold citations only.

    Args:
        text: such as ``"sections 40(2) and 43(2)"``, ``"EIR 12(4)(b)"`` or
            ``"Section 31 (1)(a)(b)"`` (each sibling paragraph).
        regime: the regime to assume where the text does not say (see module docs).

    Returns:
        The citations in the order written; ranges and sibling runs expanded.
        Citations joined by "by virtue of", "read with", "read together with" or
        "in conjunction with" are each read on their own.

    Raises:
        CitationError: with the 0-based ``position`` where reading failed and,
            for a misspelt keyword, a suggestion ("did you mean 'section 43(2)'?").
        OtherInstrumentError: the text cites another instrument ("section 7 of
            the DPA").

    >>> [str(c) for c in parse_citations("section 38(1)(a) and (b)")]
    ['FOIA s.38(1)(a)', 'FOIA s.38(1)(b)']
    >>> [str(c) for c in parse_citations("Section 31 (1)(a)(b)")]
    ['FOIA s.31(1)(a)', 'FOIA s.31(1)(b)']
    >>> [str(c) for c in parse_citations("section 40(2) by virtue of section 40(3A)(a)")]
    ['FOIA s.40(2)', 'FOIA s.40(3A)(a)']
    """
    if not isinstance(text, str) or (regime is not None and not isinstance(regime, Regime)):
        _check_args(text, regime)  # raises
    # _settle and the common case of _expand, inline (one citation of a path of at most
    # one level, or read literally: nothing to look up in the catalogue).
    default_instr, default_jur = _REGIME_PARTS[regime] if regime is not None else (None, None)
    try:
        raws = _parse_raw(text)
    except CitationError as err:
        joined = _JOINED.match(text, err.position) if err.text == text else None
        if joined is None or err.position == 0:
            raise
        first = parse_citations(text[: err.position], regime)
        # The regime read for the first citation goes on to the second, as after "and".
        return first + _parse_after(text, joined.end(), regime or first[-1].regime)
    if len(raws) == 1:
        raw = raws[0]
        instrument = raw.instrument or default_instr
        if (
            instrument is not None
            and instrument != ARTICLE
            and (raw.literal or (len(raw.path) < 2 and raw.inferred != "range"))
        ):
            jurisdiction = raw.jurisdiction or default_jur or UK
            regime_of = _REGIME_OF[instrument, jurisdiction]
            return (_checked_citation(regime_of, raw.section, raw.path),)
    out: list[Citation] = []
    append = out.append
    for raw in raws:
        instrument = raw.instrument or default_instr
        if instrument is None or instrument == ARTICLE:
            raise CitationError(
                text,
                raw.start,
                "'section', 'regulation' or a regime name (FOIA, EIR, FOISA, EISR) "
                "before a bare number, or a regime argument",
            )
        jurisdiction = raw.jurisdiction or default_jur or UK
        citation = _checked_citation(_REGIME_OF[instrument, jurisdiction], raw.section, raw.path)
        if raw.literal or (len(raw.path) < 2 and raw.inferred != "range"):
            append(citation)
        else:
            for c, _ in _expand(citation, raw):
                append(c)
    return tuple(out)


#: "section 40(2) by virtue of section 40(3A)(a)": a phrase joining two citations
#: (``JOINING_PHRASES``), each read on its own.
_JOINED = re.compile(
    r"\s*(?:"
    + "|".join(p.replace(" ", r"\s+") for p in sorted(JOINING_PHRASES, key=len, reverse=True))
    + r")\s+",
    re.IGNORECASE,
)


def _parse_after(text: str, start: int, regime: Regime | None) -> tuple[Citation, ...]:
    """``parse_citations(text[start:])``, with an error's position counted in ``text``."""
    try:
        return parse_citations(text[start:], regime)
    except OtherInstrumentError as err:
        raise OtherInstrumentError(text, start + err.position, err.instrument) from None
    except CitationError as err:
        raise CitationError(text, start + err.position, err.expected) from None


def parse_citation(text: str, regime: Regime | None = None) -> Citation:
    """Read exactly one citation; ``parse_citation(str(c)) == c`` for every citation.

    Raises:
        CitationError: not one citation (see :func:`parse_citations`).
        OtherInstrumentError: a citation of another instrument.

    >>> parse_citation("Section 17.1")
    Citation(regime=<Regime.FOIA: 'foia'>, section='17', path=('1',))
    >>> str(parse_citation("reg. 12(4)(b)"))
    'EIR reg.12(4)(b)'
    """
    citations = parse_citations(text, regime)
    if len(citations) != 1:
        raws = _parse_raw(text)
        position = raws[1].start if len(raws) > 1 else raws[0].start
        raise CitationError(text, position, "exactly one citation (use parse_citations for a list)")
    return citations[0]


@attrs.frozen(slots=True)
class FoundCitation:
    """A citation found in prose by :func:`find_citations`, with where it was written.

    ``start``/``end`` delimit ``as_written`` in the text (the first citation of a
    list such as "sections 40(2) and 43(2)" includes the leading word).
    ``inferred`` says when the reading was not written out in full: ``None`` (as
    written), ``"document"`` (the jurisdiction came from a regime named earlier
    in the text), ``"ambiguous"`` (the text named both jurisdictions; the one
    with more evidence was taken), ``"range"`` (inside "(a) to (f)" or
    "sections 27-29"), ``"siblings"`` (a run of paragraphs written as a path,
    "31 (1)(a)(b)"), ``"relative"`` ("with subsection (2)(a)") or
    ``"truncated"`` (levels deeper than the catalogue has were dropped,
    "s.40(2)(a)(i)(A)" is read as s.40(2)(a)).
    """

    citation: Citation
    start: int
    end: int
    as_written: str
    inferred: str | None = None


_MARKER_ALT = "|".join(sorted((re.escape(m) for m in MARKERS), key=len, reverse=True))
_FIRSTS = "".join(sorted({m[0] for m in MARKERS} | set("feFE")))
_FIRSTS += _FIRSTS.upper()
#: Where a citation may start: a marker before a digit, or a regime name.
_PRESCAN = re.compile(
    rf"(?=[{_FIRSTS}])\b(?:(?:{_MARKER_ALT})\.?\s*\d|(?:foia|foisa|foi|eirs?|eisrs?)\b|ei\s*\("
    r"|freedom\s+of\s+information\b|environmental\s+information\b)",
    re.IGNORECASE,
)
_HEADS_ALT = "|".join(sorted(INSTRUMENT_HEADS, key=len, reverse=True))
_ABBR_ALT = "|".join(sorted(OTHER_ABBREVIATIONS, key=len, reverse=True))
#: An instrument named straight before a marker ("Act 2018, ", "DPA ", "(DPA) ").
_LEAD = re.compile(rf"(?:\b(?i:{_HEADS_ALT})|\b(?:{_ABBR_ALT}))(?:\s+\d{{4}})?\)?\s*,?\s*\Z")


#: A regime's year after its title (the grammar checks which year goes with which).
_YEAR = "(?: (?:" + "|".join(sorted(REGIME_YEARS)) + "))?"
_SINGULAR = "|".join(
    sorted(
        (re.escape(m) for m, (i, plural) in MARKERS.items() if not plural and i != ARTICLE),
        key=len,
        reverse=True,
    )
)
_STOPWORDS = "|".join(
    sorted(
        RELATIVE_CONNECTORS
        | RELATIVE_WORDS
        | SEP_WORDS
        | RANGE_WORDS
        | set(MARKERS)
        | set(REGIME_ABBREVIATIONS)
        | {"of", "sub", "foi", "ei", "freedom", "environmental"},
        key=len,
        reverse=True,
    )
)
#: "of the Act", "of FOISA", "of the Freedom of Information Act 2000" after a citation.
_ACT_TRAIL = (
    r" of (?:the )?(?:Act|Regulations|FOISA|FOIA|EISRs?|EIRs?|FOI Act"
    rf"|Freedom of Information(?: \(Scotland\))? Act{_YEAR}"
    rf"|Environmental Information(?: \(Scotland\))? Regulations{_YEAR})"
)
#: The fast path: a singular marker, a number and a bracketed path written without
#: spaces ("section 40(2)", "s.43(2)", "reg 12(5)(e)"), optionally "of the Act", and
#: then something no rule of the grammar can continue with: the end of a sentence, or
#: a lower-case word that is not a connector. Anything else goes to the grammar.
_FAST_CORE = (
    rf"(?i:(?P<marker>{_SINGULAR}))\.?[ ]?(?P<num>[1-9][0-9]{{0,2}}(?:[A-Z]{{1,2}}|[a-z])?)"
    r"(?P<dot>\.[1-9][0-9]{0,2}(?![0-9A-Za-z.]))?"
    r"(?P<path>(?:\((?:[1-9][0-9]{0,2}[A-Z]?|[a-z]{1,2}|[ivx]{1,4})\))*)"
    rf"(?P<act>{_ACT_TRAIL})?"
)
_FAST = re.compile(
    _FAST_CORE
    + r"(?=[.:!?](?![0-9A-Za-z])|[)\]\"\u201d\u2019]|\s*[-\u2013\u2014]\s+(?![(\u2013\u2014-])"
    + rf"|,?\s+(?!(?:{_STOPWORDS})\b)[a-z]+\b(?![.]?\s*[(0-9])"
    + rf"|(?:,|,?\s+the)\s+(?!(?i:{_STOPWORDS})\b)[A-Za-z]+\b(?![.]?\s*[(0-9])|\s*\Z)"
)
#: The same shapes as the whole of a text, for :func:`parse_citations`.
_FAST_WHOLE = re.compile(_FAST_CORE + r"\Z")
#: The canonical ``str(Citation)`` form as the whole of a text ("FOIA s.40(2)").
_CANONICAL_WHOLE = re.compile(
    "(?P<regime>" + "|".join(r.name for r in Regime) + r") (?:s|reg)\."
    r"(?P<num>[1-9][0-9]{0,2}(?:[A-Z]{1,2})?)"
    r"(?P<path>(?:\((?:[1-9][0-9]{0,2}[A-Z]{0,2}|[a-z]{1,2}|[ivxl]{1,4})\)){0,6})\Z"
)


def _canonical(text: str) -> _Raw | None:
    """The canonical form as the whole text, read literally; or None."""
    m = _CANONICAL_WHOLE.match(text)
    if m is None:
        return None
    instrument, jurisdiction = REGIME_ABBREVIATIONS[m.group("regime").lower()]
    path = tuple(_PATH_PART.findall(m.group("path")))
    return _Raw(instrument, jurisdiction, m.group("num"), path, 0, len(text), literal=True)


#: A regime name may start here (the grammar decides which); if not, the candidate
#: ("FOI/20/017", "Freedom of Information request") is no citation and sets nothing.
_NAME_ANY = re.compile(
    r"(?:foisa|foia|eisrs?|eirs?)(?![a-z])|foi\s*(?:act|\()|ei\s*\("
    r"|freedom\s+of\s+information\s*(?:\(\s*(?:s|scotland)\s*\)\s*)?act"
    r"|environmental\s+information\s*(?:\(\s*(?:s|scotland)\s*\)\s*)?regs?(?![a-z])"
    r"|environmental\s+information\s*(?:\(\s*(?:s|scotland)\s*\)\s*)?regulations",
    re.IGNORECASE,
)
_MARKER_WORDS = "|".join(sorted(MARKERS, key=len, reverse=True))
#: The fast path for a regime name standing alone ("... under the Freedom of
#: Information Act 2000 and ..."): it only sets the document's jurisdiction.
_FAST_NAME = re.compile(
    r"(?!(?:Freedom of Information Act|Environmental Information Regulations) \((?:Scotland|S)\))"
    r"(?:FOISA|FOIA|EISRs?|EIRs?|FOI Act|FOI ?\((?:S|Scotland)\) ?A(?:ct)?"
    rf"|Freedom of Information(?: \((?:Scotland|S)\))? Act{_YEAR}"
    rf"|Environmental Information(?: \((?:Scotland|S)\))? Regulations{_YEAR})"
    r"(?![A-Za-z0-9])"
    rf"(?!\s*(?:\([^()]{{0,80}}\)\s*)?,?\s*(?:(?i:{_MARKER_WORDS})\.?\s*[0-9]|[0-9]))"
)
_PATH_PART = re.compile(r"\(([^)]*)\)")


#: A raw citation straight from all its fields (``_Raw(...)`` is the same, one call slower).
_new_raw = tuple.__new__


def _fast(text: str, pos: int, whole: bool = False) -> tuple[_Raw, int] | None:
    """The fast path at ``pos`` (see ``_FAST``; ``whole``: the whole text), or None.

    Returns the raw citation and the end of the text read (after "of the Act", which the
    citation's own span leaves out)."""
    m = (_FAST_WHOLE if whole else _FAST).match(text, pos)
    if m is None or (pos > 0 and text[pos - 1] in "'\u2019"):
        return None
    marker, number, dot, spath, act = m.group("marker", "num", "dot", "path", "act")
    if number[-1].isalpha():
        if len(number) > 1 and number[-1].islower() and not number[-2].isdigit():
            return None
        section = number[:-1] + number[-1].upper()
    else:
        section = number
    # The path's components are upper case as matched ("5A"): nothing to normalise.
    path = tuple(spath[1:-1].split(")(")) if spath else ()
    if dot:
        path = (dot[1:], *path)
    if len(path) > MAX_DEPTH:
        return None
    instrument = MARKERS[marker.lower()][0]
    jurisdiction: str | None = None
    if act:
        hint = _act_hint(act)
        if hint is None:
            return None
        instrument = hint[0] or instrument
        jurisdiction = hint[1]
    # The path group always takes part and follows the number and the dot.
    end = m.end("path")
    raw = _new_raw(
        _Raw, (instrument, jurisdiction, section, path, pos, end, None, False, None, False)
    )
    return raw, m.end()


#: The regime hint of each ``_ACT_TRAIL`` text seen, as the grammar's trail rule reads
#: it (a finite set of strings; a lexicon lookup, not a cache of citations).
_ACT_HINTS: dict[str, _Hint | None] = {}


def _act_hint(act: str) -> _Hint | None:
    """The regime hint of a trail matched by ``_ACT_TRAIL`` ("of the Act": an Act, no
    jurisdiction); None when the grammar's trail rule does not name a regime there."""
    try:
        return _ACT_HINTS[act]
    except KeyError:
        trail = _trail(_Tape(act), 0)
        hint = _ACT_HINTS[act] = trail[1] if trail is not None else None
        return hint


_COMP = r"\((?:[1-9][0-9]{0,2}[A-Z]?|[a-z]{1,2}|[ivx]{1,4})\)"
_LIST_NUMBER = r"[1-9][0-9]{0,2}(?:[A-Z]{1,2}|[a-z])?"
_LIST_ITEM = rf"(?:{_LIST_NUMBER}(?: ?(?:{_COMP})+)?|(?:{_COMP})+)"
_LIST_SEP = r"(?:,? (?:and|or) |, )"
_PLAIN_MARKER = "|".join(
    sorted((re.escape(m) for m, (i, _) in MARKERS.items() if i != ARTICLE), key=len, reverse=True)
)
#: The whole-text fast path for lists and spaced forms: a marker or a regime abbreviation,
#: then items ("40(2)", "43 (2)(a)", "(b)") joined by "and", "or" or commas, then
#: optionally "of the Act" (after a marker). Every other text goes to the grammar.
_LIST_WHOLE = re.compile(
    rf"(?:(?P<lead>FOIA|FOISA|EIRs?|EISRs?) (?=[1-9])|(?P<marker>(?i:{_PLAIN_MARKER}))\.? ?)"
    rf"(?P<num>{_LIST_NUMBER})(?: ?(?P<path>(?:{_COMP})+))?"
    rf"(?P<rest>(?:{_LIST_SEP}{_LIST_ITEM})*)(?P<act>{_ACT_TRAIL})?\Z"
)
#: One more item of such a list, with the separator before it.
_LIST_NEXT = re.compile(
    rf"{_LIST_SEP}(?:(?P<num>{_LIST_NUMBER})(?: ?(?P<path>(?:{_COMP})+))?"
    rf"|(?P<tail>(?:{_COMP})+))"
)


def _fast_list(text: str) -> list[_Raw] | None:
    """The raws of a whole text in the shapes of ``_LIST_WHOLE``, as the grammar reads
    them ("sections 40(2) and 43(2)", "section 38(1)(a) and (b)", "s 40 (2)",
    "EIR 12(4)(b)", "section 1(1)(a) of the Act"); None for anything else."""
    m = _LIST_WHOLE.match(text)
    if m is None:
        return None
    lead, marker, number, spath, rest, act = m.group("lead", "marker", "num", "path", "rest", "act")
    instrument: str | None
    jurisdiction: str | None = None
    if lead is not None:
        if act:
            return None
        instrument, jurisdiction = REGIME_ABBREVIATIONS[lead.lower()]
    else:
        instrument = MARKERS[marker.lower()][0]
        if act:
            hint = _act_hint(act)
            if hint is None:
                return None
            instrument = hint[0] or instrument
            jurisdiction = hint[1]
    start, end = 0, m.end("num") if spath is None else m.end("path")
    raws: list[_Raw] = []
    while True:
        if number is not None:
            if len(number) > 1 and number[-1].islower() and not number[-2].isdigit():
                return None
            section = number[:-1] + number[-1].upper() if number[-1].isalpha() else number
            path = tuple(spath[1:-1].split(")(")) if spath else ()
            if len(path) > MAX_DEPTH:
                return None
        else:
            path = tuple(spath[1:-1].split(")("))
            if len(path) > MAX_DEPTH:
                return None
            prev = raws[-1]
            section = prev.section
            path = _continue(prev.path, list(path))
        fields = (instrument, jurisdiction, section, path, start, end, None, False, None, False)
        raws.append(_new_raw(_Raw, fields))
        if not rest or end == m.end("rest"):
            break
        # ``_LIST_WHOLE`` matched: each further item follows its separator.
        i = _LIST_NEXT.match(text, end)
        if i is None:  # pragma: no cover - the whole text matched these shapes
            return None
        number, spath, tail = i.group("num", "path", "tail")
        if number is None:
            spath = tail
            start = i.start("tail")
        else:
            start = i.start("num")
        end = i.end()
    if len(raws) >= MAX_ITEMS // 2:
        return None
    return raws


def _lead_start(text: str, pos: int) -> tuple[_Tape, int] | None:
    """An instrument named before ``pos``: a tape from a little before and its title's token."""
    if not _LEAD.search(text, max(0, pos - 40), pos):
        return None
    begin = max(0, pos - LOOKBACK_CHARS)
    while begin > 0 and not text[begin - 1].isspace() and pos - begin < LOOKBACK_CHARS + 40:
        begin -= 1
    tp = _Tape(text, begin)
    while tp.more() and tp.t and tp.t[-1].start < pos:
        pass
    marker_tok = next((i for i, t in enumerate(tp.t) if t.start >= pos), None)
    if marker_tok is None:
        return None
    for i in range(max(0, marker_tok - TITLE_MAX_TOKENS), marker_tok):
        if tp.t[i].kind != _WORD:
            continue
        before = tp.raw(i - 1) if i > 0 else None
        if (
            before is not None
            and _capital(before)
            and before.lower() not in _TITLE_AFTER
            and tp.raw(i) not in OTHER_ABBREVIATIONS
            and not (tp.raw(i) in OTHER_QUALIFIERS and tp.raw(i + 1) in OTHER_ABBREVIATIONS)
        ):
            continue  # inside a title that starts earlier (an abbreviation starts its own)
        end = _title(tp, i)
        if end is None:
            continue
        if any(tp.word(b) in LEAD_BLOCKERS for b in range(max(0, i - 3), i)):
            return None  # "as defined in the DPA 2018, section 40(2) applies"
        j = _alias(tp, end)
        j = j + 1 if tp.kind(j) == _SEP and tp.t[j].text == "," else j
        if j == marker_tok:
            return tp, i
    return None


# --- the document's regime and other instruments named nearby ---------------------------

#: The words before a regime name: a negation ("not the") or evidence ("under the").
_BEFORE_NAME = re.compile(
    r"\b(?:(?P<neg>"
    + "|".join(n.replace(" ", r"\s+") for n in NEGATIONS)
    + r")|(?P<ev>"
    + "|".join(sorted(EVIDENCE_WORDS))
    + r"))\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _reference(text: str, start: int, end: int) -> bool:
    """True if the name at ``text[start:end]`` is glued into a reference number
    ("FOIA-2024-77", "FOISA/22", "ref:EIR-321"): it names no regime."""
    after = text[end : end + 2]
    if after[:1].isdigit() or (
        len(after) == 2 and after[0] in REFERENCE_GLUE and after[1].isalnum()
    ):
        return True
    before = text[start - 1] if start > 0 else ""
    return before.isalnum() or (before in REFERENCE_GLUE and before != "")


class _Doc:
    """Evidence of the document's jurisdiction: a score per jurisdiction.

    Each regime name that is not ruled out ("not", "rather than", "instead
    of" ...) and not part of a reference number counts 1; the first such
    mention (a heading) and a mention after "under" count 2. The document's
    jurisdiction is the one with the higher score, the most recent on a tie.
    When both jurisdictions have evidence, a reading that relies on it is
    ``inferred == "ambiguous"``.
    """

    __slots__ = ("last", "scores")

    def __init__(self) -> None:
        self.scores = {UK: 0, SCOT: 0}
        self.last: str | None = None

    def mention(self, text: str, start: int, end: int, jurisdiction: str | None) -> None:
        if jurisdiction is None or _reference(text, start, end):
            return
        before = _BEFORE_NAME.search(text, max(0, start - 40), start)
        if before is not None and before.group("neg"):
            return
        weight = 1
        if self.last is None:
            weight += 1
        if before is not None:
            weight += 1
        self.scores[jurisdiction] += weight
        self.last = jurisdiction

    def jurisdiction(self) -> str | None:
        uk, scot = self.scores[UK], self.scores[SCOT]
        if uk == scot:
            return self.last
        return UK if uk > scot else SCOT

    def inferred(self) -> str | None:
        if self.scores[UK] and self.scores[SCOT]:
            return "ambiguous"
        return "document" if self.last == SCOT else None


_ABBR_MENTION = "|".join(sorted(OTHER_ABBREVIATIONS, key=len, reverse=True))
#: An instrument named in the text: a title's head and year, a known abbreviation
#: or a regime's name (whose position blocks an earlier instrument).
_MENTION = re.compile(
    r"(?P<head>Act|Regulations|Order|Rules)(?:\s*\((?:Scotland|S)\))?\s+\d{4}\b"
    rf"|\b(?P<abbr>(?:(?:UK|EU)\s+)?(?:{_ABBR_MENTION}))\b(?:\s+\d{{4}}\b)?"
    r"|\b(?P<regime>FOIA|FOISA|EIRs?|EISRs?|FOI\s*(?:\((?:S|Scotland)\)\s*)?A(?:ct)?"
    r"|Freedom\s+of\s+Information(?:\s*\((?:Scotland|S)\))?\s+Act"
    r"|Environmental\s+Information(?:\s*\((?:Scotland|S)\))?\s+Regulations)\b"
)
#: Where another Act named earlier stops reaching a bare "section N": the end of a sentence,
#: a paragraph, or a clause closed by a semicolon ("personal data under the Data Protection
#: Act 2018; section 40(2) applies" is FOI law's s.40(2)).
_SENTENCE_END = re.compile(r"[.!?;](?:\s|\Z)|\n\s*\n")
#: Where a clause ends within a sentence (see ``CLAUSE_BREAKS``; "and" only with no
#: citation between the Act and it, see ``CLAUSE_AND``).
_CLAUSE_END = re.compile(
    r",?\s+(?:(?P<word>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(CLAUSE_BREAKS, key=len, reverse=True))
    + r")|(?P<and>"
    + CLAUSE_AND
    + r"))\s",
    re.IGNORECASE,
)
_CITE_MARK = re.compile(r"\b(?:sections?|ss?|regulations?|regs?|r)\.?\s*\d", re.IGNORECASE)


def _clause_end(text: str, start: int, pos: int) -> bool:
    """True if a clause ends in ``text[start:pos]`` (see ``_CLAUSE_END``)."""
    for b in _CLAUSE_END.finditer(text, start, pos):
        if b.group("word") is not None or not _CITE_MARK.search(text, start, b.start()):
            return True
    return False


#: Where a mention may start: plain words, so the regular expression engine skips
#: ahead by their first letters (``_MENTION`` then checks the candidate).
_MENTION_START = re.compile(
    "|".join(
        sorted(
            {"Act", "Regulations", "Order", "Rules", "UK", "EU", "FOI", "EI", "Freedom"}
            | {"Environmental"}
            | OTHER_ABBREVIATIONS,
            key=len,
            reverse=True,
        )
    )
)


def _mentions(text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """Every instrument named in ``text[pos:end]``, in order (see ``_MENTION``)."""
    search = _MENTION_START.search
    match = _MENTION.match
    while True:
        c = search(text, pos, end)
        if c is None:
            return
        start = c.start()
        if start > 0 and text[start - 1].isalnum():
            pos = c.end()
            continue
        m = match(text, start, end)
        if m is None:
            pos = c.end()
            continue
        yield m
        pos = m.end()


class _Named(NamedTuple):
    """An instrument named before a citation: its name, or its regime parts."""

    start: int
    end: int
    other: str | None
    regime: _Hint | None
    regs: bool


def _classify(text: str, lo: int, m: re.Match[str]) -> _Named:
    """What the mention ``m`` names: another instrument (its title as written) or a regime."""
    if m.group("abbr"):
        return _Named(m.start(), m.end(), m.group("abbr"), None, False)
    if m.group("regime"):
        hint = _regime_name(_Tape(text, m.start(), m.end() + 30), 0)
        regs = hint is not None and hint[1][0] == REGS
        return _Named(m.start(), m.end(), None, hint[1] if hint else (None, None), regs)
    regs = m.group("head") != "Act"
    tp = _Tape(text, max(lo, m.start() - LOOKBACK_CHARS // 2), m.end())
    while tp.more():
        pass
    end_tok = len(tp.t)
    head = next((i for i, t in enumerate(tp.t) if t.start >= m.start()), end_tok - 1)
    for i in range(max(0, head - TITLE_MAX_TOKENS), head + 1):
        if tp.t[i].kind != _WORD or not _capital(tp.raw(i)):
            continue
        before = tp.raw(i - 1) if i > 0 else None
        if before is not None and _capital(before) and before.lower() not in _TITLE_AFTER:
            continue
        if tp.raw(i) in ("The", "Under", "In", "By"):
            continue
        if _title(tp, i) == end_tok:
            named = _regime_name(tp, i)
            if named is not None and named[0] == end_tok:
                return _Named(tp.t[i].start, m.end(), None, named[1], regs)
            return _Named(tp.t[i].start, m.end(), text[tp.t[i].start : m.end()], None, regs)
    return _Named(m.start(), m.end(), text[m.start() : m.end()], None, regs)


class _Mentions:
    """The instruments named in the text, found by one lazy forward scan (linear)."""

    __slots__ = ("classified", "recent", "scanned", "text", "year_scanned", "years")

    def __init__(self, text: str) -> None:
        self.text = text
        self.recent: deque[re.Match[str]] = deque(maxlen=24)
        self.scanned = 0  # mentions before this are in ``recent`` (or out of every window)
        self.classified: dict[int, _Named] = {}
        self.years: dict[str, re.Match[str]] = {}  # year -> the last mention with it
        self.year_scanned = 0

    def advance(self, pos: int) -> None:
        """Take in the mentions within a window before ``pos`` (each text slice is
        scanned at most once, plus a short overlap: linear)."""
        start = max(self.scanned, pos - REGS_WINDOW_CHARS - _OVERLAP)
        recent = self.recent
        for m in _mentions(self.text, start, pos):
            if not recent or m.start() > recent[-1].start():
                recent.append(m)
        self.scanned = max(start, pos - _OVERLAP)

    def year(self, pos: int, year: str) -> re.Match[str] | None:
        """The last mention before ``pos`` written with ``year`` ("Act 2018")."""
        text = self.text
        if pos > self.year_scanned:
            for m in _mentions(text, self.year_scanned, pos):
                end = m.end()
                y = _MENTION_YEAR.match(text, end - 5 if text[end - 4 : end].isdigit() else end)
                if y is not None:
                    self.years[y.group(1)] = m
            self.year_scanned = pos
        return self.years.get(year)

    def classify(self, m: re.Match[str]) -> _Named:
        named = self.classified.get(m.start())
        if named is None:
            named = self.classified[m.start()] = _classify(self.text, 0, m)
        return named

    def before(self, pos: int, regs: bool, sentence: bool) -> _Named | None:
        """The instrument named last before ``pos``: within the sentence (``sentence``)
        or a window; for a regulation, the regulations named last."""
        text = self.text
        self.advance(pos)
        lo = max(0, pos - (REGS_WINDOW_CHARS if regs else OTHER_WINDOW_CHARS))
        for m in reversed(self.recent):
            if m.start() < lo:
                return None
            if sentence and (
                _SENTENCE_END.search(text, m.end(), pos) or _clause_end(text, m.end(), pos)
            ):
                return None
            named = self.classify(m)
            if regs and not named.regs:
                continue  # a regulation belongs to regulations, not to an Act named since
            if _DEFINITION.search(text, max(0, named.start - 40), named.start):
                continue  # "as defined in the DPA 2018, section 40(2)": a definition's source
            return named
        return None


_DEFINITION = re.compile(
    r"\b(?:" + "|".join(sorted(LEAD_BLOCKERS)) + r")\b(?:\s+[A-Za-z]+){0,3}\s*\Z", re.IGNORECASE
)
_BEFORE_MARKER = re.compile(r"([A-Za-z]+)\s+(?:(?:under|in|at|by)\s+)?\Z")


def _foi_cue(text: str, pos: int) -> bool:
    """ "exempt under section 40(2)": words that keep a bare citation FOI law."""
    m = _BEFORE_MARKER.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in FOI_CUES


_OVERLAP = 80
_MENTION_YEAR = re.compile(r"\s*([0-9]{4})\b")


_YEAR_ACT = re.compile(r"the ([0-9]{4}) (Act|Regulations)\Z", re.IGNORECASE)


def _resolve_year(raw: _Raw, mentions: _Mentions | None) -> _Raw:
    """ "section 3(2) of the 2018 Act": the instrument the text named with that year."""
    m = _YEAR_ACT.match(raw.other or "")
    assert m is not None
    year, head = m.group(1), m.group(2).lower()
    found: _Named | None = None
    if mentions is not None:
        last = mentions.year(raw.start, year)
        found = mentions.classify(last) if last is not None else None
    if found is not None and found.other is not None:
        return raw._replace(other=found.other)
    parts = found.regime if found is not None else YEAR_REGIMES.get((year, head))
    if parts is None:
        return raw
    return raw._replace(
        other=None,
        is_other=False,
        instrument=parts[0] or raw.instrument,
        jurisdiction=parts[1],
    )


def _known(citation: Citation) -> bool:
    """True if the catalogue has the citation or its subsection."""
    known = _catalogued(citation.regime)
    section = citation.section
    return (section, citation.path) in known or (section, citation.path[:1]) in known


def _elsewhere(
    text: str, raw: _Raw, citation: Citation | None, mentions: _Mentions
) -> OtherCitation | None:
    """A bare citation that belongs to another instrument named before it, or None.

    Within the clause (see ``_clause_end``), the instrument named last before a bare
    "section N" ("detained under the Mental Health Act 1983 ... section 136") owns it unless
    a regime is named closer or the words before it are FOI words ("exempt
    under section 40(2)"); a bare "regulation N" belongs to the regulations named
    last within a short window. Across a sentence, another instrument owns a
    bare citation only if the regime's reading is not in the catalogue
    ("Section 3(4) of the DPA ... Under section 3(10)").
    """
    if citation is None or raw.jurisdiction is not None or raw.literal or raw.is_other:
        return None
    regs = raw.instrument == REGS
    named = mentions.before(raw.start, regs, sentence=not regs)
    name = named.other if named is not None else None
    if named is None and not regs and not _known(citation):
        wide = mentions.before(raw.start, False, sentence=False)
        name = wide.other if wide is not None else None
    if name is None or (not regs and _foi_cue(text, raw.start)):
        return None
    return _other(raw, text, name)


def _found(
    text: str, regime: Regime | None, others: bool, fast_paths: bool = True
) -> Iterator[FoundCitation | OtherCitation]:
    """The citations of ``text`` in order; ``fast_paths=False`` (tests) uses the grammar only."""
    _check_args(text, regime)
    if not isinstance(others, bool):
        raise ArgumentTypeError("others", others, "a bool")
    doc = _Doc()
    mentions = _Mentions(text)
    last_other: str | None = None  # the other instrument named last, for "that Act"
    consumed = 0
    for m in _PRESCAN.finditer(text):
        pos = m.start()
        if pos < consumed:
            continue
        if fast_paths and m.group()[0] in "FE":
            name = _FAST_NAME.match(text, pos)
            if name is not None:
                hint = _regime_name(_Tape(text, pos, name.end()), 0)
                if hint is not None:
                    doc.mention(text, pos, name.end(), hint[1][1])
                last_other = None
                consumed = name.end()
                continue
            if not _NAME_ANY.match(text, pos):
                continue
        lead = _lead_start(text, pos) if m.group()[0] not in "fFeE" else None
        hit = _fast(text, pos) if lead is None and fast_paths else None
        if hit is not None:
            # Past "of FOIA" too, as the grammar reads it: the name is not counted again.
            fast, consumed = hit
            citation = _settle(fast, regime, doc.jurisdiction())
            if fast.jurisdiction is not None:
                last_other = None
                doc.mention(text, fast.start, fast.end, fast.jurisdiction)
            moved = _elsewhere(text, fast, citation, mentions)
            if moved is not None:
                if others:
                    yield moved
            elif citation is not None and _beyond(fast, citation):
                if others:
                    yield _other(fast, text)
            elif citation is not None:
                inferred = doc.inferred() if regime is None and fast.jurisdiction is None else None
                for c, why in _expand(citation, fast):
                    yield FoundCitation(
                        c, fast.start, fast.end, text[fast.start : fast.end], why or inferred
                    )
            continue
        if lead is not None:
            tp, k = lead
        else:
            tp, k = _Tape(text, pos), 0
        try:
            end, raws = _group(tp, k, strict=False)
        except _Fail:
            named = _regime_name(tp, k)
            if named is not None:
                last_other = None
                doc.mention(text, tp.start(k), tp.end_of(named[0] - 1), named[1][1])
                consumed = tp.start(named[0] - 1) + 1
            continue
        consumed = tp.t[end - 1].end
        for raw in raws:
            if raw.other == NOT_LAW_MARK:
                continue
            if raw.other is not None and _YEAR_ACT.match(raw.other):
                raw = _resolve_year(raw, mentions)
            if raw.other == THAT:
                if last_other is None:
                    raw = raw._replace(other=None, is_other=False)
                else:
                    raw = raw._replace(other=last_other)
            if raw.is_other and raw.other is not None:
                last_other = raw.other
            elif raw.jurisdiction is not None:
                last_other = None
            if raw.is_other:
                if others:
                    yield _other(raw, text, raw.other)
                continue
            citation = _settle(raw, regime, doc.jurisdiction())
            if citation is None:
                continue
            moved = _elsewhere(text, raw, citation, mentions)
            if moved is not None:
                if others:
                    yield moved
                continue
            if _beyond(raw, citation):
                if others:
                    yield _other(raw, text)
                continue
            inferred = raw.inferred
            if inferred is None and raw.jurisdiction is None and regime is None:
                inferred = doc.inferred()
            for c, why in _expand(citation, raw):
                yield FoundCitation(
                    c, raw.start, raw.end, text[raw.start : raw.end], why or inferred
                )
        if raws and raws[0].jurisdiction is not None and not raws[0].is_other:
            doc.mention(text, raws[0].start, raws[0].end, raws[0].jurisdiction)


@overload
def iter_citations(
    text: str, regime: Regime | None = None, *, others: Literal[False] = False
) -> Iterator[FoundCitation]: ...
@overload
def iter_citations(
    text: str, regime: Regime | None = None, *, others: Literal[True]
) -> Iterator[FoundCitation | OtherCitation]: ...
def iter_citations(
    text: str, regime: Regime | None = None, *, others: bool = False
) -> Iterator[FoundCitation | OtherCitation]:
    """Like :func:`find_citations`, one citation at a time, for large texts.

    Memory stays bounded by the longest list of citations, not by the text.

    >>> [str(f.citation) for f in iter_citations("see s.40(2) and s.43(2)")]
    ['FOIA s.40(2)', 'FOIA s.43(2)']
    """
    _check_args(text, regime)
    return _found(text, regime, others)


@overload
def find_citations(
    text: str, regime: Regime | None = None, *, others: Literal[False] = False
) -> tuple[FoundCitation, ...]: ...
@overload
def find_citations(
    text: str, regime: Regime | None = None, *, others: Literal[True]
) -> tuple[FoundCitation | OtherCitation, ...]: ...
def find_citations(
    text: str, regime: Regime | None = None, *, others: bool = False
) -> tuple[FoundCitation | OtherCitation, ...]:
    """Find the citations in free prose, such as a whole response letter.

    A citation needs a "section"/"regulation" word or a regime name before its
    number, so dates and counts are not mistaken for citations. Without a
    ``regime``, the jurisdiction of the last regime name seen so far applies
    (``inferred == "document"``).

    Args:
        text: the prose.
        regime: the regime to assume where a citation does not name one; it
            overrides the document's regime.
        others: also return citations of other instruments (the Data
            Protection Act, the UK GDPR, the Fees Regulations ...) as
            :class:`~foilib.OtherCitation`; by default they are left out. They
            are never returned as FOI law.

    Returns:
        The citations in the order written.

    >>> [str(f.citation) for f in find_citations(
    ...     "withheld under section 40(2) of the FOI Act and s.43(2)")]
    ['FOIA s.40(2)', 'FOIA s.43(2)']
    """
    return tuple(_found(text, regime, others))
