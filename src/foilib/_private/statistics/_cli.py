"""The ``foilib stats`` subcommand: JSON Lines in (streamed), one profile's figures out."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from ..errors import ArgumentError, FoilibError
from ..regimes import Regime

if TYPE_CHECKING:
    from ..clock import Case
    from ..model import Response
    from ._core import Period

# The engines (the clock, the model, the profiles) are imported when a command runs, not
# when the CLI registers ``stats``: every ``foilib`` command builds this parser (issue 14).

__all__ = ["add_stats_command", "parse_period", "read_jsonl"]

_PERIOD_FORMS = (
    "YYYY (calendar year), YYYY-Qn (calendar quarter), FYYYYY (financial year from April), "
    "FYYYYY-Qn (financial quarter) or YYYY-MM-DD..YYYY-MM-DD"
)


def parse_period(text: str) -> Period:
    """Read a period as the CLI writes it (``YYYY``, ``YYYY-Qn``, ``FYYYYY``, ``FYYYYY-Qn`` or
    ``YYYY-MM-DD..YYYY-MM-DD``; ASCII digits only).

    Raises:
        ArgumentError: ``text`` is none of those forms, or its last day is before its first.

    >>> parse_period("2025-Q1").label, parse_period("FY2025-Q1").label, parse_period("2024").label
    ('Q1 2025', '2025/26 Q1', '2024')
    """
    from ._core import Period

    text = text.strip()
    m = re.fullmatch(r"(FY)?(\d{4})(?:-Q([1-4]))?", text, re.IGNORECASE | re.ASCII)
    if m:
        year, q = int(m.group(2)), m.group(3)
        if m.group(1):
            return Period.financial_quarter(year, int(q)) if q else Period.financial_year(year)
        return Period.calendar_quarter(year, int(q)) if q else Period.calendar_year(year)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text, re.ASCII)
    if m:
        try:
            start, end = (dt.date.fromisoformat(g) for g in m.groups())
        except ValueError:
            pass
        else:
            if end < start:
                raise ArgumentError(
                    "period", text, f"a last day on or after the first ({start}), not {end}"
                )
            return Period.between(start, end)
    raise ArgumentError("period", text, _PERIOD_FORMS)


def _period_option(text: str) -> Period:
    """``parse_period`` for argparse: its error becomes the option's one-line message."""
    try:
        return parse_period(text)
    except ArgumentError as err:
        raise argparse.ArgumentTypeError(f"expected {err.expected}, got {text!r}") from None


#: Warnings shown on stderr before the rest are counted.
_MAX_WARNINGS = 20


def _scottish(text: str) -> Regime:
    try:
        regime = Regime(text.lower())
    except ValueError:
        regime = None
    if regime not in (Regime.FOISA, Regime.EISR):
        raise argparse.ArgumentTypeError(f"expected foisa or eisr, got {text!r}")
    return regime


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


class _DuplicateKey(Exception):
    """An object of a JSON line repeats a key (found again with its path, see _dup_path)."""


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKey
    return out


_loads = json.JSONDecoder(object_pairs_hook=_strict_object).decode
_loads_pairs = json.JSONDecoder(object_pairs_hook=lambda pairs: pairs).decode


def _dup_path(node: object, path: str = "$") -> tuple[str, str] | None:
    """The path of the first object repeating a key, and the key (``node`` parsed with
    objects as lists of pairs)."""
    if isinstance(node, list) and all(isinstance(p, tuple) and len(p) == 2 for p in node):
        seen: set[str] = set()
        for key, _ in node:
            if key in seen:
                return path, key
            seen.add(key)
        for key, value in node:
            found = _dup_path(value, f"{path}.{key}")
            if found is not None:
                return found
    elif isinstance(node, list):
        for i, item in enumerate(node):
            found = _dup_path(item, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def _under(exc: FoilibError, key: str) -> FoilibError:
    """``exc`` with the JSON paths of a document found under ``key`` of the line."""
    from ..errors import DeserializationError

    if not isinstance(exc, DeserializationError):
        return exc
    problems = [(f"$.{key}" + p[1:] if p.startswith("$") else p, m) for p, m in exc.problems]
    return DeserializationError(problems, exc.value)


def read_jsonl(
    lines: IO[str],
    *,
    progress: Callable[[int], None] | None = None,
    warn: Callable[[str, str], None] | None = None,
) -> Iterator[tuple[Case, Response | None]]:
    """Stream ``(case, response)`` pairs from JSON Lines: one object per line with keys
    ``case`` (a Case document) and ``response`` (a Response document or null). Blank lines
    are skipped. As :func:`foilib.from_json`, an object repeating a key is refused. A case
    reference seen on an earlier line is counted again, and reported to ``warn`` (``(ref,
    message)``; ``foilib stats`` adds it to the run's warnings). Raises
    :class:`StatisticsError` naming the line and the JSON path (``$.case.received_on``) of
    a bad record."""
    from ..clock import Case
    from ..model import Response
    from ..serialise import from_dict
    from ._core import StatisticsError

    it = iter(lines)
    n = 0
    seen: dict[str, int] = {}
    while True:
        try:
            line = next(it)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise StatisticsError(
                f"line {n + 1}: not UTF-8 text (byte {exc.object[exc.start : exc.start + 1]!r}); "
                "save the file as UTF-8"
            ) from None
        n += 1
        if not line.strip():
            continue
        try:
            try:
                doc = _loads(line)
            except _DuplicateKey:
                found = _dup_path(_loads_pairs(line))
                path, key = found if found is not None else ("$", "?")
                raise StatisticsError(
                    f"{path}: the key {key!r} is repeated (a JSON object names each key once)"
                ) from None
            if not isinstance(doc, dict) or "case" not in doc:
                raise StatisticsError('$: expected an object {"case": ..., "response": ...}')
            try:
                case = from_dict(doc["case"], Case)
            except FoilibError as exc:
                raise _under(exc, "case") from None
            resp = doc.get("response")
            try:
                response = None if resp is None else from_dict(resp, Response)
            except FoilibError as exc:
                raise _under(exc, "response") from None
        except (ValueError, FoilibError) as exc:
            raise StatisticsError(f"line {n}: {exc}") from None
        ref = case.request.reference
        if ref is not None and warn is not None:
            first = seen.setdefault(ref, n)
            if first != n:
                warn(ref, f"line {n}: the same case reference as line {first}, counted again")
        if progress is not None and n % 10000 == 0:
            progress(n)
        yield case, response


def _progress(stream: IO[str]) -> Callable[[int], None]:
    def show(n: int) -> None:
        stream.write(f"\rfoilib stats: {n:,} records read")
        stream.flush()

    return show


def _cmd_stats(args: argparse.Namespace) -> int:
    from ._cabinet_office import cabinet_office
    from ._core import StatisticsError, check_as_of
    from ._profiles import code_of_practice, ico_timeliness, sic
    from ._r004 import r004

    check_as_of(args.period, args.as_of, "--as-of")  # the API's own check
    if args.plot is not None:
        import importlib.util

        from ._plot import plot_format

        if args.profile != "cabinet-office":
            raise StatisticsError("--plot: only the cabinet-office profile has a chart")
        if importlib.util.find_spec("matplotlib") is None:
            raise StatisticsError("--plot needs matplotlib: pip install 'foilib[plot]'")
        plot_format(args.plot)  # a bad suffix fails before the records are read
    show_progress = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _progress(sys.stderr) if show_progress else None
    try:
        source: IO[str] = (
            sys.stdin if args.file == "-" else open(args.file, encoding="utf-8-sig")  # noqa: SIM115
        )
    except OSError as exc:
        raise StatisticsError(f"{args.file}: cannot read ({exc.strerror})") from None
    repeated: list[tuple[str, str]] = []
    try:
        records = read_jsonl(
            source, progress=progress, warn=lambda ref, msg: repeated.append((ref, msg))
        )
        keep = bool(args.explain)
        result: Any
        if args.profile == "cabinet-office" and args.plot is not None:
            from ._cabinet_office import CabinetOfficeReturn, cabinet_office_by_period
            from ._core import Tally
            from ._plot import plot_timeliness, sub_periods

            parts = cabinet_office_by_period(
                records,
                periods=sub_periods(args.period),
                as_of=args.as_of,
                include_s21_only=args.include_s21_only,
                body=args.body,
                keep_refs=keep,
            )
            # the tallies of the pieces merge to exactly the tally of the whole period
            result = CabinetOfficeReturn.from_tally(
                functools.reduce(Tally.merge, (part.tally for part in parts)),
                period=args.period,
                as_of=args.as_of,
                body=args.body,
                include_s21_only=args.include_s21_only,
            )
            try:
                plot_timeliness(parts, args.plot)
            except OSError as exc:
                raise StatisticsError(
                    f"--plot {args.plot}: cannot write ({exc.strerror})"
                ) from None
        elif args.profile == "cabinet-office":
            result = cabinet_office(
                records,
                period=args.period,
                as_of=args.as_of,
                include_s21_only=args.include_s21_only,
                body=args.body,
                keep_refs=keep,
            )
        elif args.profile == "r004":
            result = r004(records, period=args.period, as_of=args.as_of, keep_refs=keep)
        elif args.profile == "sic":
            result = sic(
                records, period=args.period, as_of=args.as_of, regime=args.regime, keep_refs=keep
            )
        elif args.profile == "code-of-practice":
            result = code_of_practice(records, period=args.period, as_of=args.as_of, keep_refs=keep)
        else:
            result = ico_timeliness(records, period=args.period, as_of=args.as_of, keep_refs=keep)
        for ref, message in repeated:  # the reader's warnings join the run's
            result.tally.warn(ref, message)
    finally:
        if source is not sys.stdin:
            source.close()
        if progress is not None:
            sys.stderr.write("\n")
    warnings = result.warnings
    total = result.tally.counts.get("warnings", len(warnings))
    for ref, message in warnings[:_MAX_WARNINGS]:
        print(f"foilib stats: warning: {ref}: {message}", file=sys.stderr)
    if total > _MAX_WARNINGS:
        print(f"foilib stats: ... and {total - _MAX_WARNINGS} more warnings", file=sys.stderr)
    _emit(result, args)
    return 0


def _emit(result: Any, args: argparse.Namespace) -> None:
    from ._cabinet_office import CO_PUBLISHED_HEADER, CabinetOfficeReturn
    from ._core import StatisticsError
    from ._export import write_csv
    from ._rules import CO_HEADERS

    table: Mapping[str, object] = (
        result.row if isinstance(result, CabinetOfficeReturn) else result.lines
    )
    if args.explain:
        for header in args.explain:
            if header not in table:
                raise StatisticsError(f"--explain: no column {header!r}")
            print(result.explain(header))
        return
    if args.format == "json":
        print(result.to_json())
    elif args.format == "csv":
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            out.reconfigure(newline="")
        columns = CO_HEADERS if isinstance(result, CabinetOfficeReturn) else tuple(table)
        write_csv(
            [table],
            out,
            columns=columns,
            excel=args.excel,
            escape_formulas=not args.no_escape,
            header=CO_PUBLISHED_HEADER if isinstance(result, CabinetOfficeReturn) else None,
        )
    else:
        width = max(len(h) for h in table)
        for header, value in table.items():
            shown = "" if value is None else value
            print(f"{header:<{width}}  {shown}")


def add_stats_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Register ``foilib stats`` with the CLI's ``add(name, func, help)``."""
    p = add("stats", _cmd_stats, "figures over many cases (JSON Lines): returns and reports")
    p.add_argument(
        "profile",
        choices=("cabinet-office", "r004", "sic", "code-of-practice", "ico-timeliness"),
        help="the return to compute",
    )
    p.add_argument(
        "file", metavar="RECORDS.jsonl", help='one {"case":..,"response":..} per line; - for stdin'
    )
    p.add_argument(
        "--period", type=_period_option, required=True, metavar="PERIOD", help=_PERIOD_FORMS
    )
    p.add_argument(
        "--as-of",
        type=_date,
        required=True,
        metavar="DATE",
        help="snapshot date (never today by default)",
    )
    p.add_argument(
        "--include-s21-only", action="store_true", help="count s.21-only requests in the main block"
    )
    p.add_argument(
        "--regime",
        type=_scottish,
        default=Regime.FOISA,
        metavar="{foisa,eisr}",
        help="sic: the regime of the return (default: foisa)",
    )
    p.add_argument("--body", default="", help='the "Government body" column')
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.add_argument("--excel", action="store_true", help="CSV: start with a UTF-8 BOM for Excel")
    p.add_argument("--no-escape", action="store_true", help="CSV: do not escape formula-like text")
    p.add_argument(
        "--plot",
        metavar="FILE",
        help="cabinet-office: also draw timeliness per quarter (or month) with the ICO "
        "thresholds, in the format of FILE's suffix (.png, .svg, .pdf, ...; needs the "
        "plot extra: matplotlib)",
    )
    p.add_argument(
        "--explain",
        action="append",
        metavar="COLUMN",
        help="list the cases behind a column (repeatable)",
    )
    prog = p.add_mutually_exclusive_group()
    prog.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="records read, on stderr (default: when a terminal)",
    )
    prog.add_argument("--no-progress", dest="progress", action="store_false")
