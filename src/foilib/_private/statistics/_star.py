"""A star schema for Power BI and friends: fact and dimension tables as CSV files with a
data-package sidecar (``datapackage.json``) describing every column."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..clock import Case
from ..errors import FoilibError
from ..model import Response
from ..regimes import Regime
from ..workdays import working_day_calendar
from ._cabinet_office import rollup
from ._core import case_facts, iter_pairs
from ._export import write_csv
from ._rules import SIC_ROLLUP

__all__ = ["TABLES", "fact_rows", "write_star_schema"]

_CITED = re.compile(r"([A-Z]+) (?:s|reg)\.([0-9]+[A-Z]*)")

#: table -> ((column, type, description), ...). Types are Frictionless Table Schema types.
TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fact_request": (
        ("request_ref", "string", "the request's reference (key)"),
        ("authority", "string", "the answering authority's name (dim_authority), if a letter"),
        ("regime", "string", "foia, eir, foisa or eisr"),
        ("received_on", "date", "date of receipt"),
        ("due", "date", "end of the basic period (20th working day, after any restart)"),
        ("extended_due", "date", "the extended date, if extended"),
        ("responded_on", "date", "date the response was sent, by as_of"),
        ("timeliness", "string", "foilib timeliness class on as_of"),
        ("co_outcome", "string", "Cabinet Office roll-up outcome of the response"),
        ("sic_outcome", "string", "SIC roll-up outcome of the response"),
        ("working_days_taken", "integer", "working days from receipt to response"),
        ("working_days_beyond_due", "integer", "working days from the basic due date to response"),
        ("review_requested_on", "date", "internal review requested"),
        ("review_decided_on", "date", "internal review decided"),
        ("complained", "boolean", "a complaint to the Commissioner was made"),
        ("as_of", "date", "the snapshot date"),
    ),
    "fact_part_answer": (
        ("request_ref", "string", "fact_request key"),
        ("parts", "string", "part refs answered, comma-separated (empty: whole request)"),
        ("disposition", "string", "foilib Disposition value"),
        ("regime", "string", "regime of this answer"),
    ),
    "fact_exemption_claim": (
        ("request_ref", "string", "fact_request key"),
        ("provision", "string", "the cited provision (dim_provision key), or empty"),
        ("as_written", "string", "the citation as the letter wrote it"),
        ("ncnd", "boolean", "neither confirm nor deny"),
        ("parts", "string", "part refs it covers, comma-separated"),
    ),
    "fact_event": (
        ("request_ref", "string", "fact_request key"),
        ("kind", "string", "foilib EventKind value"),
        ("on", "date", "date of the event"),
        ("estimate", "date", "estimated date given with a public-interest extension"),
    ),
    "dim_authority": (("authority", "string", "authority name (key)"),),
    "dim_provision": (
        ("provision", "string", "canonical citation (key)"),
        ("regime", "string", "regime"),
        ("section", "string", "section or regulation number"),
    ),
    "dim_date": (
        ("date", "date", "the day (key)"),
        ("year", "integer", "calendar year"),
        ("quarter", "integer", "calendar quarter 1-4"),
        ("financial_year", "string", "UK financial year, e.g. 2025/26"),
        ("financial_quarter", "integer", "financial quarter 1-4 (April-June is 1)"),
        ("weekday", "string", "day of the week"),
        ("foia_working_day", "boolean", "a working day under FOIA s.10(6)"),
    ),
}


def fact_rows(
    records: Iterable[tuple[Case, Response | None]], *, as_of: dt.date
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` for every fact row of every record, streaming (one pass)."""
    for case, response in iter_pairs(records, strict=True):
        if case.received_on > as_of:
            continue
        f = case_facts(case, response, as_of)
        letter = response if f.has_letter else None
        yield (
            "fact_request",
            {
                "request_ref": f.ref,
                "authority": letter.authority.name if letter else None,
                "regime": f.regime.value,
                "received_on": f.received_on,
                "due": f.due,
                "extended_due": f.extended_due,
                "responded_on": f.responded_on,
                "timeliness": f.timeliness.value,
                "co_outcome": rollup(f.dispositions).outcome.value if letter else None,
                "sic_outcome": rollup(f.dispositions, SIC_ROLLUP).outcome.value if letter else None,
                "working_days_taken": f.days_taken,
                "working_days_beyond_due": f.days_beyond_due,
                "review_requested_on": f.review_requested_on,
                "review_decided_on": f.review_decided_on,
                "complained": f.complained,
                "as_of": as_of,
            },
        )
        for e in case.events:
            if e.on <= as_of:
                yield (
                    "fact_event",
                    {
                        "request_ref": f.ref,
                        "kind": e.kind.value,
                        "on": e.on,
                        "estimate": e.estimate,
                    },
                )
        if letter is None:
            continue
        for a in letter.answers:
            yield (
                "fact_part_answer",
                {
                    "request_ref": f.ref,
                    "parts": ",".join(a.parts),
                    "disposition": a.disposition.value,
                    "regime": (a.regime or letter.regime).value,
                },
            )
        for c in letter.exemption_claims:
            yield (
                "fact_exemption_claim",
                {
                    "request_ref": f.ref,
                    "provision": str(c.citation) if c.citation else None,
                    "as_written": c.as_written,
                    "ncnd": c.ncnd,
                    "parts": ",".join(c.parts),
                },
            )


def _date_row(d: dt.date) -> dict[str, Any]:
    fy = d.year if d.month >= 4 else d.year - 1
    try:
        working: bool | None = working_day_calendar(Regime.FOIA).is_working_day(d)
    except FoilibError:  # outside the calendar's range
        working = None
    return {
        "date": d,
        "year": d.year,
        "quarter": (d.month - 1) // 3 + 1,
        "financial_year": f"{fy}/{(fy + 1) % 100:02d}",
        "financial_quarter": ((d.month - 4) % 12) // 3 + 1,
        "weekday": d.strftime("%A"),
        "foia_working_day": working,
    }


def write_star_schema(
    records: Iterable[tuple[Case, Response | None]],
    directory: str | Path,
    *,
    as_of: dt.date,
    excel: bool = False,
) -> dict[str, int]:
    """Write the star schema as one CSV per table in ``directory`` (created if need be),
    in one pass, plus ``datapackage.json`` listing every column with its type and
    description, each file's row count and SHA-256. Returns rows per table."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    handles = {t: (out / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    authorities: set[str] = set()
    provisions: dict[str, tuple[str, str]] = {}
    dates: set[dt.date] = set()
    try:
        for t, h in handles.items():
            write_csv([], h, columns=[c for c, _, _ in TABLES[t]], excel=excel)
        for table, row in fact_rows(records, as_of=as_of):
            write_csv_row(handles[table], table, row)
            counts[table] += 1
            if table == "fact_request" and row["authority"]:
                authorities.add(row["authority"])
            if table == "fact_exemption_claim" and row["provision"]:
                m = _CITED.match(row["provision"])
                if m:
                    provisions[row["provision"]] = (m.group(1).lower(), m.group(2))
            for col, typ, _ in TABLES[table]:
                if typ == "date" and row.get(col) is not None:
                    dates.add(row[col])
        for name in sorted(authorities):
            write_csv_row(handles["dim_authority"], "dim_authority", {"authority": name})
            counts["dim_authority"] += 1
        for d in sorted(dates):
            write_csv_row(handles["dim_date"], "dim_date", _date_row(d))
            counts["dim_date"] += 1
        for key, (regime, section) in sorted(provisions.items()):
            write_csv_row(
                handles["dim_provision"],
                "dim_provision",
                {"provision": key, "regime": regime, "section": section},
            )
            counts["dim_provision"] += 1
    finally:
        for h in handles.values():
            h.close()
    _datapackage(out, counts, as_of)
    return counts


def write_csv_row(handle: Any, table: str, row: dict[str, Any]) -> None:
    import csv

    from ._export import csv_cell

    csv.writer(handle, lineterminator="\r\n").writerow(
        [csv_cell(row.get(c)) for c, _, _ in TABLES[table]]
    )


def _datapackage(out: Path, counts: dict[str, int], as_of: dt.date) -> None:
    resources = []
    for table, columns in TABLES.items():
        path = out / f"{table}.csv"
        resources.append(
            {
                "name": table,
                "path": path.name,
                "format": "csv",
                "encoding": "utf-8",
                "rows": counts[table],
                "hash": "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest(),
                "schema": {
                    "fields": [
                        {"name": c, "type": typ, "description": desc} for c, typ, desc in columns
                    ]
                },
            }
        )
    doc = {
        "name": "foilib-star-schema",
        "profile": "tabular-data-package",
        "as_of": as_of.isoformat(),
        "resources": resources,
    }
    (out / "datapackage.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
