"""The statutory clock of a case: every deadline from receipt to tribunal, with reasons.

Build a :class:`Case` from its :class:`Event` history and ask for its :class:`Timeline`.
See docs/deadlines.md.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.clock import (
    AuthorityType as AuthorityType,
)
from ._private.clock import (
    Basis as Basis,
)
from ._private.clock import (
    Case as Case,
)
from ._private.clock import (
    CaseStatus as CaseStatus,
)
from ._private.clock import (
    Deadline as Deadline,
)
from ._private.clock import (
    DeadlineKind as DeadlineKind,
)
from ._private.clock import (
    Event as Event,
)
from ._private.clock import (
    EventKind as EventKind,
)
from ._private.clock import (
    Pause as Pause,
)
from ._private.clock import (
    Reason as Reason,
)
from ._private.clock import (
    SchoolTerm as SchoolTerm,
)
from ._private.clock import (
    Timeline as Timeline,
)
from ._private.convenience import due_date as due_date

__all__ = _export(__name__, __file__)
