"""Letters rendered as text, Markdown or HTML, or through a sandboxed Jinja2 template.

:func:`build_letter` gives the format-free :class:`Letter` layout that :func:`render` and
templates use; :data:`FORMATS` the formats written. See docs/rendering.md.

(This module is ``foilib.rendering``, not ``foilib.render``, so that the function
``foilib.render`` is never shadowed by a submodule of the same name.)
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.render import (
    FORMATS as FORMATS,
)
from ._private.render import (
    Fields as Fields,
)
from ._private.render import (
    Heading as Heading,
)
from ._private.render import (
    Items as Items,
)
from ._private.render import (
    Letter as Letter,
)
from ._private.render import (
    Paragraph as Paragraph,
)
from ._private.render import (
    Part as Part,
)
from ._private.render import (
    Section as Section,
)
from ._private.render import (
    build_letter as build_letter,
)
from ._private.render import (
    render as render,
)

__all__ = _export(__name__, __file__)
