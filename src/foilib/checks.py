"""Checks of a response letter against the Act: what it lacks, where, and why.

:func:`check` returns :class:`Finding` values; :data:`CHECKS` lists every check with its
severity and statutory basis. See docs/checks.md.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.checks import (
    CHECKS as CHECKS,
)
from ._private.checks import (
    Check as Check,
)
from ._private.checks import (
    Finding as Finding,
)
from ._private.checks import (
    Severity as Severity,
)
from ._private.checks import (
    check as check,
)

__all__ = _export(__name__, __file__)
