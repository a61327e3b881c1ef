"""The statute catalogue as a tested data set: every row below cites its source."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import foilib
from foilib import (
    Absoluteness,
    AmbiguousCitationError,
    ArgumentError,
    ArgumentTypeError,
    Citation,
    CitationError,
    HarmTest,
    Provision,
    ProvisionKind,
    Regime,
    UnknownProvisionError,
    parse_citation,
    provision,
    provisions,
)

FOIA_S2_3 = "FOIA s.2(3) https://www.legislation.gov.uk/ukpga/2000/36/section/2"
FOISA_S2_2 = "FOISA s.2(2) https://www.legislation.gov.uk/asp/2002/13/section/2"
EIR_R12_1 = "EIR reg 12(1)(b) https://www.legislation.gov.uk/uksi/2004/3391/regulation/12"
EISR_R10_1 = "EISR reg 10(1)(b) https://www.legislation.gov.uk/ssi/2004/520/regulation/10"
CRAG = "CRAG 2010 Sch 7 https://www.legislation.gov.uk/ukpga/2010/25/schedule/7"
DPA = "DPA 2018 Sch 19 para 56 https://www.legislation.gov.uk/ukpga/2018/12/schedule/19"
AMEND_2013 = (
    "FOI (Amendment) (Scotland) Act 2013 s.2 https://www.legislation.gov.uk/asp/2013/2/section/2"
)

CRAG_63_V = (
    "[V] CRAG 2010 Sch 7 para 5(2)-(3) as enacted "
    "https://www.legislation.gov.uk/ukpga/2010/25/schedule/7/enacted"
)
S63_REVISED_V = "[V] FOIA Part VI revised https://www.legislation.gov.uk/ukpga/2000/36/part/VI"
PANOPTICON_S = (
    "[S] 'ss.36 (NI), 28 and 43 remain 30 years' "
    "https://panopticonblog.com/2010/06/30/unfinished-business/"
)
SSI_2013_365_V = (
    "[V] FOISA (Historical Periods) Order 2013, SSI 2013/365 art 2 "
    "http://www.legislation.gov.uk/sdsi/2013/9780111021941"
)
FOIA_S43_BILL_S = (
    "[S] s.43(3) text, Bill cl.41(3) as enacted "
    "https://publications.parliament.uk/pa/ld199900/ldbills/055/00055--i.htm"
)

ALL = [p for r in Regime for p in provisions(r)]


def exemptions(regime: Regime) -> list[Provision]:
    return [
        p
        for p in provisions(regime)
        if p.kind in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
    ]


# --- absolute exemptions: FOIA s.2(3) and FOISA s.2(2), exactly ---------------------------

# (canonical citation, absoluteness, source)
FOIA_ABSOLUTENESS = [
    ("FOIA s.21", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (a)"),
    ("FOIA s.23", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (b)"),
    ("FOIA s.32", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (c)"),
    ("FOIA s.34", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (d)"),
    ("FOIA s.36", Absoluteness.PARTLY_ABSOLUTE, FOIA_S2_3 + " para (e): Houses of Parliament only"),
    ("FOIA s.37", Absoluteness.PARTLY_ABSOLUTE, FOIA_S2_3 + " para (ea); " + CRAG),
    ("FOIA s.37(1)", Absoluteness.PARTLY_ABSOLUTE, FOIA_S2_3 + " para (ea); " + CRAG),
    ("FOIA s.37(1)(a)", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (ea); " + CRAG),
    ("FOIA s.37(1)(aa)", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (ea); " + CRAG),
    ("FOIA s.37(1)(ab)", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (ea); " + CRAG),
    ("FOIA s.37(1)(ac)", Absoluteness.QUALIFIED, FOIA_S2_3 + " para (ea) stops at (ab)"),
    ("FOIA s.37(1)(ad)", Absoluteness.QUALIFIED, FOIA_S2_3 + " para (ea) stops at (ab)"),
    ("FOIA s.37(1)(b)", Absoluteness.QUALIFIED, FOIA_S2_3 + " para (ea) stops at (ab)"),
    ("FOIA s.40", Absoluteness.PARTLY_ABSOLUTE, FOIA_S2_3 + " paras (f), (fa); " + DPA),
    ("FOIA s.40(1)", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (f); " + DPA),
    ("FOIA s.40(2)", Absoluteness.PARTLY_ABSOLUTE, FOIA_S2_3 + " para (fa); " + DPA),
    ("FOIA s.40(3A)", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (fa) first condition; " + DPA),
    ("FOIA s.41", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (g)"),
    ("FOIA s.44", Absoluteness.ABSOLUTE, FOIA_S2_3 + " para (h)"),
]


@pytest.mark.parametrize(("cited", "expected", "source"), FOIA_ABSOLUTENESS)
def test_foia_absolute_exemptions(cited: str, expected: Absoluteness, source: str) -> None:
    assert provision(cited).absoluteness is expected, source


def test_no_other_foia_exemption_is_absolute() -> None:
    """FOIA s.2(3): "the following provisions of Part II (and no others)"."""
    listed = {cited for cited, a, _ in FOIA_ABSOLUTENESS if a is Absoluteness.ABSOLUTE}
    partly = {cited for cited, a, _ in FOIA_ABSOLUTENESS if a is Absoluteness.PARTLY_ABSOLUTE}
    for p in exemptions(Regime.FOIA):
        if p.absolute:
            assert str(p.citation) in listed, FOIA_S2_3
        elif p.absoluteness is Absoluteness.PARTLY_ABSOLUTE:
            assert str(p.citation) in partly, FOIA_S2_3
        else:
            assert p.public_interest_test, FOIA_S2_3


FOISA_ABSOLUTENESS = [
    ("FOISA s.25", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (a)"),
    ("FOISA s.26", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (b)"),
    ("FOISA s.36", Absoluteness.PARTLY_ABSOLUTE, FOISA_S2_2 + " para (c): s.36(2) only"),
    ("FOISA s.36(1)", Absoluteness.QUALIFIED, FOISA_S2_2 + " para (c): s.36(2) only"),
    ("FOISA s.36(2)", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (c)"),
    ("FOISA s.37", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (d)"),
    ("FOISA s.38", Absoluteness.PARTLY_ABSOLUTE, FOISA_S2_2 + " para (e)"),
    ("FOISA s.38(1)(a)", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (e)(i)"),
    (
        "FOISA s.38(1)(b)",
        Absoluteness.PARTLY_ABSOLUTE,
        FOISA_S2_2 + " para (e)(ii): first condition",
    ),
    ("FOISA s.38(1)(c)", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (e)(i)"),
    ("FOISA s.38(1)(d)", Absoluteness.ABSOLUTE, FOISA_S2_2 + " para (e)(i)"),
]


@pytest.mark.parametrize(("cited", "expected", "source"), FOISA_ABSOLUTENESS)
def test_foisa_absolute_exemptions(cited: str, expected: Absoluteness, source: str) -> None:
    assert provision(cited).absoluteness is expected, source


def test_no_other_foisa_exemption_is_absolute() -> None:
    """FOISA s.2(2) lists the absolute exemptions; all others are qualified."""
    known = {cited for cited, a, _ in FOISA_ABSOLUTENESS if a is not Absoluteness.QUALIFIED}
    for p in exemptions(Regime.FOISA):
        if p.absoluteness is not Absoluteness.QUALIFIED:
            assert str(p.citation) in known, FOISA_S2_2


@pytest.mark.parametrize(("regime", "source"), [(Regime.EIR, EIR_R12_1), (Regime.EISR, EISR_R10_1)])
def test_every_environmental_reg_12_or_10_exception_is_public_interest_tested(
    regime: Regime, source: str
) -> None:
    number = "12" if regime is Regime.EIR else "10"
    excs = [p for p in exemptions(regime) if p.citation.section == number]
    letters = {p.citation.path for p in excs}
    assert {("4", x) for x in "abcde"} <= letters, source
    assert {("5", x) for x in "abcdefg"} <= letters, source
    for p in excs:
        assert p.public_interest_test, (str(p.citation), source)
        assert not p.absolute, source


def test_environmental_personal_data_is_absolute_only_in_part() -> None:
    """EIR reg 13(1)(a) / EISR reg 11(2): no public interest test under the first condition."""
    for cited in ("EIR reg.13", "EISR reg.11"):
        assert provision(cited).absoluteness is Absoluteness.PARTLY_ABSOLUTE


# --- harm tests -------------------------------------------------------------------------

HARM = [
    ("FOIA s.43(1)", HarmTest.CLASS, "FOIA s.43(1): trade secrets, no harm test"),
    ("FOIA s.43(2)", HarmTest.PREJUDICE, "FOIA s.43(2): 'would, or would be likely to, prejudice'"),
    ("FOIA s.31", HarmTest.PREJUDICE, "FOIA s.31(1)"),
    ("FOIA s.35", HarmTest.CLASS, "FOIA s.35(1)"),
    ("FOIA s.24", HarmTest.NATIONAL_SECURITY, "FOIA s.24(1): 'required for the purpose of'"),
    ("FOIA s.38", HarmTest.ENDANGERMENT, "FOIA s.38(1): 'endanger'"),
    ("FOIA s.27(2)", HarmTest.CLASS, "FOIA s.27(2): confidential information from a State"),
    ("EIR reg.12(5)(e)", HarmTest.ADVERSE_EFFECT, "EIR reg 12(5): 'would adversely affect'"),
    (
        "EISR reg.10(5)(e)",
        HarmTest.SUBSTANTIAL_PREJUDICE,
        "EISR reg 10(5): 'prejudice substantially'",
    ),
    ("FOISA s.33(1)(b)", HarmTest.SUBSTANTIAL_PREJUDICE, "FOISA s.33(1)(b)"),
    ("FOISA s.33(1)(a)", HarmTest.CLASS, "FOISA s.33(1)(a): trade secrets"),
    ("FOISA s.30", HarmTest.SUBSTANTIAL_PREJUDICE, "FOISA s.30"),
    ("FOISA s.29", HarmTest.CLASS, "FOISA s.29"),
]


@pytest.mark.parametrize(("cited", "expected", "source"), HARM)
def test_harm_tests(cited: str, expected: HarmTest, source: str) -> None:
    assert provision(cited).harm_test is expected, source


# --- neither confirm nor deny -----------------------------------------------------------

# Every FOIA Part II section except s.21 has its own NCND clause (each section's text).
FOIA_NCND = {
    "22": "22(2)", "22A": "22A(2)", "23": "23(5)", "24": "24(2)", "26": "26(3)",
    "27": "27(4)", "28": "28(3)", "29": "29(2)", "30": "30(3)", "31": "31(3)",
    "32": "32(3)", "33": "33(3)", "34": "34(2)", "35": "35(3)", "36": "36(3)",
    "37": "37(2)", "38": "38(2)", "39": "39(2)", "41": "41(2)", "42": "42(2)",
    "43": "43(3)", "44": "44(2)",
}  # fmt: skip


@pytest.mark.parametrize(("section", "clause"), sorted(FOIA_NCND.items()))
def test_foia_ncnd_clauses(section: str, clause: str) -> None:
    p = provision(f"FOIA s.{section}")
    assert [c.local for c in p.ncnd_clauses] == [f"s.{clause}"], f"FOIA s.{clause}"


def test_foia_s21_and_s40_ncnd() -> None:
    assert provision("FOIA s.21").ncnd_clauses == (), "FOIA s.21 has no NCND clause"
    assert [c.local for c in provision("FOIA s.40").ncnd_clauses] == ["s.40(5A)", "s.40(5B)"], DPA


FOISA_S18 = ["28", "29", "30", "31", "32", "33", "34", "35", "38", "39(1)", "41"]


@pytest.mark.parametrize("cited", FOISA_S18)
def test_foisa_ncnd_is_section_18(cited: str) -> None:
    """FOISA s.18(1): ss.28 to 35, 38 (added by the 2013 Act), 39(1) and 41."""
    clauses = provision(f"FOISA s.{cited}").ncnd_clauses
    assert [str(c) for c in clauses] == ["FOISA s.18(1)"], AMEND_2013


@pytest.mark.parametrize("cited", ["25", "26", "27", "36", "37", "39(2)", "40"])
def test_foisa_no_ncnd_outside_section_18(cited: str) -> None:
    assert provision(f"FOISA s.{cited}").ncnd_clauses == (), "FOISA s.18(1)"


def test_eir_ncnd_only_for_12_5_a_and_personal_data() -> None:
    """EIR reg 12(6) covers reg 12(5)(a) interests only; reg 13(5A) personal data."""
    for p in exemptions(Regime.EIR):
        if p.citation.section == "12" and p.citation.path != ("5", "a") and p.citation.path:
            assert p.ncnd_clauses == (), str(p.citation)
    assert [str(c) for c in provision("EIR reg.12(5)(a)").ncnd_clauses] == ["EIR reg.12(6)"]
    assert [str(c) for c in provision("EIR reg.13").ncnd_clauses] == ["EIR reg.13(5A)"]


def test_every_ncnd_clause_is_itself_catalogued() -> None:
    for p in ALL:
        for clause in p.ncnd_clauses:
            provision(clause)


# --- falling away with time ----------------------------------------------------------------

FALLS_AWAY = [
    ("FOIA s.31", 100, "FOIA s.63(4)"),
    ("FOIA s.37(1)(b)", 60, "FOIA s.63(3)"),
    # Was 20 (wrong): CRAG 2010 Sch 7 para 5(2)(b) replaced "36, 37(1)(a), 42 or 43" in
    # s.63(1) with "or 42", so s.43 is no longer on the 20-year list; it keeps 30 years.
    ("FOIA s.43(2)", 30, CRAG_63_V + "; 30 years: " + PANOPTICON_S),
    ("FOIA s.43(1)", 30, CRAG_63_V + "; 30 years: " + PANOPTICON_S),
    ("FOIA s.43", 30, CRAG_63_V + "; 30 years: " + PANOPTICON_S),
    ("FOIA s.28", 30, CRAG_63_V + " (para 5(2)(a) omits '28,'); 30 years: " + PANOPTICON_S),
    ("FOIA s.36", None, S63_REVISED_V + " s.63(2A)-(2B): Northern Ireland limbs excepted"),
    ("FOIA s.30(1)", 20, "FOIA s.63(1)"),
    ("FOIA s.32", 20, S63_REVISED_V + " s.63(1)"),
    ("FOIA s.33", 20, S63_REVISED_V + " s.63(1)-(2)"),
    ("FOIA s.35", 20, S63_REVISED_V + " s.63(1)"),
    ("FOIA s.42", 20, S63_REVISED_V + " s.63(1)-(2)"),
    ("FOISA s.36", 30, SSI_2013_365_V + " s.57(1B)"),
    ("FOISA s.37", 15, SSI_2013_365_V + " s.57(1A)"),
    ("FOISA s.28", 15, "FOISA s.57(1), s.58(1); SSI 2013/365"),
    ("FOISA s.35", 100, "FOISA s.58(2)"),
    ("FOISA s.41(b)", 60, "FOISA s.58(2)"),
]


@pytest.mark.parametrize(("cited", "years", "source"), FALLS_AWAY)
def test_falls_away(cited: str, years: int | None, source: str) -> None:
    assert provision(cited).falls_away_years == years, source


# Where a section's falling-away period is split, the text must say so.
FALLS_AWAY_TEXT = [
    ("FOIA s.36", "Northern Ireland", S63_REVISED_V + " s.63(2A)-(2B)"),
    ("FOIA s.36", "30 years", PANOPTICON_S),
    ("FOIA s.28", "30 years", CRAG_63_V),
    ("FOIA s.43(1)", "30 years", CRAG_63_V),
    ("FOISA s.41(a)", "5 years after the relevant death", SSI_2013_365_V + " s.57(1C)"),
]


@pytest.mark.parametrize(("cited", "words", "source"), FALLS_AWAY_TEXT)
def test_falls_away_text(cited: str, words: str, source: str) -> None:
    assert words in provision(cited).falls_away, source


def test_foia_s43_ncnd_is_tied_to_commercial_prejudice() -> None:
    """FOIA s.43(3): only where confirming or denying would prejudice the s.43(2) interests."""
    assert "s.43(2)" in provision("FOIA s.43(1)").note, FOIA_S43_BILL_S


def test_section_22a_falls_away_with_publication() -> None:
    p = provision("s.22A")
    assert "publish" in p.falls_away
    assert any("2014/18" in a for a in p.authorities)


# --- refusal grounds and duties ------------------------------------------------------------


def test_refusal_grounds() -> None:
    for cited in ("FOIA s.12", "FOIA s.14(1)", "FOIA s.14(2)", "FOISA s.12", "FOISA s.14"):
        p = provision(cited)
        assert p.kind is ProvisionKind.REFUSAL_GROUND
        assert not p.public_interest_test
    cost = provision("FOIA s.12")
    assert "£600" in cost.note and "£450" in cost.note and "£25" in cost.note
    assert any("2004/3244" in a for a in cost.authorities)


REQUIRED = {
    Regime.FOIA: [
        "1(1)(a)", "1(1)(b)", "1(3)", "8", "9", "10(1)", "10(3)", "10(6)", "11", "12", "14(1)",
        "14(2)", "16", "17(1)", "17(2)", "17(3)", "17(4)", "17(5)", "17(6)", "17(7)", "45",
        "50", "57", "63", "21", "22", "22A", "23", "24", "26", "27", "28", "29", "30", "31",
        "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43(1)", "43(2)",
        "44",
    ],
    Regime.EIR: [
        *(f"12(4)({x})" for x in "abcde"), *(f"12(5)({x})" for x in "abcdefg"), "12(6)",
        "13", "5", "6", "7", "9", "11", "14",
    ],
    Regime.FOISA: [
        *(str(n) for n in range(25, 42)), "12", "14", "18", "1", "10", "15", "16", "19",
        "20", "21", "47", "56",
    ],
    Regime.EISR: [
        *(f"10(4)({x})" for x in "abcde"), *(f"10(5)({x})" for x in "abcdefg"), "11",
        "5", "6", "7", "9", "13", "16", "17",
    ],
}  # fmt: skip


@pytest.mark.parametrize("regime", list(Regime))
def test_catalogue_covers_the_issue_list(regime: Regime) -> None:
    for local in REQUIRED[regime]:
        p = provision(local, regime)
        assert p.regime is regime


# --- data invariants -----------------------------------------------------------------------


@pytest.mark.parametrize("p", ALL, ids=[str(p.citation) for p in ALL])
def test_every_entry_carries_its_source(p: Provision) -> None:
    assert p.source_url.startswith("https://www.legislation.gov.uk/")
    assert p.source_url.endswith("/" + p.citation.section)
    assert p.title
    for authority in p.authorities:
        assert "https://" in authority
    if p.absoluteness is Absoluteness.PARTLY_ABSOLUTE:
        assert p.absolute_part


def test_canonical_citations_unique_and_round_trip() -> None:
    names = [str(p.citation) for p in ALL]
    assert len(names) == len(set(names))
    for p in ALL:
        assert parse_citation(str(p.citation)) == p.citation
        assert provision(str(p.citation)) is p


def test_whole_section_is_absolute_only_where_all_of_it_is() -> None:
    by_section: dict[Citation, list[Provision]] = {}
    for p in ALL:
        if p.citation.path and p.kind in (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION):
            by_section.setdefault(p.citation.whole, []).append(p)
    for whole, parts in by_section.items():
        w = provision(whole)
        if w.absolute:
            assert all(part.absolute for part in parts), str(whole)
        if any(part.absoluteness is not Absoluteness.ABSOLUTE for part in parts):
            assert not w.absolute, str(whole)


def test_whole_section_and_covered_subsections_resolve() -> None:
    assert provision("s.21").citation == Citation(Regime.FOIA, "21")
    assert provision("s.21").absolute
    assert provision("section 38(1)(a)").citation == Citation(Regime.FOIA, "38")
    assert not provision("s.40").absolute
    assert provision("s.40(2)(a)").citation.local == "s.40(2)"


def test_provisions_iterates_one_regime() -> None:
    assert all(p.regime is Regime.EISR for p in provisions(Regime.EISR))
    with pytest.raises(ArgumentTypeError):
        provisions(1)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError):  # only a regime's exact value string is read
        provisions("EIR")  # type: ignore[arg-type]


# --- unknown and ambiguous ------------------------------------------------------------------


def test_unknown_provision_suggests_nearest() -> None:
    with pytest.raises(UnknownProvisionError) as info:
        provision("reg 12(4)(f)")
    assert "EIR reg.12(4)" in info.value.suggestions
    assert isinstance(info.value, LookupError)
    with pytest.raises(UnknownProvisionError) as info2:
        provision("s.99")
    assert info2.value.suggestions


def test_section_for_a_regulation_suggests_the_regulation() -> None:
    with pytest.raises(UnknownProvisionError) as info:
        provision("section 12(5)(e)")
    assert "EIR reg.12(5)(e)" in info.value.suggestions


def test_ambiguous_bare_number() -> None:
    with pytest.raises(AmbiguousCitationError) as info:
        provision("12")
    assert set(info.value.candidates) == {"FOIA s.12", "EIR reg.12", "FOISA s.12"}
    assert "could mean" in str(info.value)
    again = pickle.loads(pickle.dumps(info.value))
    assert again.candidates == info.value.candidates


def test_bare_number_in_one_regime_resolves() -> None:
    assert str(provision("12(5)(e)").citation) == "EIR reg.12(5)(e)"
    assert str(provision("10(5)(f)").citation) == "EISR reg.10(5)(f)"


def test_bad_arguments() -> None:
    with pytest.raises(CitationError):
        provision("section banana")
    with pytest.raises(ArgumentTypeError):
        provision(40)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError):
        provision(Citation(Regime.FOIA, "40"), Regime.EIR)
    with pytest.raises(ArgumentTypeError):
        provision("s.40", 1)  # type: ignore[arg-type]


def test_exported() -> None:
    for name in ("provision", "provisions", "Provision", "parse_citation", "find_citations"):
        assert name in foilib.__all__


# --- the catalogue through time (provision(..., on=)) -------------------------------------

_ON_ROWS = [
    # (text, regime, day, in force?, came into force) -- each with its instrument:
    # DPA 2018 Sch 19 para 58, valid from 25 May 2018.
    ("s.40(3A)", foilib.Regime.FOIA, dt.date(2018, 5, 24), False, dt.date(2018, 5, 25)),
    ("s.40(3A)", foilib.Regime.FOIA, dt.date(2018, 5, 25), True, None),
    ("s.40(5B)", foilib.Regime.FOIA, dt.date(2015, 3, 2), False, dt.date(2018, 5, 25)),
    # Intellectual Property Act 2014 s.20; SI 2014/2330: 1 October 2014.
    ("s.22A", foilib.Regime.FOIA, dt.date(2014, 9, 30), False, dt.date(2014, 10, 1)),
    ("s.22A(2)", foilib.Regime.FOIA, dt.date(2014, 10, 1), True, None),
    # The right of access: 1 January 2005 (every regime).
    ("s.43(2)", foilib.Regime.FOIA, dt.date(2004, 12, 31), False, dt.date(2005, 1, 1)),
    ("reg 12(5)(e)", foilib.Regime.EIR, dt.date(2005, 1, 1), True, None),
    ("s.33(1)(b)", foilib.Regime.FOISA, dt.date(2004, 12, 31), False, dt.date(2005, 1, 1)),
]


@pytest.mark.parametrize(("text", "regime", "day", "ok", "start"), _ON_ROWS)
def test_provision_on_a_day(
    text: str, regime: foilib.Regime, day: dt.date, ok: bool, start: dt.date | None
) -> None:
    if ok:
        assert foilib.provision(text, regime, on=day) is not None
    else:
        with pytest.raises(foilib.NotInForceError) as info:
            foilib.provision(text, regime, on=day)
        assert info.value.in_force_from == start
        assert start is not None and start.isoformat() in str(info.value)
        assert isinstance(info.value, foilib.UnknownProvisionError)


def test_s40_before_and_after_25_may_2018() -> None:
    before = foilib.provision("s.40(2)", foilib.Regime.FOIA, on=dt.date(2018, 5, 24))
    after = foilib.provision("s.40(2)", foilib.Regime.FOIA, on=dt.date(2018, 5, 25))
    assert "1998" in before.absolute_part and "3A" not in before.absolute_part
    assert after == foilib.provision("s.40(2)", foilib.Regime.FOIA)
    assert [str(c) for c in before.ncnd_clauses] == ["FOIA s.40(5)"]


def test_foisa_s18_gains_s38_on_31_may_2013() -> None:
    # FOI (Amendment) (Scotland) Act 2013 s.2; SSI 2013/136 art 2.
    s38 = "FOISA s.38"
    assert foilib.provision(s38, on=dt.date(2013, 5, 30)).ncnd_clauses == ()
    assert foilib.provision(s38, on=dt.date(2013, 5, 31)).ncnd_clauses != ()


def test_on_must_be_a_date() -> None:
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.provision("s.43(2)", on=dt.datetime(2020, 1, 1))


@pytest.mark.parametrize("text", ["s.30(1)", "s.32", "s.33", "s.35", "s.42"])
def test_historical_records_were_30_years_before_2013(text: str) -> None:
    # CRAG 2010 s.46(1), Sch 7: in force 1 January 2013 (SI 2012/3001 art 3(1)(b)).
    before = foilib.provision(text, foilib.Regime.FOIA, on=dt.date(2012, 12, 31))
    after = foilib.provision(text, foilib.Regime.FOIA, on=dt.date(2013, 1, 1))
    assert (before.falls_away_years, after.falls_away_years) == (30, 20)
