"""Every error foilib raises: :class:`FoilibError` and its subclasses.

Each leaf also subclasses the builtin whose meaning it narrows (``ValueError``,
``TypeError``, ``LookupError``), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from ._private.errors import (
    AmbiguousCitationError as AmbiguousCitationError,
    ArgumentError as ArgumentError,
    ArgumentTypeError as ArgumentTypeError,
    CalendarRangeError as CalendarRangeError,
    CaseError as CaseError,
    CitationError as CitationError,
    DeserializationError as DeserializationError,
    FieldTypeError as FieldTypeError,
    FoilibError as FoilibError,
    UnknownProvisionError as UnknownProvisionError,
    ValidationError as ValidationError,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
