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
    (``pip install 'foilib[parquet]'``) or for an unknown table."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StatisticsError(
            "Parquet export needs pyarrow: pip install 'foilib[parquet]'"
        ) from None
    if table not in TABLES:
        raise StatisticsError(f"unknown table {table!r}; expected one of {sorted(TABLES)}")
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
        writers[key].write_table(pa.Table.from_pydict(data, schema=schema))

    n = 0
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
            if len(buffers[key]) >= _BATCH:
                flush(key)
        for key in list(buffers):
            flush(key)
        if not writers and partition_by_quarter is None:
            base.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist([], schema=schema), str(base))
    finally:
        for w in writers.values():
            w.close()
    return n
