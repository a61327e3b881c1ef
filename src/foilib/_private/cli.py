"""The ``foilib`` command line.

Bad input (a missing file, malformed JSON, an invalid document) is one line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import FoilibError
from .model import Response
from .schema import json_schema
from .serialise import from_json, to_dict

__all__ = ["main"]

_MODEL_TYPES: dict[str, type[Any]] = {}


def _model_types() -> dict[str, type[Any]]:
    if not _MODEL_TYPES:
        from . import model

        for name in model.__all__:
            obj = getattr(model, name)
            if isinstance(obj, type) and attrs.has(obj):
                _MODEL_TYPES[name] = obj
    return _MODEL_TYPES


class _UsageError(Exception):
    """A problem with the command line's input: one line on stderr, exit 2."""


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _UsageError(f"{path}: is a directory, expected a JSON file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _UsageError(f"{path}: cannot read ({exc})") from None


def _describe_response(response: Response) -> str:
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


def _cmd_show(args: argparse.Namespace) -> int:
    response = from_json(_read(args.file), Response)
    if args.json:
        print(json.dumps(to_dict(response), ensure_ascii=False, indent=2))
    else:
        print(_describe_response(response))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    types = _model_types()
    if args.type not in types:
        raise _UsageError(f"unknown type {args.type!r}; expected one of {', '.join(sorted(types))}")
    print(json.dumps(json_schema(types[args.type]), ensure_ascii=False, indent=2))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foilib", description="Answers about UK Freedom of Information requests."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = sub.add_parser("show", help="load a response letter's JSON document and summarise it")
    show.add_argument("file", help="a Response JSON document")
    show.add_argument("--json", action="store_true", help="print the document as foilib reads it")
    show.set_defaults(func=_cmd_show)
    schema = sub.add_parser("schema", help="print the JSON Schema of a model type")
    schema.add_argument("type", help="a model type name such as Response")
    schema.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (_UsageError, FoilibError) as exc:
        message = " ".join(str(exc).split())
        print(f"foilib: error: {message}", file=sys.stderr)
        return 2
