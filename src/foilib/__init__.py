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
    NotInForceError as NotInForceError,
)
from ._private.errors import (
    OtherInstrumentError as OtherInstrumentError,
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
from ._private.regimes import (
    Division as Division,
)
from ._private.regimes import (
    Regime as Regime,
)

if TYPE_CHECKING:
    from ._private.bank_holidays import (
        DataSource as DataSource,
    )
    from ._private.bank_holidays import (
        Disputed as Disputed,
    )
    from ._private.bank_holidays import (
        Holiday as Holiday,
    )
    from ._private.bank_holidays import (
        HolidayDataError as HolidayDataError,
    )
    from ._private.bank_holidays import (
        LoadReport as LoadReport,
    )
    from ._private.bank_holidays import (
        add_proclamation as add_proclamation,
    )
    from ._private.bank_holidays import (
        bank_holidays as bank_holidays,
    )
    from ._private.bank_holidays import (
        data_source as data_source,
    )
    from ._private.bank_holidays import (
        is_bank_holiday as is_bank_holiday,
    )
    from ._private.bank_holidays import (
        load_holidays as load_holidays,
    )
    from ._private.bank_holidays import (
        reset_holidays as reset_holidays,
    )
    from ._private.bank_holidays._status import (
        DataStatus as DataStatus,
    )
    from ._private.bank_holidays._status import (
        DueDateInfo as DueDateInfo,
    )
    from ._private.bank_holidays._status import (
        data_status as data_status,
    )
    from ._private.bank_holidays._status import (
        due_date_info as due_date_info,
    )
    from ._private.bulk import (
        DueDates as DueDates,
    )
    from ._private.bulk import (
        due_dates as due_dates,
    )
    from ._private.catalogue import (
        Absoluteness as Absoluteness,
    )
    from ._private.catalogue import (
        HarmTest as HarmTest,
    )
    from ._private.catalogue import (
        Provision as Provision,
    )
    from ._private.catalogue import (
        ProvisionKind as ProvisionKind,
    )
    from ._private.catalogue import (
        provision as provision,
    )
    from ._private.catalogue import (
        provisions as provisions,
    )
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
    from ._private.citation import (
        Citation as Citation,
    )
    from ._private.citation import (
        OtherCitation as OtherCitation,
    )
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
        DeadlineState as DeadlineState,
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
        ReviewOutcome as ReviewOutcome,
    )
    from ._private.clock import (
        SchoolTerm as SchoolTerm,
    )
    from ._private.clock import (
        Timeline as Timeline,
    )
    from ._private.convenience import (
        due_date as due_date,
    )
    from ._private.convenience import (
        is_working_day as is_working_day,
    )
    from ._private.converter import (
        configure_converter as configure_converter,
    )
    from ._private.converter import (
        make_converter as make_converter,
    )
    from ._private.files import (
        dump as dump,
    )
    from ._private.files import (
        dump_lines as dump_lines,
    )
    from ._private.files import (
        from_json as from_json,
    )
    from ._private.files import (
        load as load,
    )
    from ._private.files import (
        load_lines as load_lines,
    )
    from ._private.fill import (
        fill_particulars as fill_particulars,
    )
    from ._private.ics import (
        timeline_ics as timeline_ics,
    )
    from ._private.model import (
        Answer as Answer,
    )
    from ._private.model import (
        Attachment as Attachment,
    )
    from ._private.model import (
        Authority as Authority,
    )
    from ._private.model import (
        Channel as Channel,
    )
    from ._private.model import (
        CitedProvision as CitedProvision,
    )
    from ._private.model import (
        Contact as Contact,
    )
    from ._private.model import (
        Definition as Definition,
    )
    from ._private.model import (
        Disposition as Disposition,
    )
    from ._private.model import (
        ExemptionClaim as ExemptionClaim,
    )
    from ._private.model import (
        Fee as Fee,
    )
    from ._private.model import (
        LetterKind as LetterKind,
    )
    from ._private.model import (
        Licence as Licence,
    )
    from ._private.model import (
        PartialDate as PartialDate,
    )
    from ._private.model import (
        Passage as Passage,
    )
    from ._private.model import (
        PassageKind as PassageKind,
    )
    from ._private.model import (
        Provenance as Provenance,
    )
    from ._private.model import (
        PublicInterest as PublicInterest,
    )
    from ._private.model import (
        RefusalNotice as RefusalNotice,
    )
    from ._private.model import (
        Request as Request,
    )
    from ._private.model import (
        Requester as Requester,
    )
    from ._private.model import (
        RequestPart as RequestPart,
    )
    from ._private.model import (
        Response as Response,
    )
    from ._private.model import (
        ReuseLicence as ReuseLicence,
    )
    from ._private.model import (
        Rights as Rights,
    )
    from ._private.parse import (
        FoundCitation as FoundCitation,
    )
    from ._private.parse import (
        find_citations as find_citations,
    )
    from ._private.parse import (
        iter_citations as iter_citations,
    )
    from ._private.parse import (
        parse_citation as parse_citation,
    )
    from ._private.parse import (
        parse_citations as parse_citations,
    )
    from ._private.reader import (
        ReaderError as ReaderError,
    )
    from ._private.reader import (
        Reading as Reading,
    )
    from ._private.reader import (
        read_letter as read_letter,
    )
    from ._private.render import (
        Letter as Letter,
    )
    from ._private.render import (
        render as render,
    )
    from ._private.schema import (
        json_schema as json_schema,
    )
    from ._private.serialise import (
        FORMAT_VERSION as FORMAT_VERSION,
    )
    from ._private.serialise import (
        from_dict as from_dict,
    )
    from ._private.serialise import (
        to_dict as to_dict,
    )
    from ._private.serialise import (
        to_json as to_json,
    )
    from ._private.workdays import (
        NonWorkingReason as NonWorkingReason,
    )
    from ._private.workdays import (
        SkippedDay as SkippedDay,
    )
    from ._private.workdays import (
        WorkingDayCalendar as WorkingDayCalendar,
    )
    from ._private.workdays import (
        add_working_days as add_working_days,
    )
    from ._private.workdays import (
        add_working_days_many as add_working_days_many,
    )
    from ._private.workdays import (
        working_day_calendar as working_day_calendar,
    )
    from ._private.workdays import (
        working_days as working_days,
    )
    from ._private.workdays import (
        working_days_between as working_days_between,
    )
    from ._private.workdays import (
        working_days_between_many as working_days_between_many,
    )

__version__ = "0.1.0"

#: Every public name above, sorted (built from the import statements, not listed again).
__all__: list[str]

if not TYPE_CHECKING:
    from ._private._exports import attach as _attach

    __getattr__, __dir__, __all__ = _attach(__name__, __file__)
    del _attach
