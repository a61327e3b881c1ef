"""The statistics profiles' rules, as data: every row carries its source.

Nothing in the engine modules of this package names a statutory number or a
published column; they read these tables. A changed row here changes results
(and needs a "Data:" changelog line).
"""

from __future__ import annotations

import enum

import attrs

from ..model import Disposition
from ..regimes import Regime

__all__ = [
    "CO_HEADERS",
    "CO_IDENTITIES",
    "CO_IR_BANDS",
    "CO_OUTCOME_LINES",
    "CO_PERCENTAGES",
    "CO_PIT_BANDS",
    "CO_ROLLUP",
    "CO_SPARSE_SUMS",
    "CO_TIMELINESS_LINES",
    "EMPTY_ROLLUP",
    "EXEMPTION_COLUMNS",
    "SIC_ROLLUP",
    "THRESHOLDS",
    "Outcome",
    "RollupRule",
    "Threshold",
    "Timeliness",
]

_D = Disposition

#: Source strings (the fact sheet is /work/shared/STATISTICS.md in the project; its sections
#: cite the primary sources).
_CO_IDENT = (
    "Cabinet Office FOI statistics CSV: identities holding on published rows (fact sheet §1.4)"
)
_MOJ_R004 = (
    "MoJ correspondence_tool_staff app/services/stats/r004_cabinet_office_report.rb "
    "@ 4a59f31c (fact sheet §1.7)"
)
_SIC_TEMPLATE = (
    "Scottish Information Commissioner statistics template, StatsSpreadsheet.xlsx, "
    "15 Jan 2020 (fact sheet §2.1)"
)


class Outcome(enum.Enum):
    """A request-level outcome after the part-to-request roll-up."""

    GRANTED = "granted"
    PARTIALLY_WITHHELD = "partially_withheld"
    WITHHELD_EXEMPTION = "withheld_exemption"
    REFUSED_COST = "refused_cost"
    REFUSED_VEXATIOUS = "refused_vexatious"
    REFUSED_REPEATED = "refused_repeated"
    NOT_HELD = "not_held"
    ADVICE_AND_ASSISTANCE = "advice_and_assistance"
    S21_ONLY = "s21_only"
    NCND = "ncnd"
    UNMAPPED = "unmapped"


class Timeliness(enum.Enum):
    """Where a case stands against its deadline on the snapshot date (fact sheet S4)."""

    MET = "met"  # answered by the 20th working day (the basic period)
    EXTENDED_IN_TIME = "extended_in_time"  # answered after it, within a permitted extension
    EXTENDED_LATE = "extended_late"  # extended, answered after the extended date
    LATE = "late"  # not extended, answered after the basic period
    OPEN_NOT_DUE = "open_not_due"
    OPEN_NOT_DUE_EXTENDED = "open_not_due_extended"
    OPEN_OVERDUE = "open_overdue"
    ON_HOLD = "on_hold"  # awaiting clarification or a fee
    LAPSED = "lapsed"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"
    ANSWERED_NO_LETTER = "answered_no_letter"  # a response event without a response letter


@attrs.frozen(slots=True)
class RollupRule:
    """One row of a part-to-request roll-up table; rows are tried in order, first match wins.

    A request's set of part dispositions ``ds`` matches when ``ds`` meets ``any_of``
    (empty: no condition), ``ds`` is a subset of ``only`` (``None``: no condition) and ``ds``
    meets ``also_any`` (``None``: no condition). An empty ``ds`` (a letter with no part
    answers) matches no row: an empty set is a subset of every set, so ``only`` rows would
    otherwise invent an outcome; :func:`rollup` returns :data:`EMPTY_ROLLUP` for it.
    """

    outcome: Outcome
    source: str
    any_of: frozenset[Disposition] = frozenset()
    only: frozenset[Disposition] | None = None
    also_any: frozenset[Disposition] | None = None

    def matches(self, ds: frozenset[Disposition]) -> bool:
        if not ds:
            return False
        if self.any_of and not (ds & self.any_of):
            return False
        if self.only is not None and not ds <= self.only:
            return False
        return not (self.also_any is not None and not ds & self.also_any)

    @property
    def rule(self) -> str:
        """The row in words, for drill-down."""
        bits = []
        if self.any_of:
            bits.append("any part " + "/".join(sorted(d.value for d in self.any_of)))
        if self.only is not None:
            bits.append("every part " + "/".join(sorted(d.value for d in self.only)))
        if self.also_any is not None:
            bits.append("and some part " + "/".join(sorted(d.value for d in self.also_any)))
        return f"{' and '.join(bits) or 'otherwise'} -> {self.outcome.value} ({self.source})"


#: The row every roll-up gives a request whose letter has no part answers: no outcome.
EMPTY_ROLLUP = RollupRule(
    Outcome.UNMAPPED,
    "the response letter gives no part answers: no outcome can be derived (unmapped)",
)

_GIVEN = frozenset({_D.PROVIDED, _D.PROVIDED_IN_PART})
_KEPT = frozenset({_D.WITHHELD, _D.NEITHER_CONFIRMED_NOR_DENIED, _D.PROVIDED_IN_PART})

#: Cabinet Office roll-up (fact sheet S6, AC-4). Whole-request refusals first (precedence).
CO_ROLLUP: tuple[RollupRule, ...] = (
    RollupRule(
        Outcome.REFUSED_COST,
        "any s.12 refusal makes the whole request 'Fully refused - cost limit'; partial "
        f"withholding is only ever by exemption: {_CO_IDENT}; R004 line 2.G",
        any_of=frozenset({_D.REFUSED_COST}),
    ),
    RollupRule(
        Outcome.REFUSED_VEXATIOUS,
        f"s.14(1) refusals are whole-request: {_CO_IDENT}; R004 line 2.E",
        any_of=frozenset({_D.REFUSED_VEXATIOUS}),
    ),
    RollupRule(
        Outcome.REFUSED_REPEATED,
        f"s.14(2) refusals are whole-request: {_CO_IDENT}; R004 line 2.F",
        any_of=frozenset({_D.REFUSED_REPEATED}),
    ),
    RollupRule(
        Outcome.S21_ONLY,
        f"s.21 the only ground: reported in the s.21 block; R004 4.A ({_MOJ_R004})",
        only=frozenset({_D.ACCESSIBLE_ELSEWHERE}),
    ),
    RollupRule(
        Outcome.ADVICE_AND_ASSISTANCE,
        "'Requests where advice and assistance provided' (CO CSV column; definition "
        "unverified, fact sheet §9 Q3)",
        only=frozenset({_D.ADVICE_AND_ASSISTANCE}),
    ),
    RollupRule(
        Outcome.NOT_HELD,
        "'Requests where information not held' (CO CSV column); R004 2.D",
        only=frozenset({_D.NOT_HELD}),
    ),
    RollupRule(
        Outcome.UNMAPPED,
        "transferred requests have no CO line (fact sheet AC-4)",
        only=frozenset({_D.TRANSFERRED}),
    ),
    RollupRule(
        Outcome.UNMAPPED,
        "a response only seeking clarification is not an initial outcome (fact sheet AC-4)",
        only=frozenset({_D.AWAITING_CLARIFICATION}),
    ),
    RollupRule(
        Outcome.PARTIALLY_WITHHELD,
        "some information given, some withheld under an exemption: 'Initial Outcome "
        f"Partially withheld' ({_CO_IDENT}); R004 2.H",
        any_of=_GIVEN,
        also_any=_KEPT | frozenset({_D.ACCESSIBLE_ELSEWHERE}),
    ),
    RollupRule(
        Outcome.WITHHELD_EXEMPTION,
        "nothing given, withheld under an exemption or NCND: 'Fully refused - exemption' "
        f"(NCND counts as exemption withholding, R004 2.I; {_CO_IDENT})",
        any_of=frozenset({_D.WITHHELD, _D.NEITHER_CONFIRMED_NOR_DENIED, _D.ACCESSIBLE_ELSEWHERE}),
    ),
    RollupRule(
        Outcome.GRANTED,
        "all held information given (some parts may be not held or advice): granted in "
        f"full, the MoJ rule 'part_held + granted' ({_MOJ_R004})",
        any_of=frozenset({_D.PROVIDED}),
    ),
    RollupRule(Outcome.UNMAPPED, "no row of the table matched"),
)

#: Scottish Information Commissioner roll-up (fact sheet §2.1, AC-4).
SIC_ROLLUP: tuple[RollupRule, ...] = (
    RollupRule(
        Outcome.REFUSED_COST,
        f"'Refused: excessive cost' (FOISA s.12(1) / EISR reg 10(4)(b)) ({_SIC_TEMPLATE})",
        any_of=frozenset({_D.REFUSED_COST}),
    ),
    RollupRule(
        Outcome.REFUSED_VEXATIOUS,
        f"'Refused: vexatious' (FOISA s.14(1)) ({_SIC_TEMPLATE})",
        any_of=frozenset({_D.REFUSED_VEXATIOUS}),
    ),
    RollupRule(
        Outcome.REFUSED_REPEATED,
        f"'Refused: repeated' (FOISA s.14(2)) ({_SIC_TEMPLATE})",
        any_of=frozenset({_D.REFUSED_REPEATED}),
    ),
    RollupRule(
        Outcome.NOT_HELD,
        f"'All information not held' (FOISA s.17 / EISR reg 10(4)(a)) ({_SIC_TEMPLATE})",
        only=frozenset({_D.NOT_HELD}),
    ),
    RollupRule(
        Outcome.NCND,
        f"'NCND' (FOISA s.18) ({_SIC_TEMPLATE})",
        only=frozenset({_D.NEITHER_CONFIRMED_NOR_DENIED}),
    ),
    RollupRule(
        Outcome.WITHHELD_EXEMPTION,
        "'Refusal notice for all information' (FOISA s.16(1)); s.25(1) (otherwise "
        f"accessible) is an exemption under FOISA ({_SIC_TEMPLATE})",
        only=frozenset({_D.WITHHELD, _D.ACCESSIBLE_ELSEWHERE, _D.NEITHER_CONFIRMED_NOR_DENIED}),
    ),
    RollupRule(
        Outcome.UNMAPPED,
        "the SIC template has no line for advice and assistance only (fact sheet AC-4)",
        only=frozenset({_D.ADVICE_AND_ASSISTANCE}),
    ),
    RollupRule(
        Outcome.UNMAPPED,
        "transferred requests have no SIC line (fact sheet AC-4)",
        only=frozenset({_D.TRANSFERRED}),
    ),
    RollupRule(
        Outcome.GRANTED,
        f"'Information provided in full' ({_SIC_TEMPLATE})",
        only=frozenset({_D.PROVIDED}),
    ),
    RollupRule(
        Outcome.PARTIALLY_WITHHELD,
        f"'Partial': some provided and some withheld or some not held ({_SIC_TEMPLATE})",
        any_of=_GIVEN,
    ),
    RollupRule(Outcome.UNMAPPED, "no row of the table matched"),
)

# --- Cabinet Office published CSV -------------------------------------------------

_CO_CSV = (
    "Cabinet Office, FOI statistics annual 2024 published CSV, as stored in "
    "mysociety/foi_monitor resources/cabinetfoi @ c4122cf2 (fact sheet §1.2)"
)

_EXEMPTION_HEADERS = (
    "S(22) - Information intended for future publication",
    "S(22A) - Research intended for future publication",
    "S(23) - Information supplied by, or relating to, bodies dealing with security matters",
    "S(24) - National security",
    "S(26) - Defence",
    "S(27) - International relations",
    "S(28) - Relations within the United Kingdom",
    "S(29) - The economy",
    "S(30) - Investigations and proceedings conducted by public authorities",
    "S(31) - Law enforcement",
    "S(32) - Court records, etc",
    "S(33) - Audit functions",
    "S(34) - Parliamentary privilege",
    "S(35) - Formulation of Government policy, etc",
    "S(36) - Prejudice to effective conduct of public affairs",
    "S(37) - Communications with His Majesty, etc and honours",
    "S(38) - Health and Safety",
    "S(39) - Environmental information",
    "S(40) - Personal information",
    "S(41) - Information provided in confidence",
    "S(42) - Legal professional privilege",
    "S(43) - Commercial interests",
    "S(44) - Prohibitions on disclosure",
    "3(a) - Exempt personal data",
    "4(a) - Information not held",
    "4(b) - Manifestly unreasonable",
    "4(c) - Too general",
    "4(d) - Work in progress / incomplete data",
    "4(e) - Internal communications",
    "5(a) - Adverse effect on international relations, defence, national security, public safety",
    "5(b) - Adverse effect on course of justice or conduct of enquiries",
    "5(c) - Adverse effect on intellectual property rights",
    "5(d) - Impinges on confidentiality of a public authority's work",
    "5(e) - Impinges on confidentiality of commercial or industrial information",
    "5(f) - Adverse effect on interests of person who provided the information",
    "5(g) - Adverse effect on protection of environment to which information relates",
)

S21_HEADER = "Total Section 21 exemptions used"

#: (regime, section, path prefix, column header, source); the longest prefix wins. A claim counts
#: once per request per column (a use); FOIA s.21 goes to the s.21 block instead.
EXEMPTION_COLUMNS: tuple[tuple[Regime, str, tuple[str, ...], str, str], ...] = (
    *(
        (
            Regime.FOIA,
            h[2 : h.index(")")],
            (),
            h,
            f"FOIA Part II exemption column ({_CO_CSV})",
        )
        for h in _EXEMPTION_HEADERS
        if h.startswith("S(")
    ),
    (Regime.FOIA, "21", (), S21_HEADER, f"s.21 reported in its own block ({_CO_CSV})"),
    (
        Regime.EIR,
        "13",
        (),
        "3(a) - Exempt personal data",
        "EIR reg 12(3) and 13 personal data; column '3(a)' read as reg 12(3) (unverified)",
    ),
    (
        Regime.EIR,
        "12",
        ("3",),
        "3(a) - Exempt personal data",
        "EIR reg 12(3) personal data; column '3(a)' (unverified)",
    ),
    *(
        (
            Regime.EIR,
            "12",
            (h[0], h[2]),
            h,
            f"EIR reg 12({h[0]})({h[2]}) exception column ({_CO_CSV})",
        )
        for h in _EXEMPTION_HEADERS
        if h[0] in "45"
    ),
)

#: The 122 published column headers, in order (the two key columns first).
CO_HEADERS: tuple[str, ...] = (
    "Quarter",
    "Government body",
    "Total requests received",
    "Requests Processed",
    "Requests on-hold or lapsed",
    "Requests still being processed",
    "Requests handled under EIRs",
    "Total requests received (excluding on-hold and lapsed)",
    "20-day deadline met",
    "Permitted extension to 20-day deadline",
    "Late response (i.e. 20-day deadline missed)",
    "Percentage of requests meeting 20-day deadline",
    'Percentage of requests "in time" (i.e. meeting deadline or with permitted extension)',
    "Total requests received (excluding on-hold and lapsed).1",
    "Requests where advice and assistance provided",
    "Requests where information not held",
    'Total "resolvable" requests',
    "Initial Outcome Granted in full",
    "Initial Outcome  Partially withheld",
    "Initial Outcome  Fully withheld",
    "Initial Outcome Response not yet provided",
    "Percentage of resolvable requests granted in full",
    "Percentage of resolvable requests withheld in full",
    "Fully refused - vexatious",
    "Fully refused - repeated",
    "Fully refused - cost limit",
    "Fully refused - exemption",
    *_EXEMPTION_HEADERS,
    "Total exemptions and exceptions applied",
    "Number of requests where an exemption was claimed",
    S21_HEADER,
    "S21 Partly Exempt",
    "S21 Fully Exempt",
    "S21 20-day deadline met",
    "S21 Late response (i.e. 20-day deadline missed)",
    "S21 Percentage of requests meeting 20-day deadline",
    "Total Internal Reviews",
    "Internal Reviews with outcome known",
    "IR number upheld in full",
    "IR number upheld in part",
    "IR number overturned",
    "IR percentage upheld in full",
    "ICO Total Complaints",
    "ICO Complaints with known outcome",
    "ICO Number upheld in full",
    "ICO Number upheld in part",
    "ICO Number overturned",
    "ICO Percentage upheld in full",
    "PIT Total Requests Extended",
    "PIT Number Completed",
    "PIT 5 or Less",
    "PIT 6 to 10",
    "PIT 11 to 15",
    "PIT 16 to 20",
    "PIT 21 to 30",
    "PIT 31 to 40",
    "PIT 41 to 60",
    "PIT 61 to 80",
    "PIT 81 to 100",
    "PIT More than 100",
    "IR Total Reviews Completed",
    "IR 10 or less",
    "IR 11 to 20",
    "IR 21 to 40",
    "IR 41 to 60",
    "IR 61 to 80",
    "IR 81 to 100",
    "IR More than 100",
    "PIT uncompleted prev year Total last year",
    "PIT uncompleted prev year 5 or Less",
    "PIT uncompleted prev year 6 to 10",
    "PIT uncompleted prev year 11 to 15",
    "PIT uncompleted prev year 16 to 20",
    "PIT uncompleted prev year 21 to 30",
    "PIT uncompleted prev year 31 to 40",
    "PIT uncompleted prev year 41 to 60",
    "PIT uncompleted prev year 61 to 80",
    "PIT uncompleted prev year 81 to 100",
    "PIT uncompleted prev year More than 100",
    "IR uncompleted prev year Total last year",
    "IR uncompleted prev year 10 or less",
    "IR uncompleted prev year 11 to 20",
    "IR uncompleted prev year 21 to 40",
    "IR uncompleted prev year 41 to 60",
    "IR uncompleted prev year 61 to 80",
    "IR uncompleted prev year 81 to 100",
    "IR uncompleted prev year More than 100",
)

_STILL = "Requests still being processed"
_PROCESSED = "Requests Processed"
_HOLD = "Requests on-hold or lapsed"
_MET = "20-day deadline met"
_EXT = "Permitted extension to 20-day deadline"
_LATE = "Late response (i.e. 20-day deadline missed)"

#: Timeliness class -> (status column, timeliness column or None, source).
CO_TIMELINESS_LINES: dict[Timeliness, tuple[str, str | None, str]] = {
    Timeliness.MET: (_PROCESSED, _MET, _CO_CSV),
    Timeliness.EXTENDED_IN_TIME: (
        _PROCESSED,
        _EXT,
        f"answered within a permitted extension (FOIA s.10(3), EIR reg 7) ({_CO_IDENT})",
    ),
    Timeliness.EXTENDED_LATE: (
        _PROCESSED,
        _LATE,
        "an extended request answered after its extended date is late (the column's name; "
        "fact sheet §9 Q5, unverified; R004 differs: switch pit_late_as_extension)",
    ),
    Timeliness.LATE: (_PROCESSED, _LATE, _CO_CSV),
    Timeliness.OPEN_NOT_DUE: (
        _STILL,
        _MET,
        "open and not yet due at the snapshot: counted in time, as MoJ's performance "
        "measure does (fact sheet §0.1); the CO's own rule is unverified (§9 Q1)",
    ),
    Timeliness.OPEN_NOT_DUE_EXTENDED: (
        _STILL,
        _EXT,
        "open, extended and not yet due at the snapshot (unverified, fact sheet §9 Q1)",
    ),
    Timeliness.OPEN_OVERDUE: (
        _STILL,
        _LATE,
        f"open past its deadline at the time of monitoring counts as late ({_CO_IDENT}: "
        "The National Archives 2024)",
    ),
    Timeliness.ON_HOLD: (
        _HOLD,
        None,
        "awaiting clarification (s.1(3)) or a fee (s.9): on hold (our reading, §9 Q3)",
    ),
    Timeliness.LAPSED: (_HOLD, None, "fees notice unpaid after three months: lapsed"),
    Timeliness.WITHDRAWN: (_HOLD, None, "withdrawn by the requester: lapsed (unverified)"),
}

#: Outcome -> CO initial-outcome columns (all counted), source.
CO_OUTCOME_LINES: dict[Outcome, tuple[tuple[str, ...], str]] = {
    Outcome.GRANTED: (("Initial Outcome Granted in full",), _CO_CSV),
    Outcome.PARTIALLY_WITHHELD: (("Initial Outcome  Partially withheld",), _CO_CSV),
    Outcome.WITHHELD_EXEMPTION: (
        ("Initial Outcome  Fully withheld", "Fully refused - exemption"),
        _CO_IDENT,
    ),
    Outcome.NCND: (("Initial Outcome  Fully withheld", "Fully refused - exemption"), _CO_IDENT),
    Outcome.REFUSED_COST: (
        ("Initial Outcome  Fully withheld", "Fully refused - cost limit"),
        _CO_IDENT,
    ),
    Outcome.REFUSED_VEXATIOUS: (
        ("Initial Outcome  Fully withheld", "Fully refused - vexatious"),
        _CO_IDENT,
    ),
    Outcome.REFUSED_REPEATED: (
        ("Initial Outcome  Fully withheld", "Fully refused - repeated"),
        _CO_IDENT,
    ),
    Outcome.NOT_HELD: (("Requests where information not held",), _CO_CSV),
    Outcome.ADVICE_AND_ASSISTANCE: (("Requests where advice and assistance provided",), _CO_CSV),
}
CO_NOT_YET = "Initial Outcome Response not yet provided"
CO_EXEMPTION_REQUESTS = "Number of requests where an exemption was claimed"
CO_EXEMPTION_OUTCOMES = frozenset({Outcome.PARTIALLY_WITHHELD, Outcome.WITHHELD_EXEMPTION})

#: Sums: header = sum of (sign, header) terms (fact sheet §1.4). Checked on every output.
CO_IDENTITIES: tuple[tuple[str, str, tuple[tuple[int, str], ...]], ...] = (
    ("Total requests received", _CO_IDENT, ((1, _PROCESSED), (1, _HOLD), (1, _STILL))),
    (
        "Total requests received (excluding on-hold and lapsed)",
        _CO_IDENT,
        ((1, "Total requests received"), (-1, _HOLD)),
    ),
    (
        "Total requests received (excluding on-hold and lapsed)",
        _CO_IDENT,
        ((1, _MET), (1, _EXT), (1, _LATE)),
    ),
    (
        'Total "resolvable" requests',
        _CO_IDENT,
        (
            (1, "Total requests received (excluding on-hold and lapsed).1"),
            (-1, "Requests where advice and assistance provided"),
            (-1, "Requests where information not held"),
        ),
    ),
    (
        'Total "resolvable" requests',
        _CO_IDENT,
        (
            (1, "Initial Outcome Granted in full"),
            (1, "Initial Outcome  Partially withheld"),
            (1, "Initial Outcome  Fully withheld"),
            (1, CO_NOT_YET),
        ),
    ),
    (CO_NOT_YET, _CO_IDENT, ((1, _STILL),)),
    (
        "Initial Outcome  Fully withheld",
        _CO_IDENT,
        (
            (1, "Fully refused - vexatious"),
            (1, "Fully refused - repeated"),
            (1, "Fully refused - cost limit"),
            (1, "Fully refused - exemption"),
        ),
    ),
    (
        CO_EXEMPTION_REQUESTS,
        _CO_IDENT,
        ((1, "Initial Outcome  Partially withheld"), (1, "Fully refused - exemption")),
    ),
    (
        "Total exemptions and exceptions applied",
        _CO_IDENT,
        tuple((1, h) for h in _EXEMPTION_HEADERS),
    ),
    (
        S21_HEADER,
        _CO_IDENT,
        ((1, "S21 20-day deadline met"), (1, "S21 Late response (i.e. 20-day deadline missed)")),
    ),
    (
        S21_HEADER,
        "our reading of the s.21 block",
        ((1, "S21 Partly Exempt"), (1, "S21 Fully Exempt")),
    ),
    (
        "Internal Reviews with outcome known",
        _CO_IDENT,
        (
            (1, "IR number upheld in full"),
            (1, "IR number upheld in part"),
            (1, "IR number overturned"),
        ),
    ),
    (
        "ICO Complaints with known outcome",
        _CO_IDENT,
        (
            (1, "ICO Number upheld in full"),
            (1, "ICO Number upheld in part"),
            (1, "ICO Number overturned"),
        ),
    ),
)

#: Sum identities whose terms include columns not collected in every period (written "-" or
#: left blank in older rows: the exemption and exception columns were added over the years).
#: In these a "-" or blank term counts as nothing; in every other identity it means the row
#: cannot be checked. On the 2020-published CSV this checks the exemption total on 2,275 rows
#: (4 breaking, as the fact sheet §1.4 counts) instead of 331.
CO_SPARSE_SUMS: frozenset[str] = frozenset({"Total exemptions and exceptions applied"})

#: Percentages: header = 100 * numerator / denominator; ``None`` (a blank cell) on zero.
CO_PERCENTAGES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    (
        "Percentage of requests meeting 20-day deadline",
        (_MET,),
        "Total requests received (excluding on-hold and lapsed)",
        _CO_IDENT,
    ),
    (
        'Percentage of requests "in time" (i.e. meeting deadline or with permitted extension)',
        (_MET, _EXT),
        "Total requests received (excluding on-hold and lapsed)",
        _CO_IDENT,
    ),
    (
        "Percentage of resolvable requests granted in full",
        ("Initial Outcome Granted in full",),
        'Total "resolvable" requests',
        _CO_CSV,
    ),
    (
        "Percentage of resolvable requests withheld in full",
        ("Initial Outcome  Fully withheld",),
        'Total "resolvable" requests',
        _CO_CSV,
    ),
    (
        "S21 Percentage of requests meeting 20-day deadline",
        ("S21 20-day deadline met",),
        S21_HEADER,
        _CO_CSV,
    ),
    (
        "IR percentage upheld in full",
        ("IR number upheld in full",),
        "Internal Reviews with outcome known",
        _CO_CSV,
    ),
    (
        "ICO Percentage upheld in full",
        ("ICO Number upheld in full",),
        "ICO Complaints with known outcome",
        _CO_CSV,
    ),
)

#: Working days beyond the 20th day for PIT bands (fact sheet §9 Q8: our reading).
CO_PIT_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 5, "PIT 5 or Less"),
    (6, 10, "PIT 6 to 10"),
    (11, 15, "PIT 11 to 15"),
    (16, 20, "PIT 16 to 20"),
    (21, 30, "PIT 21 to 30"),
    (31, 40, "PIT 31 to 40"),
    (41, 60, "PIT 41 to 60"),
    (61, 80, "PIT 61 to 80"),
    (81, 100, "PIT 81 to 100"),
    (101, None, "PIT More than 100"),
)
#: Working days from the review request to its decision (fact sheet §9 Q8: our reading).
CO_IR_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 10, "IR 10 or less"),
    (11, 20, "IR 11 to 20"),
    (21, 40, "IR 21 to 40"),
    (41, 60, "IR 41 to 60"),
    (61, 80, "IR 61 to 80"),
    (81, 100, "IR 81 to 100"),
    (101, None, "IR More than 100"),
)
CO_PIT_SOURCE = (
    "PIT band = working days beyond the 20th working day (fact sheet §9 Q8, our reading)"
)
CO_IR_SOURCE = "IR band = working days from the review request to its decision (§9 Q8, our reading)"
#: Columns the current case model cannot fill: written "-" (not applicable), as the
#: published quarterly rows do.
CO_NOT_AVAILABLE: frozenset[str] = frozenset(
    {
        "Internal Reviews with outcome known",
        "IR number upheld in full",
        "IR number upheld in part",
        "IR number overturned",
        "IR percentage upheld in full",
        "ICO Complaints with known outcome",
        "ICO Number upheld in full",
        "ICO Number upheld in part",
        "ICO Number overturned",
        "ICO Percentage upheld in full",
        *(h for h in CO_HEADERS if "uncompleted prev year" in h),
    }
)


@attrs.frozen(slots=True)
class Threshold:
    """A published banding of a percentage: the band whose ``at_least`` the value reaches."""

    scheme: str
    bands: tuple[tuple[float, str], ...]  # (at_least, label), highest first
    source: str

    def band(self, percent: float) -> str:
        for at_least, label in self.bands:
            if percent >= at_least:
                return label
        raise AssertionError("the last band starts at 0")


THRESHOLDS: dict[str, Threshold] = {
    "ico": Threshold(
        "ico",
        ((95.0, "good"), (90.0, "adequate"), (0.0, "unsatisfactory")),
        "ICO FOI self-assessment toolkit, topic 1 timeliness: good >=95%, adequate 90-95%, "
        "unsatisfactory <90% (fact sheet §2.2)",
    ),
    "ico_monitoring": Threshold(
        "ico_monitoring",
        ((85.0, "not triggered"), (0.0, "monitoring trigger")),
        "ICO monitoring trigger: published timeliness under 85% (fact sheet §2.2)",
    ),
    "moj_rag": Threshold(
        "moj_rag",
        ((90.0, "green"), (85.0, "amber"), (0.0, "red")),
        f"MoJ RAG: red <85, amber <90, else green (base_report.rb; {_MOJ_R004})",
    ),
}

#: Minimum number of classified requests before a rate is compared (Alaveteli
#: MINIMUM_REQUESTS_FOR_STATISTICS default, fact sheet §4.4).
MINIMUM_N = 100
MINIMUM_N_SOURCE = "Alaveteli MINIMUM_REQUESTS_FOR_STATISTICS default 100 (fact sheet §4.4)"

#: Older spellings of published headers -> the current header (fact sheet §1.2).
CO_HEADER_ALIASES: dict[str, str] = {
    "S(37) - Communications with Her Majesty, etc and honours": (
        "S(37) - Communications with His Majesty, etc and honours"
    ),
}

# --- MoJ R004 "Cabinet Office report" (fact sheet §1.7) ------------------------------------

#: FOIA sections with a 3.Sxx line in R004 (no s.39, no EIR lines; s.21 in section 4).
R004_SECTIONS: tuple[str, ...] = (
    "22",
    "22A",
    "23",
    "24",
    *(str(n) for n in range(26, 39)),
    *(str(n) for n in range(40, 45)),
)

#: (line, label, source) in report order; 3.Sxx lines follow 3.A.
R004_LINES: tuple[tuple[str, str, str], ...] = (
    ("1.A", "Total FOI requests received", f"received - received and s.21-only ({_MOJ_R004})"),
    ("1.Ai", "Of these, mostly EIR", f'literal "N/A" ({_MOJ_R004})'),
    ("1.B", "Created, not closed", f"received and not closed; no s.21 subtraction ({_MOJ_R004})"),
    ("1.Bi", "...with permitted extension", f"1.B and PIT ({_MOJ_R004})"),
    ("1.Bii", "Outstanding with fee notice", f"literal 0 ({_MOJ_R004})"),
    (
        "1.Biii",
        "Open and past the 20-day deadline",
        f"1.B, deadline before the snapshot date, without PIT ({_MOJ_R004}; R004 itself uses "
        "the run date)",
    ),
    ("1.C", "Created and closed", f"received and closed - s.21-only ({_MOJ_R004})"),
    ("1.Ci", "Closed in time", f"in time, without PIT, not s.21-only ({_MOJ_R004})"),
    (
        "1.Cii",
        "Extended as permitted",
        f"PIT, in time or (switch pit_late_as_extension) late ({_MOJ_R004})",
    ),
    ("1.Ciii", "Closed out of time", f"late, without PIT, not s.21-only ({_MOJ_R004})"),
    ("2.A", "Total closed (= 1.C)", _MOJ_R004),
    ("2.B", "Granted in full", f"outcome granted, held or held in part ({_MOJ_R004})"),
    ("2.C", "Clarification s.1(3)", f"refusal reason tmm ({_MOJ_R004})"),
    ("2.D", "Not held", f"info held = No ({_MOJ_R004})"),
    ("2.E", "s.14(1) vexatious", _MOJ_R004),
    ("2.F", "s.14(2) repeated", _MOJ_R004),
    ("2.G", "s.12 cost", _MOJ_R004),
    ("2.H", "Refused in part, exemption", f"part refused - s.21-only ({_MOJ_R004})"),
    ("2.I", "Refused fully, exemption", f"refused fully or NCND - s.21-only ({_MOJ_R004})"),
    ("3.A", "Fully or partly refused", f"2.H + 2.I ({_MOJ_R004})"),
    ("4.A", "s.21 the only exemption", _MOJ_R004),
    ("4.B", "s.21 only, in time", _MOJ_R004),
    ("4.C", "s.21 only, out of time", _MOJ_R004),
)

# --- SIC quarterly return (fact sheet §2.1), s.45 Code publication (§3.1), ICO (§2.2) -------

_CODE_2018 = (
    "s.45 Code of Practice (2018) para 8.5 list as authorities reproduce it (Hereford & "
    "Worcester Fire; Leicester open data schema) (fact sheet §3.1)"
)
_ICO_CALC = (
    "ICO 'assessing the level of your compliance with FOIA and EIR timescales' calculator: "
    "a flow basis (fact sheet §2.2)"
)

#: SIC outcome -> template field.
SIC_OUTCOME_FIELDS: dict[Outcome, str] = {
    Outcome.GRANTED: "Information provided in full",
    Outcome.PARTIALLY_WITHHELD: "Partial",
    Outcome.WITHHELD_EXEMPTION: "Refusal notice for all information",
    Outcome.NOT_HELD: "All information not held",
    Outcome.NCND: "NCND",
    Outcome.REFUSED_COST: "Refused: excessive cost",
    Outcome.REFUSED_VEXATIOUS: "Refused: vexatious",
    Outcome.REFUSED_REPEATED: "Refused: repeated",
}
#: (field, source) in template order.
SIC_FIELDS: tuple[tuple[str, str], ...] = (
    ("Requests received", f"received in the quarter (FOISA s.1(1) / EISR reg 5) ({_SIC_TEMPLATE})"),
    ("Withdrawn", f"received in the quarter and withdrawn ({_SIC_TEMPLATE})"),
    (
        "Response within timescale",
        "substantive response sent in the quarter by the deadline (FOISA s.10(1) / "
        f"EISR reg 5(2)) ({_SIC_TEMPLATE})",
    ),
    (
        "Response late",
        f"substantive response sent in the quarter after the deadline ({_SIC_TEMPLATE})",
    ),
    (
        "No response",
        "deadline in the quarter passed and no response by as_of (the submission date) "
        f"({_SIC_TEMPLATE})",
    ),
    ("EIR reg 7 extensions", f"EISR reg 7 extensions notified in the quarter ({_SIC_TEMPLATE})"),
    *((field, _SIC_TEMPLATE) for field in SIC_OUTCOME_FIELDS.values()),
    (
        "Reviews received",
        f"review requests received in the quarter (FOISA s.20 / EISR reg 16) ({_SIC_TEMPLATE})",
    ),
)

CODE_OF_PRACTICE_FIELDS: tuple[tuple[str, str], ...] = (
    ("Received", _CODE_2018),
    (
        "Not yet processed",
        f"open or on hold at as_of, incl. extended or stopped clock ({_CODE_2018})",
    ),
    ("Processed within deadline", _CODE_2018),
    ("Processed with extension", _CODE_2018),
    ("Processed beyond deadline", _CODE_2018),
    ("Granted in full", _CODE_2018),
    ("Granted in part and refused in part", _CODE_2018),
    (
        "Refused in full",
        f"withheld, NCND, cost, s.14, s.21-only, not held (our reading) ({_CODE_2018})",
    ),
    ("Referred for internal review", _CODE_2018),
)
#: Code-of-practice outcome -> field (advice-only answers have no line: warned).
CODE_OF_PRACTICE_OUTCOMES: dict[Outcome, str] = {
    Outcome.GRANTED: "Granted in full",
    Outcome.PARTIALLY_WITHHELD: "Granted in part and refused in part",
    Outcome.WITHHELD_EXEMPTION: "Refused in full",
    Outcome.NCND: "Refused in full",
    Outcome.S21_ONLY: "Refused in full",
    Outcome.REFUSED_COST: "Refused in full",
    Outcome.REFUSED_VEXATIOUS: "Refused in full",
    Outcome.REFUSED_REPEATED: "Refused in full",
    Outcome.NOT_HELD: "Refused in full",
}

ICO_TIMELINESS_FIELDS: tuple[tuple[str, str], ...] = (
    (
        "Open at the end of the period",
        f"received by the end, unanswered then, whenever received ({_ICO_CALC})",
    ),
    ("Open and overdue at the end of the period", _ICO_CALC),
    ("Closed in the period", _ICO_CALC),
    ("Closed within statutory time", f"including PIT and EIR extensions ({_ICO_CALC})"),
)
