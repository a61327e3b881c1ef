"""Statistics over many cases: the returns authorities file and the tables campaigners need.

Every statistic reads an iterable of ``(case, response_or_None)`` pairs once, takes an
explicit :class:`Period` and a snapshot date ``as_of`` (never the wall clock), and gives
the same output for the same input, byte for byte. The rules (part-to-request roll-up,
refusal precedence, s.21-only handling, exemption columns, thresholds) are data tables with
a source per row, in ``foilib._private.statistics._rules``.

>>> import datetime as dt
>>> from foilib.statistics import Period, cabinet_office
>>> empty = cabinet_office([], period=Period.calendar_quarter(2025, 1), as_of=dt.date(2025, 5, 16))
>>> empty.row["Quarter"], empty.row["Total requests received"]
('Q1 2025', 0)
>>> print(empty.row["Percentage of requests meeting 20-day deadline"])
None
"""

from __future__ import annotations

from ._private.statistics._cabinet_office import (
    CO_PUBLISHED_HEADER,
    NOT_APPLICABLE,
    CabinetOfficeCsvCheck,
    CabinetOfficeReturn,
    Explanation,
    IdentityCheck,
    IdentityFailure,
    UnreadableCell,
    Value,
    cabinet_office,
    cabinet_office_by_period,
    cabinet_office_tally,
    check_cabinet_office_csv,
    check_cabinet_office_row,
    read_cabinet_office_csv,
    rollup,
)
from ._private.statistics._campaign import (
    ALAVETELI_STATES,
    Campaign,
    CampaignRow,
    CampaignSummary,
    Key,
    KeyKind,
    Missing,
    MissingReason,
    Target,
    TargetRecord,
    TargetStatus,
    WdtkBatchRow,
    read_alaveteli_project_csv,
    read_wdtk_batch_csv,
)
from ._private.statistics._cli import parse_period, read_jsonl
from ._private.statistics._core import (
    CaseFacts,
    CountBasis,
    Period,
    Proportion,
    StatisticsError,
    Tally,
    band,
    case_facts,
    wilson_interval,
)
from ._private.statistics._export import FORMULA_PREFIXES, csv_cell, write_csv
from ._private.statistics._parquet import ENUM_COLUMNS, write_parquet
from ._private.statistics._plot import plot_timeliness, sub_periods
from ._private.statistics._profiles import Report, code_of_practice, ico_timeliness, sic
from ._private.statistics._r004 import R004Report, r004
from ._private.statistics._rules import (
    CO_HEADERS,
    CO_ROLLUP,
    SIC_ROLLUP,
    THRESHOLDS,
    Outcome,
    RollupRule,
    Threshold,
    Timeliness,
)
from ._private.statistics._star import TABLES, fact_rows, write_star_schema
from ._private.statistics._xlsx import MAX_CELL_CHARS, MAX_ROWS, write_xlsx

__all__ = [
    "ALAVETELI_STATES",
    "CO_HEADERS",
    "CO_PUBLISHED_HEADER",
    "CO_ROLLUP",
    "ENUM_COLUMNS",
    "FORMULA_PREFIXES",
    "MAX_CELL_CHARS",
    "MAX_ROWS",
    "NOT_APPLICABLE",
    "SIC_ROLLUP",
    "TABLES",
    "THRESHOLDS",
    "CabinetOfficeCsvCheck",
    "CabinetOfficeReturn",
    "Campaign",
    "CampaignRow",
    "CampaignSummary",
    "CaseFacts",
    "CountBasis",
    "Explanation",
    "IdentityCheck",
    "IdentityFailure",
    "Key",
    "KeyKind",
    "Missing",
    "MissingReason",
    "Outcome",
    "Period",
    "Proportion",
    "R004Report",
    "Report",
    "RollupRule",
    "StatisticsError",
    "Tally",
    "Target",
    "TargetRecord",
    "TargetStatus",
    "Threshold",
    "Timeliness",
    "UnreadableCell",
    "Value",
    "WdtkBatchRow",
    "band",
    "cabinet_office",
    "cabinet_office_by_period",
    "cabinet_office_tally",
    "case_facts",
    "check_cabinet_office_csv",
    "check_cabinet_office_row",
    "code_of_practice",
    "csv_cell",
    "fact_rows",
    "ico_timeliness",
    "parse_period",
    "plot_timeliness",
    "r004",
    "read_alaveteli_project_csv",
    "read_cabinet_office_csv",
    "read_jsonl",
    "read_wdtk_batch_csv",
    "rollup",
    "sic",
    "sub_periods",
    "wilson_interval",
    "write_csv",
    "write_parquet",
    "write_star_schema",
    "write_xlsx",
]
