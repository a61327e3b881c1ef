"""The statutory clock of a case: every deadline from receipt to tribunal, with reasons.

Build a :class:`Case` from its :class:`Event` history and ask for its :class:`Timeline`.
See docs/deadlines.md.
"""

from __future__ import annotations

from ._private.clock import (
    AuthorityType as AuthorityType,
    Basis as Basis,
    Case as Case,
    CaseStatus as CaseStatus,
    Deadline as Deadline,
    DeadlineKind as DeadlineKind,
    Event as Event,
    EventKind as EventKind,
    Pause as Pause,
    Reason as Reason,
    SchoolTerm as SchoolTerm,
    Timeline as Timeline,
)
from ._private.convenience import due_date as due_date

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
