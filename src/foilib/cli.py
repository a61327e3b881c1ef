"""The ``foilib`` command line, callable from Python: ``main(["due", "2026-11-25"])``.

>>> from foilib.cli import main
>>> main(["due", "2026-11-25"])
Thu 24 Dec 2026  (2026-12-24)
0
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    A plain ``due`` answers without building the full command line (start-up time, issue
    14); every other command, and every error, goes through the full parser.
    """
    from ._private.quick import due

    status = due(argv)
    if status is not None:
        return status
    from ._private.cli import main as full

    return full(argv)
