"""Every deadline of a case as an iCalendar (RFC 5545) file.

Needs the optional ``icalendar`` package (``pip install 'foilib[ics]'``). Each deadline is an
all-day event. Its ``UID`` is derived from the case's request and regime and the deadline's
kind (never its date), so a calendar that imports the file again updates an event whose
deadline moved instead of adding a second one, and two cases without a reference that fall
due on the same day never share a UID. ``DTSTAMP`` is the time the file was generated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from .errors import ArgumentTypeError, FoilibError

__all__ = ["IcsUnavailableError", "case_uid", "timeline_ics"]


class IcsUnavailableError(FoilibError, ImportError):
    """The optional ``icalendar`` package, needed for iCalendar output, is not installed."""


def case_uid(case: Any) -> str:
    """A stable identifier of ``case``: a hash of its request and regime (not its events).

    Adding events (which move deadlines) keeps it; another request or regime changes it.
    """
    from .serialise import to_json

    text = to_json(case.request, indent=None) + "\n" + case.regime.value
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def timeline_ics(
    case: Any, today: dt.date | None = None, *, now: dt.datetime | None = None
) -> bytes:
    """The deadlines of ``case`` (a :class:`foilib.Case`) as an iCalendar file.

    ``today`` is passed to ``case.timeline``; ``now`` (an aware ``datetime``, default the
    current UTC time) is written as each event's ``DTSTAMP``. Each event's ``UID`` is
    ``<kind>[-<n>]-<hash of the request and regime>@foilib``: stable when a deadline moves,
    distinct between cases. Returns the file's bytes (UTF-8).

    Raises :class:`IcsUnavailableError` (naming the ``ics`` extra) when ``icalendar`` is not
    installed, :class:`~foilib.ArgumentTypeError` for a naive or non-datetime ``now``.
    """
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif not isinstance(now, dt.datetime) or now.tzinfo is None:
        raise ArgumentTypeError("now", now, "an aware datetime.datetime (e.g. in UTC)")
    try:
        import icalendar
    except ImportError:
        raise IcsUnavailableError(
            "iCalendar output needs the icalendar package: pip install 'foilib[ics]'"
        ) from None
    timeline = case.timeline(today)
    key = case_uid(case)
    ref = case.request.reference or "request"
    cal = icalendar.Calendar()
    cal.add("prodid", "-//foilib//statutory clock//EN")
    cal.add("version", "2.0")
    seen: dict[str, int] = {}
    stamp = now.astimezone(dt.UTC)
    for deadline in timeline.deadlines:
        kind = deadline.kind.value
        seen[kind] = seen.get(kind, 0) + 1
        suffix = "" if seen[kind] == 1 else f"-{seen[kind]}"
        event = icalendar.Event()
        event.add("uid", f"{kind}{suffix}-{key}@foilib")
        event.add("summary", f"{ref}: {kind.replace('_', ' ')}")
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + dt.timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("description", "\n".join(str(r) for r in deadline.reasons))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
