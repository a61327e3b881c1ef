"""foilib: how UK public authorities answer Freedom of Information requests.

Typed, immutable models of requests, answers, exemption claims and refusal
notices under FOIA 2000, the EIR 2004, FOISA 2002 and the EISR 2004, with a
lossless JSON form, the statute catalogue behind them and the statutory clock.
"""

# ruff: noqa: I001  (import blocks are grouped by area, one per issue)
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
from ._private.model import (
    Answer,
    Attachment,
    Authority,
    Channel,
    CitedProvision,
    Contact,
    Definition,
    Disposition,
    ExemptionClaim,
    LetterKind,
    Licence,
    Passage,
    PassageKind,
    Provenance,
    PublicInterest,
    RefusalNotice,
    Request,
    RequestPart,
    Requester,
    Response,
    ReuseLicence,
    Rights,
)
from ._private.schema import json_schema
from ._private.serialise import FORMAT_VERSION, from_dict, from_json, to_dict, to_json
# --- end model ----------------------------------------------------------------

# --- calendar (issue 5) -------------------------------------------------------
from ._private.bank_holidays import Holiday, bank_holidays
from ._private.workdays import (
    NonWorkingReason,
    SkippedDay,
    WorkingDayCalendar,
    add_working_days,
    add_working_days_many,
    working_days,
    working_days_between,
)
# --- end calendar -------------------------------------------------------------

# --- catalogue (issue 4) ------------------------------------------------------
from ._private.catalogue import (
    Absoluteness,
    HarmTest,
    Provision,
    ProvisionKind,
    provision,
    provisions,
)
from ._private.parse import FoundCitation, find_citations, parse_citation, parse_citations

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
    "Answer",
    "Attachment",
    "Authority",
    "Channel",
    "CitedProvision",
    "Contact",
    "Definition",
    "Disposition",
    "ExemptionClaim",
    "FORMAT_VERSION",
    "LetterKind",
    "Licence",
    "Passage",
    "PassageKind",
    "Provenance",
    "PublicInterest",
    "RefusalNotice",
    "Request",
    "RequestPart",
    "Requester",
    "Response",
    "ReuseLicence",
    "Rights",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
    # --- calendar names (issue 5) ---
    "Holiday",
    "NonWorkingReason",
    "SkippedDay",
    "WorkingDayCalendar",
    "add_working_days",
    "add_working_days_many",
    "bank_holidays",
    "working_days",
    "working_days_between",
    # --- catalogue names (issue 4) ---
    "Absoluteness",
    "FoundCitation",
    "HarmTest",
    "Provision",
    "ProvisionKind",
    "find_citations",
    "parse_citation",
    "parse_citations",
    "provision",
    "provisions",
]


def __dir__() -> list[str]:
    return sorted(__all__)
