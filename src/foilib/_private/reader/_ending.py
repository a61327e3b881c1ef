"""Whether a letter's text stops mid-sentence, so the copy may be cut short.

A copy taken from a web page or a disclosure log often stops where the stored page
stopped, in the middle of a sentence. The reader cannot know that a copy is complete,
but it can see an ending no letter is written with: a sentence of prose with no full
stop, no sign-off after it, ending on a connective, a number, inside an open bracket or
quote, or in the middle of a word. It is conservative: an ending that could be a
letter's own (terminal punctuation, a sign-off, a name, address or contact block, a
table row, a protective marking) is never marked.

These are cues of the shape of text, not rules of law: what a cut-short copy means for
the checks is in :mod:`foilib._private.checks` (``Provenance.truncated``).
"""

from __future__ import annotations

import re

from . import _lexicon as lx

__all__ = ["cut_short"]

_EOL = re.compile(r"\r\n|\r|\n")
#: A line that ends a sentence: terminal punctuation, perhaps closed by quotes/brackets.
_ENDED = re.compile(r"[.?!:;…][\"'”’)\]]*$")
#: A sentence end inside a paragraph: terminal punctuation, then space and a capital
#: (so "Art. 5" and "s.17(1)" do not end a sentence).
_SENTENCE_END = re.compile(r"[.?!][\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z])")
#: A table row: cells divided by bars or tabs.
_CELL = re.compile(r"\||\t")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://|www\.|\b(?:tel|telephone|phone|email|e-mail|fax)\b"
    r"|\+?\d[\d ()-]{8,}\d",
    re.I,
)
#: Words no sentence ends on: a sentence stopping on one is unfinished.
CONNECTIVES = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "because",
        "but",
        "by",
        "for",
        "from",
        "if",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "than",
        "that",
        "the",
        "their",
        "this",
        "to",
        "which",
        "while",
        "with",
        "within",
        "without",
    ]
)
#: Fewest words in a line of prose; shorter lines are names, addresses, headings.
PROSE_WORDS = 6


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _prose(line: str) -> bool:
    return len(_words(line)) >= PROSE_WORDS


def cut_short(text: str) -> str | None:
    """Why ``text`` looks cut short mid-sentence, or ``None`` when its ending could be
    a letter's own.

    Returns a short reason naming the cue (``"ends with a number ('52')"``).
    """
    lines = [line.strip() for line in _EOL.split(text)]
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        return None
    start = len(lines)
    while start > 0 and lines[start - 1]:
        start -= 1
    para = lines[start:]
    last = para[-1]
    if any(lx.SIGN_OFF.match(line) for line in para) or lx.MARKING.match(last):
        return None
    if _CELL.search(last):
        return None  # a row of a table: its cells need no full stop
    if _ENDED.search(last):
        return None
    # the last line is prose, or the unfinished end of a prose line above it
    if not _prose(last) and not (
        len(para) > 1 and _prose(para[-2]) and not _ENDED.search(para[-2])
    ):
        return None
    joined = " ".join(para)
    ends = [m.end() for m in _SENTENCE_END.finditer(joined)]
    tail = joined[ends[-1] :] if ends else joined
    words = _words(tail)
    if len(words) < PROSE_WORDS or _CONTACT.search(tail):
        return None
    letters = [w for w in words if w[0].isalpha()]
    if sum(w[0].islower() for w in letters) * 2 < len(letters):
        return None  # a title-case line: a name or a heading, not a sentence
    why = _why(tail, words[-1])
    if why is None and not any(lx.SIGN_OFF.match(line) for line in lines):
        # only a plain word and no full stop: too weak a cue in a letter that signs
        # off somewhere (an email disclaimer after the signature may lack one)
        why = f"ends mid-sentence, on {words[-1]!r}, with no full stop and no sign-off"
    return why


def _why(tail: str, word: str) -> str | None:
    """The strong cue of an unfinished sentence, or ``None`` for a plain last word."""
    if tail.count("(") > tail.count(")") or tail.count("[") > tail.count("]"):
        return "ends inside an open bracket"
    if tail.count("“") > tail.count("”") or tail.count('"') % 2:
        return "ends inside an open quote"
    if tail.endswith(word) and word[0].isdigit():
        return f"ends with a number ({word!r})"
    if word.lower() in CONNECTIVES:
        return f"ends on the connective {word!r}"
    if tail.endswith((",", "-", "–", "—")):
        return f"ends on {tail[-1]!r}"
    return None
