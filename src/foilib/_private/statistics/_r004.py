"""MoJ R004 "Cabinet Office report" lines (profile P2), with its quirks as named switches.

Sections 5 to 7 (original requests of ICO cases) are not computed: the case model does
not link a request to a Commissioner case.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

import attrs

from ..clock import Case
from ..errors import ArgumentError
from ..model import Response
from ..regimes import Regime
from ._cabinet_office import _ANSWERED_MAIN, Explanation, classify_outcome
from ._core import (
    CaseFacts,
    Period,
    StatisticsError,
    Tally,
    case_facts,
    check_as_of,
    iter_pairs,
)
from ._rules import EXEMPTION_COLUMNS, R004_LINES, R004_SECTIONS, Outcome, Timeliness

__all__ = ["R004Report", "r004"]

PROFILE_VERSION = "4a59f31c"  # the correspondence_tool_staff snapshot the lines follow

_OUTCOME_LINE = {
    Outcome.GRANTED: "2.B",
    Outcome.NOT_HELD: "2.D",
    Outcome.REFUSED_VEXATIOUS: "2.E",
    Outcome.REFUSED_REPEATED: "2.F",
    Outcome.REFUSED_COST: "2.G",
    Outcome.PARTIALLY_WITHHELD: "2.H",
    Outcome.WITHHELD_EXEMPTION: "2.I",
}
_SECTION_OF = {
    header: section for r, section, _, header, _ in EXEMPTION_COLUMNS if r is Regime.FOIA
}
_OPEN = frozenset(
    {
        Timeliness.OPEN_NOT_DUE,
        Timeliness.OPEN_NOT_DUE_EXTENDED,
        Timeliness.OPEN_OVERDUE,
        Timeliness.ON_HOLD,
    }
)


def _classify(
    f: CaseFacts,
    tally: Tally,
    *,
    pit_late_as_extension: bool,
    exclude_s21_only: bool,
    advice_line: str,
) -> None:
    ref, t = f.ref, f.timeliness
    if f.regime is not Regime.FOIA:
        tally.warn(ref, f"{f.regime.name} case: R004 counts FOIA standard cases only")
        return
    if t not in _OPEN and t not in _ANSWERED_MAIN:
        tally.warn(ref, f"{t.value}: no R004 line")
        return
    rule, outcome, uses, _, s21_only = classify_outcome(f)
    if outcome is Outcome.UNMAPPED:
        tally.warn(ref, "outcome unmapped in R004")
        return
    excluded = s21_only and exclude_s21_only
    pit = f.pit
    if not excluded:
        tally.add("1.A", ref, "received in the period")
    if t in _OPEN:
        tally.add("1.B", ref, f"not closed on the snapshot date ({t.value})")
        if pit:
            tally.add("1.Bi", ref, "open with a PIT extension")
        elif t is Timeliness.OPEN_OVERDUE:
            tally.add("1.Biii", ref, "open and past its deadline on the snapshot date")
        return
    if s21_only:
        tally.add("4.A", ref, "s.21 the only exemption")
        tally.add(
            "4.C" if t in (Timeliness.LATE, Timeliness.EXTENDED_LATE) else "4.B", ref, t.value
        )
    if excluded:
        return
    tally.add("1.C", ref, "closed by the snapshot date")
    tally.add("2.A", ref, "closed by the snapshot date")
    if pit and (pit_late_as_extension or t is not Timeliness.EXTENDED_LATE):
        tally.add(
            "1.Cii",
            ref,
            f"PIT extension, {t.value} (pit_late_as_extension={pit_late_as_extension})",
        )
    elif t in (Timeliness.LATE, Timeliness.EXTENDED_LATE):
        tally.add("1.Ciii", ref, t.value)
    else:
        tally.add("1.Ci", ref, t.value)
    if outcome is Outcome.S21_ONLY:
        outcome = Outcome.WITHHELD_EXEMPTION
    line = advice_line if outcome is Outcome.ADVICE_AND_ASSISTANCE else _OUTCOME_LINE[outcome]
    tally.add(line, ref, rule.rule if rule is not None else outcome.value)
    if line in ("2.H", "2.I"):
        tally.add("3.A", ref, "refused fully or in part under an exemption")
        for column in uses:
            section = _SECTION_OF.get(column)
            if section in R004_SECTIONS:
                tally.add(f"3.S{section}", ref, f"exemption s.{section} recorded")


@attrs.frozen(slots=True)
class R004Report:
    """R004's lines (``lines``: line id -> value, in report order) with labels in ``labels``."""

    period: Period
    as_of: dt.date
    switches: Mapping[str, object]
    tally: Tally
    lines: Mapping[str, int | str]
    labels: Mapping[str, str]

    def explain(self, line: str) -> Explanation:
        """The cases behind one line, and the rule for each; :class:`KeyError` if unknown."""
        value = self.lines[line]
        return Explanation(
            line, value, self.labels[line], tuple(sorted(self.tally.refs.get(line, ())))
        )

    @property
    def warnings(self) -> tuple[tuple[str, str], ...]:
        return self.tally.kept_warnings()

    def to_json(self) -> str:
        return json.dumps(
            {
                "profile": "r004",
                "profile_version": PROFILE_VERSION,
                "period": self.period.label,
                "as_of": self.as_of.isoformat(),
                "switches": dict(self.switches),
                "lines": dict(self.lines),
                "warnings": [list(w) for w in self.warnings],
            },
            separators=(",", ":"),
        )


def _invariants(lines: Mapping[str, int | str]) -> list[str]:
    def v(k: str) -> int:
        x = lines[k]
        return x if isinstance(x, int) else 0

    checks = [
        ("1.C = 1.Ci + 1.Cii + 1.Ciii", v("1.C"), v("1.Ci") + v("1.Cii") + v("1.Ciii")),
        ("2.A = 2.B + ... + 2.I", v("2.A"), sum(v(f"2.{c}") for c in "BCDEFGHI")),
        ("3.A = 2.H + 2.I", v("3.A"), v("2.H") + v("2.I")),
        ("4.A = 4.B + 4.C", v("4.A"), v("4.B") + v("4.C")),
    ]
    return [f"{name}: {a} != {b}" for name, a, b in checks if a != b]


def r004(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    pit_late_as_extension: bool = True,
    exclude_s21_only: bool = True,
    advice_line: str = "2.C",
    keep_refs: bool = True,
    strict: bool = False,
) -> R004Report:
    """R004 for FOIA requests received in ``period``, each as it stood on ``as_of``.

    Quirks of MoJ's report, as switches (defaults reproduce it): ``pit_late_as_extension``
    puts a PIT-extended request answered late in 1.Cii rather than 1.Ciii;
    ``exclude_s21_only`` takes s.21-only requests out of 1.A/1.C/2.H/2.I;
    ``advice_line`` ("2.B" or "2.C") is where an advice-and-assistance-only answer goes
    (R004 has no line for it). 1.Biii uses ``as_of``, not the run date. The invariants
    1.C = Ci+Cii+Ciii, 2.A = B+...+I, 3.A = H+I and 4.A = B+C are checked on every run.
    """
    check_as_of(period, as_of)
    if advice_line not in ("2.B", "2.C"):
        raise ArgumentError("advice_line", advice_line, '"2.B" or "2.C"')
    tally = Tally(keep_refs=keep_refs)
    for case, response in iter_pairs(records, tally, strict=strict):
        if case.received_on in period and case.received_on <= as_of:
            _classify(
                case_facts(case, response, as_of),
                tally,
                pit_late_as_extension=pit_late_as_extension,
                exclude_s21_only=exclude_s21_only,
                advice_line=advice_line,
            )
    labels: dict[str, str] = {}
    lines: dict[str, int | str] = {}
    for line, label, source in R004_LINES:
        labels[line] = f"{label}: {source}"
        lines[line] = tally.counts.get(line, 0)
        if line == "3.A":
            for section in R004_SECTIONS:
                key = f"3.S{section}"
                labels[key] = f"FOIA s.{section} recorded on a refused case"
                lines[key] = tally.counts.get(key, 0)
    lines["1.Ai"] = "N/A"
    problems = _invariants(lines)
    if problems:
        raise StatisticsError("R004 invariants failed: " + "; ".join(problems))
    switches = {
        "pit_late_as_extension": pit_late_as_extension,
        "exclude_s21_only": exclude_s21_only,
        "advice_line": advice_line,
    }
    return R004Report(period, as_of, switches, tally, lines, labels)
