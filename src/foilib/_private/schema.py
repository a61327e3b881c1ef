"""JSON Schema (draft 2020-12) for foilib's JSON form, derived from the model classes."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from .serialise import FORMAT_VERSION, check_model_class

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


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
        return {"type": "string", "format": "date-time"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: recursion (RequestPart) stops here
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - model types only


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        properties[field.name] = _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "properties": properties,
        "additionalProperties": False,
    }
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc:
        schema["description"] = " ".join(doc.split())
    if required:
        schema["required"] = required
    return schema


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for the JSON form of ``cls`` (from :func:`foilib.to_json`).

    The top-level object also requires ``format_version``.

    >>> import foilib
    >>> schema = foilib.json_schema(foilib.Response)
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["required"])
    ['authority', 'format_version', 'regime', 'request']
    """
    check_model_class(cls, "cls")
    defs: dict[str, Any] = {}
    top = _class_schema(cls, defs)
    top["properties"] = {
        "format_version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
        **top["properties"],
    }
    top["required"] = ["format_version", *top.get("required", [])]
    out: dict[str, Any] = {"$schema": _DIALECT, "$id": f"foilib:{cls.__name__}", **top}
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out
