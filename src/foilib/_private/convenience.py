"""The calls people reach for first: ``due_date``, ``is_working_day``; enum values as text.

Wherever foilib expects an enum member it also accepts the member's exact value string
(``"foisa"``, ``"provided"``, ``"northern-ireland"``), as JSON and the command line do;
:func:`coerce_enum` is that rule, applied by every public function that takes an enum.
Nothing else is coerced: a wrong string is refused with the same clear error as before.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .errors import ArgumentError, ArgumentTypeError
from .regimes import Regime

__all__ = ["accept_values", "coerce_enum", "due_date", "enum_or_value", "is_working_day"]

E = TypeVar("E", bound=enum.Enum)


def enum_or_value(kind: type[E], value: object) -> E | object:
    """``kind(value)`` if ``value`` is the exact value string of a member, else ``value``.

    For attrs converters: what is not a member's exact value passes through unchanged, so
    the field's validator refuses it with its usual message.
    """
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        for member in kind:
            if member.value == value:
                return member
    return value


def coerce_enum(kind: type[E], argument: str, value: object) -> E:
    """``value`` as a member of ``kind``: a member, or a member's exact value string.

    Raises:
        ArgumentError: ``value`` is a string but no member's value.
        ArgumentTypeError: ``value`` is neither a member nor a string.
    """
    if isinstance(value, kind):
        return value
    names = ", ".join(repr(m.value) for m in kind)
    if isinstance(value, str):
        member = enum_or_value(kind, value)
        if isinstance(member, kind):
            return member
        raise ArgumentError(argument, value, f"a foilib.{kind.__name__} or one of {names}")
    raise ArgumentTypeError(argument, value, f"a foilib.{kind.__name__} or one of {names}")


def due_date(
    received: dt.date, regime: Regime | str = Regime.FOIA, days: int | None = None
) -> dt.date:
    """The day a response to a request received on ``received`` is due.

    ``days`` working days (the regime's definition) following ``received``, which itself
    never counts; when ``days`` is None, the regime's statutory period for compliance
    (20 working days: FOIA s.10(1), EIR reg.5(2), FOISA s.10(1), EISR reg.5(2)), read from
    the law data. ``regime`` is a :class:`foilib.Regime` or its value (``"foisa"``).

    This is the basic statutory date only; :meth:`foilib.Case.timeline` applies
    clarification, fees, extensions and the other rules of a real case.

    Returns:
        a ``datetime.date``.

    Raises:
        ArgumentTypeError: ``received`` is not a date, ``days`` not an int, ``regime`` not
            a regime.
        ArgumentError: a negative ``days`` or an unknown regime name.
        CalendarRangeError: the date or the result lies outside 2000-2099.

    >>> import datetime as dt, foilib
    >>> foilib.due_date(dt.date(2026, 11, 25))
    datetime.date(2026, 12, 24)
    >>> foilib.due_date(dt.date(2026, 3, 16), "foisa")  # Easter Monday works in Scotland
    datetime.date(2026, 4, 14)
    >>> foilib.due_date(dt.date(2026, 11, 25), days=40)
    datetime.date(2027, 1, 27)
    """
    from .law import DayUnit, law
    from .workdays import add_working_days

    regime = coerce_enum(Regime, "regime", regime)
    if days is None:
        period = law(regime).response
        if period.unit is not DayUnit.WORKING_DAYS:  # pragma: no cover - law data shape
            raise ArgumentError("days", days, "a number of working days for this regime")
        days = period.length
    return add_working_days(received, days, regime)


def is_working_day(d: dt.date, regime: Regime | str = Regime.FOIA) -> bool:
    """True if ``d`` is a working day under ``regime`` (FOIA s.10(6), FOISA s.73, ...).

    Raises:
        ArgumentTypeError: ``d`` is not a date (a ``datetime`` is refused).
        CalendarRangeError: ``d`` lies outside 2000-2099.

    >>> import datetime as dt, foilib
    >>> foilib.is_working_day(dt.date(2026, 11, 30))  # St Andrew's Day, a Scottish holiday
    False
    >>> foilib.is_working_day(dt.date(2026, 4, 6), "foisa")  # Easter Monday works in Scotland
    True
    """
    from .workdays import working_day_calendar

    return working_day_calendar(coerce_enum(Regime, "regime", regime)).is_working_day(d)


def _enum_converter(kind: type[enum.Enum]) -> Callable[[object], object]:
    by_value = {m.value: m for m in kind}

    def convert(value: object) -> object:
        if type(value) is str:
            return by_value.get(value, value)
        return value

    return convert


def _tuple_converter(item: Callable[[object], object] | None) -> Callable[[object], object]:
    def convert(value: object) -> object:
        if type(value) is list:
            value = tuple(value)
        if item is not None and type(value) is tuple:
            return tuple(item(v) for v in value)
        return value

    return convert


def _enum_in(text: str, namespace: dict[str, Any]) -> type[enum.Enum] | None:
    for name in text.replace(" ", "").split("|"):
        kind = namespace.get(name)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind
    return None


def accept_values(cls: type[Any], fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: enum fields take their exact value strings, tuple
    fields take lists (stored as tuples; items of enum type take value strings too).

    Applied by the model classes' decorators; the fields' validators still refuse anything
    else with their usual message.
    """
    namespace = vars(sys.modules[cls.__module__])
    out = []
    for field in fields:
        text = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
        converter: Callable[[object], object] | None = None
        if field.converter is None and isinstance(text, str):
            if text.startswith("tuple["):
                inner = text[len("tuple[") :].rsplit(",", 1)[0]
                kind = _enum_in(inner, namespace)
                converter = _tuple_converter(_enum_converter(kind) if kind else None)
            else:
                kind = _enum_in(text, namespace)
                if kind is not None:
                    converter = _enum_converter(kind)
        if converter is not None:
            # What __init__ (and so help()) shows the field accepts.
            extra = "list" if text.startswith("tuple[") else "str"
            converter.__annotations__ = {"value": f"{text} | {extra}", "return": text}
        out.append(field.evolve(converter=converter) if converter else field)
    return out
