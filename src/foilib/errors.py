"""Every error foilib raises: :class:`FoilibError` and its subclasses.

Each leaf also subclasses the builtin whose meaning it narrows (``ValueError``,
``TypeError``, ``LookupError``), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.errors import (
    AmbiguousCitationError as AmbiguousCitationError,
)
from ._private.errors import (
    ArgumentError as ArgumentError,
)
from ._private.errors import (
    ArgumentTypeError as ArgumentTypeError,
)
from ._private.errors import (
    CalendarRangeError as CalendarRangeError,
)
from ._private.errors import (
    CaseError as CaseError,
)
from ._private.errors import (
    CitationError as CitationError,
)
from ._private.errors import (
    DeserializationError as DeserializationError,
)
from ._private.errors import (
    FieldTypeError as FieldTypeError,
)
from ._private.errors import (
    FoilibError as FoilibError,
)
from ._private.errors import (
    TemplateError as TemplateError,
)
from ._private.errors import (
    UnknownProvisionError as UnknownProvisionError,
)
from ._private.errors import (
    ValidationError as ValidationError,
)

__all__ = _export(__name__, __file__)
