"""Public cattrs converters for foilib types, in the shape of ``cattrs.preconf``.

``make_converter()`` returns a new :class:`cattrs.Converter` that turns foilib objects into
JSON-ready values and back exactly as :func:`foilib.to_dict` / :func:`foilib.from_dict` do
(strict: nothing coerced, unknown keys refused, dates as ``YYYY-MM-DD``), without the
``format_version`` envelope. ``configure_converter(converter)`` teaches an existing
converter the same for foilib types only, so a project can put foilib objects inside its
own attrs classes and dataclasses and keep its other hooks.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn

from . import serialise
from .errors import DeserializationError, FoilibError

__all__ = ["configure_converter", "make_converter"]


def _is_foilib_type(tp: Any) -> bool:
    if not isinstance(tp, type):
        return False
    from ._exports import origin

    module = origin(tp) or str(getattr(tp, "__module__", ""))
    return (attrs.has(tp) or issubclass(tp, enum.Enum)) and (
        module == "foilib" or module.startswith("foilib.")
    )


def _structure_errors(hook: Any, tp: type[Any]) -> Any:
    def structure(value: object, cls: type[Any]) -> Any:
        try:
            return hook(value, cls)
        except DeserializationError:
            raise
        except (Exception, FoilibError) as exc:
            problems = getattr(serialise, "_problems", None)
            if problems is None:  # pragma: no cover - only if serialise changes shape
                raise DeserializationError([("$", str(exc))], value) from None
            found = problems(exc, "$", value)
            raise DeserializationError([(p, m) for p, m, _ in found], found[0][2]) from None

    return structure


def configure_converter(converter: cattrs.Converter, *, omit_if_default: bool = True) -> None:
    """Configure ``converter`` to (un)structure foilib types as foilib's JSON form does.

    Only foilib's model classes and enums, ``datetime.date`` and ``datetime.datetime`` get
    hooks; every other hook of ``converter`` is left alone. With ``omit_if_default=False``
    fields equal to their default are written too (a stable shape for reports).

    Structuring a bad value raises :class:`foilib.DeserializationError` naming the JSON path.
    foilib's results (a ``Finding``, a ``Timeline`` with its deadlines, pauses and reasons)
    are written whole in their report form (citations as text), the form
    ``foilib check --json`` and ``foilib timeline --json`` print; renamed fields keep their
    JSON key (``Provision.ncnd_clauses`` is ``"ncnd"``, ``Provision.source_url`` is
    ``"source"``).

    Returns:
        ``None``: ``converter`` is changed in place.

    Raises:
        ArgumentTypeError: ``converter`` is not a :class:`cattrs.BaseConverter`.

    >>> import cattrs, datetime as dt, foilib
    >>> conv = cattrs.Converter()
    >>> foilib.configure_converter(conv)
    >>> conv.unstructure(foilib.RequestPart("1", "Do you hold it?"))
    {'label': '1', 'text': 'Do you hold it?'}
    >>> conv.structure({"label": "1", "text": "Do you hold it?"}, foilib.RequestPart)
    RequestPart(label='1', text='Do you hold it?', parts=(), restated=True)
    >>> conv.unstructure({"received": dt.date(2026, 11, 25)})
    {'received': '2026-11-25'}
    """
    if not isinstance(converter, cattrs.BaseConverter):
        from .errors import ArgumentTypeError

        raise ArgumentTypeError("converter", converter, "a cattrs.Converter")
    ref = serialise.make_converter()
    for tp in (dt.date, dt.datetime):
        converter.register_structure_hook(tp, _structure_errors(ref.get_structure_hook(tp), tp))
        converter.register_unstructure_hook(tp, ref.get_unstructure_hook(tp))
    converter.register_structure_hook_factory(
        _is_foilib_type, lambda tp: _structure_errors(ref.get_structure_hook(tp), tp)
    )
    if omit_if_default:
        converter.register_unstructure_hook_factory(
            _is_foilib_type, lambda tp: ref.get_unstructure_hook(tp)
        )
    else:
        full = serialise.make_converter()
        full.register_unstructure_hook_factory(
            lambda tp: _is_foilib_type(tp) and attrs.has(tp),
            lambda tp: make_dict_unstructure_fn(tp, full, _cattrs_omit_if_default=False),
        )
        converter.register_unstructure_hook_factory(
            _is_foilib_type, lambda tp: full.get_unstructure_hook(tp)
        )
    _configure_reports(converter, ref, ref if omit_if_default else full)


#: Fields renamed in Python whose JSON key stays the old name: {class name: {field: key}}.
_JSON_KEYS = serialise._JSON_KEYS

#: foilib's results, written as reports (never read back): {class name: (keys in order,
#: field renames)}. Every field is written; a citation as its text.
_REPORTS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "Reason": (("text", "citation", "source"), {}),
    "Deadline": (("kind", "date", "basis", "state", "met_on", "reasons"), {"_reasons": "reasons"}),
    "Pause": (("kind", "start", "end", "reason"), {}),
    "Timeline": (
        (
            "today",
            "status",
            "working_days_late",
            "calendar_days_late",
            "response_due_on",
            "warnings",
            "deadlines",
            "pauses",
        ),
        {},
    ),
    "Finding": (
        (
            "code",
            "severity",
            "message",
            "path",
            "parts",
            "provision",
            "provision_title",
            "law_on",
            "law_from",
        ),
        {"citation": "provision", "provision": "provision_title"},
    ),
}


#: Where each class named above lives (imported only once an object of that name is met).
_HOMES = {
    "Provision": "catalogue",
    "Reason": "clock",
    "Deadline": "clock",
    "Pause": "clock",
    "Timeline": "clock",
    "Finding": "checks",
}


def _named(names: Any) -> Any:
    """A predicate: one of foilib's classes named in ``names`` (that very class)."""

    def predicate(tp: Any) -> bool:
        if not (isinstance(tp, type) and tp.__name__ in names):
            return False
        import importlib

        home = importlib.import_module(f"{__package__}.{_HOMES[tp.__name__]}")
        return tp is getattr(home, tp.__name__)

    return predicate


def _configure_reports(
    converter: cattrs.BaseConverter, ref: cattrs.Converter, writer: cattrs.Converter
) -> None:
    """Hooks for renamed fields and for foilib's results, made on first use of each class.

    ``ref`` and ``writer`` are the converters whose structure and unstructure hooks
    ``converter`` delegates foilib's types to; a renamed field
    (``Provision.ncnd_clauses``) keeps its JSON key (``"ncnd"``). A result
    (a finding, a timeline and its deadlines, pauses and reasons) is a report: written
    whole, citations as text, keys in the order ``foilib check --json`` and
    ``foilib timeline --json`` print them.
    """

    def keep_keys_write(tp: type[Any]) -> Any:
        keys, write = _JSON_KEYS[tp.__name__], writer.get_unstructure_hook(tp)
        return lambda obj: {keys.get(k, k): v for k, v in write(obj).items()}

    def keep_keys_read(tp: type[Any]) -> Any:
        back = {key: field for field, key in _JSON_KEYS[tp.__name__].items()}
        read = _structure_errors(ref.get_structure_hook(tp), tp)

        def structure(value: object, cls: Any) -> Any:
            if isinstance(value, dict):
                value = {back.get(k, k): v for k, v in value.items()}
            return read(value, cls)

        return structure

    converter.register_unstructure_hook_factory(_named(_JSON_KEYS), keep_keys_write)
    converter.register_structure_hook_factory(_named(_JSON_KEYS), keep_keys_read)
    converter.register_unstructure_hook_factory(
        _named(_REPORTS), lambda tp: _report_hook(converter, tp)
    )
    converter.register_structure_hook_factory(_named(_REPORTS), _write_only)


def _write_only(tp: type[Any]) -> Any:
    """The structure hook of a report class: reports are written, never read back."""

    def structure(value: object, cls: Any) -> Any:
        raise DeserializationError(
            [
                (
                    "$",
                    f"a {tp.__name__} is a report foilib writes (foilib timeline --json, "
                    "foilib check --json) and cannot be read back; rebuild it from its "
                    "source (Case.timeline, foilib.check)",
                )
            ],
            value,
        )

    return structure


def _report_hook(converter: cattrs.BaseConverter, tp: type[Any]) -> Any:
    """The report form of one result class (see :data:`_REPORTS`)."""
    from cattrs.gen import override

    keys, renames = _REPORTS[tp.__name__]

    def text(citation: object) -> str | None:
        return None if citation is None else str(citation)

    special: dict[str, Any] = {
        "citation": text,
        "provision": lambda p: p.title,
        "_reasons": lambda r: [converter.unstructure(x) for x in r.get()],
    }
    overrides: dict[str, Any] = {
        a.name: override(rename=renames.get(a.name), unstruct_hook=special[a.name])
        for a in attrs.fields(tp)
        if a.name in special
    }
    made = make_dict_unstructure_fn(tp, converter, _cattrs_omit_if_default=False, **overrides)

    def unstructure(obj: Any) -> dict[str, Any]:
        found = made(obj)
        return {key: found[key] for key in keys}

    return unstructure


def make_converter(*, omit_if_default: bool = True) -> cattrs.Converter:
    """A new :class:`cattrs.Converter` configured by :func:`configure_converter`.

    Strict (``forbid_extra_keys``, detailed validation). ``omit_if_default`` as for
    :func:`configure_converter`.

    Returns:
        the new converter.

    Never raises.

    >>> import foilib
    >>> conv = foilib.make_converter(omit_if_default=False)
    >>> conv.unstructure(foilib.RequestPart("1", "Do you hold it?"))
    {'label': '1', 'text': 'Do you hold it?', 'parts': [], 'restated': True}
    """
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(converter, omit_if_default=omit_if_default)
    return converter


@functools.cache
def shared_converter(*, omit_if_default: bool = True) -> cattrs.Converter:
    """One :func:`make_converter` (per ``omit_if_default``) for foilib's own use
    (``Finding.to_dict``, the CLI's ``--json`` output).

    Built on first use and shared; never hand it to user code (a hook registered on it
    would change foilib's output).
    """
    return make_converter(omit_if_default=omit_if_default)
