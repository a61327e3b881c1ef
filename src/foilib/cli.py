"""The ``foilib`` command line, callable from Python: ``main(["due", "2026-11-25"])``.

>>> from foilib.cli import main
>>> main(["due", "2026-11-25"])
Thu 24 Dec 2026  (2026-12-24)
0
"""

from __future__ import annotations

from ._private.cli import main

__all__ = ["main"]
