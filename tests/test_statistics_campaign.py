"""Campaigns: per-target status under each target's regime, typed extraction with reasoned
missing values, wide/long tables, summary, follow-up lists, WDTK/Alaveteli imports."""

from __future__ import annotations

import datetime as dt

import pytest
from statistics_cases import K, P, record

from foilib import ArgumentError, Citation, Event, Regime, ValidationError
from foilib.statistics import (
    Campaign,
    Key,
    KeyKind,
    Missing,
    MissingReason,
    StatisticsError,
    Target,
    TargetRecord,
    TargetStatus,
    read_alaveteli_project_csv,
    read_wdtk_batch_csv,
)

D = dt.date
AS_OF = D(2025, 5, 16)
SCHEMA = (
    Key("staff", KeyKind.NUMBER, part="1", unit="FTE"),
    Key("uses_power_bi", KeyKind.YES_NO, part="2"),
    Key("tool", KeyKind.CHOICE, choices=("Excel", "Power BI", "Other")),
)
TARGETS = (
    Target("leicester", "Leicester City Council", scheme="wdtk"),
    Target("edinburgh", "City of Edinburgh Council", Regime.FOISA, scheme="wdtk"),
    Target("E1", "Zero Council", scheme="gss"),
    Target("W1", "Withheld Council"),
    Target("C1", "Costly Council"),
    Target("Q1", "Clarifying Council"),
    Target("N1", "Never Sent Council"),
    Target("X1", "Excluded Parish"),
)


def _campaign() -> Campaign:
    return Campaign(
        "Analytics tools",
        TARGETS,
        SCHEMA,
        pilot=frozenset({"leicester"}),
        excluded={"X1": "parish council: excluded from batches"},
    )


def _records() -> list[TargetRecord]:
    # FOISA and FOIA both received Mon 24 Feb 2025, answered Tue 25 Mar: the FOISA one is
    # late (due 24 Mar), the FOIA one on time (due 25 Mar: 17 Mar is a NI holiday)
    lc, lr = record("L", D(2025, 2, 24), sent=D(2025, 3, 25), parts=(P.PROVIDED,))
    ec, er = record(
        "E", D(2025, 2, 24), sent=D(2025, 3, 25), parts=(P.PROVIDED,), regime=Regime.FOISA
    )
    zc, zr = record("Z", D(2025, 2, 24), sent=D(2025, 3, 3), parts=(P.PROVIDED,))
    wc, wr = record(
        "W", D(2025, 2, 24), sent=D(2025, 3, 3), parts=(P.WITHHELD,), claims=(("43", ("2",)),)
    )
    cc, cr = record("C", D(2025, 2, 24), sent=D(2025, 3, 3), parts=(P.REFUSED_COST,))
    qc, _ = record("Q", D(2025, 2, 24), Event(K.CLARIFICATION_SOUGHT, D(2025, 2, 26)))
    return [
        TargetRecord("leicester", lc, lr, {"staff": 12, "uses_power_bi": True, "tool": "Power BI"}),
        TargetRecord("edinburgh", ec, er, {"staff": 3.5}),
        TargetRecord("E1", zc, zr, {"staff": 0, "uses_power_bi": False}),
        TargetRecord("W1", wc, wr),
        TargetRecord("C1", cc, cr),
        TargetRecord("Q1", qc, None),
    ]


def test_status_and_due_dates_under_each_regime() -> None:
    rows = {r["id"]: r for r in _campaign().wide(_records(), as_of=AS_OF)}
    assert rows["leicester"]["status"] == "answered_on_time"
    assert rows["leicester"]["due"] == D(2025, 3, 25)  # FOIA
    assert rows["edinburgh"]["status"] == "answered_late"
    assert rows["edinburgh"]["due"] == D(2025, 3, 24)  # FOISA
    assert rows["Q1"]["status"] == "clarification"
    assert rows["N1"]["status"] == "not_sent"
    assert rows["X1"]["status"] == "excluded"
    assert rows["leicester"]["pilot"] is True and rows["E1"]["pilot"] is False


MISSING_ROWS = [
    # (target, key, value, missing)
    ("E1", "staff", 0, None),  # a real 0 is never missing
    ("leicester", "tool", "Power BI", None),
    ("E1", "tool", None, "not_extracted"),
    ("W1", "staff", None, "withheld (FOIA s.43(2))"),
    ("C1", "staff", None, "refused_cost"),
    ("Q1", "staff", None, "no_response"),
    ("N1", "staff", None, "not_asked"),
    ("X1", "staff", None, "not_asked"),
]


@pytest.mark.parametrize(("target", "key", "value", "missing"), MISSING_ROWS)
def test_missing_values_carry_reasons(
    target: str, key: str, value: object, missing: str | None
) -> None:
    rows = {r["id"]: r for r in _campaign().wide(_records(), as_of=AS_OF)}
    assert rows[target][key] == value
    assert rows[target][f"{key} missing"] == missing


def test_not_held_part() -> None:
    c, r = record("H", D(2025, 2, 24), sent=D(2025, 3, 3), parts=(P.NOT_HELD,))
    camp = Campaign("x", (Target("H1", "Held Council"),), SCHEMA)
    (row,) = camp.wide([TargetRecord("H1", c, r)], as_of=AS_OF)
    assert row["staff missing"] == "not_held"


def test_long_table() -> None:
    long = list(_campaign().long(_records(), as_of=AS_OF))
    assert len(long) == len(TARGETS) * len(SCHEMA)
    w = next(r for r in long if r["id"] == "W1" and r["key"] == "staff")
    assert w == {
        "id": "W1",
        "part": "1",
        "key": "staff",
        "kind": "number",
        "unit": "FTE",
        "value": None,
        "missing_reason": "withheld",
        "provision": "FOIA s.43(2)",
    }
    assert tuple(_campaign().wide(_records(), as_of=AS_OF)[0]) == _campaign().wide_columns()


def test_summary() -> None:
    s = _campaign().summary(_records(), as_of=AS_OF)
    # 7 targets (X1 excluded); sent 6 (N1 not sent); answered 5 (Q1 awaits clarification)
    assert (s.targets, s.sent) == (7, 6)
    assert str(s.response_rate) == "5/6 = 83.3%"
    assert str(s.on_time) == "4/5 = 80.0%"  # Edinburgh late under FOISA
    assert s.outcomes == {"granted": 3, "refused_cost": 1, "withheld_exemption": 1}
    assert s.numbers["staff"] == {
        "n": 3,
        "missing": 4,
        "min": 0,
        "max": 12,
        "sum": 15.5,
        "mean": 15.5 / 3,
        "median": 3.5,
    }


def test_follow_up_lists() -> None:
    camp, recs = _campaign(), _records()
    assert [t.id for t in camp.follow_up(recs, as_of=AS_OF, kind="clarification")] == ["Q1"]
    assert [t.id for t in camp.follow_up(recs, as_of=AS_OF, kind="refused_cost")] == ["C1"]
    oc, _ = record("O", D(2025, 4, 1))
    overdue = [*recs, TargetRecord("N1", oc)]
    assert [t.id for t in camp.follow_up(overdue, as_of=AS_OF, kind="overdue")] == ["N1"]
    with pytest.raises(ArgumentError):
        camp.follow_up(recs, as_of=AS_OF, kind="everything")


def test_bad_campaigns_and_values() -> None:
    with pytest.raises(ValidationError):
        Campaign("x", (Target("a", "A"), Target("a", "B")))
    with pytest.raises(ValidationError):
        Campaign("x", (Target("a", "A"),), excluded={"b": "no such target"})
    with pytest.raises(ValidationError):
        Key("tool", KeyKind.CHOICE)
    with pytest.raises(ValidationError, match="staff"):
        SCHEMA[0].check(True)  # a bool is not a number
    with pytest.raises(ValidationError):
        SCHEMA[2].check("Tableau")
    assert SCHEMA[0].check(Missing(MissingReason.NOT_HELD)) == Missing(MissingReason.NOT_HELD)
    camp = _campaign()
    with pytest.raises(ArgumentError):
        camp.wide([TargetRecord("nobody")], as_of=AS_OF)
    with pytest.raises(ArgumentError):
        camp.wide([TargetRecord("E1", values={"colour": "red"})], as_of=AS_OF)
    fc, _ = record("F", D(2025, 2, 24))
    with pytest.raises(ArgumentError, match="target's regime"):
        camp.wide([TargetRecord("edinburgh", fc)], as_of=AS_OF)


def test_read_wdtk_batch_csv() -> None:
    text = [
        "\ufeffrequest_url,authority_name,number_of_replies,request_status",
        "https://wdtk.example/request/tools_leicester,Leicester City Council,1,successful",
        "https://www.whatdotheyknow.com/request/tools_york,York Council,0,Awaiting response",
        "https://www.whatdotheyknow.com/request/tools_x,X Council,0,Mystery",
    ]
    rows = read_wdtk_batch_csv(text)
    # an answered state says nothing of timeliness: no on-time/late status (statsfix)
    assert [r.status for r in rows] == [None, TargetStatus.AWAITING, None]
    assert [r.answered for r in rows] == [True, False, False]
    assert rows[0].url_title == "tools_leicester" and rows[0].number_of_replies == 1
    with pytest.raises(StatisticsError, match="line 2"):
        read_wdtk_batch_csv([text[0], "u,a,many,successful"])
    with pytest.raises(StatisticsError, match="expected columns"):
        read_wdtk_batch_csv(["a,b"])


def test_read_alaveteli_project_csv() -> None:
    text = [
        "request,request_url,requested_by,public_body,public_body_url,classified_by,status,"
        "extracted_by,staff,uses_power_bi,tool",
        "Tools,https://x/request/a,Ann,A Council,https://x/body/a,Ann,successful,Ann,"
        '"1,234",Yes,Excel',
        "Tools,https://x/request/b,Ann,B Council,https://x/body/b,Ann,successful,Ann,0,,",
    ]
    rows = read_alaveteli_project_csv(text, SCHEMA)
    assert rows[0] == (
        "https://x/request/a",
        "A Council",
        {"staff": 1234, "uses_power_bi": True, "tool": "Excel"},
    )
    assert rows[1][2] == {"staff": 0}
    with pytest.raises(StatisticsError, match="line 2"):
        read_alaveteli_project_csv([text[0], text[1].replace("Yes", "Maybe")], SCHEMA)


def test_citation_is_kept() -> None:
    m = Missing(MissingReason.WITHHELD, Citation(Regime.FOIA, "40", ("2",)))
    assert str(m) == "withheld (FOIA s.40(2))"
