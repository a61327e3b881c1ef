"""The citation tokenizer: words, digit runs and punctuation, with their offsets.

One left-to-right pass over a slice of the text (a single regular expression of
disjoint character classes, so no backtracking); each :class:`Token` records
whether white space came before it, which the grammar needs ("S40" against
"s 40", "12(5)e").
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import NamedTuple

from .lexicon import RANGE_PUNCT

__all__ = ["Kind", "Token", "tokenize"]


class Kind(IntEnum):
    """What a token is."""

    WORD = 0  #: a run of ASCII letters
    NUM = 1  #: a run of digits
    LP = 2  #: "("
    RP = 3  #: ")"
    DOT = 4  #: "."
    SEP = 5  #: "," ";" "&" "/"
    DASH = 6  #: "-" and the typographic dashes
    QUOTE = 7  #: "'" and "’"
    OTHER = 8  #: anything else


class Token(NamedTuple):
    """One token: its kind, text, ``text[start:end]`` offsets and a space before it."""

    kind: Kind
    text: str
    start: int
    end: int
    space: bool


_PUNCT: dict[str, Kind] = {
    "(": Kind.LP,
    ")": Kind.RP,
    ".": Kind.DOT,
    ",": Kind.SEP,
    ";": Kind.SEP,
    "&": Kind.SEP,
    "/": Kind.SEP,
    "'": Kind.QUOTE,
    "\u2019": Kind.QUOTE,
    "\u2018": Kind.QUOTE,
    '"': Kind.QUOTE,
    "\u201c": Kind.QUOTE,
    "\u201d": Kind.QUOTE,
    **dict.fromkeys(RANGE_PUNCT, Kind.DASH),
}
_TOKEN = re.compile(r"(\s*)([A-Za-z]+|[0-9]+|\S)")
_KIND_OF_FIRST: dict[str, Kind] = {
    **dict.fromkeys("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", Kind.WORD),
    **dict.fromkeys("0123456789", Kind.NUM),
    **_PUNCT,
}
_OTHER = Kind.OTHER


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; linear time.

    >>> [(t.kind.name, t.text) for t in tokenize("s.40(2)")]
    [('WORD', 's'), ('DOT', '.'), ('NUM', '40'), ('LP', '('), ('NUM', '2'), ('RP', ')')]
    """
    stop = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    kind_of = _KIND_OF_FIRST.get
    pos = start
    first = start > 0 and text[start - 1].isspace()
    for space, s in _TOKEN.findall(text, start, stop):
        if space:
            pos += len(space)
        end_ = pos + len(s)
        append(new(Token, (kind_of(s[0], _OTHER), s, pos, end_, bool(space) or first)))
        first = False
        pos = end_
    return out
