"""The ``foilib`` command line: quick answers for FOI officers, campaigners and journalists.

Bad input (an impossible date, an unknown regime, a missing file, malformed or
invalid JSON) is one line on stderr and exit status 2, never a traceback.
``foilib check`` exits 1 when an error-level finding exists. ``--json`` output is
stable and documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from .dates import day_text as _day
from .dates import ordinal as _ordinal
from .errors import FoilibError
from .regimes import Division, Regime

__all__ = ["main"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _UsageError(Exception):
    """A problem with the command line's input: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real calendar date") from None


def _regime(text: str) -> Regime:
    try:
        return Regime(text.lower())
    except ValueError:
        names = ", ".join(r.value for r in Regime)
        raise argparse.ArgumentTypeError(
            f"unknown regime {text!r}; expected one of {names}"
        ) from None


def _division(text: str) -> Division:
    from .bank_holidays import DIVISION_ALIASES

    try:  # the same names Python accepts (foilib.bank_holidays(year, division))
        return DIVISION_ALIASES[text.lower()]
    except KeyError:
        names = ", ".join(d.value for d in Division)
        raise argparse.ArgumentTypeError(
            f"unknown division {text!r}; expected one of {names}"
        ) from None


def _path(text: str) -> str:
    """A file name as given: not empty or blank (``Path("")`` is the current directory) and
    without a NUL character (which no operating system allows in a name)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a file name, got {text!r}")
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"a file name cannot hold a NUL character: {text!r}")
    return text


def _read(path: str, what: str = "a JSON file") -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _UsageError(f"{path}: is a directory, expected {what}") from None
    except UnicodeDecodeError:
        raise _UsageError(f"{path}: not UTF-8 text, expected {what}") from None
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read ({exc.strerror})") from None


def _load(path: str, cls: type[Any]) -> Any:
    from .serialise import from_json

    try:
        return from_json(_read(path), cls)
    except FoilibError as exc:
        raise _UsageError(f"{path}: {exc}") from None


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- due, working-days, holidays -------------------------------------------------------


def _cmd_due(args: argparse.Namespace) -> int:
    from .law import law
    from .workdays import working_day_calendar

    if args.days is None:  # the regime's statutory period (FOIA s.10(1), ...), from the law data
        args.days = law(args.regime).response.length
    cal = working_day_calendar(args.regime)
    due = cal.add(args.received, args.days)
    if not (args.explain or args.json):
        # The plain answer needs only the day table: the clock, the catalogue and the
        # data status are imported for --explain and --json alone (issue 14).
        print(f"{_day(due)}  ({due.isoformat()})")
        return 0
    from .clock import response_period_provision

    skipped = cal.explain(args.received, args.days)
    provision = response_period_provision(args.regime, args.days)
    status = _data_status(args.received, due, args.regime)
    if args.json:
        _print_json(
            {
                "provisional": status.provisional,
                "disputed": status.disputed,
                "data_notes": list(status.notes()),
                "received": args.received.isoformat(),
                "regime": args.regime.value,
                "working_days": args.days,
                "due": due.isoformat(),
                "provision": provision,
                "working_day_definition": cal.provision,
                "skipped": [
                    {
                        "date": s.date.isoformat(),
                        "reasons": [
                            {"description": str(r), "citation": r.citation_text} for r in s.reasons
                        ],
                    }
                    for s in skipped
                ],
            }
        )
        return 0
    print(f"{_day(due)}  ({due.isoformat()})")
    print(
        f"received {_day(args.received)}: the {_ordinal(args.days)} working day following "
        f"({provision}; working days as defined by {cal.provision})"
    )
    weekends = sum(1 for s in skipped if s.date.weekday() >= 5)
    if weekends:
        print(f"  skipped {weekends} Saturdays and Sundays ({cal.provision})")
    for s in skipped:
        if s.date.weekday() >= 5:
            continue
        for i, r in enumerate(s.reasons):  # the date once, however many divisions
            head = f"skipped {_day(s.date):<16}" if i == 0 else " " * 24
            print(f"  {head} {r}")
            for source in dict.fromkeys(h.source for h in r.holidays):
                print(f"  {'':<24} {source}")
    for note in status.notes():
        print(f"  {note}")
    return 0


def _data_status(received: dt.date, due: dt.date, regime: Regime) -> Any:
    from .bank_holidays._status import data_status

    return data_status(received, due, regime)


def _cmd_working_days(args: argparse.Namespace) -> int:
    from .workdays import working_day_calendar

    count = working_day_calendar(args.regime).count(args.start, args.end)
    if args.json:
        _print_json(
            {
                "start": args.start.isoformat(),
                "end": args.end.isoformat(),
                "regime": args.regime.value,
                "working_days": count,
            }
        )
    else:
        print(count)
    return 0


def _cmd_holidays(args: argparse.Namespace) -> int:
    from .bank_holidays import bank_holidays, data_source

    if args.source:
        source = data_source()
        if args.json:
            _print_json(_source_dict(source))
        else:
            print(source)
        return 0
    if args.year is None:
        raise _UsageError("holidays: give a YEAR (or --source)")

    divisions = [args.division] if args.division else list(Division)
    rows = sorted(
        (h for d in divisions for h in bank_holidays(args.year, d)),
        key=lambda h: (h.date, list(Division).index(h.division)),
    )
    if args.json:
        _print_json([_view(h, _HOLIDAY_KEYS) for h in rows])
        return 0
    for h in rows:
        flags = " (substitute day)" if h.substitute else ""
        flags += " (provisional)" if h.provisional else ""
        print(f"{_day(h.date):<16}  {h.division.title:<18}  {h.name}{flags}")
    return 0


#: The keys ``holidays --json`` prints for each holiday, and for the data source's
#: proclamations and disputed days (``--source``), in order: (key printed, field).
_HOLIDAY_KEYS = (
    ("date", "date"),
    ("name", "name"),
    ("division", "division"),
    ("divisions", "divisions"),
    ("substitute", "substitute"),
    ("provisional", "provisional"),
    ("source", "source"),
    ("source_url", "source_url"),
)
_PROCLAMATION_KEYS = (
    ("date", "date"),
    ("name", "name"),
    ("divisions", "divisions"),
    ("source", "source"),
    ("source_url", "source_url"),
)
_DISPUTED_KEYS = (
    ("date", "date"),
    ("division", "division"),
    ("bank_holiday", "holiday"),
    ("reason", "reason"),
    ("evidence", "evidence"),
)


def _view(obj: Any, keys: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """Some fields of ``obj`` in the public converter's JSON form, under the keys given."""
    from .converter import shared_converter

    whole = shared_converter(omit_if_default=False).unstructure(obj)
    return {key: whole[field] for key, field in keys}


def _source_dict(source: Any) -> dict[str, Any]:
    return {
        "official_list": source.official_list,
        "last_official_year": source.last_official_year,
        "confirmed_through": source.confirmed_through,
        "first_provisional_year": source.first_provisional_year,
        "proclamations": [_view(p, _PROCLAMATION_KEYS) for p in source.proclamations],
        "disputed": [_view(d, _DISPUTED_KEYS) for d in source.disputed],
        "loaded": [
            {"origin": r.origin, "added": len(r.added), "disagreements": list(r.disagreements())}
            for r in source.loaded
        ],
    }


def _load_holidays(args: argparse.Namespace) -> bool:
    """Load FOILIB_HOLIDAYS, then each --holidays FILE; note every disagreement on stderr.

    Only for commands that count days (those with --holidays). True if anything was loaded.
    """
    import os

    from .bank_holidays import load_holidays

    if not hasattr(args, "holidays"):
        return False
    files = [f for f in os.environ.get("FOILIB_HOLIDAYS", "").split(os.pathsep) if f]
    files += getattr(args, "holidays", None) or []
    for path in files:
        report = load_holidays(path)
        for line in report.disagreements():
            print(f"foilib: note: {line}", file=sys.stderr)
    return bool(files)


# --- provision ----------------------------------------------------------------------------


def _cmd_provision(args: argparse.Namespace) -> int:
    from .catalogue import provision

    p = provision(args.citation, args.regime)
    ncnd = ", ".join(str(c) for c in p.ncnd_clauses) or "none"
    fields = {
        "citation": str(p.citation),
        "title": p.title,
        "kind": p.kind.value,
        "absoluteness": p.absoluteness.value,
        "absolute": p.absolute,
        "absolute_part": p.absolute_part or None,
        "public_interest_test": p.public_interest_test,
        "harm_test": p.harm_test.value,
        "ncnd": [str(c) for c in p.ncnd_clauses],
        "falls_away": p.falls_away or None,
        "source": p.source_url,
        "authorities": list(p.authorities),
    }
    if args.json:
        _print_json(fields)
        return 0
    rows = [
        ("provision", f"{p.citation}  {p.title}"),
        ("kind", p.kind.value),
        ("absolute?", p.absoluteness.value + (f" ({p.absolute_part})" if p.absolute_part else "")),
        ("public interest", _pi_text(p)),
        ("harm test", p.harm_test.value),
        ("neither confirm nor deny", ncnd),
    ]
    if p.falls_away:
        rows.append(("falls away", p.falls_away))
    rows.append(("source", p.source_url))
    rows.extend(("authority", a) for a in p.authorities)
    for label, value in rows:
        print(f"{label:<25} {value}")
    return 0


def _cmd_provisions(args: argparse.Namespace) -> int:
    from .catalogue import provisions
    from .converter import shared_converter

    regimes = [args.regime] if args.regime else list(Regime)
    words = [w.casefold() for w in " ".join(args.search or ()).split()]
    if args.search is not None and not words:
        raise _UsageError(f"provisions: --search needs a WORD, got {' '.join(args.search)!r}")
    rows = [p for r in regimes for p in provisions(r) if all(w in _haystack(p) for w in words)]
    if args.json:
        conv = shared_converter(omit_if_default=False)
        _print_json([{**conv.unstructure(p), "citation": str(p.citation)} for p in rows])
        return 0
    if not rows:
        print("no provisions match", file=sys.stderr)
        return 1
    width = max(len(str(p.citation)) for p in rows)
    for p in rows:
        print(f"{p.citation!s:<{width}}  {p.title}  [{p.kind.value}, {p.absoluteness.value}]")
    return 0


def _haystack(p: Any) -> str:
    return " ".join((str(p.citation), p.title, p.kind.value, p.note)).casefold()


def _pi_text(p: Any) -> str:
    if not p.public_interest_test:
        return "no test"
    if p.absolute_part:
        return "test applies, except where the provision is absolute"
    return "test applies"


# --- timeline -----------------------------------------------------------------------------


def _cmd_timeline(args: argparse.Namespace) -> int:
    from .clock import Case

    case = _load(args.file, Case)
    timeline = case.timeline(args.today)
    if args.ics:
        _write_ics(args.ics, case, timeline)
    if args.json:
        from .converter import shared_converter

        _print_json(shared_converter().unstructure(timeline))
    else:
        print(timeline)
    return 0


def _write_ics(path: str, case: Any, timeline: Any) -> None:
    from .ics import timeline_ics

    data = timeline_ics(case, timeline.today)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise _UsageError(f"{path}: cannot write ({exc.strerror})") from None


# --- check, render, show, schema ------------------------------------------------------------


def _cmd_check(args: argparse.Namespace) -> int:
    from .checks import Severity, check
    from .clock import Case
    from .model import Response

    response = _load(args.file, Response)
    case = _load(args.case, Case) if args.case else None
    findings = check(response, case)
    if args.json:
        _print_json([f.to_dict() for f in findings])
    elif not findings:
        print("no findings")
    else:
        width = max(len(f.code) for f in findings)
        for f in findings:
            where = f"  part {', '.join(f.parts)}" if f.parts else ""
            print(f"{f.severity.value:<7}  {f.code:<{width}}  {f.citation}  {f.path}{where}")
            print(f"{'':<9}{f.message}")
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def _cmd_render(args: argparse.Namespace) -> int:
    from .model import Response
    from .render import render

    response = _load(args.file, Response)
    template = _read(args.template, "a template file") if args.template is not None else None
    sys.stdout.write(render(response, args.format, template=template))
    return 0


def _read_letter(name: str, regime: Regime | None, truncated: bool | None = None) -> Any:
    """``read_letter`` of one FILE; a directory or an operating-system error (a name too
    long, no permission) is a :class:`_UsageError`, never a traceback."""
    from .reader import read_letter

    path = Path(name)
    try:
        if path.is_dir():
            raise _UsageError(f"{name}: is a directory, expected a letter file")
        return read_letter(path, regime=regime, truncated=truncated)
    except OSError as exc:
        raise _UsageError(f"{name}: cannot read ({exc.strerror})") from None


def _cmd_read(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    if args.jsonl is None:
        if len(files) != 1:
            raise _UsageError("read: give one FILE, or several with --jsonl OUT")
        try:
            reading = _read_letter(files[0], args.regime, args.truncated)
        except FoilibError as exc:
            raise _UsageError(_about(files[0], exc)) from None
        if args.json:
            from .serialise import to_json

            sys.stdout.write(to_json(reading.response))
        else:
            from .render import render

            sys.stdout.write(render(reading.response))
            for path, why in reading.guesses.items():
                print(f"Guessed {path}: {why}")
            for a, b in reading.unread:
                print(f"Unread: {reading.text[a:b]!r}")
        return 0
    return _read_many(files, args)


def _about(name: str, exc: Exception) -> str:
    message = str(exc)
    return message if message.startswith(name) else f"{name}: {message}"


def _read_many(files: list[str], args: argparse.Namespace) -> int:
    import json

    from .serialise import to_dict

    progress = args.progress or sys.stderr.isatty()
    failed = 0
    total = len(files)
    try:
        out = open(args.jsonl, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise _UsageError(f"{args.jsonl}: cannot write ({exc.strerror})") from None
    with out:
        for n, name in enumerate(files, 1):
            try:
                reading = _read_letter(name, args.regime, args.truncated)
            except (_UsageError, FoilibError) as exc:
                failed += 1
                message = " ".join(_about(name, exc).split())
                print(f"foilib: error: {message}", file=sys.stderr)
                continue
            row = {
                "source": name,
                "response": to_dict(reading.response),
                "spans": {k: list(v) for k, v in reading.spans.items()},
                "guesses": reading.guesses,
                "unread": [list(u) for u in reading.unread],
                "confidence": reading.confidence,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            if progress:
                print(f"\rread {n}/{total} letters", end="", file=sys.stderr, flush=True)
    if progress:
        print(f"\rread {total - failed}/{total} letters, {failed} failed", file=sys.stderr)
    return 2 if failed else 0


def _cmd_show(args: argparse.Namespace) -> int:
    from .model import Response
    from .serialise import to_dict

    response = _load(args.file, Response)
    if args.json:
        _print_json(to_dict(response))
    else:
        print(_describe_response(response))
    return 0


def _describe_response(response: Any) -> str:
    lines = [
        f"{response.authority.name} — {response.kind.value.replace('_', ' ')} "
        f"under {response.regime.title}",
    ]
    req = response.request
    lines.append(
        f"request {req.reference or '(no reference)'}, "
        f"received {req.received_on.isoformat() if req.received_on else '(date not stated)'}"
    )
    if response.sent_on:
        lines.append(f"sent {response.sent_on.isoformat()}")
    for ref, part in req.iter_parts():
        answer = response.answer_for(ref)
        outcome = answer.disposition.value.replace("_", " ") if answer else "(no answer)"
        text = " ".join(part.text.split())
        lines.append(f"  {ref:>5}  {outcome:<28} {text[:60]}{'…' if len(text) > 60 else ''}")
    for d in req.definitions:
        lines.append(f"  definition: {d.term!r}")
    for claim in response.exemption_claims:
        cited = str(claim.citation) if claim.citation else "(unresolved)"
        lines.append(f"  exemption: {claim.as_written} -> {cited}")
    if response.refusal_notice:
        cited = ", ".join(p.as_written for p in response.refusal_notice.provisions)
        lines.append(f"  refusal notice citing {cited or '(nothing)'}")
    if response.reuse_licence:
        lines.append(f"  re-use: {response.reuse_licence.text}")
    if response.provenance and response.provenance.truncated:
        lines.append("  (the copy of this letter is cut short)")
    return "\n".join(lines)


def _model_types() -> dict[str, type[Any]]:
    import attrs

    from . import clock, model

    out: dict[str, type[Any]] = {}
    for module in (model, clock):
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and attrs.has(obj) and name not in _NOT_DOCUMENTS:
                out[name] = obj
    return out


_NOT_DOCUMENTS = frozenset({"Timeline", "Deadline", "Pause", "Reason"})


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    types = _model_types()
    if args.type not in types:
        raise _UsageError(f"unknown type {args.type!r}; expected one of {', '.join(sorted(types))}")
    _print_json(json_schema(types[args.type]))
    return 0


# --- the parser ------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="foilib",
        description="Quick answers about UK Freedom of Information requests: deadlines, "
        "working days, bank holidays, exemptions, and checks of response letters.",
        epilog="Example: foilib due 2026-11-25 --explain",
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> _Parser:
        p: _Parser = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    def regime_option(
        p: argparse.ArgumentParser,
        default: Regime | None = Regime.FOIA,
        help: str = "the regime (default: foia)",
    ) -> None:
        p.add_argument(
            "--regime",
            type=_regime,
            default=default,
            metavar="{foia,eir,foisa,eisr}",
            help=help,
        )

    def holidays_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--holidays",
            action="append",
            type=_path,
            metavar="FILE",
            help="also use the bank holidays in FILE (a GOV.UK bank-holidays.json); "
            "repeatable; FOILIB_HOLIDAYS names more",
        )

    due = add("due", _cmd_due, "when is a request received on DATE due?")
    due.add_argument("received", type=_date, metavar="DATE", help="date of receipt, YYYY-MM-DD")
    regime_option(due)
    due.add_argument(
        "--days",
        type=_days,
        default=None,
        help="working days allowed, 1 or more (default: the regime's statutory period, 20)",
    )
    due.add_argument("--explain", action="store_true", help="list every day skipped and why")
    due.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    holidays_option(due)

    wd = add("working-days", _cmd_working_days, "working days after START up to and including END")
    wd.add_argument("start", type=_date, metavar="START")
    wd.add_argument("end", type=_date, metavar="END")
    regime_option(wd)
    wd.add_argument("--json", action="store_true", help="print JSON")
    holidays_option(wd)

    hol = add("holidays", _cmd_holidays, "the bank holidays of a year")
    hol.add_argument("year", type=_year, metavar="YEAR", nargs="?")
    hol.add_argument(
        "--division",
        type=_division,
        metavar="{england-and-wales,scotland,northern-ireland}",
        help="one part of the UK (default: all three)",
    )
    hol.add_argument("--json", action="store_true", help="print JSON")
    hol.add_argument(
        "--source",
        action="store_true",
        help="say where the data comes from: official list, proclamations, provisional "
        "years, disputed days, anything loaded",
    )
    holidays_option(hol)

    prov = add("provision", _cmd_provision, "look up an exemption, exception or duty")
    prov.add_argument("citation", metavar="CITATION", help='e.g. "s.43(2)" or "reg 12(5)(e)"')
    regime_option(prov, None, "the regime, where the citation does not say")
    prov.add_argument("--json", action="store_true", help="print JSON")

    provs = add("provisions", _cmd_provisions, "list or search the statute catalogue")
    regime_option(provs, None, "one regime (default: all four)")
    provs.add_argument(
        "--search",
        nargs="+",
        metavar="WORD",
        help="only provisions whose citation, title or note has every WORD",
    )
    provs.add_argument("--json", action="store_true", help="print JSON")

    tl = add("timeline", _cmd_timeline, "every deadline of a case (a Case JSON document)")
    tl.add_argument("file", type=_path, metavar="CASE.json")
    tl.add_argument("--today", type=_date, default=None, metavar="DATE", help="default: today")
    tl.add_argument("--json", action="store_true", help="print JSON")
    tl.add_argument(
        "--ics", type=_path, metavar="FILE", help="also write the deadlines as iCalendar"
    )
    holidays_option(tl)

    chk = add("check", _cmd_check, "what a response lacks under the Act (exit 1 on errors)")
    chk.add_argument("file", type=_path, metavar="RESPONSE.json")
    chk.add_argument(
        "--case", type=_path, metavar="CASE.json", help="also check timeliness against a case"
    )
    chk.add_argument("--json", action="store_true", help="print JSON")
    holidays_option(chk)

    ren = add("render", _cmd_render, "write the letter from a response document")
    ren.add_argument("file", type=_path, metavar="RESPONSE.json")
    ren.add_argument("--format", choices=("text", "markdown", "html"), default="text")
    ren.add_argument(
        "--template", type=_path, metavar="FILE", help="a Jinja2 template (extra: templates)"
    )

    rd = add("read", _cmd_read, "read response letters into draft response documents")
    rd.add_argument(
        "files",
        nargs="+",
        type=_path,
        metavar="FILE",
        help=".txt, .eml, .html, .pdf or .docx (extra: read)",
    )
    regime_option(
        rd, None, "the regime, where a letter names none (default: foia, marked as a guess)"
    )
    cut = rd.add_mutually_exclusive_group()
    cut.add_argument(
        "--truncated",
        action="store_const",
        const=True,
        default=None,
        help="the copy is cut short (default: marked when the text stops mid-sentence)",
    )
    cut.add_argument(
        "--complete",
        dest="truncated",
        action="store_const",
        const=False,
        help="the copy is complete: never mark it as cut short",
    )
    rd.add_argument("--json", action="store_true", help="print the response document")
    rd.add_argument(
        "--jsonl",
        type=_path,
        metavar="OUT",
        help="write one JSON line per letter to OUT (many FILEs)",
    )
    rd.add_argument("--progress", action="store_true", help="show progress on stderr")

    show = add("show", _cmd_show, "summarise a response document as the model sees it")
    show.add_argument("file", type=_path, metavar="RESPONSE.json")
    show.add_argument("--json", action="store_true", help="print the document as foilib reads it")

    schema = add("schema", _cmd_schema, "print the JSON Schema of a model type")
    schema.add_argument("type", metavar="TYPE", help="e.g. Response or Case")

    from .statistics._cli import add_stats_command

    add_stats_command(add)
    return parser


def _whole(text: str, what: str) -> int:
    """``text`` read by the one number reader the quick path shares (ASCII digits only)."""
    from .quick import MAX_DIGITS, whole_number

    number = whole_number(text)
    if number is None:
        if text.isascii() and text.isdigit():
            raise argparse.ArgumentTypeError(
                f"expected {what}, got a number of more than {MAX_DIGITS} digits"
            )
        raise argparse.ArgumentTypeError(f"expected {what} (digits 0-9), got {text!r}")
    return number


def _days(text: str) -> int:
    """A response period in working days, 1 or more.

    ``foilib.add_working_days(d, 0)`` is ``d`` itself (the Python API keeps that), but no
    response period is 0 working days: ``due`` would print "the 0th working day following".
    """
    days = _whole(text, "a whole number of working days, 1 or more")
    if days < 1:
        raise argparse.ArgumentTypeError(
            f"a response period is 1 working day or more, got {text!r} "
            "(leave out --days for the regime's statutory period)"
        )
    return days


def _year(text: str) -> int:
    year = _whole(text, "a year such as 2027")
    if len(text) != 4:
        raise argparse.ArgumentTypeError(f"expected a year such as 2027, got {text!r}")
    return year


#: What the command line calls the Python parameters an error may name.
_PARAMETERS = {
    "d": "DATE",
    "n": "--days",
    "a": "start date",
    "b": "end date",
    "start": "START",
    "end": "END",
    "year": "YEAR",
    "regime": "--regime",
    "division": "--division",
}


def _public_message(exc: Exception) -> str:
    """The error's message, naming command-line words instead of Python parameters."""
    from .errors import ArgumentError, TemplateError

    if isinstance(exc, ArgumentError) and not isinstance(exc, TemplateError):
        name = _PARAMETERS.get(exc.argument)
        if name is not None:
            value = exc.value
            shown = value.isoformat() if isinstance(value, dt.date) else repr(value)
            return f"{name}: expected {exc.expected}, got {shown}"
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    loaded = False
    try:
        loaded = _load_holidays(args)
        return func(args)
    except (_UsageError, FoilibError) as exc:
        message = " ".join(_public_message(exc).split())
        print(f"foilib: error: {message}", file=sys.stderr)
        return 2
    except RecursionError:
        print("foilib: error: the input is nested too deeply to read", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    finally:
        if loaded:  # a run's files do not outlive it (main may be called in-process)
            from .bank_holidays import reset_holidays

            reset_holidays()
