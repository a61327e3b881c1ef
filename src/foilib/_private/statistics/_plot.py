"""A timeliness chart: the Cabinet Office timeliness rates per period, with the ICO's
thresholds drawn as lines (the ``plot`` extra: matplotlib, imported only when drawing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._cabinet_office import CabinetOfficeReturn
from ._core import Period, Proportion, StatisticsError
from ._rules import THRESHOLDS

__all__ = ["plot_format", "plot_timeliness", "sub_periods"]

_MET = "Percentage of requests meeting 20-day deadline"
_IN_TIME = 'Percentage of requests "in time" (i.e. meeting deadline or with permitted extension)'
#: The threshold lines drawn (schemes of ``THRESHOLDS``, each band's lower bound above 0).
_LINES = ("ico", "ico_monitoring")
_MISSING = "plotting needs matplotlib: pip install 'foilib[plot]'"


def sub_periods(period: Period) -> tuple[Period, ...]:
    """The pieces a chart of ``period`` shows: its quarters (financial quarters for a
    financial year, labelled like ``"2025/26 Q1"``; calendar quarters otherwise), or its
    months when it lies within one quarter; pieces are clipped to the period, and a
    clipped piece is labelled with its real span (as :meth:`Period.between`), never with
    the name of the whole quarter or month.

    >>> [p.label for p in sub_periods(Period.calendar_year(2025))]
    ['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']
    >>> [p.label for p in sub_periods(Period.calendar_quarter(2025, 1))]
    ['Jan 2025', 'Feb 2025', 'Mar 2025']
    >>> import datetime as dt
    >>> [p.label for p in sub_periods(Period.between(dt.date(2025, 2, 10), dt.date(2025, 5, 10)))]
    ['2025-02-10 to 2025-03-31', '2025-04-01 to 2025-05-10']
    """
    financial = "/" in period.label
    out: list[Period] = []
    first_q = _quarter_start(period.start)
    if _quarter_start(period.end) == first_q:  # within one quarter: months
        day = period.start.replace(day=1)
        while day <= period.end:
            nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            whole_month = Period(day, nxt - dt.timedelta(days=1), day.strftime("%b %Y"))
            out.append(_clip(whole_month, period))
            day = nxt
        return tuple(out)
    day = first_q
    while day <= period.end:
        if financial:
            fy = day.year if day.month >= 4 else day.year - 1
            whole = Period.financial_quarter(fy, (day.month - 4) % 12 // 3 + 1)
        else:
            whole = Period.calendar_quarter(day.year, (day.month - 1) // 3 + 1)
        out.append(_clip(whole, period))
        day = whole.end + dt.timedelta(days=1)
    return tuple(out)


def _clip(whole: Period, period: Period) -> Period:
    """``whole`` cut to ``period``: itself when it lies inside, else its real span."""
    start, end = max(whole.start, period.start), min(whole.end, period.end)
    return whole if (start, end) == (whole.start, whole.end) else Period.between(start, end)


def plot_format(path: str | Path) -> str:
    """The image format for ``path``, from its suffix (``.png``, ``.svg``, ``.pdf``, ...:
    the formats matplotlib writes). Raises :class:`StatisticsError` for a suffix it does
    not write (or none), and when matplotlib is missing."""
    try:
        from matplotlib.backend_bases import FigureCanvasBase
    except ImportError:
        raise StatisticsError(_MISSING) from None
    formats = FigureCanvasBase.get_supported_filetypes()
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in formats:
        raise StatisticsError(
            f"{str(path)!r}: cannot choose an image format from the suffix "
            f"{'.' + suffix if suffix else '(none)'}; use one of "
            + ", ".join("." + f for f in sorted(formats))
        )
    return suffix


def _quarter_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s quarter (financial quarters start on the same days)."""
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def plot_timeliness(
    results: Sequence[CabinetOfficeReturn], path: str | Path, *, title: str | None = None
) -> None:
    """Draw the timeliness of each return (one per period, in order) at ``path``, in the
    format of its suffix (:func:`plot_format`: ``.png``, ``.svg``, ``.pdf``, ...):
    the percentage meeting the 20-working-day deadline and the percentage "in time" (within
    it or a permitted extension), each with its Wilson 95% interval, and the ICO thresholds
    (good 95%, adequate 90%, the 85% monitoring trigger; ``THRESHOLDS``) as dashed lines. A
    period with no requests has no point; its label says ``n=0``. The y axis runs from 0
    to 100%; with no point at all the chart has no legend.

    Raises :class:`StatisticsError` when matplotlib is missing (``pip install
    'foilib[plot]'``), ``results`` is empty, the suffix of ``path`` names no format
    matplotlib writes, or the file cannot be written (a missing directory).
    """
    fmt = plot_format(path)
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - plot_format has checked
        raise StatisticsError(_MISSING) from None
    if not results:
        raise StatisticsError("plot_timeliness: no returns to plot")
    fig = Figure(figsize=(max(6.5, 1.1 * len(results) + 3.5), 5.0), dpi=120)
    FigureCanvasAgg(fig)
    ax: Any = fig.add_subplot(1, 1, 1)
    xs = list(range(len(results)))
    drawn = False
    for header, label, colour, shift in (
        (_MET, "met the 20-day deadline", "#1b6ca8", -0.08),
        (_IN_TIME, "in time (deadline or permitted extension)", "#d95f02", 0.08),
    ):
        px, py, lo, hi = [], [], [], []
        for x, result in zip(xs, results, strict=True):
            p: Proportion | None = result.figures.get(header)
            if p is None or p.percent is None:
                continue
            interval = p.interval
            assert interval is not None
            px.append(x + shift)
            py.append(p.percent)
            lo.append(p.percent - interval[0])
            hi.append(interval[1] - p.percent)
        if px:
            drawn = True
            ax.errorbar(
                px, py, yerr=[lo, hi], fmt="o-", color=colour, capsize=4, label=label, lw=1.8
            )
    styles = ("#2ca02c", "#b8860b", "#c0392b")
    k = 0
    for scheme in _LINES:
        for at_least, band in THRESHOLDS[scheme].bands:
            if at_least <= 0:
                continue
            ax.axhline(at_least, color=styles[k % 3], ls="--", lw=1)
            ax.annotate(
                f"{at_least:g}% {band if scheme == 'ico' else 'ICO monitoring trigger'}",
                xy=(1.0, at_least),
                xycoords=("axes fraction", "data"),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color=styles[k % 3],
            )
            k += 1
    ax.set_xticks(xs)
    ax.set_xticklabels(
        [f"{r.period.label}\nn={_n(r)}" for r in results],
        fontsize=9,
    )
    ax.set_xlim(-0.5, len(results) - 0.5)
    ax.set_ylim(0.0, 100.5)
    ax.set_ylabel("% of requests (Wilson 95% interval)")
    ax.grid(axis="y", alpha=0.3)
    as_of = results[-1].as_of.isoformat()
    ax.set_title(
        title or f"FOI timeliness (Cabinet Office definitions), as of {as_of}", fontsize=11
    )
    if drawn:  # no legend without a point (matplotlib would warn of an empty one)
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8, frameon=False
        )
    fig.tight_layout()
    try:
        fig.savefig(str(path), format=fmt)
    except OSError as exc:
        raise StatisticsError(f"{str(path)!r}: cannot write ({exc.strerror or exc})") from None


def _n(result: CabinetOfficeReturn) -> int:
    p = result.figures.get(_IN_TIME)
    return 0 if p is None else p.denominator
