"""Letters rendered as text, Markdown or HTML, or through a sandboxed Jinja2 template.

:func:`build_letter` gives the format-free :class:`Letter` layout that :func:`render` and
templates use; :data:`FORMATS` the formats written. See docs/rendering.md.

(This module is ``foilib.rendering``, not ``foilib.render``, so that the function
``foilib.render`` is never shadowed by a submodule of the same name.)
"""

from __future__ import annotations

from ._private.render import (
    FORMATS as FORMATS,
    Fields as Fields,
    Heading as Heading,
    Items as Items,
    Letter as Letter,
    Paragraph as Paragraph,
    Part as Part,
    Section as Section,
    build_letter as build_letter,
    render as render,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
