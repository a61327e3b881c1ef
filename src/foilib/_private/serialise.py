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
import json.scanner
import math
import operator
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
from .validate import Spec, invisible_in, spec_of, visible

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

#: Fields renamed in Python whose JSON key stays the old name: {class name: {field: key}}.
#: ``to_dict``/``from_json`` and the converter (``configure_converter``) both use it, so
#: a Provision written by an earlier release reads back and has one JSON form.
_JSON_KEYS = {"Provision": {"ncnd_clauses": "ncnd", "source_url": "source"}}


def _json_key(cls_name: str, field: str) -> str:
    """The JSON key of a field (its name unless it was renamed)."""
    return _JSON_KEYS.get(cls_name, {}).get(field, field)


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


def _is_report(cls: type[Any]) -> bool:
    """Whether ``cls`` is one of foilib's results (a timeline and its parts, a finding)."""
    from .converter import _REPORTS, _named

    return bool(_named(_REPORTS)(cls))


def to_dict(obj: object) -> dict[str, Any]:
    """The JSON-ready dict form of a foilib object, with ``format_version`` first.

    Fields equal to their default are left out; keys follow the class's field order.
    """
    check_model_class(type(obj), "obj")
    if _is_report(type(obj)):  # a timeline or a finding: the form the CLI's --json prints
        from .converter import make_converter

        return {"format_version": FORMAT_VERSION, **make_converter().unstructure(obj)}
    body = _CONVERTER.unstructure(obj)
    keys = _JSON_KEYS.get(type(obj).__name__)
    if keys is not None:  # a renamed field keeps its old key (Provision.ncnd_clauses: "ncnd")
        body = {keys.get(k, k): v for k, v in body.items()}
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
    if _is_report(cls):  # reports are written, never read back: the converter says why
        from .converter import make_converter

        make_converter().structure(data, cls)
    if not isinstance(data, dict):
        raise DeserializationError(
            [("$", f"an object ({cls.__name__}), got {_describe(data)}")], data
        )
    body = dict(data)
    problem = _version_problem(body.pop("format_version", None))
    if problem is not None:
        raise problem
    keys = _JSON_KEYS.get(cls.__name__)
    if keys is not None:
        body = _fields_of_keys(body, cls, keys)
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


def _fields_of_keys(body: dict[str, Any], cls: type[Any], keys: dict[str, str]) -> dict[str, Any]:
    """``body`` with the JSON keys of renamed fields turned into the fields' names; a
    field's new name used as a key is an unknown key, as any other."""
    wrong = sorted(k for k in body if k in keys)
    if wrong:
        allowed = sorted(_json_key(cls.__name__, a.name) for a in attrs.fields(cls))
        expected = f"no such field in {cls.__name__} (expected one of {allowed})"
        raise DeserializationError([(f"$.{k}", expected) for k in wrong], body[wrong[0]])
    back = {key: field for field, key in keys.items()}
    return {back.get(k, k): v for k, v in body.items()}


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text; malformed JSON is a :class:`foilib.DeserializationError`.

    ``text`` is a str, or bytes in UTF-8 (RFC 8259 §8.1; a leading byte order mark is
    ignored). Strict: an object with a repeated key (named at the object's JSON path),
    ``NaN``/``Infinity`` and numbers that overflow or exceed Python's 4,300-digit limit (named
    at their path) are :class:`~foilib.DeserializationError`, and so are text in UTF-16 or
    UTF-32, malformed JSON and nesting beyond Python's recursion limit (at ``$``); values of
    the wrong type are errors naming their JSON path (nothing is coerced).

    Returns the object. Raises :class:`~foilib.ArgumentTypeError` for a ``text`` that is not
    str or bytes or a ``cls`` that is not a foilib model class.
    """
    # Classes hash and compare by identity: only model classes are ever stored.
    fast: tuple[Any, Any] | None = _ROOTS.get(cls) if type(cls) is type else None
    if fast is None:
        check_model_class(cls, "cls")
        if cls.__name__ in _JSON_KEYS or _is_report(cls):
            # JSON keys that are not field names, or a report: from_dict reads or refuses it
            fast = _NO_FAST
        else:
            fast = (
                _fast_hook(cls, pairs=True, root=True),
                _fast_hook(cls, pairs=True, root=True, clean=True),
            )
        if type(cls) is type:
            _ROOTS[cls] = fast
    # clean: no character of the text is a lone surrogate
    if isinstance(text, str):
        clean = text.isascii()  # O(1): a flag of the str
    elif isinstance(text, _BYTES):
        text = _decode(bytes(text))  # strict UTF-8 decoding makes no surrogates
        clean = True
    else:
        raise ArgumentTypeError("text", text, "JSON text (str or bytes)")
    if text.startswith("\ufeff"):
        text = text[1:]
    if fast[0] is not None:
        # With no backslash there is no escape ("\ud800") in the text either, so each
        # string of the document is a piece of the text: the clean hook skips checking
        # each one for a lone surrogate (which UTF-8 cannot encode).
        clean = clean and "\\" not in text
        try:
            return fast[clean](_parse_pairs(text))  # type: ignore[no-any-return]
        except Exception:  # any failure at all: the detailed path finds and names it
            pass
    try:
        data = _loads(text)
    except _DuplicateKey as exc:
        path, key = _where(text, repeated=True) or ("$", exc.key)
        raise DeserializationError(
            [(path, f"an object without repeated keys, got {key!r} twice")]
        ) from None
    except _NotJSON as exc:
        path = (_where(text, repeated=False) or ("$", ""))[0]
        raise DeserializationError([(path, f"standard JSON numbers, got {exc.args[0]}")]) from None
    except json.JSONDecodeError as exc:
        raise DeserializationError([("$", f"well-formed JSON ({exc})")]) from None
    except RecursionError:
        raise DeserializationError(
            [("$", "JSON nested less deeply (Python's recursion limit was reached)")]
        ) from None
    except ValueError as exc:  # e.g. an integer over sys.get_int_max_str_digits() digits
        path = (_where(text, repeated=False) or ("$", ""))[0]
        raise DeserializationError([(path, f"JSON numbers Python can read ({exc})")]) from None
    return from_dict(data, cls)


_BYTES = (bytes, bytearray)


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


class _Object(list):  # type: ignore[type-arg]
    """A JSON object read as its list of (key, value) pairs (see :func:`_where`)."""


class _Refused:
    """A value the strict reader refuses (``NaN``, a number too large), read by :func:`_where`."""


def _refused_float(text: str) -> Any:
    value = float(text)
    return _Refused() if value in (math.inf, -math.inf) else value


def _refused_int(text: str) -> Any:
    try:
        return int(text)
    except ValueError:  # over sys.get_int_max_str_digits() digits
        return _Refused()


_LENIENT = json.JSONDecoder(
    object_pairs_hook=_Object,
    parse_constant=lambda name: _Refused(),
    parse_float=_refused_float,
    parse_int=_refused_int,
).decode


def _where(text: str, repeated: bool) -> tuple[str, str] | None:
    """Where reading ``text`` failed, found by reading it again leniently: with
    ``repeated``, the JSON path of the first object (in document order, outer before inner)
    holding a repeated key, and that key; else the path of the first value refused (``NaN``,
    ``Infinity``, a number too large) and ``""``. None when the text cannot be read
    again. Only called once reading has failed, so reading is as fast as before."""
    try:
        data = _LENIENT(text)
    except (ValueError, RecursionError):  # a fault after the first one: stay at "$"
        return None
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, _Object):
            if repeated:
                seen: set[str] = set()
                for key, _ in node:
                    if key in seen:
                        return path, key
                    seen.add(key)
            stack.extend((f"{path}.{key}", value) for key, value in reversed(node))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", value) for i, value in reversed(list(enumerate(node))))
        elif isinstance(node, _Refused) and not repeated:
            return path, ""
    return None  # pragma: no cover - the strict reader found one


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
_PAIRS = json.JSONDecoder(object_pairs_hook=tuple, parse_constant=_constant, parse_float=_float)
_loads_pairs = _PAIRS.decode
#: The C scanner behind ``_PAIRS.decode`` (None without the C accelerator).
_scan_pairs: Any = (lambda make: make(_PAIRS) if make else None)(
    getattr(json.scanner, "c_make_scanner", None)
)


def _parse_pairs(text: str) -> Any:
    """``_loads_pairs(text)`` without the decoder's Python layers (its two whitespace
    matches) for a text that starts with ``{``, as written; raises on anything that is not
    one JSON value with JSON whitespace after it (the caller then takes the detailed path)."""
    if _scan_pairs is None or text[:1] != "{":
        return _loads_pairs(text)
    value, end = _scan_pairs(text, 0)
    if end != len(text) and text[end:].strip(" \t\n\r"):
        raise ValueError("extra data after the JSON value")
    return value


# --- the fast path: one compiled structure function per class ----------------------------
# Exactly as strict as the converter (stricter where it is cheap: exact types only); any
# failure at all falls back to the converter, which finds and names every problem.


class _NoFast(Exception):
    """A type the fast path does not handle: that class always takes the detailed path."""


_FAST: dict[tuple[Any, bool, bool], Any] = {}
#: from_json's structure functions (checking strings for lone surrogates, and not) of each
#: model class it was given (None: no fast path).
_ROOTS: dict[Any, tuple[Any, Any]] = {}
_NO_FAST: tuple[Any, Any] = (None, None)


def _fast_hook(
    cls: type[Any], pairs: bool = False, *, root: bool = False, clean: bool = False
) -> Any:
    """The compiled structure function of ``cls``, or None if it must take the detailed path.

    With ``pairs``, JSON objects arrive as tuples of (key, value) pairs (``json.loads`` with
    ``object_pairs_hook=tuple``, all in C) and a repeated key makes the function fail. With
    ``root``, the object also holds ``format_version``, which must be one this release reads.
    With ``clean`` (and ``pairs``), the caller has made sure that no string in the document
    holds a lone surrogate, and strings are not checked for one.
    """
    clean = clean and pairs
    if root:
        try:
            if _fast_hook(cls, pairs, clean=clean) is None:
                return None
            return _fast_attrs(cls, pairs, clean, root=True)
        except Exception:  # pragma: no cover - as below
            return None
    try:
        return _FAST[cls, pairs, clean]
    except KeyError:
        pass
    try:
        hook = _fast(cls, pairs, clean)
    except _NoFast:
        hook = None
    except Exception:  # pragma: no cover - an unresolvable annotation: stay on the safe path
        hook = None
    _FAST[cls, pairs, clean] = hook
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


def _fast(tp: Any, pairs: bool, clean: bool = False) -> Any:
    known = _FAST.get((tp, pairs, clean))
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
        inner = _fast(others[0], pairs, clean)

        def optional(value: object) -> Any:
            return None if value is None else inner(value)

        return optional
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise _NoFast(tp)
        item = _fast(args[0], pairs, clean)

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
        return _fast_attrs(tp, pairs, clean)
    raise _NoFast(tp)


def _optional_of(tp: Any) -> Any:
    """``X`` for ``X | None`` (either spelling), else None."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        others = [a for a in args if a is not type(None)]
        if len(args) == 2 and len(others) == 1:
            return others[0]
    return None


_STRICT = {str: "str", bool: "bool", int: "int"}


class _Gen:
    """Builds the lines of one generated structure function and the names they use."""

    def __init__(self, pairs: bool, clean: bool) -> None:
        self.pairs = pairs
        self.clean = clean
        self.namespace: dict[str, Any] = {
            "TypeError": TypeError,
            "DATE": _DATE.fullmatch,
            "FROMISO": dt.date.fromisoformat,
            "VISIBLE": visible,
            "INVISIBLE_IN": invisible_in,
            "FIRST": operator.itemgetter(0),
        }
        self.later: list[tuple[str, Any]] = []  # (name, type): hooks bound once generated

    def name(self, prefix: str, value: Any) -> str:
        key = f"{prefix}{len(self.namespace)}"
        self.namespace[key] = value
        return key

    def hook(self, tp: Any) -> str:
        key = self.name("H", None)
        self.later.append((key, tp))
        return key

    def value(self, tp: Any, spec: Spec | None, pad: str) -> tuple[list[str], bool]:
        """Lines turning the JSON value ``v`` into a ``tp`` in ``v`` (raising on anything
        wrong), and whether they also make every check ``spec`` describes."""
        inner = _optional_of(tp)
        if inner is not None:
            inner_spec = spec[1] if spec is not None and spec[0] == "optional" else None
            lines, implied = self.value(inner, inner_spec, pad + "    ")
            if not lines:
                return [], implied and inner_spec is not None
            return [f"{pad}if v is not None:", *lines], implied and inner_spec is not None
        sp: Spec = spec if spec is not None else ("none",)
        kind = sp[0]
        if tp in _STRICT:
            test = f"type(v) is not {_STRICT[tp]}"
            implied = kind == "bool" and tp is bool
            # str.encode raises UnicodeEncodeError on a lone surrogate (the detailed path
            # then names it); it is only reached for a str that is not ASCII (never empty)
            unpaired = "" if self.clean else " or not v.isascii() and not v.encode()"
            if tp is str and kind == "text":
                # isspace() raises for a value that is not a str; visible() is called only
                # for text whose first character is a space, a control or not printable
                nonempty = (
                    "not v or v.isspace()"
                    " or (v[0] <= ' ' or not v[0].isprintable()) and not VISIBLE(v)"
                )
                if sp[1] and self.pairs:
                    # A JSON value that is not a str is falsy or has no isspace (an error)
                    test = nonempty
                elif sp[1]:
                    test += " or " + nonempty
                test += unpaired
                implied = True
            elif tp is str and kind == "label":
                test += " or not v or v != v.strip() or '/' in v"
                test += " or not v.isprintable() and INVISIBLE_IN(v)"
                test += unpaired
                implied = True
            elif tp is str and kind == "pattern":
                # the validator checks nothing else (a match of these patterns is ASCII)
                test = f"type(v) is not str or not {self.name('M', sp[1].fullmatch)}(v)"
                implied = True
            elif tp is int and kind == "int":
                test += f" or not {int(sp[1])} <= v <= {int(sp[2])}"
                implied = True
            return [f"{pad}if {test}:", f"{pad}    raise TypeError"], implied
        if typing.get_origin(tp) is tuple:
            args = typing.get_args(tp)
            if len(args) != 2 or args[1] is not Ellipsis:
                raise _NoFast(tp)
            item_spec = sp[1] if kind == "tuple" else None
            unique_checked = False
            lines = [f"{pad}if type(v) is not list:", f"{pad}    raise TypeError"]
            item = args[0]
            if item is str and item_spec is not None and item_spec[0] == "text":
                if item_spec[1]:
                    # str.strip of a non-str raises; "" or spaces strip to "". Items whose
                    # first characters are printable and not spaces are visible; others are
                    # checked one by one.
                    lines += [
                        f"{pad}if not all(map(str.strip, v)):",
                        f"{pad}    raise TypeError",
                        f"{pad}f = ''.join(map(FIRST, v))",
                        f"{pad}if not (f.isprintable() and ' ' not in f)"
                        " and not all(map(VISIBLE, v)):",
                        f"{pad}    raise TypeError",
                    ]
                if not self.clean:
                    lines += [
                        f"{pad}j = ''.join(v)",  # a TypeError for any item that is not a str
                        f"{pad}if not j.isascii():",
                        f"{pad}    j.encode()",  # UnicodeEncodeError on a lone surrogate
                    ]
                elif not item_spec[1]:
                    lines.append(f"{pad}''.join(v)")  # a TypeError for any item not a str
                lines.append(f"{pad}v = tuple(v)")
                implied = True
            elif item is str and item_spec is not None and item_spec[0] == "pattern":
                # fullmatch raises TypeError for an item that is not a str
                match = self.name("M", item_spec[1].fullmatch)
                lines += [
                    f"{pad}if not all(map({match}, v)):",
                    f"{pad}    raise TypeError",
                    f"{pad}v = tuple(v)",
                ]
                implied = True
            elif item is str:
                lines += [
                    f"{pad}if not set(map(type, v)) <= STR:",
                    f"{pad}    raise TypeError",
                    f"{pad}v = tuple(v)",
                ]
                self.namespace["STR"] = {str}
                implied = False
            elif _is_enum(item) and self.pairs and all(type(m.value) is str for m in item):
                # as for one member below: only a str equals a str
                table = self.name("G", {m.value: m for m in item}.__getitem__)
                if kind == "tuple" and sp[3]:
                    # distinct values are distinct members (each value names one), and
                    # the values' str hashes are cached where Enum.__hash__ is Python
                    lines += [f"{pad}if len(set(v)) != len(v):", f"{pad}    raise TypeError"]
                    unique_checked = True
                lines.append(f"{pad}v = tuple(map({table}, v))")
                implied = item_spec is not None and _made_by_hook(item, item_spec)
            else:
                lines.append(f"{pad}v = tuple(map({self.hook(item)}, v))")
                implied = item_spec is not None and _made_by_hook(item, item_spec)
            if kind == "tuple":
                if sp[2]:
                    lines += [f"{pad}if not v:", f"{pad}    raise TypeError"]
                if sp[3] and not unique_checked:
                    lines += [f"{pad}if len(set(v)) != len(v):", f"{pad}    raise TypeError"]
            return lines, implied and kind == "tuple"
        if _is_enum(tp):
            implied = spec is not None and _made_by_hook(tp, spec)
            if all(type(m.value) is str for m in tp) and self.pairs:
                # Of the values json.loads makes, only a str equals a str
                table = self.name("T", {m.value: m for m in tp})
                return [f"{pad}v = {table}[v]"], implied
            # (type, value) -> member: True never finds the member whose value is 1
            table = self.name("T", _enum_table(tp))
            return [f"{pad}v = {table}[type(v), v]"], implied
        if tp is dt.date:  # as _fast_date, without its two calls
            return [
                f"{pad}if type(v) is not str or not DATE(v):",
                f"{pad}    raise TypeError",
                f"{pad}v = FROMISO(v)",  # ValueError for a date no calendar has
            ], spec is not None and _made_by_hook(tp, spec)
        if tp is dt.datetime or _is_attrs(tp):
            return [f"{pad}v = {self.hook(tp)}(v)"], spec is not None and _made_by_hook(tp, spec)
        raise _NoFast(tp)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _made_by_hook(tp: Any, spec: Spec) -> bool:
    """True when every value the fast hook of ``tp`` returns passes what ``spec`` checks."""
    kind = spec[0]
    if kind == "instance" or kind == "enum":
        return isinstance(tp, type) and issubclass(tp, spec[1])
    if kind == "date":  # the hook returns a date, never a datetime
        return tp is dt.date
    if kind == "aware":  # the hook's pattern requires a UTC offset
        return tp is dt.datetime
    return False


_IDENTITY_CONVERTERS = frozenset(
    {"_enum_converter.<locals>.convert", "_tuple_converter.<locals>.convert"}
)


def _converter_is_identity(converter: Any) -> bool:
    """The converters of ``accept_values`` return enum members and tuples as they are given
    (a tuple of members as an equal tuple): all the fast path ever passes them."""
    return (
        getattr(converter, "__module__", None) == "foilib._private.convenience"
        and getattr(converter, "__qualname__", None) in _IDENTITY_CONVERTERS
    )


def _slot_setter(cls: type[Any], name: str) -> Any:
    """The ``__set__`` of the slot ``name``: what ``object.__setattr__`` (and so the attrs
    ``__init__`` of a frozen class) calls, without the look-up."""
    for klass in cls.__mro__:
        if name in vars(klass):
            slot = vars(klass)[name]
            if isinstance(slot, types.MemberDescriptorType):
                return slot.__set__
            break
    raise _NoFast(cls)


def _fast_attrs(cls: type[Any], pairs: bool, clean: bool, root: bool = False) -> Any:
    """Generate the structure function of an attrs class.

    It checks the keys, turns each JSON value into its field's type, makes inline every
    check the field's validator's :data:`~foilib._private.validate.Spec` describes (and
    calls the validator itself where it has no spec, or only part of one), sets the fields
    on a new instance as the attrs ``__init__`` does and runs ``__attrs_post_init__``. It
    never accepts what the class's ``__init__`` refuses; what it refuses goes to the
    detailed path, which calls ``__init__`` and names the problem.
    """
    fields = attrs.fields(cls)
    init = getattr(cls.__init__, "__code__", None)
    if (
        any(not f.init or f.alias != f.name for f in fields)
        or init is None
        or not init.co_filename.startswith("<attrs generated")
        or hasattr(cls, "__attrs_pre_init__")
        or getattr(cls, "__attrs_cached_hash__", None) is not None
        or "__attrs_cached_hash__" in getattr(cls, "__slots__", ())
    ):
        raise _NoFast(cls)
    hints = typing.get_type_hints(cls)
    gen = _Gen(pairs, clean)
    gen.namespace.update({"cls": cls, "NEW": object.__new__, "NEXT": next, "END": (None, None)})
    # With pairs, two functions: ``structure`` reads the pairs in the order of the fields
    # (the order to_json writes, absent fields skipped) without making a dict; at the
    # first key out of that order (a key moved, unknown or repeated, a required one
    # missing) it hands the pairs to ``structure_dict``, which looks each field up in a
    # dict of them and checks the keys. Both make the same checks of each value.
    seq = ["def structure(value):", "    if type(value) is not tuple:", "        raise TypeError"]
    # A class whose fields are all required (Passage) takes its pairs by index: no iterator
    fixed = not root and all(f.default is attrs.NOTHING for f in fields)
    if fixed:
        seq += [f"    if len(value) != {len(fields)}:", "        return structure_dict(value)"]
        seq.append("    key, v = value[0]")
    else:
        seq += ["    it = iter(value)", "    key, v = NEXT(it, END)"]
    if root:
        seq += [
            "    if key != 'format_version':",
            "        return structure_dict(value)",
            "    if type(v) is not int or v not in VERSIONS:",
            "        raise TypeError('format_version')",
            "    key, v = NEXT(it, END)",
        ]
    seq.append("    self = NEW(cls)")
    lines = [
        f"def {'structure_dict' if pairs else 'structure'}(value):",
        f"    if type(value) is not {'tuple' if pairs else 'dict'}:",
        "        raise TypeError",
    ]
    if pairs:
        lines += [
            "    d = dict(value)",
            "    if len(d) != len(value):",
            "        raise TypeError('a repeated key')",
        ]
    else:
        lines.append("    d = dict(value)" if root else "    d = value")
    gen.namespace["VERSIONS"] = range(1, FORMAT_VERSION + 1)
    if root:
        lines += [
            "    version = d.pop('format_version', None)",
            "    if type(version) is not int or version not in VERSIONS:",
            "        raise TypeError('format_version')",
        ]
    # Unknown keys: every required field's key is in ``d`` (else KeyError) and ``k``
    # counts the others found, so ``len(d) == k`` exactly when ``d`` has no other key.
    lines += ["    self = NEW(cls)", f"    k = {sum(f.default is attrs.NOTHING for f in fields)}"]
    calls: list[str] = []
    probe = object.__new__(cls)
    for f in fields:
        if f.converter is not None and not _converter_is_identity(f.converter):
            raise _NoFast(cls)
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            raise _NoFast(cls)
        spec = spec_of(f.validator) if f.validator is not None else None
        also = None
        if spec is not None and spec[0] == "also":
            spec, also = spec[1], spec[2]
        body, implied = gen.value(hints[f.name], spec, "        ")
        name = repr(f.name)
        setter = gen.name("S", _slot_setter(cls, f.name))
        if f.default is attrs.NOTHING:
            lines += [f"    v = d[{name}]", *(b[4:] for b in body)]
            seq += [f"    if key != {name}:", "        return structure_dict(value)"]
            seq += [*(b[4:] for b in body), f"    {setter}(self, v)"]
            if not fixed:
                seq.append("    key, v = NEXT(it, END)")
            elif f is not fields[-1]:
                seq.append(f"    key, v = value[{fields.index(f) + 1}]")
        else:
            default = gen.name("D", f.default)
            lines += [f"    if {name} in d:", f"        v = d[{name}]", "        k += 1", *body]
            lines += ["    else:", f"        v = {default}"]
            seq += [f"    if key == {name}:", *body, f"        {setter}(self, v)"]
            seq += [
                "        key, v = NEXT(it, END)",
                "    else:",
                f"        {setter}(self, {default})",
            ]
            if f.validator is not None:  # attrs checks defaults too: check this one now
                f.validator(probe, f, f.default)
        lines.append(f"    {setter}(self, v)")
        call = f.validator if not implied else also
        if call is not None:  # the validator itself, or the part its spec leaves out
            check = f"{gen.name('V', call)}(self, {gen.name('A', f)}, self.{f.name})"
            if call is also and getattr(also, "empty_ok", False):  # () passes: no call
                calls += [f"    if self.{f.name}:", f"        {check}"]
            else:
                calls.append(f"    {check}")
    lines += ["    if len(d) != k:", "        raise TypeError('an unknown key')"]
    if not fixed:  # a key left over: unknown, repeated or out of order
        seq += ["    if key is not None:", "        return structure_dict(value)"]
    if hasattr(cls, "__attrs_post_init__"):
        calls.append(f"    {gen.name('P', cls.__attrs_post_init__)}(self)")
    calls.append("    return self")
    lines += calls
    if pairs:
        lines += seq + calls
    code = compile("\n".join(lines), f"<foilib fast structure {cls.__qualname__}>", "exec")
    exec(code, gen.namespace)
    hook = gen.namespace["structure"]
    if root:  # the fields' hooks are those of the class's own structure function
        for key, tp in gen.later:
            gen.namespace[key] = _fast(tp, pairs, clean)
        return hook
    _FAST[cls, pairs, clean] = hook  # before the fields: a class may contain itself (RequestPart)
    try:
        for key, tp in gen.later:
            gen.namespace[key] = _fast(tp, pairs, clean)
    except BaseException:
        del _FAST[cls, pairs, clean]
        raise
    return hook


def _lookup(data: object, step: str | int) -> object:
    try:
        return data[step]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None


def _problems(exc: BaseException, path: str, data: object) -> list[tuple[str, str, object]]:
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = sorted(_json_key(exc.cl.__name__, a.name) for a in attrs.fields(exc.cl))
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
                key = (
                    _json_key(exc.cl.__name__, step)
                    if isinstance(exc, ClassValidationError)
                    else step
                )
                out.extend(_problems(sub, f"{path}.{key}", _lookup(data, step)))
            else:
                out.extend(_problems(sub, path, data))
        return out
    if isinstance(exc, _Leaf):
        return [(path, f"{exc.expected}, got {_describe(exc.value)}", exc.value)]
    if isinstance(exc, KeyError):
        return [(path, "a value for this required field, missing", None)]
    if isinstance(exc, ValidationError):  # field "parts[1]" or "answers[0].same_as"
        head, dot, rest = exc.field.partition(".")
        name, bracket, index = head.partition("[")
        key = _json_key(exc.cls, name) + bracket + index + dot + rest
        return [(f"{path}.{key}", str(exc), exc.value)]
    if isinstance(exc, FoilibError):
        return [(path, str(exc), data)]
    return [(path, f"a valid value ({type(exc).__name__}: {exc})", data)]
