"""foilib: how UK public authorities answer Freedom of Information requests.

Typed, immutable models of requests, answers, exemption claims and refusal
notices under FOIA 2000, the EIR 2004, FOISA 2002 and the EISR 2004, with a
lossless JSON form, the statute catalogue behind them and the statutory clock.
"""

from __future__ import annotations

# --- core (errors, regimes, citation) -----------------------------------------
from ._private.citation import Citation
from ._private.errors import (
    AmbiguousCitationError,
    ArgumentError,
    ArgumentTypeError,
    CalendarRangeError,
    CaseError,
    CitationError,
    DeserializationError,
    FieldTypeError,
    FoilibError,
    UnknownProvisionError,
    ValidationError,
)
from ._private.regimes import Division, Regime

# --- model and JSON (issue 3) -------------------------------------------------
# --- end model ----------------------------------------------------------------

# --- calendar (issue 5) -------------------------------------------------------
# --- end calendar -------------------------------------------------------------

# --- catalogue (issue 4) ------------------------------------------------------
# --- end catalogue ------------------------------------------------------------

__version__ = "0.1.0"

__all__ = [
    "AmbiguousCitationError",
    "ArgumentError",
    "ArgumentTypeError",
    "CalendarRangeError",
    "CaseError",
    "Citation",
    "CitationError",
    "DeserializationError",
    "Division",
    "FieldTypeError",
    "FoilibError",
    "Regime",
    "UnknownProvisionError",
    "ValidationError",
    # --- model names (issue 3) ---
    # --- calendar names (issue 5) ---
    # --- catalogue names (issue 4) ---
]


def __dir__() -> list[str]:
    return sorted(__all__)
