"""Campaigns: one request sent to many authorities, tracked and tabulated per target."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import math
import statistics as pystats
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..citation import Citation
from ..clock import Case, EventKind
from ..convenience import accept_values
from ..errors import ArgumentError, ArgumentTypeError, FieldTypeError, ValidationError
from ..model import Disposition, Response
from ..regimes import Regime
from ._cabinet_office import rollup
from ._core import Proportion, StatisticsError, case_facts, pair_mismatch, parse_number
from ._rules import Timeliness

__all__ = [
    "Campaign",
    "CampaignRow",
    "CampaignSummary",
    "Key",
    "KeyKind",
    "Missing",
    "MissingReason",
    "Target",
    "TargetRecord",
    "TargetStatus",
    "WdtkBatchRow",
    "read_alaveteli_project_csv",
    "read_wdtk_batch_csv",
]


class TargetStatus(enum.Enum):
    """Where one target of a campaign stands on the snapshot date."""

    EXCLUDED = "excluded"
    NOT_SENT = "not_sent"
    AWAITING = "awaiting"
    CLARIFICATION = "clarification"
    EXTENDED = "extended"
    OVERDUE = "overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"
    REVIEW = "review"
    COMMISSIONER = "commissioner"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"


class KeyKind(enum.Enum):
    """The type of an extracted value (Alaveteli Projects' key types, fact sheet §4.3)."""

    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"
    YES_NO = "yes_no"


class MissingReason(enum.Enum):
    """Why a value is missing. A real 0 is a value, never missing."""

    NOT_HELD = "not_held"
    WITHHELD = "withheld"
    REFUSED_COST = "refused_cost"
    NO_RESPONSE = "no_response"
    NOT_ASKED = "not_asked"
    NOT_EXTRACTED = "not_extracted"


@attrs.frozen(slots=True)
class Missing:
    """A missing value and its reason; ``provision`` is the cited ground when withheld."""

    reason: MissingReason = attrs.field(validator=attrs.validators.instance_of(MissingReason))
    provision: Citation | None = None

    def __str__(self) -> str:
        return self.reason.value + (f" ({self.provision})" if self.provision else "")


def _text(cls: str, *, optional: bool = False) -> Any:
    """An attrs validator: a non-empty ``str`` (or ``None`` when ``optional``)."""

    def check(_: object, a: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            raise FieldTypeError(cls, a.name, value, "a str" + (" or None" if optional else ""))
        if not value.strip():
            raise ValidationError(cls, a.name, value, "a non-empty text")

    return check


def _enum(cls: str, kind: type[enum.Enum]) -> Any:
    def check(_: object, a: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(
                cls, a.name, value, f"a {kind.__name__} or one of {[m.value for m in kind]}"
            )

    return check


def _items(cls: str, kind: type, what: str) -> Any:
    """An attrs validator: a tuple whose items are all ``kind``."""

    def check(_: object, a: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise FieldTypeError(cls, a.name, value, f"a tuple (or list) of {what}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise FieldTypeError(cls, f"{a.name}[{i}]", item, what)

    return check


def _instance(cls: str, kind: type | tuple[type, ...], what: str) -> Any:
    def check(_: object, a: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise FieldTypeError(cls, a.name, value, what)

    return check


def _str_set(value: object) -> object:
    """``pilot`` takes any iterable of ids but a str (stored as a frozenset)."""
    if isinstance(value, (list, tuple, set)):
        return frozenset(value)
    return value


def _pilot(_: object, a: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value):
        raise FieldTypeError("Campaign", a.name, value, "a set (or list) of target ids (str)")


def _str_map(cls: str) -> Any:
    def check(_: object, a: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise FieldTypeError(cls, a.name, value, "a mapping of target id (str) to reason (str)")

    return check


def _values(_: object, a: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise FieldTypeError(
            "TargetRecord", a.name, value, "a mapping of key name (str) to value or Missing"
        )


Value = int | float | str | bool


@attrs.frozen(slots=True, field_transformer=accept_values)
class Key:
    """One extraction key: its name, kind, the request part it answers (``None``: the
    whole request), the allowed ``choices`` of a CHOICE key and the ``unit`` of a number."""

    name: str = attrs.field(validator=_text("Key"))
    kind: KeyKind = attrs.field(validator=_enum("Key", KeyKind))
    part: str | None = attrs.field(default=None, validator=_text("Key", optional=True))
    choices: tuple[str, ...] = attrs.field(default=(), validator=_items("Key", str, "a str"))
    unit: str | None = attrs.field(default=None, validator=_text("Key", optional=True))

    def __attrs_post_init__(self) -> None:
        if (self.kind is KeyKind.CHOICE) != bool(self.choices):
            raise ValidationError("Key", "choices", self.choices, "choices iff kind is CHOICE")

    def check(self, value: object) -> Value | Missing:
        """``value`` if it fits this key; raises :class:`~foilib.ValidationError` otherwise."""
        if isinstance(value, Missing):
            return value
        ok = {
            KeyKind.NUMBER: isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value),
            KeyKind.TEXT: isinstance(value, str),
            KeyKind.CHOICE: isinstance(value, str) and value in self.choices,
            KeyKind.YES_NO: isinstance(value, bool),
        }[self.kind]
        if not ok:
            what = {
                KeyKind.NUMBER: "a finite number (int or float; not NaN or infinity)",
                KeyKind.TEXT: "text",
                KeyKind.CHOICE: f"one of {list(self.choices)}",
                KeyKind.YES_NO: "True or False",
            }[self.kind]
            raise ValidationError("Key", self.name, value, what + " or a Missing")
        return value  # type: ignore[return-value]


@attrs.frozen(slots=True, field_transformer=accept_values)
class Target:
    """An authority a campaign writes to: a stable ``id`` under ``scheme`` (a
    WhatDoTheyKnow url name, a GSS code, or the user's own), its name and its regime."""

    id: str = attrs.field(validator=_text("Target"))
    name: str = attrs.field(validator=_text("Target"))
    regime: Regime = attrs.field(default=Regime.FOIA, validator=_enum("Target", Regime))
    scheme: str = attrs.field(default="own", validator=_text("Target"))


@attrs.frozen(slots=True)
class TargetRecord:
    """What happened with one target: its case (``None`` until sent), its final response
    letter, and the values extracted from it (key name -> value or :class:`Missing`)."""

    target_id: str = attrs.field(validator=_text("TargetRecord"))
    case: Case | None = attrs.field(
        default=None, validator=_instance("TargetRecord", (Case, type(None)), "a Case or None")
    )
    response: Response | None = attrs.field(
        default=None,
        validator=_instance("TargetRecord", (Response, type(None)), "a Response or None"),
    )
    values: Mapping[str, object] = attrs.field(factory=dict, validator=_values)


_ANSWERED = frozenset(
    {Timeliness.MET, Timeliness.EXTENDED_IN_TIME, Timeliness.LATE, Timeliness.EXTENDED_LATE}
)
_OPEN_STATUS = {
    Timeliness.OPEN_NOT_DUE: TargetStatus.AWAITING,
    Timeliness.OPEN_NOT_DUE_EXTENDED: TargetStatus.EXTENDED,
    Timeliness.OPEN_OVERDUE: TargetStatus.OVERDUE,
    Timeliness.ON_HOLD: TargetStatus.CLARIFICATION,
    Timeliness.LAPSED: TargetStatus.WITHDRAWN,
    Timeliness.WITHDRAWN: TargetStatus.WITHDRAWN,
    Timeliness.TRANSFERRED: TargetStatus.TRANSFERRED,
}


@attrs.frozen(slots=True)
class CampaignRow:
    """One target's row of a campaign on the snapshot date (what :meth:`Campaign.rows`
    returns): its status, the due date under its own regime, the date it replied, the
    roll-up outcome of its letter (an :class:`Outcome` value; ``"unmapped"`` for a letter
    with no part answers; ``None`` without a letter) and its extracted values."""

    target: Target
    status: TargetStatus
    due: dt.date | None
    responded_on: dt.date | None
    outcome: str | None
    values: dict[str, Value | Missing]


@attrs.frozen(slots=True)
class CampaignSummary:
    """Response rate, timeliness, outcome mix and numeric summaries of a campaign."""

    targets: int
    sent: int
    statuses: Mapping[str, int]
    response_rate: Proportion
    on_time: Proportion
    outcomes: Mapping[str, int]
    numbers: Mapping[str, Mapping[str, float | int | None]]


@attrs.frozen(slots=True, field_transformer=accept_values)
class Campaign:
    """One request sent to many authorities.

    ``targets`` have unique ids; ``pilot`` is the ids of a first small sample;
    ``excluded`` maps an id to the reason it is left out; ``schema`` the keys to extract.
    """

    title: str = attrs.field(validator=_text("Campaign"))
    targets: tuple[Target, ...] = attrs.field(
        validator=_items("Campaign", Target, "a foilib.statistics.Target")
    )
    schema: tuple[Key, ...] = attrs.field(
        default=(), validator=_items("Campaign", Key, "a foilib.statistics.Key")
    )
    pilot: frozenset[str] = attrs.field(default=frozenset(), converter=_str_set, validator=_pilot)
    excluded: Mapping[str, str] = attrs.field(factory=dict, validator=_str_map("Campaign"))

    def __attrs_post_init__(self) -> None:
        ids = [t.id for t in self.targets]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValidationError("Campaign", "targets", dup, "unique target ids")
        unknown = sorted((set(self.pilot) | set(self.excluded)) - set(ids))
        if unknown:
            raise ValidationError("Campaign", "pilot/excluded", unknown, "ids of targets")
        names = [k.name for k in self.schema]
        if len(set(names)) != len(names):
            raise ValidationError("Campaign", "schema", names, "unique key names")

    def rows(self, records: Iterable[TargetRecord], *, as_of: dt.date) -> list[CampaignRow]:
        """One row per target, in the campaign's target order, as of ``as_of``. Due dates
        are under each target's own regime (a UK-wide batch mixes FOIA and FOISA)."""
        if type(as_of) is not dt.date:
            raise ArgumentTypeError("as_of", as_of, "a datetime.date (not a str or datetime)")
        if isinstance(records, (str, bytes, Mapping)):
            raise ArgumentTypeError("records", records, "an iterable of TargetRecord")
        by_id: dict[str, TargetRecord] = {}
        for i, rec in enumerate(records):
            if not isinstance(rec, TargetRecord):
                raise ArgumentTypeError(
                    f"records[{i}]", rec, "a foilib.statistics.TargetRecord (not a pair)"
                )
            if rec.target_id not in {t.id for t in self.targets}:
                raise ArgumentError("records", rec.target_id, "the id of a campaign target")
            if rec.target_id in by_id:
                raise ArgumentError("records", rec.target_id, "one record per target")
            by_id[rec.target_id] = rec
        return [self._row(t, by_id.get(t.id), as_of) for t in self.targets]

    def _row(self, target: Target, rec: TargetRecord | None, as_of: dt.date) -> CampaignRow:
        keys = {k.name: k for k in self.schema}
        if rec is not None:
            extra = sorted(set(rec.values) - set(keys))
            if extra:
                raise ArgumentError(f"values of {target.id}", extra, "keys of the schema")
        if target.id in self.excluded:
            return CampaignRow(
                target,
                TargetStatus.EXCLUDED,
                None,
                None,
                None,
                {k: Missing(MissingReason.NOT_ASKED) for k in keys},
            )
        case = rec.case if rec is not None else None
        if case is None:
            return CampaignRow(
                target,
                TargetStatus.NOT_SENT,
                None,
                None,
                None,
                {k: Missing(MissingReason.NOT_ASKED) for k in keys},
            )
        if case.regime is not target.regime:
            raise ArgumentError(
                f"case of {target.id}", case.regime, f"{target.regime.name}, the target's regime"
            )
        response = rec.response if rec is not None else None
        if response is not None:
            why = pair_mismatch(case, response)
            if why is not None:
                raise StatisticsError(f"target {target.id}: mismatched case and response: {why}")
        f = case_facts(case, response, as_of)
        if f.timeliness in _ANSWERED or f.timeliness is Timeliness.ANSWERED_NO_LETTER:
            status = (
                TargetStatus.ANSWERED_LATE
                if f.timeliness in (Timeliness.LATE, Timeliness.EXTENDED_LATE)
                else TargetStatus.ANSWERED_ON_TIME
            )
        else:
            status = _OPEN_STATUS[f.timeliness]
        events = {e.kind for e in case.events if e.on <= as_of}
        if EventKind.COMMISSIONER_COMPLAINT in events:
            status = TargetStatus.COMMISSIONER
        elif (
            EventKind.INTERNAL_REVIEW_REQUESTED in events
            and EventKind.INTERNAL_REVIEW_DECIDED not in events
        ):
            status = TargetStatus.REVIEW
        due = f.extended_due if f.extended and f.extended_due else f.due
        outcome = rollup(f.dispositions).outcome.value if f.has_letter else None
        values: dict[str, Value | Missing] = {}
        for name, key in keys.items():
            given = rec.values.get(name) if rec is not None else None
            values[name] = (
                key.check(given)
                if given is not None
                else self._missing(key, f.has_letter and f.responded_on is not None, response)
            )
        return CampaignRow(target, status, due, f.responded_on, outcome, values)

    @staticmethod
    def _missing(key: Key, answered: bool, response: Response | None) -> Missing:
        if not answered or response is None:
            return Missing(MissingReason.NO_RESPONSE)
        ds = {a.disposition for a in response.answers}
        if Disposition.REFUSED_COST in ds:
            return Missing(MissingReason.REFUSED_COST)
        answer = response.answer_for(key.part) if key.part is not None else None
        d = answer.disposition if answer is not None else None
        if d is None and len(ds) == 1:
            d = next(iter(ds))
        if d is Disposition.NOT_HELD:
            return Missing(MissingReason.NOT_HELD)
        if d in (Disposition.WITHHELD, Disposition.NEITHER_CONFIRMED_NOR_DENIED):
            cited = [
                c.citation
                for c in response.exemption_claims
                if c.citation is not None
                and (key.part is None or not c.parts or key.part in c.parts)
            ]
            return Missing(MissingReason.WITHHELD, cited[0] if cited else None)
        return Missing(MissingReason.NOT_EXTRACTED)

    def wide(self, records: Iterable[TargetRecord], *, as_of: dt.date) -> list[dict[str, object]]:
        """One dict per target: id, name, regime, pilot, status, due, responded_on,
        outcome, then one column per key (value, or empty) and ``<key> missing`` (reason)."""
        out = []
        for r in self.rows(records, as_of=as_of):
            row: dict[str, object] = {
                "id": r.target.id,
                "name": r.target.name,
                "regime": r.target.regime.value,
                "pilot": r.target.id in self.pilot,
                "status": r.status.value,
                "due": r.due,
                "responded_on": r.responded_on,
                "outcome": r.outcome,
            }
            for k in self.schema:
                v = r.values[k.name]
                row[k.name] = None if isinstance(v, Missing) else v
                row[f"{k.name} missing"] = str(v) if isinstance(v, Missing) else None
            out.append(row)
        return out

    def wide_columns(self) -> tuple[str, ...]:
        """The columns of :meth:`wide`, in order."""
        fixed = ("id", "name", "regime", "pilot", "status", "due", "responded_on", "outcome")
        return fixed + tuple(c for k in self.schema for c in (k.name, f"{k.name} missing"))

    def long(
        self, records: Iterable[TargetRecord], *, as_of: dt.date
    ) -> Iterator[dict[str, object]]:
        """One dict per target x part x key: id, part, key, kind, unit, value,
        missing_reason, provision."""
        for r in self.rows(records, as_of=as_of):
            for k in self.schema:
                v = r.values[k.name]
                missing = isinstance(v, Missing)
                yield {
                    "id": r.target.id,
                    "part": k.part,
                    "key": k.name,
                    "kind": k.kind.value,
                    "unit": k.unit,
                    "value": None if missing else v,
                    "missing_reason": v.reason.value if isinstance(v, Missing) else None,
                    "provision": str(v.provision)
                    if isinstance(v, Missing) and v.provision
                    else None,
                }

    def summary(self, records: Iterable[TargetRecord], *, as_of: dt.date) -> CampaignSummary:
        """Response rate (answered / sent), timeliness (on time / answered), outcome mix
        (Cabinet Office roll-up) and, per NUMBER key, n, min, max, sum, mean and median."""
        rows = [r for r in self.rows(records, as_of=as_of) if r.status is not TargetStatus.EXCLUDED]
        sent = [r for r in rows if r.status is not TargetStatus.NOT_SENT]
        answered = [r for r in sent if r.responded_on is not None]
        on_time = [
            r
            for r in answered
            if r.status is not TargetStatus.ANSWERED_LATE
            and r.due is not None
            and r.responded_on is not None
            and r.responded_on <= r.due
        ]
        numbers: dict[str, dict[str, float | int | None]] = {}
        for k in self.schema:
            if k.kind is not KeyKind.NUMBER:
                continue
            vals = [
                v
                for r in rows
                if not isinstance(v := r.values[k.name], Missing) and isinstance(v, int | float)
            ]
            numbers[k.name] = {
                "n": len(vals),
                "missing": len(rows) - len(vals),
                "min": min(vals) if vals else None,
                "max": max(vals) if vals else None,
                "sum": sum(vals) if vals else None,
                "mean": pystats.fmean(vals) if vals else None,
                "median": pystats.median(vals) if vals else None,
            }
        return CampaignSummary(
            targets=len(rows),
            sent=len(sent),
            statuses=dict(sorted(Counter(r.status.value for r in rows).items())),
            response_rate=Proportion(len(answered), len(sent)),
            on_time=Proportion(len(on_time), len(answered)),
            outcomes=dict(sorted(Counter(r.outcome for r in answered if r.outcome).items())),
            numbers=numbers,
        )

    def follow_up(
        self, records: Iterable[TargetRecord], *, as_of: dt.date, kind: str
    ) -> list[Target]:
        """Targets needing a follow-up: ``kind`` is "overdue", "clarification" or
        "refused_cost" (a cost refusal of the whole request)."""
        rows = self.rows(records, as_of=as_of)
        if kind == "overdue":
            return [r.target for r in rows if r.status is TargetStatus.OVERDUE]
        if kind == "clarification":
            return [r.target for r in rows if r.status is TargetStatus.CLARIFICATION]
        if kind == "refused_cost":
            return [r.target for r in rows if r.outcome == "refused_cost"]
        raise ArgumentError("kind", kind, '"overdue", "clarification" or "refused_cost"')


# --- imports ---------------------------------------------------------------------------

#: Alaveteli request states (app/models/info_request/state.rb, fact sheet §4.1) -> status.
#: WhatDoTheyKnow's batch CSV writes a short status text; the mapping of those texts is
#: unverified, so both the state names and their usual descriptions are accepted.
ALAVETELI_STATES: dict[str, TargetStatus] = {
    "waiting_response": TargetStatus.AWAITING,
    "awaiting response": TargetStatus.AWAITING,
    "waiting_clarification": TargetStatus.CLARIFICATION,
    "waiting clarification": TargetStatus.CLARIFICATION,
    "waiting_response_overdue": TargetStatus.OVERDUE,
    "delayed": TargetStatus.OVERDUE,
    "waiting_response_very_overdue": TargetStatus.OVERDUE,
    "long overdue": TargetStatus.OVERDUE,
    "internal_review": TargetStatus.REVIEW,
    "user_withdrawn": TargetStatus.WITHDRAWN,
    "withdrawn": TargetStatus.WITHDRAWN,
}

#: Alaveteli states that mean "answered" (fact sheet §4.1). A state says nothing about
#: timeliness and the batch CSV has no dates, so these give ``status=None`` (neither on
#: time nor late) and ``answered=True``.
ALAVETELI_ANSWERED: frozenset[str] = frozenset(
    {"successful", "partially_successful", "not_held", "rejected", "refused"}
)


@attrs.frozen(slots=True)
class WdtkBatchRow:
    """One row of a WhatDoTheyKnow Pro batch CSV (request_url, authority_name,
    number_of_replies, request_status); ``status`` is ``None`` for an unknown status text
    and for an answered state (successful, partially_successful, not_held, rejected,
    refused): a WDTK state says nothing of timeliness and the CSV has no dates, so no
    on-time/late status is invented; :attr:`answered` tells answered states apart."""

    request_url: str
    authority_name: str
    number_of_replies: int
    request_status: str
    status: TargetStatus | None

    @property
    def answered(self) -> bool:
        """True when the status text is an Alaveteli "answered" state."""
        return self.request_status.strip().lower() in ALAVETELI_ANSWERED

    @property
    def url_title(self) -> str:
        return self.request_url.rstrip("/").rsplit("/", 1)[-1]


def read_wdtk_batch_csv(lines: Iterable[str]) -> list[WdtkBatchRow]:
    """Read a WhatDoTheyKnow batch CSV (``info_request_batch_metrics.rb``, fact sheet §4.3).
    Raises :class:`StatisticsError` naming the line of a bad row;
    :class:`~foilib.ArgumentTypeError` when ``lines`` is one ``str`` or ``bytes``."""
    if isinstance(lines, (str, bytes)):
        raise ArgumentTypeError(
            "lines",
            lines[:40],
            "an iterable of CSV lines (an open text file, or text.splitlines()), not one string",
        )
    reader = csv.DictReader(lines)
    need = ("request_url", "authority_name", "number_of_replies", "request_status")
    header = [h.lstrip("\ufeff") for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    if any(h not in header for h in need):
        raise StatisticsError(f"WhatDoTheyKnow batch CSV: expected columns {list(need)}")
    out = []
    for n, row in enumerate(reader, start=2):
        cell = row["number_of_replies"]
        try:
            replies = parse_number(cell) if isinstance(cell, str) else None
        except ValueError:
            replies = None
        if type(replies) is not int or replies < 0:
            raise StatisticsError(
                f"line {n}: column 'number_of_replies': {cell!r} is not a count "
                "(a whole number, 0 or more)"
            )
        text = row["request_status"].strip()
        out.append(
            WdtkBatchRow(
                row["request_url"],
                row["authority_name"],
                replies,
                text,
                ALAVETELI_STATES.get(text.lower()),
            )
        )
    return out


def _parse_cell(key: Key, text: str) -> object:
    text = text.strip()
    if text == "":
        return None
    if key.kind is KeyKind.NUMBER:
        return parse_number(text)  # the one number parser of every statistics reader
    if key.kind is KeyKind.YES_NO:
        if text.lower() not in ("yes", "no"):
            raise ValueError(f"{text!r} is not Yes or No")
        return text.lower() == "yes"
    return text


def read_alaveteli_project_csv(
    lines: Iterable[str], schema: Iterable[Key]
) -> list[tuple[str, str, dict[str, object]]]:
    """Read an Alaveteli Project export (``project/export*.rb``, fact sheet §4.3): one
    ``(request_url, public_body, values)`` per row, values typed by ``schema``; a blank
    cell is absent. A NUMBER cell is read by the one number parser of the statistics
    readers: digits, commas only between whole groups of three (``1,234``; never ``1,5``),
    an optional decimal part and ``%``. Yes/No cells are ``yes`` or ``no`` (any case).
    Raises :class:`StatisticsError` naming the line, the key and the cell of anything else;
    :class:`~foilib.ArgumentTypeError` when ``lines`` is one ``str`` or ``bytes``."""
    if isinstance(lines, (str, bytes)):
        raise ArgumentTypeError(
            "lines",
            lines[:40],
            "an iterable of CSV lines (an open text file, or text.splitlines()), not one string",
        )
    keys = list(schema)
    reader = csv.DictReader(lines)
    header = [h.lstrip("\ufeff") for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    for col in ("request_url", "public_body", *(k.name for k in keys)):
        if col not in header:
            raise StatisticsError(f"Alaveteli project CSV: no column {col!r}")
    out = []
    for n, row in enumerate(reader, start=2):
        values: dict[str, object] = {}
        for k in keys:
            try:
                v = _parse_cell(k, row[k.name] or "")
                if v is not None:
                    values[k.name] = k.check(v)
            except (ValueError, ValidationError) as exc:
                raise StatisticsError(
                    f"line {n}: column {k.name!r}: {exc}"
                    if isinstance(exc, ValueError) and not isinstance(exc, ValidationError)
                    else f"line {n}: {exc}"
                ) from None
        out.append((row["request_url"], row["public_body"], values))
    return out
