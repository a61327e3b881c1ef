"""The JSON form: one cattrs converter behind to_dict/from_dict/to_json/from_json.

Documents carry ``format_version`` at the top level so that documents stored
today load in later releases. Reading is strict: nothing is coerced (a number is
not a string, a string is not a list, ``"20261125"`` is not a date) and unknown
keys are errors. Every failure is one :class:`foilib.DeserializationError`
naming the JSON path, the value and what was expected.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import typing
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .errors import ArgumentTypeError, DeserializationError, FoilibError, ValidationError

__all__ = [
    "FORMAT_VERSION",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

#: The version of the JSON form this release writes. Readers accept every
#: version up to this one (see docs/model.md, "Format versions").
FORMAT_VERSION = 1

T = TypeVar("T")

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})"
)


class _Leaf(Exception):
    """A leaf problem: ``expected`` is what was wanted, ``value`` what was found."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value


def _describe(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= 60 else text[:57] + "..."


def _str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Leaf("a string", value)
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _Leaf("true or false", value)
    return value


def _int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Leaf("an integer", value)
    return value


def _date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _Leaf("a date as YYYY-MM-DD", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Leaf("a real calendar date as YYYY-MM-DD", value) from None


def _datetime(value: object, _: type) -> dt.datetime:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        raise _Leaf("a date-time with a UTC offset, as YYYY-MM-DDTHH:MM[:SS]+HH:MM", value)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Leaf("a real date-time with a UTC offset", value) from None


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _tuple_structure_factory(tp: Any, conv: cattrs.Converter) -> Any:
    (item_type, _ellipsis) = typing.get_args(tp)
    handler = conv.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _Leaf("a list", value)
        out: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                out.append(handler(item, item_type))
            except Exception as exc:
                exc.add_note(IterableValidationNote(f"index {index}", index, item_type))
                errors.append(exc)
        if errors:
            raise IterableValidationError("invalid items", errors, tp)
        return tuple(out)

    return structure


def _enum_structure_factory(tp: type[enum.Enum], conv: cattrs.Converter) -> Any:
    values = [m.value for m in tp]

    def structure(value: object, _: type) -> enum.Enum:
        for member in tp:
            if type(value) is type(member.value) and member.value == value:
                return member
        raise _Leaf(f"one of {values}", value)

    return structure


def _is_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _attrs_structure_factory(tp: type[Any], conv: cattrs.Converter) -> Any:
    inner = make_dict_structure_fn(tp, conv, _cattrs_forbid_extra_keys=True)

    def structure(value: object, cls: type) -> Any:
        if not isinstance(value, dict):
            raise _Leaf(f"an object ({tp.__name__})", value)
        return inner(value, cls)

    return structure


def _attrs_unstructure_factory(tp: type[Any], conv: cattrs.Converter) -> Any:
    return make_dict_unstructure_fn(tp, conv, _cattrs_omit_if_default=True)


def make_converter() -> cattrs.Converter:
    """A new strict converter configured for foilib's model types."""
    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(dt.datetime, _datetime)
    conv.register_structure_hook(dt.date, _date)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook_func(_is_tuple, lambda t: [conv.unstructure(i) for i in t])
    conv.register_structure_hook_factory(_is_tuple, lambda tp: _tuple_structure_factory(tp, conv))
    conv.register_structure_hook_factory(
        lambda tp: isinstance(tp, type) and issubclass(tp, enum.Enum),
        lambda tp: _enum_structure_factory(tp, conv),
    )
    conv.register_structure_hook_factory(_is_attrs, lambda tp: _attrs_structure_factory(tp, conv))
    conv.register_unstructure_hook_factory(
        _is_attrs, lambda tp: _attrs_unstructure_factory(tp, conv)
    )
    return conv


_CONVERTER = make_converter()


def check_model_class(cls: object, argument: str) -> None:
    """Raise :class:`ArgumentTypeError` unless ``cls`` is a foilib model class."""
    module = getattr(cls, "__module__", "")  # "foilib" once published (see _exports)
    if not (isinstance(cls, type) and attrs.has(cls) and module.partition(".")[0] == "foilib"):
        raise ArgumentTypeError(argument, cls, "a foilib model class such as foilib.Response")


def to_dict(obj: object) -> dict[str, Any]:
    """The JSON-ready dict form of a foilib object, with ``format_version`` first.

    Fields equal to their default are left out; keys follow the class's field order.
    """
    check_model_class(type(obj), "obj")
    body = _CONVERTER.unstructure(obj)
    return {"format_version": FORMAT_VERSION, **body}


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """The JSON text of a foilib object (deterministic: same object, same text)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent) + "\n"


def from_dict(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from its dict form; :class:`foilib.DeserializationError` if it is bad."""
    check_model_class(cls, "cls")
    if not isinstance(data, dict):
        raise DeserializationError(
            [("$", f"an object ({cls.__name__}), got {_describe(data)}")], data
        )
    body = dict(data)
    version = body.pop("format_version", None)
    if version is None:
        raise DeserializationError(
            [
                (
                    "$.format_version",
                    f"the document's format version (an integer 1..{FORMAT_VERSION}), missing",
                )
            ]
        )
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not 1 <= version <= FORMAT_VERSION
    ):
        raise DeserializationError(
            [
                (
                    "$.format_version",
                    f"a format version this foilib reads (1..{FORMAT_VERSION}), "
                    f"got {_describe(version)}",
                )
            ],
            version,
        )
    try:
        return _CONVERTER.structure(body, cls)
    except (ClassValidationError, IterableValidationError, _Leaf, FoilibError) as exc:
        found = _problems(exc, "$", body)
        raise DeserializationError([(p, m) for p, m, _ in found], found[0][2]) from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text; malformed JSON is a :class:`foilib.DeserializationError`."""
    check_model_class(cls, "cls")
    if not isinstance(text, (str, bytes)):
        raise ArgumentTypeError("text", text, "JSON text (str or bytes)")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise DeserializationError(
            [("$", f"an object without repeated keys, got {exc.key!r} twice")]
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DeserializationError([("$", f"well-formed JSON ({exc})")]) from None
    return from_dict(data, cls)


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _lookup(data: object, step: str | int) -> object:
    try:
        return data[step]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None


def _problems(exc: BaseException, path: str, data: object) -> list[tuple[str, str, object]]:
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = sorted(a.name for a in attrs.fields(exc.cl))
        return [
            (
                f"{path}.{key}",
                f"no such field in {exc.cl.__name__} (expected one of {allowed})",
                _lookup(data, key),
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, ClassValidationError | IterableValidationError):
        out: list[tuple[str, str, object]] = []
        for sub in exc.exceptions:
            step: str | int | None = None
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, IterableValidationNote):
                    step = note.index
                elif hasattr(note, "name"):
                    step = note.name
            if isinstance(step, int):
                out.extend(_problems(sub, f"{path}[{step}]", _lookup(data, step)))
            elif isinstance(step, str):
                out.extend(_problems(sub, f"{path}.{step}", _lookup(data, step)))
            else:
                out.extend(_problems(sub, path, data))
        return out
    if isinstance(exc, _Leaf):
        return [(path, f"{exc.expected}, got {_describe(exc.value)}", exc.value)]
    if isinstance(exc, KeyError):
        return [(path, "a value for this required field, missing", None)]
    if isinstance(exc, ValidationError):
        return [(f"{path}.{exc.field}", str(exc), exc.value)]
    if isinstance(exc, FoilibError):
        return [(path, str(exc), data)]
    return [(path, f"a valid value ({type(exc).__name__}: {exc})", data)]
