"""Parquet export (the ``parquet`` extra, pyarrow): DATE columns, dictionary-encoded enum
columns, file metadata naming the profile, its version, ``as_of`` and foilib's version;
optionally partitioned by the quarter of receipt (Hive-style directories)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ._core import StatisticsError
from ._star import TABLES

__all__ = ["ENUM_COLUMNS", "write_parquet"]

#: Columns whose values come from a closed set (stored dictionary-encoded).
ENUM_COLUMNS = frozenset(
    {"regime", "timeliness", "co_outcome", "sic_outcome", "disposition", "kind", "weekday"}
)
_BATCH = 65_536


def _schema(pa: Any, table: str, metadata: Mapping[str, str]) -> Any:
    types = {
        "string": pa.string(),
        "date": pa.date32(),
        "integer": pa.int64(),
        "boolean": pa.bool_(),
    }
    fields = []
    for name, typ, desc in TABLES[table]:
        t = pa.dictionary(pa.int32(), pa.string()) if name in ENUM_COLUMNS else types[typ]
        fields.append(pa.field(name, t, metadata={"description": desc}))
    return pa.schema(fields, metadata={k.encode(): v.encode() for k, v in metadata.items()})


def _bad_value(
    pa: Any,
    schema: Any,
    table: str,
    batch: list[Mapping[str, Any]],
    done: int,
    key: str,
    err: Exception,
) -> StatisticsError:
    """The first value of ``batch`` that does not fit its column's type, as a foilib error
    naming the column and the row (counted from 0 in the input, or in its partition)."""
    for field in schema:
        for i, r in enumerate(batch):
            try:
                pa.array([r.get(field.name)], type=field.type)
            except (pa.ArrowException, TypeError, ValueError, OverflowError):
                where = f"row {done + i}" if not key else f"row {done + i} of partition {key}"
                return StatisticsError(
                    f"table {table!r} {where} column {field.name!r}: "
                    f"{r.get(field.name)!r} is not a {field.type} value"
                )
    return StatisticsError(f"table {table!r}: rows could not be written as Parquet: {err}")


def write_parquet(
    path: str | Path,
    table: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    profile: str,
    profile_version: str,
    as_of: dt.date,
    partition_by_quarter: str | None = None,
) -> int:
    """Write rows of one star-schema ``table`` (see ``TABLES``) to Parquet, streaming in
    batches. With ``partition_by_quarter`` (a date column such as ``"received_on"``),
    ``path`` is a directory holding ``quarter=2025-Q1/part-0.parquet`` files. Returns the
    number of rows. Raises :class:`StatisticsError` without pyarrow
    (``pip install 'foilib[parquet]'``), for an unknown table, for a
    ``partition_by_quarter`` that is not a date column of the table, or for a value that
    does not fit its column's type (naming the column and row)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StatisticsError(
            "Parquet export needs pyarrow: pip install 'foilib[parquet]'"
        ) from None
    if table not in TABLES:
        raise StatisticsError(f"unknown table {table!r}; expected one of {sorted(TABLES)}")
    dates = [name for name, typ, _ in TABLES[table] if typ == "date"]
    if partition_by_quarter is not None and partition_by_quarter not in dates:
        raise StatisticsError(
            f"partition_by_quarter {partition_by_quarter!r} is not a date column of table "
            f"{table!r}; expected one of {dates} or None"
        )
    from ... import __version__

    metadata = {
        "foilib.profile": profile,
        "foilib.profile_version": profile_version,
        "foilib.as_of": as_of.isoformat(),
        "foilib.version": __version__,
        "foilib.table": table,
    }
    schema = _schema(pa, table, metadata)
    columns = [name for name, _, _ in TABLES[table]]
    writers: dict[str, Any] = {}
    buffers: dict[str, list[Mapping[str, Any]]] = {}
    base = Path(path)

    def flush(key: str) -> None:
        batch = buffers.pop(key, [])
        if not batch:
            return
        if key not in writers:
            target = base if partition_by_quarter is None else base / key / "part-0.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            writers[key] = pq.ParquetWriter(str(target), schema)
        data = {c: [r.get(c) for r in batch] for c in columns}
        try:
            arrow = pa.Table.from_pydict(data, schema=schema)
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as e:
            raise _bad_value(pa, schema, table, batch, done, key, e) from None
        writers[key].write_table(arrow)

    n = 0
    done = 0  # rows before the batch being flushed, in its partition (for error messages)
    seen: dict[str, int] = {}
    try:
        for row in rows:
            extra = [k for k in row if k not in columns]
            if extra:
                raise StatisticsError(f"table {table!r}: keys {extra[:3]} are not columns")
            key = ""
            if partition_by_quarter is not None:
                d = row.get(partition_by_quarter)
                key = (
                    f"quarter={d.year}-Q{(d.month - 1) // 3 + 1}"
                    if isinstance(d, dt.date)
                    else "quarter=unknown"
                )
            buffers.setdefault(key, []).append(row)
            n += 1
            seen[key] = seen.get(key, 0) + 1
            if len(buffers[key]) >= _BATCH:
                done = seen[key] - len(buffers[key])
                flush(key)
        for key in list(buffers):
            done = seen[key] - len(buffers[key])
            flush(key)
        if not writers and partition_by_quarter is None:
            base.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist([], schema=schema), str(base))
    finally:
        for w in writers.values():
            w.close()
    return n
