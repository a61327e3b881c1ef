"""The SIC quarterly return (P3), the s.45 Code publication list (P4) and the ICO
timeliness calculator (P5): lines as data, figures explained."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping

import attrs

from ..clock import Case
from ..errors import ArgumentError
from ..model import Response
from ..regimes import Regime
from ._cabinet_office import _ANSWERED_MAIN, Explanation, classify_outcome
from ._core import (
    CaseFacts,
    CountBasis,
    Period,
    Proportion,
    Tally,
    case_facts,
    check_as_of,
    iter_pairs,
)
from ._rules import (
    CODE_OF_PRACTICE_FIELDS,
    CODE_OF_PRACTICE_OUTCOMES,
    ICO_TIMELINESS_FIELDS,
    SIC_FIELDS,
    SIC_OUTCOME_FIELDS,
    SIC_ROLLUP,
    Timeliness,
)

__all__ = ["Report", "code_of_practice", "ico_timeliness", "sic"]

_IN_TIME = frozenset({Timeliness.MET, Timeliness.EXTENDED_IN_TIME})
_LATE = frozenset({Timeliness.LATE, Timeliness.EXTENDED_LATE})
_OPEN = frozenset(
    {
        Timeliness.OPEN_NOT_DUE,
        Timeliness.OPEN_NOT_DUE_EXTENDED,
        Timeliness.OPEN_OVERDUE,
        Timeliness.ON_HOLD,
    }
)


@attrs.frozen(slots=True)
class Report:
    """A profile's figures: ``lines`` maps each field (in the profile's order) to its count;
    ``figures`` holds its percentages; ``explain(field)`` lists the cases behind a count."""

    profile: str
    basis: CountBasis
    period: Period
    as_of: dt.date
    tally: Tally
    lines: Mapping[str, int]
    sources: Mapping[str, str]
    figures: Mapping[str, Proportion]

    def explain(self, field: str) -> Explanation:
        """The cases behind ``field`` and the rule for each; :class:`KeyError` if unknown."""
        return Explanation(
            field,
            self.lines[field],
            self.sources[field],
            tuple(sorted(self.tally.refs.get(field, ()))),
        )

    @property
    def warnings(self) -> tuple[tuple[str, str], ...]:
        return self.tally.kept_warnings()

    def to_json(self) -> str:
        """Deterministic JSON: profile, basis, period, ``as_of``, lines, percentages."""
        return json.dumps(
            {
                "profile": self.profile,
                "basis": self.basis.value,
                "period": self.period.label,
                "as_of": self.as_of.isoformat(),
                "lines": dict(self.lines),
                "figures": {
                    k: {
                        "numerator": p.numerator,
                        "denominator": p.denominator,
                        "percent": p.rounded,
                    }
                    for k, p in self.figures.items()
                },
                "warnings": [list(w) for w in self.warnings],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )


def _in_time_by_dates(f: CaseFacts) -> bool | None:
    """For a case answered without its letter given (``ANSWERED_NO_LETTER``): whether the
    response was sent by its deadline (the extended date when extended); ``None`` for any
    other case, or when no deadline is known."""
    if f.timeliness is not Timeliness.ANSWERED_NO_LETTER or f.responded_on is None:
        return None
    deadline = f.extended_due if f.extended and f.extended_due else f.due
    return None if deadline is None else f.responded_on <= deadline


def _run(
    profile: str,
    basis: CountBasis,
    records: Iterable[tuple[Case, Response | None]],
    period: Period,
    as_of: dt.date,
    fields: tuple[tuple[str, str], ...],
    classify: Callable[[Case, Response | None, Tally], None],
    keep_refs: bool,
    figures: Callable[[Mapping[str, int]], dict[str, Proportion]],
    strict: bool = False,
) -> Report:
    check_as_of(period, as_of)
    tally = Tally(keep_refs=keep_refs)
    for case, response in iter_pairs(records, tally, strict=strict):
        if case.received_on <= as_of:
            classify(case, response, tally)
    lines = {f: tally.counts.get(f, 0) for f, _ in fields}
    return Report(profile, basis, period, as_of, tally, lines, dict(fields), figures(lines))


def sic(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    regime: Regime = Regime.FOISA,
    keep_refs: bool = True,
    strict: bool = False,
) -> Report:
    """The Scottish Information Commissioner's quarterly return for one regime (FOISA or
    EISR): a flow basis (activity in ``period``, usually a financial quarter), deadlines
    under the Scottish working-day calendar. "No response": a deadline that fell in the
    period and no response by ``as_of`` (the submission date). Outcome lines use the SIC
    roll-up table (some not held is "Partial"). Other regimes' cases are warned."""
    if regime not in (Regime.FOISA, Regime.EISR):
        raise ArgumentError("regime", regime, "Regime.FOISA or Regime.EISR")

    def classify(case: Case, response: Response | None, tally: Tally) -> None:
        f = case_facts(case, response, as_of)
        if f.regime is not regime:
            tally.warn(f.ref, f"{f.regime.name} case: not in this {regime.name} return")
            return
        if f.received_on in period:
            tally.add("Requests received", f.ref, "received in the period")
            if f.timeliness is Timeliness.WITHDRAWN:
                tally.add("Withdrawn", f.ref, "withdrawn")
        if f.responded_on is not None and f.responded_on in period:
            if f.timeliness in _IN_TIME:
                tally.add("Response within timescale", f.ref, f.timeliness.value)
            elif f.timeliness in _LATE:
                tally.add("Response late", f.ref, f.timeliness.value)
            elif (ok := _in_time_by_dates(f)) is not None:
                # a response was sent but its letter is not given: the dates still show
                # whether it was in time; its outcome is unknown (warned below)
                line = "Response within timescale" if ok else "Response late"
                tally.add(line, f.ref, "response sent (no letter given): from the dates")
            c = classify_outcome(f, SIC_ROLLUP)
            field = SIC_OUTCOME_FIELDS.get(c.outcome) if c.outcome is not None else None
            if field is None:
                tally.warn(
                    f.ref, f"no SIC outcome line: {c.rule.source if c.rule else 'no letter'}"
                )
            else:
                tally.add(field, f.ref, c.rule.rule if c.rule else "")
        due = f.extended_due if f.extended and f.extended_due else f.due
        if f.timeliness is Timeliness.OPEN_OVERDUE and due is not None and due in period:
            tally.add(
                "No response", f.ref, f"due {due.isoformat()}, unanswered on {as_of.isoformat()}"
            )
        if f.extended and regime is Regime.EISR and f.received_on in period:
            tally.add("EIR reg 7 extensions", f.ref, "extension notified")
        if f.review_requested_on is not None and f.review_requested_on in period:
            tally.add("Reviews received", f.ref, "review requested in the period")

    def figures(lines: Mapping[str, int]) -> dict[str, Proportion]:
        answered = lines["Response within timescale"] + lines["Response late"]
        return {
            "Responses within timescale": Proportion(lines["Response within timescale"], answered)
        }

    return _run(
        "sic",
        CountBasis.FLOW,
        records,
        period,
        as_of,
        SIC_FIELDS,
        classify,
        keep_refs,
        figures,
        strict=strict,
    )


def code_of_practice(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    keep_refs: bool = True,
    strict: bool = False,
) -> Report:
    """The statistics the s.45 Code of Practice (2018) asks authorities over 100 FTE to
    publish quarterly, for requests received in ``period`` (a cohort), as of ``as_of``."""

    def classify(case: Case, response: Response | None, tally: Tally) -> None:
        if case.received_on not in period:
            return
        f = case_facts(case, response, as_of)
        tally.add("Received", f.ref, "received in the period")
        if f.review_requested_on is not None:
            tally.add("Referred for internal review", f.ref, "internal review requested")
        if f.timeliness in _OPEN:
            tally.add("Not yet processed", f.ref, f.timeliness.value)
            return
        ok = _in_time_by_dates(f)
        if ok is not None:  # response sent, letter not given: timeliness from the dates
            line = "Processed within deadline" if ok else "Processed beyond deadline"
            tally.add(line, f.ref, "response sent (no letter given): from the dates")
            tally.warn(f.ref, "answered, but no response letter was given: outcome unknown")
            return
        if f.timeliness not in _ANSWERED_MAIN:
            tally.warn(f.ref, f"{f.timeliness.value}: not processed in full, no line")
            return
        line = {
            Timeliness.MET: "Processed within deadline",
            Timeliness.EXTENDED_IN_TIME: "Processed with extension",
        }.get(f.timeliness, "Processed beyond deadline")
        tally.add(line, f.ref, f.timeliness.value)
        c = classify_outcome(f)
        field = CODE_OF_PRACTICE_OUTCOMES.get(c.outcome) if c.outcome is not None else None
        if field is None:
            tally.warn(
                f.ref, f"no outcome line for {c.outcome.value if c.outcome else 'no letter'}"
            )
        else:
            tally.add(field, f.ref, c.rule.rule if c.rule else "")

    def figures(lines: Mapping[str, int]) -> dict[str, Proportion]:
        done = sum(
            lines[k]
            for k in (
                "Processed within deadline",
                "Processed with extension",
                "Processed beyond deadline",
            )
        )
        in_time = lines["Processed within deadline"] + lines["Processed with extension"]
        return {"Processed in time": Proportion(in_time, done)}

    return _run(
        "code_of_practice",
        CountBasis.COHORT,
        records,
        period,
        as_of,
        CODE_OF_PRACTICE_FIELDS,
        classify,
        keep_refs,
        figures,
        strict=strict,
    )


def ico_timeliness(
    records: Iterable[tuple[Case, Response | None]],
    *,
    period: Period,
    as_of: dt.date,
    keep_refs: bool = True,
    strict: bool = False,
) -> Report:
    """The ICO timeliness calculator's figures for ``period`` (a flow: every request,
    whenever received): open and open-and-overdue at the period's end, closed in the period,
    closed within statutory time including PIT and EIR extensions. ``figures["In time"]``
    carries its ICO band (``.band("ico")``). ``as_of`` must not be before the period's end."""
    check_as_of(period, as_of)
    if as_of < period.end:
        raise ArgumentError("as_of", as_of, f"a date on or after the period's end ({period.end})")

    def classify(case: Case, response: Response | None, tally: Tally) -> None:
        if case.received_on > period.end:
            return
        end = case_facts(case, response, period.end)
        if end.timeliness in _OPEN:
            tally.add("Open at the end of the period", end.ref, end.timeliness.value)
            if end.timeliness is Timeliness.OPEN_OVERDUE:
                tally.add("Open and overdue at the end of the period", end.ref, "past its deadline")
        if end.responded_on is not None and end.responded_on in period:
            tally.add("Closed in the period", end.ref, f"answered {end.responded_on.isoformat()}")
            if end.timeliness in _IN_TIME:
                tally.add("Closed within statutory time", end.ref, end.timeliness.value)
            elif _in_time_by_dates(end):
                tally.add(
                    "Closed within statutory time", end.ref, "answered (no letter): from the dates"
                )

    def figures(lines: Mapping[str, int]) -> dict[str, Proportion]:
        return {
            "In time": Proportion(
                lines["Closed within statutory time"], lines["Closed in the period"]
            )
        }

    return _run(
        "ico_timeliness",
        CountBasis.FLOW,
        records,
        period,
        as_of,
        ICO_TIMELINESS_FIELDS,
        classify,
        keep_refs,
        figures,
        strict=strict,
    )
