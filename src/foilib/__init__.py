"""foilib: how UK public authorities answer Freedom of Information requests.

Typed, immutable models of requests, answers, exemption claims and refusal
notices under FOIA 2000, the EIR 2004, FOISA 2002 and the EISR 2004, with a
lossless JSON form, the statute catalogue behind them, UK bank holidays and the
statutory clock of a case.

The core names live here; the rest have public homes with ``__all__``:
:mod:`foilib.catalogue`, :mod:`foilib.holidays`, :mod:`foilib.workdays`,
:mod:`foilib.deadlines`, :mod:`foilib.checks`, :mod:`foilib.rendering`,
:mod:`foilib.serialise`, :mod:`foilib.errors`, :mod:`foilib.law`,
:mod:`foilib.strategies` and :mod:`foilib.cli`.

Each public name below is listed once, in one import statement: the errors and
:class:`Regime` are imported at once, everything in the ``TYPE_CHECKING`` block on first
use (PEP 562; :mod:`foilib._private._exports` reads the block), so ``import foilib`` stays
cheap and type checkers see every name. Nothing builds a table at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ._private.regimes import (
    Division as Division,
    Regime as Regime,
)

if TYPE_CHECKING:
    from ._private.bank_holidays import (
        Holiday as Holiday,
        bank_holidays as bank_holidays,
    )
    from ._private.catalogue import (
        Absoluteness as Absoluteness,
        HarmTest as HarmTest,
        Provision as Provision,
        ProvisionKind as ProvisionKind,
        provision as provision,
        provisions as provisions,
    )
    from ._private.checks import (
        CHECKS as CHECKS,
        Check as Check,
        Finding as Finding,
        Severity as Severity,
        check as check,
    )
    from ._private.citation import (
        Citation as Citation,
    )
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
    from ._private.convenience import (
        due_date as due_date,
        is_working_day as is_working_day,
    )
    from ._private.converter import (
        configure_converter as configure_converter,
        make_converter as make_converter,
    )
    from ._private.files import (
        dump as dump,
        dump_lines as dump_lines,
        from_json as from_json,
        load as load,
        load_lines as load_lines,
    )
    from ._private.model import (
        Answer as Answer,
        Attachment as Attachment,
        Authority as Authority,
        Channel as Channel,
        CitedProvision as CitedProvision,
        Contact as Contact,
        Definition as Definition,
        Disposition as Disposition,
        ExemptionClaim as ExemptionClaim,
        LetterKind as LetterKind,
        Licence as Licence,
        Passage as Passage,
        PassageKind as PassageKind,
        Provenance as Provenance,
        PublicInterest as PublicInterest,
        RefusalNotice as RefusalNotice,
        Request as Request,
        Requester as Requester,
        RequestPart as RequestPart,
        Response as Response,
        ReuseLicence as ReuseLicence,
        Rights as Rights,
    )
    from ._private.parse import (
        FoundCitation as FoundCitation,
        find_citations as find_citations,
        parse_citation as parse_citation,
        parse_citations as parse_citations,
    )
    from ._private.render import (
        Letter as Letter,
        render as render,
    )
    from ._private.schema import (
        json_schema as json_schema,
    )
    from ._private.serialise import (
        FORMAT_VERSION as FORMAT_VERSION,
        from_dict as from_dict,
        to_dict as to_dict,
        to_json as to_json,
    )
    from ._private.workdays import (
        NonWorkingReason as NonWorkingReason,
        SkippedDay as SkippedDay,
        WorkingDayCalendar as WorkingDayCalendar,
        add_working_days as add_working_days,
        add_working_days_many as add_working_days_many,
        working_days as working_days,
        working_days_between as working_days_between,
    )

__version__ = "0.1.0"

if not TYPE_CHECKING:
    from ._private._exports import attach as _attach

    __getattr__, __dir__, __all__ = _attach(__name__, __file__)
    del _attach
