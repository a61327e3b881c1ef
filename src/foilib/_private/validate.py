"""Small attrs validators that raise foilib errors naming class, field, value and expectation."""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs

from .errors import FieldTypeError, ValidationError

__all__ = [
    "aware_datetime",
    "boolean",
    "date_only",
    "encodable",
    "enum_member",
    "instance",
    "invisible_in",
    "label",
    "optional",
    "repeated",
    "spec_of",
    "text",
    "tuple_of",
    "visible",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: What a validator checks, as data, for code that checks the same thing faster (the
#: fast JSON reader in ``serialise``): ``("text", nonempty)``, ``("label",)``,
#: ``("bool",)``, ``("date",)``, ``("aware",)``, ``("int", low, high)``,
#: ``("pattern", compiled)`` (a str the compiled pattern fullmatches, nothing else checked),
#: ``("enum", kind)``, ``("instance", kind)``, ``("optional", inner)``,
#: ``("tuple", item, nonempty, unique)``, or ``("also", spec, validator)``: what ``spec``
#: describes, then ``validator`` itself (not called for an empty tuple when it has an
#: ``empty_ok`` attribute set true). A validator without a spec is only ever called.
#: A spec must describe exactly what its validator accepts.
Spec = tuple[Any, ...]


def spec_of(validator: object) -> Spec | None:
    """The :data:`Spec` of ``validator``, or None when it has none."""
    return getattr(validator, "spec", None)


def _with_spec(validator: Any, spec: Spec | None) -> Any:
    if spec is not None:
        validator.spec = spec
    return validator


def _cls(inst: object) -> str:
    return type(inst).__name__


_ENCODABLE = "text without lone surrogates (every character must be encodable as UTF-8)"


def encodable(value: str) -> bool:
    """True unless ``value`` holds a lone surrogate (``"\\ud800"``), which no UTF-8 file,
    terminal or JSON writer can take."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: The Unicode categories of characters that show nothing: controls (Cc: NUL, tab, line
#: breaks) and format characters (Cf: zero-width space U+200B, joiners U+200C/U+200D, word
#: joiner U+2060, byte order mark U+FEFF, soft hyphen U+00AD).
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})


def visible(value: str) -> bool:
    """True when ``value`` holds a character that is not whitespace (``str.isspace``), not
    a control (Unicode category Cc) and not a format character (Cf): the rule of non-empty
    text. A zero-width joiner inside a word or an emoji sequence is fine; text made only of
    them is not. Raises AttributeError for a value that is not a str."""
    category = unicodedata.category
    for c in value:  # noqa: SIM110 - a loop: no generator per call
        if not c.isspace() and category(c) not in INVISIBLE_CATEGORIES:
            return True
    return False


def _hidden_start(value: str) -> bool:
    """False when the first character of ``value`` (not empty) is visible for sure: printable
    and not a space (a letter, mark, number, punctuation or symbol)."""
    return value[0] <= " " or not value[0].isprintable()


def invisible_in(value: str) -> bool:
    """True when ``value`` holds a control (Cc) or format (Cf) character: what a label may
    not hold."""
    if value.isprintable():
        return False
    category = unicodedata.category
    return any(category(c) in INVISIBLE_CATEGORIES for c in value)


def text(*, nonempty: bool = True) -> Validator:
    """A ``str`` without lone surrogates; with ``nonempty``, one with a visible character
    (see :func:`visible`: not only whitespace, controls and format characters)."""

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise FieldTypeError(_cls(inst), att.name, value, "a str")
        # `not value or value.isspace()` is `not value.strip()` without copying the text
        if nonempty and (
            not value or value.isspace() or (_hidden_start(value) and not visible(value))
        ):
            raise ValidationError(_cls(inst), att.name, value, "a non-empty str")
        if not value.isascii() and not encodable(value):
            raise ValidationError(_cls(inst), att.name, value, _ENCODABLE)

    check.text = True  # type: ignore[attr-defined]  # optional() inlines it
    check.nonempty = nonempty  # type: ignore[attr-defined]
    return _with_spec(check, ("text", nonempty))  # type: ignore[no-any-return]


def label(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """A part label as written ("1", "2a", "iii"): non-empty, no outer spaces, no '/', no
    control or format character (no line break, NUL or zero-width space)."""
    if not isinstance(value, str):
        raise FieldTypeError(_cls(inst), att.name, value, "a str such as '1', '2a' or 'iii'")
    if not value or value != value.strip() or "/" in value or invisible_in(value):
        raise ValidationError(
            _cls(inst),
            att.name,
            value,
            "a label such as '1', '2a' or 'iii' "
            "(non-empty, no surrounding spaces, no '/', no control or format characters)",
        )
    if not encodable(value):
        raise ValidationError(_cls(inst), att.name, value, _ENCODABLE)


label.spec = ("label",)  # type: ignore[attr-defined]


def boolean(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """Exactly ``True`` or ``False`` (no 0/1, no strings)."""
    if not isinstance(value, bool):
        raise FieldTypeError(_cls(inst), att.name, value, "a bool")


boolean.spec = ("bool",)  # type: ignore[attr-defined]


def date_only(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """A ``datetime.date`` that is not a ``datetime``."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise FieldTypeError(_cls(inst), att.name, value, "a datetime.date (not a datetime)")


date_only.spec = ("date",)  # type: ignore[attr-defined]


def aware_datetime(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """A timezone-aware ``datetime.datetime``."""
    if not isinstance(value, dt.datetime):
        raise FieldTypeError(_cls(inst), att.name, value, "a timezone-aware datetime.datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            _cls(inst), att.name, value, "a timezone-aware datetime (naive datetimes are ambiguous)"
        )


aware_datetime.spec = ("aware",)  # type: ignore[attr-defined]


def enum_member(kind: type[enum.Enum]) -> Validator:
    """A member of ``kind`` (not its value)."""

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise FieldTypeError(_cls(inst), att.name, value, f"a foilib.{kind.__name__} member")

    return _with_spec(check, ("enum", kind))  # type: ignore[no-any-return]


def instance(kind: type[Any], what: str | None = None) -> Validator:
    """An instance of ``kind``."""

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise FieldTypeError(_cls(inst), att.name, value, what or f"a {kind.__name__}")

    check.kind = kind  # type: ignore[attr-defined]  # tuple_of() and optional() inline it
    return _with_spec(check, ("instance", kind))  # type: ignore[no-any-return]


def optional(inner: Validator) -> Validator:
    """``None`` or whatever ``inner`` accepts."""
    inner_spec = spec_of(inner)
    spec = None if inner_spec is None else ("optional", inner_spec)
    kind = getattr(inner, "kind", None)
    if kind is not None:  # the common case, without a second call

        def check_instance(inst: object, att: attrs.Attribute[Any], value: object) -> None:
            if value is not None and not isinstance(value, kind):
                inner(inst, att, value)

        return _with_spec(check_instance, spec)  # type: ignore[no-any-return]
    if getattr(inner, "text", False):
        nonempty = inner.nonempty  # type: ignore[attr-defined]

        def check_text(inst: object, att: attrs.Attribute[Any], value: object) -> None:
            if value is not None and (
                type(value) is not str
                or (
                    nonempty
                    and (
                        not value
                        or value.isspace()
                        or (_hidden_start(value) and not visible(value))
                    )
                )
                or not value.isascii()
            ):
                inner(inst, att, value)

        return _with_spec(check_text, spec)  # type: ignore[no-any-return]

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, att, value)

    return _with_spec(check, spec)  # type: ignore[no-any-return]


def repeated(items: tuple[Any, ...] | list[Any]) -> int:
    """The index of the first item equal to an earlier one (-1 when all are distinct)."""
    seen: set[Any] = set()
    for index, element in enumerate(items):
        if element in seen:
            return index
        seen.add(element)
    return -1


def _item(
    item: Validator, inst: object, att: attrs.Attribute[Any], element: Any, index: int
) -> None:
    """``item(inst, att, element)``, its error naming the element: ``parts[1]``."""
    try:
        item(inst, att, element)
    except ValidationError as exc:
        if exc.field != att.name:  # pragma: no cover - item validators name the field
            raise
        raise type(exc)(exc.cls, f"{att.name}[{index}]", exc.value, exc.expected) from None


def tuple_of(
    item: Validator, *, nonempty: bool = False, unique: bool = False, what: str = "items"
) -> Validator:
    """A ``tuple`` (not a list: the model is immutable) whose items pass ``item``."""

    kind = getattr(item, "kind", None)

    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise FieldTypeError(_cls(inst), att.name, value, f"a tuple of {what}")
        if nonempty and not value:
            raise ValidationError(_cls(inst), att.name, value, f"at least one of {what}")
        if kind is not None:
            for index, element in enumerate(value):
                if not isinstance(element, kind):
                    _item(item, inst, att, element, index)
        else:
            for index, element in enumerate(value):
                _item(item, inst, att, element, index)
        if unique and len(set(value)) != len(value):
            index = repeated(value)
            raise ValidationError(
                _cls(inst), f"{att.name}[{index}]", value[index], f"distinct {what}"
            )

    item_spec = spec_of(item)
    spec = None if item_spec is None else ("tuple", item_spec, nonempty, unique)
    return _with_spec(check, spec)  # type: ignore[no-any-return]
