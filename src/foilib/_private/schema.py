"""JSON Schema (draft 2020-12) for foilib's JSON form, derived from the model classes.

The schema says everything about one document that JSON Schema can express, read from the
fields' validators: non-empty text (``minLength`` and a visible character), part labels
(a pattern), non-empty and distinct lists (``minItems``, ``uniqueItems``), dates and
date-times (``format`` and a pattern), citations (patterns), enums, and no unknown keys.

What only :func:`foilib.from_json` checks (JSON Schema cannot say it) is listed in
:data:`FROM_JSON_ONLY` and in the schema's ``$comment``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import types
import typing
import unicodedata
from typing import Any

import attrs

from . import validate
from .serialise import FORMAT_VERSION, check_model_class

__all__ = ["FROM_JSON_ONLY", "json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Rules of a valid document that JSON Schema cannot express; from_json checks them.
FROM_JSON_ONLY = (
    "cross-references: every answer, exemption claim and same_as names a part of the request",
    "sibling request parts have distinct labels (at every level of nesting)",
    "date order: e.g. an event's 'until' is not before its day, a school term's last day "
    "not before its first, a case's events in a possible order",
    "received_at falls on received_on in Europe/London",
    "text with only whitespace, control and format characters is refused even where a "
    "regex engine's \\s or Unicode tables differ from Python's",
    "a contact has at least one of lines, email, phone or web",
    "dates lie within what the calendar covers where a rule needs them (2000-2099)",
    "a partial date's year is 1900..2199 and its month 1..12; sent_in is the month of sent_on",
    "a request's dated_on is not after its received_on",
    "a part not restated has empty text; a restated part has text or sub-parts",
    "an exemption claim's citation is the first of its citations",
    "a contact's other_emails and other_phones follow a first email and phone",
    "every path in a response's order names a field or passage it holds",
)


@functools.cache
def _invisible_class() -> str:
    """The body of a regex character class of every control (Cc) and format (Cf) character
    of this Python's Unicode database (see :func:`foilib._private.validate.visible`): BMP
    characters as ``\\uXXXX`` escapes, others as themselves (exact in Python's ``re`` and
    in ECMA-262 with the ``u`` flag)."""
    codes = [
        c for c in range(0x110000) if unicodedata.category(chr(c)) in validate.INVISIBLE_CATEGORIES
    ]
    out: list[str] = []
    start = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c == prev + 1:
            prev = c
            continue
        for code in (start,) if start == prev else (start, prev):
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else chr(code))
            if start != prev and code == start:
                out.append("-")
        start = prev = c
    return "".join(out)


@functools.cache
def _nonempty() -> dict[str, Any]:
    """Text with at least one character that is not whitespace, a control or a format
    character (the rule of ``validate.visible``); built once, on first use (it scans the
    Unicode database)."""
    return {"minLength": 1, "pattern": f"[^\\s{_invisible_class()}]"}


@functools.cache
def _label() -> dict[str, Any]:
    """A part label as written: no surrounding spaces, no '/', no control or format
    character."""
    invisible = _invisible_class()
    return {
        "minLength": 1,
        # (?![\s\S]): the very end (Python's $ also matches before a final line break)
        "pattern": f"^[^\\s/{invisible}]([^/{invisible}]*[^\\s/{invisible}])?$(?![\\s\\S])",
    }


_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
#: Patterns for fields whose validators are regular expressions (Citation).
_PATTERNS: dict[tuple[str, str], dict[str, Any]] = {
    ("Citation", "section"): {"pattern": "^[1-9][0-9]{0,2}[A-Z]{0,2}$"},
    ("Citation", "path"): {"pattern": "^([1-9][0-9]{0,2}[A-Z]{0,2}|[a-z]{1,4})$"},
}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.datetime:
        return {"type": "string", "format": "date-time", "pattern": _DATETIME_PATTERN}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: recursion (RequestPart) stops here
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - model types only


def _closure(fn: object) -> dict[str, Any]:
    if not inspect.isfunction(fn):
        return {}
    try:
        return dict(inspect.getclosurevars(fn).nonlocals)
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return {}


def _constraints(validator: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(value constraints, item constraints)`` read from an attrs validator."""
    if validator is None:
        return {}, {}
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if inner is not None:
        value: dict[str, Any] = {}
        items: dict[str, Any] = {}
        for v in inner:
            a, b = _constraints(v)
            value |= a
            items |= b
        return value, items
    if validator is validate.label:
        return dict(_label()), {}
    names = _closure(validator)
    if "inner" in names:  # optional(...)
        return _constraints(names["inner"])
    if "item" in names and "unique" in names:  # tuple_of(...)
        value = {}
        if names.get("nonempty"):
            value["minItems"] = 1
        if names.get("unique"):
            value["uniqueItems"] = True
        return value, _constraints(names["item"])[0]
    if set(names) == {"nonempty"}:  # text(...)
        return (dict(_nonempty()) if names["nonempty"] else {}), {}
    # A model's own validator (sub-parts, events) adds rules only from_json checks.
    return {}, {}


def _merge(schema: dict[str, Any], value: dict[str, Any], items: dict[str, Any]) -> None:
    targets = schema.get("anyOf", [schema])
    for target in targets:
        if target.get("type") == "string":
            target.update(value)
        elif target.get("type") == "array":
            target.update({k: v for k, v in value.items() if k in ("minItems", "uniqueItems")})
            if target["items"].get("type") == "string":
                target["items"].update(items)


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        schema = _type_schema(field.type, defs)
        value, items = _constraints(field.validator)
        value |= _PATTERNS.get((cls.__name__, field.name), {})
        if (cls.__name__, field.name) == ("Citation", "path"):
            items, value = value, {}
        _merge(schema, value, items)
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    out: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "properties": properties,
        "additionalProperties": False,
    }
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc:
        out["description"] = " ".join(doc.split())
    if required:
        out["required"] = required
    return out


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for the JSON form of ``cls`` (from :func:`foilib.to_json`).

    The top-level object also requires ``format_version``. Everything JSON Schema can say
    is said (non-empty text, label and citation patterns, ``minItems``, ``uniqueItems``,
    date formats); the rules only :func:`foilib.from_json` checks (cross-references, date
    order, ...) are listed in the schema's ``$comment``. A document the schema accepts can
    still fail ``from_json`` on those; one it refuses always fails ``from_json``.

    Returns:
        a JSON-ready dict.

    Raises:
        ArgumentTypeError: ``cls`` is not a foilib model class.

    >>> import foilib
    >>> schema = foilib.json_schema(foilib.Response)
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["required"])
    ['authority', 'format_version', 'regime', 'request']
    >>> schema["$defs"]["Authority"]["properties"]["regimes"]["minItems"]
    1
    """
    check_model_class(cls, "cls")
    defs: dict[str, Any] = {}
    top = _class_schema(cls, defs)
    top["properties"] = {
        "format_version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
        **top["properties"],
    }
    top["required"] = ["format_version", *top.get("required", [])]
    comment = "Checked by foilib.from_json only: " + "; ".join(FROM_JSON_ONLY) + "."
    out: dict[str, Any] = {"$schema": _DIALECT, "$id": f"foilib:{cls.__name__}", **top}
    out["$comment"] = comment
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out
