"""Citations as officers write them: a linear, hand-written tokenizer and parser.

Reads "section 40(2)", "s.40(2)", "s 40 (2)", "S40(2)", "Section 17.1" (= 17(1)),
"sections 40(2) and 43(2)", "section 38(1)(a) and (b)", "regulation 12(5)(e)",
"reg. 12(4)(b)", "EIR 12(4)(b)", "FOISA s.38(1)(b)", "Section 1(1)(a) of the Act"
and the canonical ``str(Citation)`` form ("FOIA s.40(2)", "EIR reg.12(5)(e)").

How the regime is chosen, for each citation:

* The *instrument* (an Act or a set of regulations): a regime name written with
  the citation ("FOISA s.38", "regulation 12 of the EIR", "s.40 of the FOI Act")
  decides; otherwise the word used ("section"/"s." means an Act,
  "regulation"/"reg." regulations); otherwise (a bare number) the ``regime``
  argument.
* The *jurisdiction* (UK or Scotland): a regime name that says so decides
  (FOIA, FOISA, EISR, the full titles); otherwise the ``regime`` argument;
  otherwise, in :func:`find_citations`, the last regime name seen earlier in the
  text that named a jurisdiction; otherwise the UK. "EIR"/"EIRs" names
  regulations only, since the Scottish Commissioner also calls the EISR "the EIRs".

So with ``regime=None``: "section 40(2)" is FOIA, "regulation 12(4)(b)" is the
EIR, and a bare "40(2)" is an error (or, for :func:`foilib.provision`, looked up
in every regime). Tokenizing and parsing are single forward passes with bounded
look-ahead, so time is linear in the length of the text.
"""

from __future__ import annotations

import attrs

from .citation import Citation
from .errors import ArgumentTypeError, CitationError
from .regimes import Regime

__all__ = ["FoundCitation", "find_citations", "parse_citation", "parse_citations"]

# Token kinds.
_WORD, _NUM, _LP, _RP, _DOT, _SEP, _OTHER = range(7)
_PUNCT = {"(": _LP, ")": _RP, ".": _DOT, ",": _SEP, ";": _SEP, "&": _SEP, "/": _SEP}
_ACT, _REGS = "act", "regs"
_UK, _SCOT = "uk", "scot"
_MAX_DEPTH = 6

# (kind, text, start, end, space_before)
_Token = tuple[int, str, int, int, bool]

_MARKERS = {
    "section": (_ACT, False),
    "sec": (_ACT, False),
    "s": (_ACT, False),
    "sections": (_ACT, True),
    "secs": (_ACT, True),
    "ss": (_ACT, True),
    "regulation": (_REGS, False),
    "reg": (_REGS, False),
    "regulations": (_REGS, True),
    "regs": (_REGS, True),
}
_SEP_WORDS = frozenset({"and", "or"})
_YEARS = frozenset({"2000", "2002", "2004"})
_ROMAN = frozenset("ivx")
_ROMAN_ALL = frozenset("ivxl")
_REGIME_OF = {
    (_ACT, _UK): Regime.FOIA,
    (_REGS, _UK): Regime.EIR,
    (_ACT, _SCOT): Regime.FOISA,
    (_REGS, _SCOT): Regime.EISR,
}
_REGIME_PARTS = {
    Regime.FOIA: (_ACT, _UK),
    Regime.EIR: (_REGS, _UK),
    Regime.FOISA: (_ACT, _SCOT),
    Regime.EISR: (_REGS, _SCOT),
}
# A regime name: (instrument or None, jurisdiction or None).
_Hint = tuple[str | None, str | None]
_ABBREVIATIONS: dict[str, _Hint] = {
    "foia": (_ACT, _UK),
    "foisa": (_ACT, _SCOT),
    "eir": (_REGS, _UK),
    "eirs": (_REGS, None),
    "eisr": (_REGS, _SCOT),
    "eisrs": (_REGS, _SCOT),
}


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into words, digit runs and punctuation in one pass."""
    tokens: list[_Token] = []
    append = tokens.append
    n = len(text)
    i = 0
    space = False
    while i < n:
        c = text[i]
        j = i + 1
        if c in _LETTERS:
            while j < n and text[j] in _LETTERS:
                j += 1
            kind = _WORD
        elif c in _DIGITS:
            while j < n and text[j] in _DIGITS:
                j += 1
            kind = _NUM
        elif c.isspace():
            space = True
            i = j
            continue
        else:
            kind = _PUNCT.get(c, _OTHER)
        append((kind, text[i:j], i, j, space))
        space = False
        i = j
    return tokens


@attrs.frozen(slots=True)
class _Raw:
    """One citation as read, before its regime is settled."""

    instrument: str | None
    jurisdiction: str | None
    section: str
    path: tuple[str, ...]
    start: int
    end: int


class _Fail(Exception):
    """Internal: reading stopped at token ``index`` expecting ``expected``."""

    def __init__(self, index: int, expected: str) -> None:
        self.index = index
        self.expected = expected


class _Reader:
    """Reads citation groups from a token list; every method moves forward only."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.t = tokens
        self.n = len(tokens)

    # --- small look-ups ------------------------------------------------------
    def word(self, k: int) -> str | None:
        if k < self.n and self.t[k][0] == _WORD:
            return self.t[k][1].lower()
        return None

    def kind(self, k: int) -> int:
        return self.t[k][0] if k < self.n else -1

    def glued(self, k: int) -> bool:
        """True if token ``k`` exists and follows the previous one without a space."""
        return k < self.n and not self.t[k][4]

    # --- regime names ----------------------------------------------------------
    def regime_name(self, k: int) -> tuple[int, _Hint] | None:
        """A regime name at ``k``: returns the index after it and what it names."""
        w = self.word(k)
        if w is None:
            return None
        hint: _Hint | None = None
        end = k
        if w in _ABBREVIATIONS:
            hint, end = _ABBREVIATIONS[w], k + 1
        elif w == "foi":
            # "FOI Act", "FOI(S)A", "FOI (Scotland) Act"
            if self.word(k + 1) == "act":
                hint, end = (_ACT, _UK), k + 2
            else:
                scot = self.scotland(k + 1)
                if scot is not None and self.word(scot) in ("a", "act"):
                    hint, end = (_ACT, _SCOT), scot + 1
        elif w == "ei":
            scot = self.scotland(k + 1)
            if scot is not None and self.word(scot) in ("r", "rs"):
                hint, end = (_REGS, _SCOT), scot + 1
        elif w == "freedom" and self.word(k + 1) == "of" and self.word(k + 2) == "information":
            scot = self.scotland(k + 3)
            if self.word(k + 3) == "act":
                hint, end = (_ACT, _UK), k + 4
            elif scot is not None and self.word(scot) == "act":
                hint, end = (_ACT, _SCOT), scot + 1
        elif w == "environmental" and self.word(k + 1) == "information":
            scot = self.scotland(k + 2)
            if self.word(k + 2) in ("regulations", "regs"):
                hint, end = (_REGS, _UK), k + 3
            elif scot is not None and self.word(scot) in ("regulations", "regs"):
                hint, end = (_REGS, _SCOT), scot + 1
        if hint is None:
            return None
        if self.kind(end) == _NUM and self.t[end][1] in _YEARS:
            end += 1
        return end, hint

    def scotland(self, k: int) -> int | None:
        """Match "(S)" or "(Scotland)" at ``k``; return the index after it."""
        if (
            self.kind(k) == _LP
            and self.word(k + 1) in ("s", "scotland")
            and (self.kind(k + 2) == _RP)
        ):
            return k + 3
        return None

    # --- markers and numbers ---------------------------------------------------
    def marker(self, k: int) -> tuple[int, str, bool] | None:
        """ "section", "s.", "ss", "reg." ... followed by a number: (next, instrument, plural)."""
        w = self.word(k)
        if w is None or w not in _MARKERS:
            return None
        if w in ("s", "ss") and k > 0 and self.glued(k) and self.t[k - 1][1] in "'’":
            return None  # "it's 20 days"
        instrument, plural = _MARKERS[w]
        end = k + 1
        if self.kind(end) == _DOT:
            end += 1
        if self.kind(end) != _NUM:
            return None if len(w) <= 3 else (end, instrument, plural)
        return end, instrument, plural

    def number(self, k: int) -> tuple[int, str, list[str]]:
        """A section number with its subsection path; raises :class:`_Fail`."""
        if self.kind(k) != _NUM:
            raise _Fail(k, "a section or regulation number such as '40' or '12(4)(b)'")
        section = self.numeral(k)
        if section is None:
            raise _Fail(k, "a section or regulation number from 1 to 999")
        k += 1
        if self.glued(k) and self.kind(k) == _WORD and self.suffix(self.t[k][1]):
            section += self.t[k][1].upper()
            k += 1
        path: list[str] = []
        # Dotted form: "17.1" is 17(1).
        while self.kind(k) == _DOT and self.glued(k) and self.glued(k + 1):
            comp = self.component(k + 1)
            if comp is None:
                break
            path.append(comp[1])
            k = comp[0]
        # Bracketed form: "(2)(a)(iii)", spaces allowed before "(".
        while self.kind(k) == _LP:
            comp = self.component(k + 1)
            if comp is None or self.kind(comp[0]) != _RP:
                break
            path.append(comp[1])
            k = comp[0] + 1
            if len(path) > _MAX_DEPTH:
                raise _Fail(k - 3, f"at most {_MAX_DEPTH} levels of subsection")
        return k, section, path

    def numeral(self, k: int) -> str | None:
        digits = self.t[k][1]
        if len(digits) > 3 or digits[0] == "0":
            return None
        return digits

    @staticmethod
    def suffix(word: str) -> bool:
        return (len(word) <= 2 and word.isupper()) or (len(word) == 1 and word.islower())

    def component(self, k: int) -> tuple[int, str] | None:
        """One subsection component at ``k``: "2", "5A", "a", "iii"."""
        kind = self.kind(k)
        if kind == _NUM:
            value = self.numeral(k)
            if value is None:
                return None
            k += 1
            if self.glued(k) and self.kind(k) == _WORD and self.suffix(self.t[k][1]):
                value += self.t[k][1].upper()
                k += 1
            return k, value
        if kind == _WORD:
            w = self.t[k][1].lower()
            if len(w) <= 2 or (len(w) <= 4 and set(w) <= _ROMAN_ALL):
                return k + 1, w
        return None

    # --- groups --------------------------------------------------------------
    def separator(self, k: int) -> int | None:
        """ "," "&" "/" "and" "or" "and/or": return the index after the separator."""
        start = k
        while True:
            if self.kind(k) == _SEP or self.word(k) in _SEP_WORDS:
                k += 1
                continue
            break
        return k if k > start else None

    def trailing_regime(self, k: int) -> tuple[int, _Hint] | None:
        """ "of the FOI Act", "of FOISA", "of the Act", "of the Regulations", "(FOIA)", "FOISA"."""
        if self.word(k) == "of":
            j = k + 1
            if self.word(j) == "the":
                j += 1
                if self.word(j) == "act":
                    return j + 1, (_ACT, None)
                if self.word(j) in ("regulations", "regs"):
                    return j + 1, (_REGS, None)
            return self.regime_name(j)
        if self.kind(k) == _LP:
            named = self.regime_name(k + 1)
            if named is not None and self.kind(named[0]) == _RP:
                return named[0] + 1, named[1]
        if self.word(k) in _ABBREVIATIONS:  # "s.14(1) FOIA", "section 38(1)(b) FOISA"
            return self.regime_name(k)
        return None

    def group(self, k: int, strict: bool) -> tuple[int, list[_Raw]]:
        """One citation group: [regime] [marker] number {sep [marker] number|path} [of regime]."""
        start_tok = k
        hint: _Hint = (None, None)
        named = self.regime_name(k)
        if named is not None:
            k, hint = named
        mark = self.marker(k)
        instrument: str | None = None
        plural = False
        if mark is not None:
            k, instrument, plural = mark
        elif self.word(k) in _MARKERS:
            # A marker word with no number after it ("section banana").
            k += 1
            if self.kind(k) == _DOT:
                k += 1
        if not strict and named is None and mark is None:
            raise _Fail(k, "a citation")
        k, section, path = self.number(k)
        items: list[tuple[str | None, str, list[str], int, int]] = [
            (instrument, section, path, self.t[start_tok][2], self.t[k - 1][3])
        ]
        while True:
            after = self.separator(k)
            if after is None:
                break
            try:
                nxt, more = self.continuation(after, items, instrument, plural, strict)
            except _Fail:
                if strict:
                    raise
                break
            if not more:
                break
            k = nxt
        trail = self.trailing_regime(k)
        if trail is not None:
            k, trail_hint = trail
            if hint == (None, None):
                hint = trail_hint
        raws = [_Raw(hint[0] or inst, hint[1], sec, tuple(p), s, e) for inst, sec, p, s, e in items]
        return k, raws

    def continuation(
        self,
        after: int,
        items: list[tuple[str | None, str, list[str], int, int]],
        instrument: str | None,
        plural: bool,
        strict: bool,
    ) -> tuple[int, bool]:
        """One more item after a separator; returns (next index, whether one was read)."""
        mark = self.marker(after)
        if mark is not None:
            j, inst2, _ = mark
            j, sec2, path2 = self.number(j)
            items.append((inst2, sec2, path2, self.t[after][2], self.t[j - 1][3]))
            return j, True
        if self.kind(after) == _NUM:
            j, sec2, path2 = self.number(after)
            if not strict and not plural and not path2:
                return after, False  # "section 40(2) and 43 people"
            items.append((instrument, sec2, path2, self.t[after][2], self.t[j - 1][3]))
            return j, True
        if self.kind(after) == _LP:
            prev = items[-1]
            j, tail = self.path_only(after)
            if tail:
                path = _continue(prev[2], tail)
                items.append((prev[0], prev[1], path, self.t[after][2], self.t[j - 1][3]))
                return j, True
        return after, False

    def path_only(self, k: int) -> tuple[int, list[str]]:
        path: list[str] = []
        while self.kind(k) == _LP:
            comp = self.component(k + 1)
            if comp is None or self.kind(comp[0]) != _RP:
                break
            path.append(comp[1])
            k = comp[0] + 1
            if len(path) > _MAX_DEPTH:
                raise _Fail(k - 3, f"at most {_MAX_DEPTH} levels of subsection")
        return k, path


def _level(path: list[str] | tuple[str, ...], i: int) -> str:
    """The numbering style of level ``i``: number, letter, or roman numeral."""
    c = path[i]
    if c[0].isdigit():
        return "num"
    if i > 0 and not path[i - 1][0].isdigit():
        return "roman"
    return "alpha"


def _continue(prev: list[str], tail: list[str]) -> list[str]:
    """ "38(1)(a) and (b)": replace the matching trailing level of ``prev`` with ``tail``."""
    first = tail[0]
    if first[0].isdigit():
        style = "num"
    elif any(_level(prev, i) == "roman" for i in range(len(prev))) and set(first) <= _ROMAN:
        style = "roman"
    else:
        style = "alpha"
    for i in range(len(prev) - 1, -1, -1):
        if _level(prev, i) == style:
            return prev[:i] + tail
    return prev + tail


def _settle(raw: _Raw, regime: Regime | None, sticky: str | None) -> Citation | None:
    """Choose the regime of one raw citation (see the module docstring)."""
    default_instr, default_jur = _REGIME_PARTS[regime] if regime is not None else (None, None)
    instrument = raw.instrument or default_instr
    if instrument is None:
        return None
    jurisdiction = raw.jurisdiction or default_jur or sticky or _UK
    return Citation(_REGIME_OF[instrument, jurisdiction], raw.section, raw.path)


def _check_args(text: object, regime: object) -> None:
    if not isinstance(text, str):
        raise ArgumentTypeError("text", text, "a str")
    if regime is not None and not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime or None")


def _parse_raw(text: str) -> list[_Raw]:
    """Read ``text`` as citations only (strictly); raise :class:`CitationError`."""
    tokens = _tokenize(text)
    if not tokens:
        raise CitationError(text, len(text), "a citation such as 's.40(2)'")
    reader = _Reader(text, tokens)
    raws: list[_Raw] = []
    k = 0
    try:
        while True:
            k, found = reader.group(k, strict=True)
            raws.extend(found)
            if k >= reader.n:
                return raws
            after = reader.separator(k)
            if after is None:
                raise _Fail(k, "'and', ',' or the end of the citation")
            if after >= reader.n:
                raise _Fail(after, "another citation after the separator")
            k = after
    except _Fail as fail:
        position = tokens[fail.index][2] if fail.index < len(tokens) else len(text)
        raise CitationError(text, position, fail.expected) from None


def parse_citations(text: str, regime: Regime | None = None) -> tuple[Citation, ...]:
    """Read every citation in ``text``, which must hold citations only.

    Args:
        text: such as ``"sections 40(2) and 43(2)"`` or ``"EIR 12(4)(b)"``.
        regime: the regime to assume where the text does not say (see module docs).

    Raises:
        CitationError: with the 0-based ``position`` where reading failed.

    >>> [str(c) for c in parse_citations("section 38(1)(a) and (b)")]
    ['FOIA s.38(1)(a)', 'FOIA s.38(1)(b)']
    """
    _check_args(text, regime)
    out: list[Citation] = []
    for raw in _parse_raw(text):
        citation = _settle(raw, regime, None)
        if citation is None:
            raise CitationError(
                text,
                raw.start,
                "'section', 'regulation' or a regime name (FOIA, EIR, FOISA, EISR) "
                "before a bare number, or a regime argument",
            )
        out.append(citation)
    return tuple(out)


def parse_citation(text: str, regime: Regime | None = None) -> Citation:
    """Read exactly one citation; ``parse_citation(str(c)) == c`` for every citation.

    >>> parse_citation("Section 17.1")
    Citation(regime=<Regime.FOIA: 'foia'>, section='17', path=('1',))
    >>> str(parse_citation("reg. 12(4)(b)"))
    'EIR reg.12(4)(b)'
    """
    citations = parse_citations(text, regime)
    if len(citations) != 1:
        raws = _parse_raw(text)
        raise CitationError(
            text, raws[1].start, "exactly one citation (use parse_citations for a list)"
        )
    return citations[0]


@attrs.frozen(slots=True)
class FoundCitation:
    """A citation found in prose by :func:`find_citations`, with where it was written.

    ``start``/``end`` delimit ``as_written`` in the text (the first citation of a
    list such as "sections 40(2) and 43(2)" includes the leading word).
    """

    citation: Citation
    start: int
    end: int
    as_written: str


def find_citations(text: str, regime: Regime | None = None) -> tuple[FoundCitation, ...]:
    """Find the citations in free prose, such as a whole response letter.

    A citation needs a "section"/"regulation" word or a regime name before its
    number, so dates and counts are not mistaken for citations. Without a
    ``regime``, the jurisdiction of the last regime name seen so far applies.

    >>> [str(f.citation) for f in find_citations(
    ...     "withheld under section 40(2) of the FOI Act and s.43(2)")]
    ['FOIA s.40(2)', 'FOIA s.43(2)']
    """
    _check_args(text, regime)
    tokens = _tokenize(text)
    reader = _Reader(text, tokens)
    found: list[FoundCitation] = []
    sticky: str | None = None
    k = 0
    n = reader.n
    while k < n:
        if tokens[k][0] != _WORD:
            k += 1
            continue
        named = reader.regime_name(k)
        if named is None and reader.marker(k) is None:
            k += 1
            continue
        try:
            end, raws = reader.group(k, strict=False)
        except _Fail:
            if named is not None and named[1][1] is not None:
                sticky = named[1][1]
            k = named[0] if named is not None else k + 1
            continue
        for raw in raws:
            citation = _settle(raw, regime, sticky)
            if citation is not None:
                found.append(FoundCitation(citation, raw.start, raw.end, text[raw.start : raw.end]))
        if raws and raws[0].jurisdiction is not None:
            sticky = raws[0].jurisdiction
        k = end
    return tuple(found)
