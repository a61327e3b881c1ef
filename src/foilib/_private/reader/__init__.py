"""Reading a letter: from the text an authority sent to a draft :class:`foilib.Response`."""

from __future__ import annotations

from ..errors import ArgumentTypeError
from ..regimes import Regime
from ._read import Reading, read_text
from ._source import ReaderError, load_text

__all__ = ["ReaderError", "Reading", "read_letter"]


def read_letter(
    source: object,
    *,
    regime: Regime | None = None,
    authority: str | None = None,
    truncated: bool | None = None,
) -> Reading:
    """Read a response letter into a draft :class:`foilib.Response`.

    ``source`` is the letter's text (a ``str`` with a newline, or one that names
    no file), or a path (``str`` or :class:`os.PathLike`) to a ``.txt``, ``.eml``,
    ``.html``/``.htm``, ``.pdf`` or ``.docx`` file; PDF and Word need the ``read``
    extra (``pip install 'foilib[read]'``). ``regime`` is used only when the letter
    names no regime (FOIA 2000, the EIR 2004, FOISA 2002 or the EISR 2004); without
    it such a letter is read as FOIA and :attr:`Reading.guesses` says so.
    ``authority`` names the authority when the letter does not.

    ``truncated`` says whether the text is a cut-short copy of the letter (a page
    stored part-way, a letter missing its last pages): ``True`` sets
    ``provenance.truncated`` on the draft, so :func:`foilib.check` lowers findings
    that rest on an absence to notes; ``False`` says the copy is complete. Left
    ``None``, the reader marks the copy as cut short only when its text stops
    mid-sentence (prose with no terminal punctuation and no sign-off after it,
    ending on a connective, a number, an open bracket or quote, or, in a letter
    with no sign-off anywhere, any word),
    and gives the cue in :attr:`Reading.guesses` under ``"provenance.truncated"``.

    Deterministic and offline. Every string in the draft is a verbatim slice of
    :attr:`Reading.text`, at the offsets in :attr:`Reading.spans`, except the
    placeholder authority name ``"unknown authority"`` of a letter that names none
    (no span; listed in :attr:`Reading.guesses`). ``Reading.text`` is the text as
    given (lines may end in ``\n``, ``\r\n`` or ``\r``); spans are offsets into it.

    Returns a :class:`Reading`. Raises :class:`foilib.ArgumentTypeError` for a
    source that is neither text nor a path, :class:`ReaderError` (a
    :class:`foilib.FoilibError`) for a file that is missing, unreadable, of an
    unknown kind or needing the ``read`` extra.
    """
    if regime is not None and not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime or None")
    if authority is not None and (not isinstance(authority, str) or not authority.strip()):
        raise ArgumentTypeError("authority", authority, "the authority's name (str) or None")
    if truncated is not None and not isinstance(truncated, bool):
        raise ArgumentTypeError("truncated", truncated, "True, False or None")
    text, path = load_text(source)
    return read_text(text, regime, authority, path, truncated)
