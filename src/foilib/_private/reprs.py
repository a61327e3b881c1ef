"""Short reprs for the big values (a letter, a timeline), readable in a REPL.

The full form stays in :func:`foilib.to_json` and ``str()``; ``repr()`` of a
:class:`foilib.Response`, a :class:`foilib.Timeline` or a rendering
:class:`~foilib.rendering.Letter` is one line that says what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["short_repr"]

T = TypeVar("T", bound=type[Any])


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _response(r: Any) -> str:
    req = r.request
    facts = [
        _count(sum(1 for _ in req.iter_parts()), "part"),
        _count(len(r.answers), "answer"),
    ]
    if r.exemption_claims:
        facts.append(_count(len(r.exemption_claims), "exemption claim"))
    if req.received_on:
        facts.append(f"received {req.received_on.isoformat()}")
    if r.sent_on:
        facts.append(f"sent {r.sent_on.isoformat()}")
    kind = r.kind.value.replace("_", " ")
    return f"<foilib.Response {r.regime.name} {kind} from {r.authority.name!r}: {', '.join(facts)}>"


def _timeline(t: Any) -> str:
    status = t.status.value.replace("_", " ")
    if t.working_days_late:
        status += f", {t.working_days_late} working days late"
    head = next(iter(t.deadlines), None)
    first = f"; first {head.kind.value.replace('_', ' ')} {head.date.isoformat()}" if head else ""
    return (
        f"<foilib.Timeline on {t.today.isoformat()}: {status}; "
        f"{_count(len(t.deadlines), 'deadline')}{first}>"
    )


def _letter(letter: Any) -> str:
    return f"<foilib.rendering.Letter {letter.title!r}: {_count(len(letter.sections), 'section')}>"


_REPRS: dict[str, Callable[[Any], str]] = {
    "Response": _response,
    "Timeline": _timeline,
    "Letter": _letter,
}


def short_repr(cls: T) -> T:
    """Class decorator: give ``cls`` its short repr (applied after ``attrs``)."""
    setattr(cls, "__repr__", _REPRS[cls.__name__])  # noqa: B010 - mypy: a method, not a callable
    return cls
