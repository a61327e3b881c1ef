"""A griffe extension for the API reference: doctest examples in docstrings become
``pycon`` code blocks, so Markdown never reads their output (``['FOIA s.40(2)']``) as
links. Used by mkdocs.yml; the docstrings themselves stay plain doctests."""

from __future__ import annotations

from typing import Any

import griffe


def fence(text: str) -> str:
    out: list[str] = []
    in_example = False
    for line in text.splitlines():
        starts = line.lstrip().startswith(">>>")
        if starts and not in_example:
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Wrap every run of doctest lines in a fenced ``pycon`` block."""

    def _fix(self, obj: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence(obj.docstring.value)

    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        self._fix(obj)
