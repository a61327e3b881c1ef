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
import math
import re
import types
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


def _enum_table(tp: type[enum.Enum]) -> dict[tuple[type, object], enum.Enum]:
    """(type of the value, value) -> member: ``True`` never finds the member whose value is 1."""
    return {(type(m.value), m.value): m for m in tp}


def _enum_structure_factory(tp: type[enum.Enum], conv: cattrs.Converter) -> Any:
    values = [m.value for m in tp]
    table = _enum_table(tp)

    def structure(value: object, _: type) -> enum.Enum:
        try:
            return table[(type(value), value)]
        except (KeyError, TypeError):  # TypeError: an unhashable list or object
            raise _Leaf(f"one of {values}", value) from None

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
    """The JSON text of a foilib object (deterministic: same object, same text).

    ``indent`` is the number of spaces per level (default 2, the layout of the stored
    letters); ``indent=None`` writes the compact one-line form, about twice as fast (the
    standard library's C encoder), for corpora and JSON Lines. Returns the text with a final
    newline. Raises :class:`~foilib.ArgumentTypeError` for an ``indent`` that is not a
    non-negative int or ``None`` (``True`` is refused, not read as 1).
    """
    if indent is not None and (type(indent) is not int or indent < 0):
        raise ArgumentTypeError(
            "indent", indent, "None (compact) or a non-negative int number of spaces"
        )
    data = to_dict(obj)
    if indent is None:
        return _COMPACT(data) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


_COMPACT = json.JSONEncoder(ensure_ascii=False, indent=None).encode


def _version_problem(version: object) -> DeserializationError | None:
    if version is None:
        return DeserializationError(
            [
                (
                    "$.format_version",
                    f"the document's format version (an integer 1..{FORMAT_VERSION}), missing",
                )
            ]
        )
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION:
        return DeserializationError(
            [
                (
                    "$.format_version",
                    f"a format version this foilib reads (1..{FORMAT_VERSION}), "
                    f"got {_describe(version)}",
                )
            ],
            version,
        )
    return None


def from_dict(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from its dict form; :class:`foilib.DeserializationError` if it is bad.

    Returns the object. Raises :class:`~foilib.ArgumentTypeError` if ``cls`` is not a foilib
    model class and :class:`~foilib.DeserializationError` (naming the JSON path, the value
    and what was expected) for anything else.
    """
    check_model_class(cls, "cls")
    if not isinstance(data, dict):
        raise DeserializationError(
            [("$", f"an object ({cls.__name__}), got {_describe(data)}")], data
        )
    body = dict(data)
    problem = _version_problem(body.pop("format_version", None))
    if problem is not None:
        raise problem
    fast = _fast_hook(cls)
    if fast is not None:
        try:
            return fast(body)  # type: ignore[no-any-return]
        except Exception:  # any failure at all: the detailed path finds and names it
            pass
    try:
        return _CONVERTER.structure(body, cls)
    except (ClassValidationError, IterableValidationError, _Leaf, FoilibError) as exc:
        found = _problems(exc, "$", body)
        raise DeserializationError([(p, m) for p, m, _ in found], found[0][2]) from None
    except RecursionError:
        raise DeserializationError(
            [("$", "a document nested less deeply (Python's recursion limit was reached)")]
        ) from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text; malformed JSON is a :class:`foilib.DeserializationError`.

    ``text`` is a str, or bytes in UTF-8 (RFC 8259 §8.1; a leading byte order mark is
    ignored). Strict: objects with a repeated key, ``NaN``/``Infinity``, numbers that overflow
    or exceed Python's 4,300-digit limit, text in UTF-16 or UTF-32, and nesting beyond
    Python's recursion limit are all :class:`~foilib.DeserializationError` at ``$``; values of
    the wrong type are errors naming their JSON path (nothing is coerced).

    Returns the object. Raises :class:`~foilib.ArgumentTypeError` for a ``text`` that is not
    str or bytes or a ``cls`` that is not a foilib model class.
    """
    check_model_class(cls, "cls")
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text))
    elif not isinstance(text, str):
        raise ArgumentTypeError("text", text, "JSON text (str or bytes)")
    if text.startswith("\ufeff"):
        text = text[1:]
    fast = _fast_hook(cls, pairs=True)
    if fast is not None:
        try:
            pairs = _loads_pairs(text)
            if type(pairs) is tuple:
                body = dict(pairs)
                version = body.pop("format_version", None)
                if (
                    len(body) + 1 == len(pairs)
                    and type(version) is int
                    and 1 <= version <= FORMAT_VERSION
                ):
                    return fast(tuple(body.items()))  # type: ignore[no-any-return]
        except Exception:  # any failure at all: the detailed path finds and names it
            pass
    try:
        data = _loads(text)
    except _DuplicateKey as exc:
        raise DeserializationError(
            [("$", f"an object without repeated keys, got {exc.key!r} twice")]
        ) from None
    except _NotJSON as exc:
        raise DeserializationError([("$", f"standard JSON numbers, got {exc.args[0]}")]) from None
    except json.JSONDecodeError as exc:
        raise DeserializationError([("$", f"well-formed JSON ({exc})")]) from None
    except RecursionError:
        raise DeserializationError(
            [("$", "JSON nested less deeply (Python's recursion limit was reached)")]
        ) from None
    except ValueError as exc:  # e.g. an integer over sys.get_int_max_str_digits() digits
        raise DeserializationError([("$", f"JSON numbers Python can read ({exc})")]) from None
    return from_dict(data, cls)


def _decode(raw: bytes) -> str:
    if raw[:3] == b"\xef\xbb\xbf":
        raw = raw[3:]
    elif raw[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(raw) >= 2 and (not raw[0] or not raw[1])):
        raise DeserializationError(
            [("$", "JSON text in UTF-8, got UTF-16 or UTF-32 (save the file as UTF-8)")]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeserializationError([("$", f"JSON text in UTF-8 ({exc})")]) from None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NotJSON(Exception):
    """``NaN``, ``Infinity`` or a number too large for a float: not JSON (RFC 8259 §6)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


def _constant(name: str) -> Any:
    raise _NotJSON(name)


def _float(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise _NotJSON(text if len(text) <= 40 else text[:37] + "...")
    return value


_loads = json.JSONDecoder(
    object_pairs_hook=_no_duplicates, parse_constant=_constant, parse_float=_float
).decode
#: The fast path's parser: objects as tuples of pairs (no Python call per object).
_loads_pairs = json.JSONDecoder(
    object_pairs_hook=tuple, parse_constant=_constant, parse_float=_float
).decode


# --- the fast path: one compiled structure function per class ----------------------------
# Exactly as strict as the converter (stricter where it is cheap: exact types only); any
# failure at all falls back to the converter, which finds and names every problem.


class _NoFast(Exception):
    """A type the fast path does not handle: that class always takes the detailed path."""


_FAST: dict[tuple[Any, bool], Any] = {}


def _fast_hook(cls: type[Any], pairs: bool = False) -> Any:
    """The compiled structure function of ``cls``, or None if it must take the detailed path.

    With ``pairs``, JSON objects arrive as tuples of (key, value) pairs (``json.loads`` with
    ``object_pairs_hook=tuple``, all in C) and a repeated key makes the function fail.
    """
    try:
        return _FAST[cls, pairs]
    except KeyError:
        pass
    try:
        hook = _fast(cls, pairs)
    except _NoFast:
        hook = None
    except Exception:  # pragma: no cover - an unresolvable annotation: stay on the safe path
        hook = None
    _FAST[cls, pairs] = hook
    return hook


def _fast_str(value: object) -> str:
    if type(value) is not str:
        raise TypeError
    return value


def _fast_int(value: object) -> int:
    if type(value) is not int:
        raise TypeError
    return value


def _fast_bool(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError
    return value


def _fast_date(value: object) -> dt.date:
    return _date(value, dt.date)


def _fast_datetime(value: object) -> dt.datetime:
    return _datetime(value, dt.datetime)


def _fast(tp: Any, pairs: bool) -> Any:
    known = _FAST.get((tp, pairs))
    if known is not None:
        return known
    simple = {
        str: _fast_str,
        int: _fast_int,
        bool: _fast_bool,
        dt.date: _fast_date,
        dt.datetime: _fast_datetime,
    }
    if tp in simple:
        return simple[tp]
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        others = [a for a in args if a is not type(None)]
        if len(others) != 1 or len(args) != 2:
            raise _NoFast(tp)
        inner = _fast(others[0], pairs)

        def optional(value: object) -> Any:
            return None if value is None else inner(value)

        return optional
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise _NoFast(tp)
        item = _fast(args[0], pairs)

        def tuple_hook(value: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise TypeError
            return tuple(map(item, value))

        return tuple_hook
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        table = _enum_table(tp)

        def enum_hook(value: object) -> enum.Enum:
            return table[(type(value), value)]

        return enum_hook
    if _is_attrs(tp):
        return _fast_attrs(tp, pairs)
    raise _NoFast(tp)


_INLINE = {str: "str", bool: "bool", int: "int"}


def _fast_attrs(cls: type[Any], pairs: bool) -> Any:
    """Generate the structure function of an attrs class: plain fields (str, bool, int, their
    optional forms, tuples of str) are type-checked inline, the rest go through their hooks;
    then the class itself runs its validators."""
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name for f in fields):
        raise _NoFast(cls)
    hints = typing.get_type_hints(cls)
    hooks: dict[str, Any] = {}
    lines = [
        "def structure(value):",
        f"    if type(value) is not {'tuple' if pairs else 'dict'}:",
        "        raise TypeError",
        "    d = dict(value)",
    ]
    if pairs:
        lines += ["    if len(d) != len(value):", "        raise TypeError('a repeated key')"]
    lines += ["    if not d.keys() <= NAMES:", "        raise TypeError('an unknown key')"]
    complex_fields = []
    for f in fields:
        tp, name = hints[f.name], repr(f.name)
        args = typing.get_args(tp)
        optional = (
            len(args) == 2
            and type(None) in args
            and typing.get_origin(tp)
            in (
                typing.Union,
                types.UnionType,
            )
        )
        inner = next(a for a in args if a is not type(None)) if optional else tp
        if inner in _INLINE:
            check = f"type(v) is not {_INLINE[inner]}"
            if optional:
                check = f"v is not None and {check}"
            lines += [
                f"    if {name} in d:",
                f"        v = d[{name}]",
                f"        if {check}:",
                "            raise TypeError",
            ]
        elif typing.get_origin(tp) is tuple and typing.get_args(tp) == (str, Ellipsis):
            lines += [
                f"    if {name} in d:",
                f"        v = d[{name}]",
                "        if type(v) is not list or not set(map(type, v)) <= STR:",
                "            raise TypeError",
                f"        d[{name}] = tuple(v)",
            ]
        else:
            complex_fields.append(f.name)
            lines += [f"    if {name} in d:", f"        d[{name}] = H[{name}](d[{name}])"]
    lines.append("    return cls(**d)")
    namespace: dict[str, Any] = {
        "cls": cls,
        "H": hooks,
        "NAMES": frozenset(f.name for f in fields),
        "STR": {str},
    }
    exec("\n".join(lines), namespace)
    hook = namespace["structure"]
    _FAST[cls, pairs] = hook  # before the fields: a class may contain itself (RequestPart)
    try:
        for name in complex_fields:
            hooks[name] = _fast(hints[name], pairs)
    except BaseException:
        del _FAST[cls, pairs]
        raise
    return hook


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
