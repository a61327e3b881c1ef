"""foilib: how UK public authorities answer Freedom of Information requests.

Typed, immutable models of requests, answers, exemption claims and refusal
notices under FOIA 2000, the EIR 2004, FOISA 2002 and the EISR 2004, with a
lossless JSON form, the statute catalogue behind them, UK bank holidays and the
statutory clock of a case.

Names are loaded on first use (PEP 562), so ``import foilib`` stays cheap: the
error classes and :class:`Regime` are imported at once, everything else when
first touched. Nothing builds a table at import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    OtherInstrumentError,
    UnknownProvisionError,
    ValidationError,
)
from ._private.regimes import (
    Division,
    Regime,
)

if TYPE_CHECKING:
    from ._private.bank_holidays import (
        Holiday,
        bank_holidays,
    )
    from ._private.catalogue import (
        Absoluteness,
        HarmTest,
        Provision,
        ProvisionKind,
        provision,
        provisions,
    )
    from ._private.checks import (
        CHECKS,
        Check,
        Finding,
        Severity,
        check,
    )
    from ._private.citation import (
        Citation,
        OtherCitation,
    )
    from ._private.clock import (
        AuthorityType,
        Basis,
        Case,
        CaseStatus,
        Deadline,
        DeadlineKind,
        Event,
        EventKind,
        Pause,
        Reason,
        SchoolTerm,
        Timeline,
    )
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
        Requester,
        RequestPart,
        Response,
        ReuseLicence,
        Rights,
    )
    from ._private.parse import (
        FoundCitation,
        find_citations,
        iter_citations,
        parse_citation,
        parse_citations,
    )
    from ._private.render import (
        Letter,
        render,
    )
    from ._private.schema import (
        json_schema,
    )
    from ._private.serialise import (
        FORMAT_VERSION,
        from_dict,
        from_json,
        to_dict,
        to_json,
    )
    from ._private.workdays import (
        NonWorkingReason,
        SkippedDay,
        WorkingDayCalendar,
        add_working_days,
        add_working_days_many,
        working_days,
        working_days_between,
    )

__version__ = "0.1.0"

#: Where each lazily loaded public name lives.
_LAZY: dict[str, str] = {
    "Citation": "._private.citation",
    "OtherCitation": "._private.citation",
    "Answer": "._private.model",
    "Attachment": "._private.model",
    "Authority": "._private.model",
    "Channel": "._private.model",
    "CitedProvision": "._private.model",
    "Contact": "._private.model",
    "Definition": "._private.model",
    "Disposition": "._private.model",
    "ExemptionClaim": "._private.model",
    "LetterKind": "._private.model",
    "Licence": "._private.model",
    "Passage": "._private.model",
    "PassageKind": "._private.model",
    "Provenance": "._private.model",
    "PublicInterest": "._private.model",
    "RefusalNotice": "._private.model",
    "Request": "._private.model",
    "RequestPart": "._private.model",
    "Requester": "._private.model",
    "Response": "._private.model",
    "ReuseLicence": "._private.model",
    "Rights": "._private.model",
    "FORMAT_VERSION": "._private.serialise",
    "from_dict": "._private.serialise",
    "from_json": "._private.serialise",
    "to_dict": "._private.serialise",
    "to_json": "._private.serialise",
    "json_schema": "._private.schema",
    "Holiday": "._private.bank_holidays",
    "bank_holidays": "._private.bank_holidays",
    "NonWorkingReason": "._private.workdays",
    "SkippedDay": "._private.workdays",
    "WorkingDayCalendar": "._private.workdays",
    "add_working_days": "._private.workdays",
    "add_working_days_many": "._private.workdays",
    "working_days": "._private.workdays",
    "working_days_between": "._private.workdays",
    "Absoluteness": "._private.catalogue",
    "HarmTest": "._private.catalogue",
    "Provision": "._private.catalogue",
    "ProvisionKind": "._private.catalogue",
    "provision": "._private.catalogue",
    "provisions": "._private.catalogue",
    "FoundCitation": "._private.parse",
    "find_citations": "._private.parse",
    "iter_citations": "._private.parse",
    "parse_citation": "._private.parse",
    "parse_citations": "._private.parse",
    "AuthorityType": "._private.clock",
    "Basis": "._private.clock",
    "Case": "._private.clock",
    "CaseStatus": "._private.clock",
    "Deadline": "._private.clock",
    "DeadlineKind": "._private.clock",
    "Event": "._private.clock",
    "EventKind": "._private.clock",
    "Pause": "._private.clock",
    "Reason": "._private.clock",
    "SchoolTerm": "._private.clock",
    "Timeline": "._private.clock",
    "CHECKS": "._private.checks",
    "Check": "._private.checks",
    "Finding": "._private.checks",
    "Severity": "._private.checks",
    "check": "._private.checks",
    "Letter": "._private.render",
    "render": "._private.render",
}

__all__ = [
    "CHECKS",
    "FORMAT_VERSION",
    "Absoluteness",
    "AmbiguousCitationError",
    "Answer",
    "ArgumentError",
    "ArgumentTypeError",
    "Attachment",
    "Authority",
    "AuthorityType",
    "Basis",
    "CalendarRangeError",
    "Case",
    "CaseError",
    "CaseStatus",
    "Channel",
    "Check",
    "Citation",
    "CitationError",
    "CitedProvision",
    "Contact",
    "Deadline",
    "DeadlineKind",
    "Definition",
    "DeserializationError",
    "Disposition",
    "Division",
    "Event",
    "EventKind",
    "ExemptionClaim",
    "FieldTypeError",
    "Finding",
    "FoilibError",
    "FoundCitation",
    "HarmTest",
    "Holiday",
    "Letter",
    "LetterKind",
    "Licence",
    "NonWorkingReason",
    "OtherCitation",
    "OtherInstrumentError",
    "Passage",
    "PassageKind",
    "Pause",
    "Provenance",
    "Provision",
    "ProvisionKind",
    "PublicInterest",
    "Reason",
    "RefusalNotice",
    "Regime",
    "Request",
    "RequestPart",
    "Requester",
    "Response",
    "ReuseLicence",
    "Rights",
    "SchoolTerm",
    "Severity",
    "SkippedDay",
    "Timeline",
    "UnknownProvisionError",
    "ValidationError",
    "WorkingDayCalendar",
    "add_working_days",
    "add_working_days_many",
    "bank_holidays",
    "check",
    "find_citations",
    "from_dict",
    "from_json",
    "iter_citations",
    "json_schema",
    "parse_citation",
    "parse_citations",
    "provision",
    "provisions",
    "render",
    "to_dict",
    "to_json",
    "working_days",
    "working_days_between",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'foilib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
