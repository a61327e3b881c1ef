"""Doctest collection for published classes.

foilib's public classes report ``__module__ == "foilib"`` (see
``foilib._private._exports``), so doctest's check "is this class defined in the module
being collected?" would answer no for the module that really defines it, and their
docstring examples would silently stop running. This teaches the check the defining
module, so each example runs exactly once, where it is written.
"""

from __future__ import annotations

import doctest
from typing import Any

from foilib._private._exports import origin

_from_module = doctest.DocTestFinder._from_module  # type: ignore[attr-defined]


def _from_defining_module(self: doctest.DocTestFinder, module: Any, obj: object) -> bool:
    where = origin(obj)
    if where is not None and module is not None:
        return bool(module.__name__ == where)
    return bool(_from_module(self, module, obj))


doctest.DocTestFinder._from_module = _from_defining_module  # type: ignore[attr-defined]
