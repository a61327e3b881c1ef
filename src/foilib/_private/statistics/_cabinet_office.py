"""The Cabinet Office quarterly/annual FOI return (profile P1), computed and checked."""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import itertools
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ..clock import Case
from ..errors import ArgumentError, ArgumentTypeError
from ..model import Disposition, Response
from ..regimes import Regime
from ..workdays import working_day_calendar
from ._core import (
    CaseFacts,
    Period,
    Proportion,
    StatisticsError,
    Tally,
    case_facts,
    check_as_of,
    iter_pairs,
    median_mean,
    parse_number,
)
from ._fast import Planner
from ._rules import (
    CO_EXEMPTION_OUTCOMES,
    CO_EXEMPTION_REQUESTS,
    CO_HEADER_ALIASES,
    CO_HEADERS,
    CO_IDENTITIES,
    CO_IR_BANDS,
    CO_IR_SOURCE,
    CO_NOT_AVAILABLE,
    CO_NOT_YET,
    CO_OUTCOME_LINES,
    CO_PERCENTAGES,
    CO_PIT_BANDS,
    CO_PIT_SOURCE,
    CO_ROLLUP,
    CO_SPARSE_SUMS,
    CO_TIMELINESS_LINES,
    EMPTY_ROLLUP,
    EXEMPTION_COLUMNS,
    S21_HEADER,
    Outcome,
    RollupRule,
    Timeliness,
)

__all__ = [
    "CO_PUBLISHED_HEADER",
    "NOT_APPLICABLE",
    "CabinetOfficeCsvCheck",
    "CabinetOfficeReturn",
    "Explanation",
    "IdentityCheck",
    "IdentityFailure",
    "UnreadableCell",
    "cabinet_office",
    "cabinet_office_by_period",
    "cabinet_office_tally",
    "check_cabinet_office_csv",
    "check_cabinet_office_row",
    "read_cabinet_office_csv",
    "rollup",
]

#: The published CSV's "-" (not applicable / not collected).
NOT_APPLICABLE = "-"
Value = int | float | str | None

PROFILE = "cabinet_office"
PROFILE_VERSION = "2024.1"  # column set of the annual 2024 CSV

_SUPPORTED = frozenset({Regime.FOIA, Regime.EIR})
_ANSWERED_MAIN = frozenset(
    {Timeliness.MET, Timeliness.EXTENDED_IN_TIME, Timeliness.EXTENDED_LATE, Timeliness.LATE}
)
_DUP = "Total requests received (excluding on-hold and lapsed)"
_DUP1 = _DUP + ".1"

#: The CSV header line exactly as the Cabinet Office publishes it: ``row`` keys are unique,
#: so the second "Total requests received (excluding on-hold and lapsed)" column is keyed
#: with ".1" (as pandas reads it) and written back without it, so a row appends to the
#: published file. Older files say "Her Majesty" in the s.37 header; foilib writes the
#: current "His Majesty" (``CO_HEADER_ALIASES`` maps the old spelling when reading).
CO_PUBLISHED_HEADER: tuple[str, ...] = tuple(_DUP if h == _DUP1 else h for h in CO_HEADERS)


def rollup(
    dispositions: Iterable[Disposition], table: tuple[RollupRule, ...] = CO_ROLLUP
) -> RollupRule:
    """The first row of a roll-up table matching a request's part dispositions."""
    ds = dispositions if type(dispositions) is frozenset else frozenset(dispositions)
    global _ROLLUP_MEMO
    memo = _ROLLUP_MEMO
    if memo[0] is not table:  # one scan per distinct set of dispositions, per table
        memo = _ROLLUP_MEMO = (table, {})
    found = memo[1].get(ds)
    if found is None:
        found = _first_match(ds, table)
        if len(memo[1]) < _ROLLUP_MEMO_SIZE:
            memo[1][ds] = found
    return found


_ROLLUP_MEMO_SIZE = 4096
#: The last table :func:`rollup` read, and its row per set of dispositions (at most
#: ``_ROLLUP_MEMO_SIZE``); replaced whole, so thread-safe.
_ROLLUP_MEMO: tuple[tuple[RollupRule, ...] | None, dict[frozenset[Disposition], RollupRule]] = (
    None,
    {},
)


def _first_match(ds: frozenset[Disposition], table: tuple[RollupRule, ...]) -> RollupRule:
    if not ds:  # no part answers: never an outcome (an empty set is a subset of any set)
        return EMPTY_ROLLUP
    for row in table:
        if row.matches(ds):
            return row
    raise AssertionError("every roll-up table ends with a catch-all row")


@functools.lru_cache(maxsize=4096)
def _columns_of(exemption: tuple[Regime, str, tuple[str, ...]]) -> str | None:
    regime, section, path = exemption
    best: tuple[int, str] | None = None
    for r, s, prefix, header, _ in EXEMPTION_COLUMNS:
        fits = r is regime and s == section and path[: len(prefix)] == prefix
        if fits and (best is None or len(prefix) > best[0]):
            best = (len(prefix), header)
    return best[1] if best else None


def _band(days: int, bands: tuple[tuple[int, int | None, str], ...]) -> str:
    for low, high, header in bands:
        if days >= low and (high is None or days <= high):
            return header
    return bands[0][2]


@attrs.frozen(slots=True)
class _Classified:
    rule: RollupRule | None
    outcome: Outcome | None
    uses: tuple[str, ...]
    has_s21: bool
    s21_only: bool

    def __iter__(self) -> Iterator[Any]:
        return iter((self.rule, self.outcome, self.uses, self.has_s21, self.s21_only))


#: Members the hot path compares against, bound once (on Python 3.11 reading a member
#: from its class goes through ``EnumType.__getattr__``, 5x a global).
_D_ACCESSIBLE_ELSEWHERE = Disposition.ACCESSIBLE_ELSEWHERE
_O_PARTIALLY_WITHHELD = Outcome.PARTIALLY_WITHHELD
_O_S21_ONLY = Outcome.S21_ONLY
_O_UNMAPPED = Outcome.UNMAPPED
_O_WITHHELD_EXEMPTION = Outcome.WITHHELD_EXEMPTION
_R_EIR = Regime.EIR
_T_ANSWERED_NO_LETTER = Timeliness.ANSWERED_NO_LETTER
_T_MET = Timeliness.MET
_T_TRANSFERRED = Timeliness.TRANSFERRED


def classify_outcome(f: CaseFacts, table: tuple[RollupRule, ...] | None = None) -> _Classified:
    """The roll-up row and outcome of an answered case (``None`` while unanswered), the
    exemption columns it uses (s.21 apart), whether it claims s.21 and whether s.21 is its
    only ground (R004: exactly one exemption and it is s.21)."""
    rule: RollupRule | None = None
    outcome: Outcome | None = None
    if f.timeliness in _ANSWERED_MAIN:
        rule = rollup(f.dispositions, CO_ROLLUP if table is None else table)
        outcome = rule.outcome
    if not f.exemptions:  # the common case, as below with no columns
        has_s21 = _D_ACCESSIBLE_ELSEWHERE in f.dispositions
        return _Classified(rule, outcome, (), has_s21, outcome is _O_S21_ONLY)
    columns = [c for c in (_columns_of(e) for e in f.exemptions) if c is not None]
    uses = tuple(sorted(set(columns) - {S21_HEADER}))
    has_s21 = S21_HEADER in columns or _D_ACCESSIBLE_ELSEWHERE in f.dispositions
    s21_only = outcome is _O_S21_ONLY or (
        outcome is _O_WITHHELD_EXEMPTION and bool(columns) and not uses and has_s21
    )
    return _Classified(rule, outcome, uses, has_s21, s21_only)


def _classify(f: CaseFacts, tally: Tally, include_s21_only: bool) -> None:
    """Add one case of the cohort to ``tally`` (the rules are the tables in ``_rules``)."""
    ref = f.ref
    if f.regime not in _SUPPORTED:
        tally.warn(ref, f"{f.regime.name} case: the Cabinet Office return covers FOIA and EIR")
        return
    t = f.timeliness
    if t is _T_TRANSFERRED:
        tally.warn(ref, "transferred: no Cabinet Office line (unmapped)")
        return
    if t is _T_ANSWERED_NO_LETTER:
        tally.warn(ref, "answered, but no response letter was given: outcome unknown")
        return
    c = classify_outcome(f)  # read by attribute: unpacking would go through __iter__
    rule, outcome, uses, has_s21, s21_only = c.rule, c.outcome, c.uses, c.has_s21, c.s21_only
    if outcome is _O_UNMAPPED:
        assert rule is not None
        tally.warn(ref, f"outcome unmapped: {rule.source}")
        return
    if outcome is not None and has_s21 and (s21_only or outcome in CO_EXEMPTION_OUTCOMES):
        part = "S21 Partly Exempt" if outcome is _O_PARTIALLY_WITHHELD else "S21 Fully Exempt"
        tally.add(part, ref, "s.21 claimed")
        if t is _T_MET:
            tally.add("S21 20-day deadline met", ref, "answered by the 20th working day")
        else:
            tally.add(
                "S21 Late response (i.e. 20-day deadline missed)",
                ref,
                "answered after the 20th working day (the s.21 block has no extension line)",
            )
    if s21_only:
        if not include_s21_only:
            tally.add("s21_only_excluded", ref, "s.21 the only ground: s.21 block only")
            return
        outcome = _O_WITHHELD_EXEMPTION
    status_line, time_line, source = CO_TIMELINESS_LINES[t]
    keep = tally.keep_refs  # the reasons ("why") are only kept with the references
    why = f"{t.value}: {source}" if keep else ""
    tally.add(status_line, ref, why)
    if time_line is not None:
        tally.add(time_line, ref, why)
    if f.regime is _R_EIR:
        tally.add("Requests handled under EIRs", ref, "EIR case")
    if time_line is None:
        return
    if outcome is None:
        tally.add(CO_NOT_YET, ref, "no response by the snapshot date")
    else:
        lines, src = CO_OUTCOME_LINES[outcome]
        why = (
            ""
            if not keep
            else rule.rule
            if rule is not None and rule.outcome is outcome
            else ("s.21 the only ground, included in the main block (include_s21_only)")
        )
        for line in lines:
            tally.add(line, ref, why if line == lines[0] else src)
        if outcome in CO_EXEMPTION_OUTCOMES:
            tally.add(CO_EXEMPTION_REQUESTS, ref, "partially withheld or fully refused - exemption")
            for column in uses:
                tally.add(column, ref, "exemption claimed (one use per request)")
        tally.observe("days_taken", f.days_taken or 0)
    if f.pit:
        tally.add("PIT Total Requests Extended", ref, "public-interest extension notified")
        if f.days_beyond_due is not None:
            tally.add("PIT Number Completed", ref, "answered")
            tally.add(
                _band(f.days_beyond_due, CO_PIT_BANDS), ref, f"{f.days_beyond_due}: {CO_PIT_SOURCE}"
            )
    if f.review_requested_on is not None:
        tally.add(
            "Total Internal Reviews",
            ref,
            "internal review requested (by the request's cohort, §9 Q4)",
        )
        if f.review_decided_on is not None:
            days = working_day_calendar(f.regime).count(f.review_requested_on, f.review_decided_on)
            tally.add("IR Total Reviews Completed", ref, "internal review decided")
            tally.add(_band(days, CO_IR_BANDS), ref, f"{days}: {CO_IR_SOURCE}")
    if f.complained:
        tally.add(
            "ICO Total Complaints", ref, "complaint to the Commissioner (by the request's cohort)"
        )


def cabinet_office_tally(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    include_s21_only: bool = False,
    keep_refs: bool = True,
    strict: bool = False,
) -> Tally:
    """The mergeable tally behind :func:`cabinet_office` (cohort: received in ``period``)."""
    check_as_of(period, as_of)
    tally = Tally(keep_refs=keep_refs)
    first, last = period.start, period.end

    def classify(f: CaseFacts, into: Tally) -> None:
        _classify(f, into, include_s21_only)

    add = Planner(tally, as_of, classify).add if FAST_PATH else None
    for case, response in iter_pairs(records, tally, strict=strict):
        received = case.received_on  # a date (Case checks it): ``received in period``
        if not first <= received <= last or received > as_of:
            continue
        if add is not None:
            add(case, response)
        else:
            _classify(case_facts(case, response, as_of), tally, include_s21_only)
    return tally


def cabinet_office_by_period(
    records: Iterable[tuple[Case, Response | None]],
    *,
    periods: Sequence[Period],
    as_of: dt.date,
    include_s21_only: bool = False,
    body: str = "",
    keep_refs: bool = True,
    strict: bool = False,
) -> tuple[CabinetOfficeReturn, ...]:
    """One Cabinet Office return per period of ``periods`` (e.g. the quarters of a year), in
    one pass over ``records``: each return is exactly what :func:`cabinet_office` gives for
    its period, and their tallies merge to the return of the whole span. A mismatched pair
    is warned about in the period its case was received in (the first period when none).

    Raises :class:`~foilib.ArgumentError` when ``periods`` is empty or two periods overlap;
    otherwise as :func:`cabinet_office`.
    """
    if type(as_of) is not dt.date:
        raise ArgumentTypeError("as_of", as_of, "a datetime.date (not a datetime)")
    items = [periods] if isinstance(periods, Period) else list(periods)  # read once
    if isinstance(periods, Period) or not items or not all(isinstance(p, Period) for p in items):
        raise ArgumentError("periods", periods, "one or more foilib.statistics.Period")
    ordered: list[Period] = sorted(items, key=lambda p: p.start)
    check_as_of(ordered[0], as_of)  # before the first period starts: nothing to count
    for a, b in itertools.pairwise(ordered):
        if b.start <= a.end:
            raise ArgumentError(
                "periods", periods, f"periods that do not overlap ({a.label}, {b.label})"
            )
    tallies = [Tally(keep_refs=keep_refs) for _ in ordered]
    adders = []
    for tally in tallies:

        def classify(f: CaseFacts, into: Tally) -> None:
            _classify(f, into, include_s21_only)

        adders.append(Planner(tally, as_of, classify).add)
    starts = [p.start for p in ordered]

    def place(received: dt.date) -> int | None:
        i = bisect.bisect_right(starts, received) - 1
        return i if i >= 0 and received <= ordered[i].end else None

    def warn_into(case: Case) -> Tally:
        i = place(case.received_on)
        return tallies[0 if i is None else i]

    for case, response in iter_pairs(records, warn_into, strict=strict):
        received = case.received_on
        i = place(received)
        if i is None or received > as_of:
            continue
        if FAST_PATH:
            adders[i](case, response)
        else:
            _classify(case_facts(case, response, as_of), tallies[i], include_s21_only)
    return tuple(
        CabinetOfficeReturn.from_tally(
            t, period=p, as_of=as_of, body=body, include_s21_only=include_s21_only
        )
        for p, t in zip(ordered, tallies, strict=True)
    )


#: Whether :func:`cabinet_office_tally` takes the per-signature plans of ``_fast`` (tests
#: turn it off to compare with the case-by-case path).
FAST_PATH = True


@attrs.frozen(slots=True)
class IdentityFailure:
    """A published identity that does not hold on a row."""

    header: str
    expected: float
    found: Value
    rule: str
    source: str

    def __str__(self) -> str:
        return f"{self.header}: {self.found} != {self.rule} = {self.expected:g} ({self.source})"


@attrs.frozen(slots=True)
class Explanation:
    """The case references behind one figure and the rule that put each there."""

    header: str
    value: Value
    rule: str
    cases: tuple[tuple[str, str], ...]

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref for ref, _ in self.cases))

    def __str__(self) -> str:
        lines = [f"{self.header} = {self.value}: {self.rule}"]
        lines.extend(f"  {ref}: {why}" for ref, why in self.cases)
        return "\n".join(lines)


def _num(v: Value) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def check_cabinet_office_row(row: Mapping[str, Value]) -> list[IdentityFailure]:
    """Every published identity (sums and percentages) that fails on ``row``. A sum is
    checked when its total and all its terms are numbers (not ``"-"`` or blank), except that
    in the sums of ``CO_SPARSE_SUMS`` (the exemption total, whose columns were not all
    collected in every period) a ``"-"`` or blank term counts as nothing; a percentage is
    checked when it and its terms are numbers, and must be blank on a zero denominator."""
    return [f for _, f in _checks(row) if f is not None]


def _checks(row: Mapping[str, Value]) -> Iterator[tuple[str, IdentityFailure | None]]:
    """``(identity, failure or None)`` for every identity that can be checked on ``row``
    (each identity is named ``"header = rule"``)."""
    for header, source, terms in CO_IDENTITIES:
        lhs = _num(row.get(header))
        vals = [_num(row.get(h)) for _, h in terms]
        if lhs is None or (
            all(v is None for v in vals)
            if header in CO_SPARSE_SUMS  # a "-" or blank term counts as nothing
            else any(v is None for v in vals)
        ):
            continue
        total = sum(s * (v or 0.0) for (s, _), v in zip(terms, vals, strict=True))
        rule = " ".join(("+" if s > 0 else "-") + f" {h}" for s, h in terms).lstrip("+ ")
        name = f"{header} = {rule}"
        if total != lhs:
            yield name, IdentityFailure(header, total, row.get(header), rule, source)
        else:
            yield name, None
    for header, nums, den, source in CO_PERCENTAGES:
        found = row.get(header)
        n_vals = [_num(row.get(h)) for h in nums]
        d = _num(row.get(den))
        if found == NOT_APPLICABLE or d is None or any(v is None for v in n_vals):
            continue
        rule = f"100 * ({' + '.join(nums)}) / {den}"
        name = f"{header} = {rule}"
        if d == 0:
            if found not in (None, 0):  # blank as published; older rows write 0
                yield (
                    name,
                    IdentityFailure(header, math.nan, found, f"blank when {den} is 0", source),
                )
            else:
                yield name, None
            continue
        expected = 100 * sum(v or 0.0 for v in n_vals) / d
        f = _num(found)
        if f is None or abs(f - expected) > _rounding(found) + 1e-6 * max(1.0, abs(expected)):
            yield name, IdentityFailure(header, expected, found, rule, source)
        else:
            yield name, None


@attrs.frozen(slots=True)
class UnreadableCell:
    """A cell of a Cabinet Office CSV that is neither a number (:func:`parse_number`: digits,
    commas between whole groups of three, a decimal part, a ``%``), ``"-"`` nor blank:
    ``line`` is the file's line, ``body`` and ``period`` the row's key columns."""

    line: int
    body: str
    period: str
    column: str
    value: str

    def __str__(self) -> str:
        return f"line {self.line} ({self.body} {self.period}): {self.column}: {self.value!r}"


@attrs.frozen(slots=True)
class IdentityCheck:
    """How one published identity fared over the rows of a Cabinet Office CSV.

    ``identity`` is ``"header = rule"``; ``holding`` counts the rows where it could be
    checked and held; ``breaking`` lists ``(government body, period, failure)`` for each
    row where it failed, in file order; ``not_checked`` lists the unreadable cells
    (:class:`UnreadableCell`) that kept it from being checked on a row. Rows where a term
    is ``"-"`` or blank (not applicable, as published) are none of these.
    """

    identity: str
    source: str
    holding: int
    breaking: tuple[tuple[str, str, IdentityFailure], ...]
    not_checked: tuple[UnreadableCell, ...] = ()

    @property
    def not_checked_rows(self) -> int:
        """How many rows the identity could not be checked on (an unreadable term)."""
        return len({cell.line for cell in self.not_checked})

    def __str__(self) -> str:
        head = f"{self.identity}: {self.holding} rows hold, {len(self.breaking)} break"
        if self.not_checked:
            head += f", {self.not_checked_rows} not checked (unreadable cells)"
        lines = [head]
        lines.extend(f"  {body} {period}: {failure}" for body, period, failure in self.breaking)
        lines.extend(f"  not checked: {cell}" for cell in self.not_checked)
        return "\n".join(lines)


class CabinetOfficeCsvCheck(tuple[IdentityCheck, ...]):
    """What :func:`check_cabinet_office_csv` returns: a tuple of :class:`IdentityCheck`
    (one per identity) whose ``unreadable`` lists every unreadable cell of the file
    (:class:`UnreadableCell`, in file order), whether an identity uses it or not."""

    unreadable: tuple[UnreadableCell, ...]

    def __new__(
        cls, checks: Iterable[IdentityCheck], unreadable: Iterable[UnreadableCell] = ()
    ) -> CabinetOfficeCsvCheck:
        self = super().__new__(cls, checks)
        self.unreadable = tuple(unreadable)
        return self


def check_cabinet_office_csv(lines: Iterable[str]) -> CabinetOfficeCsvCheck:
    """Check every published identity on every row of a Cabinet Office CSV (an open text
    file or lines, read by :func:`read_cabinet_office_csv`): one :class:`IdentityCheck` per
    identity, in the order of the rule tables, naming the body and period of each breaking
    row. ``"-"``, blanks, blank lines and the duplicated header are read, never fatal. A
    cell that is not a number, ``"-"`` or blank (``"n/a"``, ``".."``, ``"(3)"``, an en
    dash, ``"1 104"``) is never guessed at: it is listed in the result's ``unreadable``
    and each identity it is a term of counts that row as not checked.

    Returns a :class:`CabinetOfficeCsvCheck` (a tuple of :class:`IdentityCheck`). Raises
    :class:`StatisticsError` if the header is not the published one or a line has the
    wrong number of cells.
    """
    holding: Counter[str] = Counter()
    breaking: dict[str, list[tuple[str, str, IdentityFailure]]] = {}
    not_checked: dict[str, list[UnreadableCell]] = {}
    unreadable: list[UnreadableCell] = []
    columns = _identity_columns()
    for line, row in _read_rows(lines):
        body, period = str(row["Government body"]), str(row["Quarter"])
        bad = {
            h: UnreadableCell(line, body, period, h, v)
            for h, v in row.items()
            if isinstance(v, str) and v != NOT_APPLICABLE and h not in _KEY_COLUMNS
        }
        unreadable.extend(bad.values())
        skip = set()
        if bad:
            for name, cols in columns.items():
                cells = [bad[h] for h in cols if h in bad]
                if cells:
                    not_checked.setdefault(name, []).extend(cells)
                    skip.add(name)
        for name, failure in _checks(row):
            if name in skip:
                continue
            breaking.setdefault(name, [])
            if failure is None:
                holding[name] += 1
            else:
                breaking[name].append((body, period, failure))
    out = []
    for name, source in _identity_names():
        out.append(
            IdentityCheck(
                name,
                source,
                holding[name],
                tuple(breaking.get(name, ())),
                tuple(not_checked.get(name, ())),
            )
        )
    return CabinetOfficeCsvCheck(out, unreadable)


_KEY_COLUMNS = frozenset({"Quarter", "Government body"})


def _identity_columns() -> dict[str, tuple[str, ...]]:
    """The columns each identity (named as in :func:`_identity_names`) reads."""
    out: dict[str, tuple[str, ...]] = {}
    for (name, _), (header, _, terms) in zip(_identity_names(), CO_IDENTITIES, strict=False):
        out[name] = (header, *(h for _, h in terms))
    for (name, _), (header, nums, den, _) in zip(
        _identity_names()[len(CO_IDENTITIES) :], CO_PERCENTAGES, strict=True
    ):
        out[name] = (header, *nums, den)
    return out


def _identity_names() -> list[tuple[str, str]]:
    names = []
    for header, source, terms in CO_IDENTITIES:
        rule = " ".join(("+" if s > 0 else "-") + f" {h}" for s, h in terms).lstrip("+ ")
        names.append((f"{header} = {rule}", source))
    for header, nums, den, source in CO_PERCENTAGES:
        names.append((f"{header} = 100 * ({' + '.join(nums)}) / {den}", source))
    return names


def _rounding(published: Value) -> float:
    """Half a unit of the last digit ``published`` shows: published percentages are rounded
    (whole numbers in 2014 rows, e.g. 98 for 97.87), so a difference within it is rounding,
    not a failed identity. A computed float (many digits) gets no allowance."""
    if isinstance(published, bool) or not isinstance(published, int | float):
        return 0.0
    if isinstance(published, int):  # "98" as published
        return 0.5
    text = repr(float(published))
    if "e" in text:
        return 0.0
    decimals = len(text.split(".")[1])
    return 0.5 * 10.0**-decimals if decimals <= 2 else 0.0


def _parse(cell: str) -> Value:
    """One cell: blank -> ``None``, ``"-"`` stays, a number (:func:`parse_number`, the
    one number parser of the statistics readers) -> int or float, anything else stays
    text (an unreadable cell, reported by :func:`check_cabinet_office_csv`)."""
    cell = cell.strip()
    if cell == "":
        return None
    if cell == NOT_APPLICABLE:
        return NOT_APPLICABLE
    try:
        return parse_number(cell)
    except ValueError:
        return cell


def read_cabinet_office_csv(lines: Iterable[str]) -> Iterator[dict[str, Value]]:
    """Read the published CSV (an open text file or lines), one dict per row, keyed by
    :data:`CO_HEADERS`. ``"-"`` stays ``"-"``, blanks become ``None``, numbers are parsed
    (digits, commas only between whole groups of three as in ``"1,114"``, a decimal part,
    a percentage's ``"%"``: ``"33.3%"`` is 33.3); any other cell stays text, as written.
    Blank lines (such as a file's last) are skipped; a second "(excluding on-hold and
    lapsed)" header is read as its ``.1`` form. Raises :class:`StatisticsError` if the
    header is not the published one or a line has the wrong number of cells."""
    for _, row in _read_rows(lines):
        yield row


def _read_rows(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Value]]]:
    """``(line number, row)`` for each row of the CSV, as :func:`read_cabinet_office_csv`."""
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        raise StatisticsError("Cabinet Office CSV: empty file")
    raw = [h.lstrip("\ufeff") for h in header]
    header = [CO_HEADER_ALIASES.get(h, h) for h in raw]
    if header.count(_DUP) == 2:
        header[len(header) - 1 - header[::-1].index(_DUP)] = _DUP1
    missing = [h for h in CO_HEADERS if h not in header]
    if missing:
        raise StatisticsError(f"Cabinet Office CSV: missing columns {missing[:3]}")
    quarter, body = header.index("Quarter"), header.index("Government body")
    for cells in reader:
        n = reader.line_num
        if not cells or (all(not c.strip() for c in cells) and len(cells) != len(header)):
            continue  # a blank line (a file's trailing "\r\n\r\n")
        if [c.lstrip("\ufeff") for c in cells] == raw:
            continue  # the header again (files joined one after another)
        if len(cells) != len(header):
            raise StatisticsError(
                f"Cabinet Office CSV line {n}: {len(cells)} cells, expected {len(header)}"
            )
        row = {h: _parse(c) for h, c in zip(header, cells, strict=True)}
        row["Quarter"] = cells[quarter]
        row["Government body"] = cells[body]
        yield n, row


_DERIVED: dict[str, tuple[tuple[int, str], ...]] = {
    "Total requests received": (
        (1, "Requests Processed"),
        (1, "Requests on-hold or lapsed"),
        (1, "Requests still being processed"),
    ),
    _DUP: ((1, "Total requests received"), (-1, "Requests on-hold or lapsed")),
    _DUP1: ((1, _DUP),),
    'Total "resolvable" requests': (
        (1, _DUP1),
        (-1, "Requests where advice and assistance provided"),
        (-1, "Requests where information not held"),
    ),
    "Total exemptions and exceptions applied": next(
        terms for h, _, terms in CO_IDENTITIES if h == "Total exemptions and exceptions applied"
    ),
    S21_HEADER: ((1, "S21 Partly Exempt"), (1, "S21 Fully Exempt")),
}


@attrs.frozen(slots=True)
class CabinetOfficeReturn:
    """One body's Cabinet Office return for one period, as of a snapshot date.

    ``row`` maps every published column header (in published order) to its value: an
    ``int`` count, a ``float`` percentage (unrounded, as published), ``None`` for a blank
    (zero denominator) or ``"-"`` where the current case model cannot supply the figure.
    ``figures`` holds each percentage as a :class:`Proportion`. Every identity of the
    published data was checked when it was built.
    """

    period: Period
    as_of: dt.date
    body: str
    include_s21_only: bool
    tally: Tally
    row: Mapping[str, Value]
    figures: Mapping[str, Proportion]

    @classmethod
    def from_tally(
        cls,
        tally: Tally,
        *,
        period: Period,
        as_of: dt.date,
        body: str = "",
        include_s21_only: bool = False,
    ) -> CabinetOfficeReturn:
        """Build (and check) the row from a tally; raises :class:`StatisticsError` if an
        identity fails (a defect in the rules, never in the data)."""
        values: dict[str, Value] = {}
        c = tally.counts
        for header in CO_HEADERS:
            values[header] = NOT_APPLICABLE if header in CO_NOT_AVAILABLE else c.get(header, 0)
        for header, terms in _DERIVED.items():
            values[header] = sum(s * int(values[h] or 0) for s, h in terms)
        figures: dict[str, Proportion] = {}
        for header, nums, den, _ in CO_PERCENTAGES:
            if values[header] == NOT_APPLICABLE:
                continue
            p = Proportion(sum(int(values[h] or 0) for h in nums), int(values[den] or 0))
            figures[header] = p
            values[header] = p.percent
        values["Quarter"] = period.label
        values["Government body"] = body
        failures = check_cabinet_office_row(values)
        if failures:
            raise StatisticsError(
                "Cabinet Office identities failed: " + "; ".join(str(f) for f in failures)
            )
        return cls(period, as_of, body, include_s21_only, tally, values, figures)

    def merge(self, other: CabinetOfficeReturn) -> CabinetOfficeReturn:
        """The return of both partitions (same period, snapshot and switches)."""
        if (self.period, self.as_of, self.include_s21_only) != (
            other.period,
            other.as_of,
            other.include_s21_only,
        ):
            raise StatisticsError("cannot merge returns of different periods, as_of or switches")
        return CabinetOfficeReturn.from_tally(
            self.tally.merge(other.tally),
            period=self.period,
            as_of=self.as_of,
            body=self.body,
            include_s21_only=self.include_s21_only,
        )

    @property
    def warnings(self) -> tuple[tuple[str, str], ...]:
        """Cases left out of the return, with the reason, sorted by reference."""
        return self.tally.kept_warnings()

    @property
    def days_taken(self) -> tuple[float | None, float | None]:
        """Median and mean working days taken by the answered cases of the main block."""
        return median_mean(self.tally.histograms.get("days_taken", _EMPTY))

    def explain(self, header: str) -> Explanation:
        """The case references behind the figure in ``header`` and the rule for each.

        Raises :class:`KeyError` for a header that is not a published column.
        """
        if header not in self.row:
            raise KeyError(header)
        value = self.row[header]
        if header in ("Quarter", "Government body"):
            return Explanation(header, value, "key column", ())
        if value == NOT_APPLICABLE:
            return Explanation(header, value, "not available from foilib's case model", ())
        for h, nums, den, source in CO_PERCENTAGES:
            if h == header:
                return Explanation(
                    header,
                    value,
                    f"100 * ({' + '.join(nums)}) / {den} ({source})",
                    self._net([(1, n) for n in nums]),
                )
        if header in _DERIVED:
            terms = _DERIVED[header]
            rule = " ".join(("+" if s > 0 else "-") + f" {h}" for s, h in terms).lstrip("+ ")
            return Explanation(header, value, rule, self._net(terms))
        return Explanation(header, value, "count of cases", tuple(sorted(self._refs(header))))

    def _signed(self, sign: int, header: str, out: list[tuple[str, int, str]]) -> None:
        """Every (reference, sign, signed path) behind ``header``, expanding derived columns
        (nested subtractions multiply the signs)."""
        if header in _DERIVED:
            for s, h in _DERIVED[header]:
                self._signed(sign * s, h, out)
            return
        label = ("plus: " if sign > 0 else "minus: ") + header
        out.extend((ref, sign, label) for ref, _ in self._refs(header))

    def _net(self, terms: Iterable[tuple[int, str]]) -> tuple[tuple[str, str], ...]:
        """The cases a signed sum of columns counts: a reference added and subtracted the
        same number of times cancels out, so the references are exactly the cases counted;
        each keeps the signed columns that put it there."""
        items: list[tuple[str, int, str]] = []
        for s, h in terms:
            self._signed(s, h, items)
        net: Counter[str] = Counter()
        labels: dict[str, list[str]] = {}
        for ref, sign, label in items:
            net[ref] += sign
            labels.setdefault(ref, []).append(label)
        return tuple(
            sorted((ref, "; ".join(labels[ref])) for ref, n in net.items() for _ in range(abs(n)))
        )

    def _refs(self, line: str) -> list[tuple[str, str]]:
        return list(self.tally.refs.get(line, ()))

    def to_json(self) -> str:
        """The row as one JSON object (published header order), with the profile, its
        version, the period and ``as_of``: byte-identical for identical inputs."""
        doc = {
            "profile": PROFILE,
            "profile_version": PROFILE_VERSION,
            "period": {
                "label": self.period.label,
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
            },
            "as_of": self.as_of.isoformat(),
            "include_s21_only": self.include_s21_only,
            "row": dict(self.row),
            "warnings": [list(w) for w in self.warnings],
        }
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


_EMPTY: Counter[int] = Counter()


def cabinet_office(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    include_s21_only: bool = False,
    body: str = "",
    keep_refs: bool = True,
    strict: bool = False,
) -> CabinetOfficeReturn:
    """The Cabinet Office FOI return for the requests received in ``period`` (a cohort),
    each in its state on ``as_of`` (never the wall clock).

    ``records`` is any iterable of ``(case, response_or_None)`` pairs, read once.
    s.21-only requests go to the s.21 block only unless ``include_s21_only``. With
    ``keep_refs=False`` memory does not grow with the input, but :meth:`explain` lists no
    references. A pair whose response does not answer its case (references or received
    dates differ, or the letter predates receipt) is never counted: it is listed in
    ``warnings``, or with ``strict`` raises. Returns a :class:`CabinetOfficeReturn`. Raises
    :class:`~foilib.ArgumentTypeError` for a record that is not a pair;
    :class:`StatisticsError` for a mismatched pair when ``strict``.
    """
    if not isinstance(period, Period):
        raise ArgumentTypeError("period", period, "a foilib.statistics.Period")
    check_as_of(period, as_of)
    tally = cabinet_office_tally(
        records,
        period=period,
        as_of=as_of,
        include_s21_only=include_s21_only,
        keep_refs=keep_refs,
        strict=strict,
    )
    return CabinetOfficeReturn.from_tally(
        tally, period=period, as_of=as_of, body=body, include_s21_only=include_s21_only
    )
