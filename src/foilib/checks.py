"""Checks of a response letter against the Act: what it lacks, where, and why.

:func:`check` returns :class:`Finding` values; :data:`CHECKS` lists every check with its
severity and statutory basis. See docs/checks.md.
"""

from __future__ import annotations

from ._private.checks import (
    CHECKS as CHECKS,
    Check as Check,
    Finding as Finding,
    Severity as Severity,
    check as check,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
