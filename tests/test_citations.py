"""Citations as officers write them: the parser, its regime defaults and its speed."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import (
    ArgumentTypeError,
    Citation,
    CitationError,
    FoundCitation,
    OtherCitation,
    OtherInstrumentError,
    Regime,
    UnknownProvisionError,
    find_citations,
    iter_citations,
    parse_citation,
    parse_citations,
    provision,
    provisions,
)
from foilib._private.parse import _found, _parse_raw

LETTERS = Path(__file__).parent / "data" / "letters"

FOIA, EIR, FOISA, EISR = Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR


def c(regime: Regime, section: str, *path: str) -> Citation:
    return Citation(regime, section, tuple(path))


# (as written, regime argument, expected citations)
FORMS: list[tuple[str, Regime | None, tuple[Citation, ...]]] = [
    ("section 40(2)", None, (c(FOIA, "40", "2"),)),
    ("s.40(2)", None, (c(FOIA, "40", "2"),)),
    ("s 40 (2)", None, (c(FOIA, "40", "2"),)),
    ("S40(2)", None, (c(FOIA, "40", "2"),)),
    ("Section 17.1", None, (c(FOIA, "17", "1"),)),
    ("Section 1.1 of the Act", None, (c(FOIA, "1", "1"),)),
    ("sections 40(2) and 43(2)", None, (c(FOIA, "40", "2"), c(FOIA, "43", "2"))),
    ("section 38(1)(a) and (b)", None, (c(FOIA, "38", "1", "a"), c(FOIA, "38", "1", "b"))),
    ("regulation 12(5)(e)", None, (c(EIR, "12", "5", "e"),)),
    ("reg. 12(4)(b)", None, (c(EIR, "12", "4", "b"),)),
    ("reg 12(4)(b)", None, (c(EIR, "12", "4", "b"),)),
    ("EIR 12(4)(b)", None, (c(EIR, "12", "4", "b"),)),
    ("FOISA s.38(1)(b)", None, (c(FOISA, "38", "1", "b"),)),
    ("Section 1(1)(a) of the Act", None, (c(FOIA, "1", "1", "a"),)),
    ("section 40(2) of the FOI Act", None, (c(FOIA, "40", "2"),)),
    ("S43(2) of the FOIA", None, (c(FOIA, "43", "2"),)),
    ("Section 45 of the Freedom of Information Act 2000", None, (c(FOIA, "45"),)),
    ("Section 12", None, (c(FOIA, "12"),)),
    ("s.22A", None, (c(FOIA, "22A"),)),
    (
        "s.40(5B)(a)(i) and (ii)",
        None,
        (c(FOIA, "40", "5B", "a", "i"), c(FOIA, "40", "5B", "a", "ii")),
    ),
    (
        "section 37(1)(a), (aa) and (ab)",
        None,
        (c(FOIA, "37", "1", "a"), c(FOIA, "37", "1", "aa"), c(FOIA, "37", "1", "ab")),
    ),
    ("ss. 21, 23 & 32", None, (c(FOIA, "21"), c(FOIA, "23"), c(FOIA, "32"))),
    ("section 30(1) of FOISA", None, (c(FOISA, "30", "1"),)),
    (
        "section 38(1)(b) of the Freedom of Information (Scotland) Act 2002",
        None,
        (c(FOISA, "38", "1", "b"),),
    ),
    (
        "regulation 10(5)(f) of the Environmental Information (Scotland) Regulations 2004",
        None,
        (c(EISR, "10", "5", "f"),),
    ),
    (
        "regulation 12(5)(e) of the Environmental Information Regulations 2004",
        None,
        (c(EIR, "12", "5", "e"),),
    ),
    ("EISR reg. 10(4)(a)", None, (c(EISR, "10", "4", "a"),)),
    # The regime argument sets the jurisdiction; the word sets Act or regulations.
    ("section 38(1)(b)", FOISA, (c(FOISA, "38", "1", "b"),)),
    ("regulation 10(5)(b)", FOISA, (c(EISR, "10", "5", "b"),)),
    ("regulation 10(5)(b) of the EIRs", FOISA, (c(EISR, "10", "5", "b"),)),
    ("section 39 of the Act", EIR, (c(FOIA, "39"),)),
    ("40(2)", FOIA, (c(FOIA, "40", "2"),)),
    ("12(4)(b)", EIR, (c(EIR, "12", "4", "b"),)),
    # A regime named in the text wins over the argument.
    ("EIR reg.12(4)(b)", FOISA, (c(EIR, "12", "4", "b"),)),
    ("FOIA s.40(2)", FOISA, (c(FOIA, "40", "2"),)),
]


@pytest.mark.parametrize(("text", "regime", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_forms_officers_write(
    text: str, regime: Regime | None, expected: tuple[Citation, ...]
) -> None:
    assert parse_citations(text, regime) == expected


def test_parse_citation_reads_one() -> None:
    assert parse_citation("s.43(2)") == c(FOIA, "43", "2")
    assert foilib.parse_citation is parse_citation


def test_parse_citation_rejects_a_list_at_the_second() -> None:
    with pytest.raises(CitationError) as info:
        parse_citation("sections 40(2) and 43(2)")
    assert info.value.position == "sections 40(2) and 43(2)".index("43")


# --- canonical round trip -------------------------------------------------------------

_numbers = st.integers(1, 999).map(str)
_sections = st.builds(lambda n, s: n + s, _numbers, st.sampled_from(["", "A", "B", "ZA"]))
_components = st.one_of(
    st.builds(lambda n, s: n + s, _numbers, st.sampled_from(["", "A", "B"])),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=2),
    st.sampled_from(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xiv"]),
)
citations = st.builds(
    Citation,
    st.sampled_from(list(Regime)),
    _sections,
    st.lists(_components, max_size=5).map(tuple),
)


@given(citations)
def test_canonical_form_round_trips(citation: Citation) -> None:
    assert parse_citation(str(citation)) == citation


@given(citations, st.sampled_from(list(Regime)))
def test_canonical_form_wins_over_the_regime_argument(citation: Citation, regime: Regime) -> None:
    assert parse_citation(str(citation), regime) == citation


@given(st.lists(citations, min_size=1, max_size=4))
def test_canonical_lists_round_trip(items: list[Citation]) -> None:
    text = " and ".join(str(i) for i in items)
    assert parse_citations(text) == tuple(items)


@given(st.text(max_size=40))
def test_arbitrary_text_parses_or_raises_citation_error(text: str) -> None:
    try:
        parse_citations(text)
    except CitationError as exc:
        assert 0 <= exc.position <= len(text)


# --- errors ---------------------------------------------------------------------------

ERRORS = [
    ("section banana", 8),
    ("", 0),
    ("   ", 3),
    ("((((", 0),
    ("s.", 2),
    ("s.40(2) and", 11),
    ("s.40(2) banana", 8),
    ("40(2)", 0),  # a bare number needs a word, a regime name or a regime argument
    ("section 0", 8),
    ("section 1234", 8),
    ("s.1(1)(1)(1)(1)(1)(1)(1)", 21),  # the seventh level
]


@pytest.mark.parametrize(("text", "position"), ERRORS, ids=[e[0] or "empty" for e in ERRORS])
def test_nonsense_raises_citation_error_with_position(text: str, position: int) -> None:
    with pytest.raises(CitationError) as info:
        parse_citations(text)
    assert info.value.position == position
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


def test_wrong_argument_types() -> None:
    with pytest.raises(ArgumentTypeError):
        parse_citations(40)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        parse_citations("s.40", "foia")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        find_citations(None)  # type: ignore[call-overload]


ADVERSARIAL = [
    "(" * 10_000,
    ")" * 10_000,
    "s." + "(1" * 5_000,
    "s.1" + "(1)" * 3_333,
    "s.40" + " and" * 2_500,
    "section " * 1_250,
    "s s s s " * 1_250,
    "1." * 5_000,
    "s.1" + "." * 9_997,
    "FOI (S" * 1_700,
    "Freedom of Information " * 430,
    "s.1 and " * 1_250 + "banana",
    "a" * 10_000,
    "Data Protection Act " * 500 + "section",
    "section 1 (Law " * 700,
    "section 1(a) to " * 600 + "x",
    "section 1(1) with subsection " * 300 + "x",
    "secton 1" * 1_250,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[a[:12] for a in ADVERSARIAL])
def test_adversarial_inputs_fail_with_a_position(text: str) -> None:
    # Their speed is a benchmark (bench_citations.py: the slowest adversarial input), not a
    # timed test.
    with pytest.raises(CitationError) as info:
        parse_citations(text)
    assert 0 <= info.value.position <= len(text)
    find_citations(text)


def test_long_valid_list() -> None:
    text = " and ".join(["s.1(1)"] * 2_000)
    assert len(parse_citations(text)) == 2_000


# --- prose ----------------------------------------------------------------------------


def test_find_citations_spans_and_text() -> None:
    text = "We withheld it under sections 40(2) and 43(2) of the FOI Act."
    found = find_citations(text)
    assert [str(f.citation) for f in found] == ["FOIA s.40(2)", "FOIA s.43(2)"]
    assert [f.as_written for f in found] == ["sections 40(2)", "43(2)"]
    for f in found:
        assert text[f.start : f.end] == f.as_written


def test_find_citations_ignores_counts_dates_and_possessives() -> None:
    text = (
        "It's 20 working days. We received 43 requests in 2019 under the Freedom of "
        "Information Act 2000 and answered Qs. 4-6 on 12 March."
    )
    assert find_citations(text) == ()


def test_find_citations_bare_number_after_singular_word_needs_a_path() -> None:
    found = find_citations("section 40(2) and 43 people asked")
    assert [str(f.citation) for f in found] == ["FOIA s.40(2)"]


def test_find_citations_follows_the_last_named_jurisdiction() -> None:
    text = (
        "Your request under the Freedom of Information (Scotland) Act 2002 was refused "
        "under section 38(1)(b). Environmental parts fall under regulation 10(5)(f)."
    )
    assert [str(f.citation) for f in find_citations(text)] == [
        "FOISA s.38(1)(b)",
        "EISR reg.10(5)(f)",
    ]
    assert [str(f.citation) for f in find_citations(text, Regime.FOIA)] == [
        "FOIA s.38(1)(b)",
        "EIR reg.10(5)(f)",
    ]


# --- every citation in every shared letter ---------------------------------------------

# As the letters write them (checked by eye against /work/shared/letters).
LETTER_CITATIONS = {
    "devon-county-council-foi-statistics.txt": [],
    "leicester-childrens-analytics.txt": [
        ("Section 17.1", "FOIA s.17(1)"),
        ("Section 1.1", "FOIA s.1(1)"),
    ],
    "metropolitan-police-internal-review-acknowledgement.txt": [("Section 45", "FOIA s.45")],
    "national-archives-infanticide-paper-s40.txt": [
        ("section 40(2)", "FOIA s.40(2)"),
        ("section 40(2)", "FOIA s.40(2)"),
        ("Section 40(2)", "FOIA s.40(2)"),
        ("Section 40", "FOIA s.40"),
    ],
    "northumbria-university-research-funding.txt": [],
    "south-wales-police-theft-data-cost-limit.txt": [("Section 12", "FOIA s.12")],
    "uhb-friends-family-test-s43-commercial.txt": [
        ("Section 43", "FOIA s.43"),
        ("Section 43(2)", "FOIA s.43(2)"),
        ("S43(2)", "FOIA s.43(2)"),
        ("Section 43(2)", "FOIA s.43(2)"),
    ],
}


def test_every_shared_letter_is_listed() -> None:
    assert sorted(p.name for p in LETTERS.glob("*.txt")) == sorted(LETTER_CITATIONS)


@pytest.mark.parametrize("name", sorted(LETTER_CITATIONS))
def test_every_citation_in_every_shared_letter(name: str) -> None:
    path = LETTERS / name
    found = find_citations(path.read_text(encoding="utf-8"))
    assert [(f.as_written, str(f.citation)) for f in found] == LETTER_CITATIONS[name]
    for f in found:
        # Each as-written form parses on its own, and resolves in the catalogue.
        assert parse_citation(f.as_written) == f.citation
        assert foilib.provision(f.citation).citation.contains(f.citation)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A regime name written straight after the citation names its instrument.
        ("s.14(1) FOIA", ["FOIA s.14(1)"]),
        ("section 38(1)(b) FOISA", ["FOISA s.38(1)(b)"]),
        ("regulation 12(5)(e) EIR", ["EIR reg.12(5)(e)"]),
        ("sections 30(b) and 33(1)(b) FOISA", ["FOISA s.30(b)", "FOISA s.33(1)(b)"]),
    ],
)
def test_trailing_regime_name(text: str, expected: list[str]) -> None:
    assert [str(c) for c in parse_citations(text)] == expected
    found = find_citations(f"We withheld it under {text} and explain why below.")
    assert [str(f.citation) for f in found] == expected


# --- citations in running text (issue 12) ----------------------------------------------

CORPUS = Path(__file__).parent / "data" / "citations" / "corpus.jsonl"


def _names(found: tuple[FoundCitation | OtherCitation, ...]) -> list[str]:
    return [str(f.citation) if isinstance(f, FoundCitation) else str(f) for f in found]


def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_corpus_precision_and_recall() -> None:
    rows = _corpus()
    assert len(rows) >= 150
    assert sum(1 for r in rows if r["form"] == "other-only") >= 15
    true_pos = found_n = expected_n = 0
    misses = []
    for row in rows:
        text, regime = str(row["text"]), row["regime"]
        got = Counter(_names(find_citations(text, Regime(regime) if regime else None, others=True)))
        want = Counter(str(x) for x in row["expected"])
        true_pos += sum((got & want).values())
        found_n += sum(got.values())
        expected_n += sum(want.values())
        if got != want:
            misses.append((text, sorted(got.elements()), sorted(want.elements())))
    precision, recall = true_pos / found_n, true_pos / expected_n
    print(f"citation corpus: {len(rows)} sentences, precision {precision:.3f}, recall {recall:.3f}")
    assert misses == []
    assert (precision, recall) == (1.0, 1.0)


# (text, expected with others=True). Each row pins one kind the issue names.
OTHER_ACTS = [
    (
        "Disclosure would breach section 170 of the Data Protection Act 2018.",
        ["Data Protection Act 2018 s.170"],
    ),
    ("a request under section 7 of the Data Protection Act 1998", ["Data Protection Act 1998 s.7"]),
    (
        "read with section 18 of the Commissioners for Revenue and Customs Act 2005",
        ["Commissioners for Revenue and Customs Act 2005 s.18"],
    ),
    (
        "regulation 5 of the Freedom of Information and Data Protection (Appropriate Limit and "
        "Fees) Regulations 2004 applies",
        [
            "Freedom of Information and Data Protection (Appropriate Limit and Fees) "
            "Regulations 2004 reg.5"
        ],
    ),
    ("see section 7 of the DPA", ["DPA s.7"]),
    ("under the DPA, section 7, he may ask", ["DPA s.7"]),
    ("DPA s.7 gave a right of access", ["DPA s.7"]),
    # A capitalised word straight before an abbreviation does not hide it (found by the
    # "among other Acts" property after the merge): "Commissioner DPA s.1" is the DPA's.
    ("the Commissioner DPA s.7 applies", ["DPA s.7"]),
    ("Information Commissioner UK GDPR Article 6(1)(f)", ["UK GDPR art.6(1)(f)"]),
    ("Article 6(1)(f) UK GDPR is the basis", ["UK GDPR art.6(1)(f)"]),
    ("section 6 of the Human Rights Act 1998", ["Human Rights Act 1998 s.6"]),
    ("section 100A of the Local Government Act 1972", ["Local Government Act 1972 s.100A"]),
    ("section 44(1)(a) of FOIA and section 18(1) of the CRCA", ["FOIA s.44(1)(a)", "CRCA s.18(1)"]),
    ("section 170 of the data protection act 2018", ["data protection act 2018 s.170"]),
    (
        "section 18 of the Commissioners for Revenue and Customs Act 2005 and section 23 "
        "of that Act",
        [
            "Commissioners for Revenue and Customs Act 2005 s.18",
            "Commissioners for Revenue and Customs Act 2005 s.23",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_ACTS, ids=[t for t, _ in OTHER_ACTS])
def test_other_instruments_are_never_foi_law(text: str, expected: list[str]) -> None:
    assert _names(find_citations(text, others=True)) == expected
    foi = [n for n in expected if n.split()[0] in {r.name for r in Regime}]
    assert [str(f.citation) for f in find_citations(text)] == foi
    for regime in Regime:  # a regime argument never turns them into FOI law
        assert [str(f.citation) for f in find_citations(text, regime)] == foi


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("section 170 of the Data Protection Act 2018", "Data Protection Act 2018"),
        ("DPA s.7", "DPA"),
        ("the DPA, section 7", "DPA"),
        ("Article 6(1)(f) UK GDPR", "UK GDPR"),
        ("Article 8", None),
    ],
)
def test_parse_citation_agrees_other_instrument(text: str, instrument: str | None) -> None:
    with pytest.raises(OtherInstrumentError) as info:
        parse_citation(text)
    assert info.value.instrument == instrument
    assert isinstance(info.value, CitationError)
    assert find_citations(text) == ()
    (other,) = find_citations(text, others=True)
    assert isinstance(other, OtherCitation) and other.instrument == instrument


KINDS = [
    # A bracketed heading between the provision and its Act.
    ("section 35(1)(a) (Law enforcement) of FOISA", None, [("FOISA s.35(1)(a)", None)]),
    (
        "sections 33(1)(b) (Commercial interests and the economy) and 36(2) (Confidentiality) "
        "of FOISA",
        None,
        [("FOISA s.33(1)(b)", None), ("FOISA s.36(2)", None)],
    ),
    # The document's regime; the regime argument overrides it.
    (
        "Freedom of Information (Scotland) Act 2002\nWe withhold it under section 33(1)(b).",
        None,
        [("FOISA s.33(1)(b)", "document")],
    ),
    (
        "Freedom of Information (Scotland) Act 2002\nWe withhold it under section 33(1)(b).",
        Regime.FOIA,
        [("FOIA s.33(1)(b)", None)],
    ),
    ("the EISRs apply; we rely on regulation 10(5)(b)", None, [("EISR reg.10(5)(b)", "document")]),
    # Trailing forms.
    ("s.38(1)(b) FOI(S)A", None, [("FOISA s.38(1)(b)", None)]),
    ("section 43(2) FOI Act", None, [("FOIA s.43(2)", None)]),
    ("section 43(2) Freedom of Information Act", None, [("FOIA s.43(2)", None)]),
    ("r.12(5)(e) EIR", None, [("EIR reg.12(5)(e)", None)]),
    ("Regulation 12(5)e applies", None, [("EIR reg.12(5)(e)", None)]),
    # Ranges: every paragraph.
    (
        "sections 31(1)(a) \u2013 (f)",
        None,
        [("FOIA s.31(1)(a)", None)]
        + [(f"FOIA s.31(1)({x})", "range") for x in "bcde"]
        + [("FOIA s.31(1)(f)", None)],
    ),
    (
        "section 31(1)(a) to (c)",
        None,
        [("FOIA s.31(1)(a)", None), ("FOIA s.31(1)(b)", "range"), ("FOIA s.31(1)(c)", None)],
    ),
    # Police shorthand: sibling paragraphs, told from real nested paths by the catalogue.
    (
        "Section 31 (1)(a)(b)",
        None,
        [("FOIA s.31(1)(a)", "siblings"), ("FOIA s.31(1)(b)", "siblings")],
    ),
    ("section 30(1)(a)(i)", None, [("FOIA s.30(1)(a)(i)", None)]),
    ("section 36(2)(b)(i)", None, [("FOIA s.36(2)(b)(i)", None)]),
    # Relative references.
    (
        "section 31(1)(g) with subsection (2)(a)",
        None,
        [("FOIA s.31(1)(g)", None), ("FOIA s.31(2)(a)", "relative")],
    ),
    (
        "section 31(1), paragraphs (a) and (b)",
        None,
        [("FOIA s.31(1)", None), ("FOIA s.31(1)(a)", "relative"), ("FOIA s.31(1)(b)", "relative")],
    ),
]


@pytest.mark.parametrize(("text", "regime", "expected"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_kinds_in_running_text(
    text: str, regime: Regime | None, expected: list[tuple[str, str | None]]
) -> None:
    found = find_citations(f"We considered {text} in turn.", regime)
    assert [(str(f.citation), f.inferred) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Section 31 (1)(a)(b)", ["FOIA s.31(1)(a)", "FOIA s.31(1)(b)"]),
        ("Section 31(1)(a)(b)(c)", ["FOIA s.31(1)(a)", "FOIA s.31(1)(b)", "FOIA s.31(1)(c)"]),
        ("Section 38 (1)(a)(b)", ["FOIA s.38(1)(a)", "FOIA s.38(1)(b)"]),
        ("section 30(1)(a)(i)", ["FOIA s.30(1)(a)(i)"]),
        ("sections 31(1)(a) - (c)", ["FOIA s.31(1)(a)", "FOIA s.31(1)(b)", "FOIA s.31(1)(c)"]),
        ("31(1)(a) to (c)", ["FOIA s.31(1)(a)", "FOIA s.31(1)(b)", "FOIA s.31(1)(c)"]),
        ("section 35(1)(a) (Law enforcement) of FOISA", ["FOISA s.35(1)(a)"]),
        ("FOIA s.31(1)(a)(b)", ["FOIA s.31(1)(a)(b)"]),  # the canonical form is literal
    ],
)
def test_parse_citations_reads_the_same_forms(text: str, expected: list[str]) -> None:
    assert [str(c) for c in parse_citations(text, Regime.FOIA)] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("secton 43(2)", "did you mean 'section 43(2)'?"),
        ("sectoin 40(2)", "did you mean 'section 40(2)'?"),
        ("regualtion 12(5)(e)", "did you mean 'regulation 12(5)(e)'?"),
        ("Secton 43(2)", "did you mean 'Section 43(2)'?"),
        ("s.43(2", "missing ')'"),
        ("section 40(2)(a", "missing ')'"),
    ],
)
def test_misspelt_keywords_get_a_suggestion(text: str, message: str) -> None:
    with pytest.raises(CitationError, match=re.escape(message)):
        parse_citation(text)
    with pytest.raises(CitationError, match=re.escape(message)):
        foilib.provision(text)


def test_no_suggestion_for_a_word_far_from_any_keyword() -> None:
    with pytest.raises(CitationError) as info:
        parse_citation("banana 43(2)")
    assert "did you mean" not in str(info.value)


def test_a_number_past_the_regimes_last_provision_is_another_instrument() -> None:
    # FOIA ends at s.88 and the EIR at reg.21 (lexicon.LAST_PROVISION); with no regime named,
    # "Section 106" is another Act's (Town and Country Planning Act 1990 s.106).
    text = "The Section 106 agreement is published; regulation 22 does not exist."
    assert find_citations(text) == ()
    assert _names(find_citations(text, others=True)) == ["s.106", "reg.22"]
    assert _names(find_citations("section 88 and s.89")) == ["FOIA s.88"]
    assert _names(find_citations("FOIA s.106")) == ["FOIA s.106"]  # named: as written


def test_documents_are_not_statutes() -> None:
    assert find_citations("Section 2 of this report sets out the background.") == ()
    assert [
        str(f.citation) for f in find_citations("as defined in the DPA 2018, section 40(2) applies")
    ] == ["FOIA s.40(2)"]


def test_iter_citations_streams_the_same_results() -> None:
    text = " ".join(str(r["text"]) for r in _corpus())
    stream = iter_citations(text, others=True)
    assert iter(stream) is stream
    assert tuple(stream) == find_citations(text, others=True)
    assert next(iter_citations("s.1 " * 200_000)).citation == c(FOIA, "1")


def _grammar_only(text: str) -> list[FoundCitation | OtherCitation]:
    return list(_found(text, None, True, fast_paths=False))


def test_fast_paths_agree_with_the_grammar_on_the_corpus_and_letters() -> None:
    texts = [str(r["text"]) for r in _corpus()]
    texts += [p.read_text(encoding="utf-8") for p in LETTERS.glob("*.txt")]
    for text in texts:
        assert list(find_citations(text, others=True)) == _grammar_only(text), text


_PROSE_WORDS = st.sampled_from(
    [
        "we",
        "have",
        "considered",
        "request",
        "information",
        "held",
        "council",
        "because",
        "disclosure",
        "would",
        "harm",
        "public",
        "interest",
        "balance",
        "letter",
        "review",
        "Commissioner",
        "The",
        "staff",
        "records",
        "data",
        "personal",
    ]
)
_prose = st.lists(_PROSE_WORDS, min_size=0, max_size=8).map(" ".join)
_OTHERS = st.sampled_from(
    [
        "section {n} of the Data Protection Act 2018",
        "Article {n}(1) UK GDPR",
        "DPA s.{n}",
        "section {n} of the Human Rights Act 1998",
        "the DPA, section {n}",
        "regulation {n} of the Fees Regulations",
        "section {n}(2) of the Local Government Act 1972",
    ]
)


@given(citations, _prose, _prose, _OTHERS, _OTHERS, st.integers(1, 199), st.integers(1, 199))
def test_a_citation_among_other_acts_is_found_once(
    citation: Citation, before: str, after: str, o1: str, o2: str, n1: int, n2: int
) -> None:
    text = f"{before} {o1.format(n=n1)}. {after} {citation} {before}. {o2.format(n=n2)} {after}."
    found = find_citations(text, others=True)
    ours = [f for f in found if isinstance(f, FoundCitation)]
    assert [f.citation for f in ours] == [citation]
    assert len(found) == 3
    assert _grammar_only(text) == list(found)


_FRAGMENTS = st.sampled_from(
    [
        "section 12",
        "s.40(2)",
        "Section 17.1",
        "S43(2)",
        "reg 12(5)(e)",
        "r.13",
        ",",
        ".",
        ";",
        "the",
        "Trust",
        "of the Act",
        "of FOIA",
        "of the FOI Act",
        "FOIA",
        "FOISA",
        "EIRs",
        "Freedom of Information Act 2000",
        "Freedom of Information (Scotland) Act 2002",
        "(FOIA)",
        "(Law enforcement)",
        "\u2013",
        "- (c)",
        "(a)",
        "(b)",
        "and",
        "to",
        "with subsection (2)",
        "paragraph (b)",
        "DPA",
        "Data Protection Act 2018",
        "2000",
        "12(4)(b)",
        "it's",
        "applies",
        "Article 6(1)",
        "UK GDPR",
        "of that Act",
        ")",
        "sections 21",
        "(1)(a)(b)",
        "The",
        "purposes of",
        "Section 43(2)",
        "subsection (2)(a)",
        "In",
        "Regulations",
    ]
)


@given(st.lists(_FRAGMENTS, max_size=12), st.sampled_from([" ", "", "  ", "\n"]))
def test_fast_paths_agree_with_the_grammar_on_fragments(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    assert list(find_citations(text, others=True)) == _grammar_only(text)


_WHOLE_FORMS = [f[0] for f in FORMS] + [
    "Section 31 (1)(a)(b)",
    "s.43(2",
    "Regulation 12(5)e",
    "section 40(2) of FOISA",
    "reg. 12(4)(b) of the EIRs",
    "S22A",
    "s.40(5B)(a)(i)",
    "FOIA reg.12",
    "EIR s.5(1)",
]


@pytest.mark.parametrize("text", _WHOLE_FORMS)
def test_parse_fast_path_agrees_with_the_grammar(text: str) -> None:
    def read(fast: bool) -> object:
        try:
            return _parse_raw(text, fast_path=fast)
        except CitationError as exc:
            return (type(exc), exc.position, exc.expected)

    assert read(True) == read(False)


@given(citations)
def test_parse_fast_path_agrees_on_canonical_forms(citation: Citation) -> None:
    text = str(citation)
    assert _parse_raw(text) == _parse_raw(text, fast_path=False)
    local = text.split(" ", 1)[1].replace("s.", "section ").replace("reg.", "regulation ")
    assert _parse_raw(local) == _parse_raw(local, fast_path=False)


# --- issue 12 (wave 2): wrong-Act attribution, by kind -------------------------------------

# (text, regime argument, [(str of what is found with others=True, inferred or None)]).
# Each row pins one kind; the statutory facts: FOIA = Freedom of Information Act 2000
# (c.36), FOISA = Freedom of Information (Scotland) Act 2002 (asp 13).
WRONG_ACT = [
    # 1. Reference numbers name no regime ("FOIA-2024-77" in a FOISA letter).
    (
        "Freedom of Information (Scotland) Act 2002\nOur ref: FOIA-2024-77\n"
        "Withheld under section 38(1)(b).",
        [("FOISA s.38(1)(b)", "document")],
    ),
    (
        "Freedom of Information Act 2000\nYour ref: FOISA/22\nWithheld under section 43(2).",
        [("FOIA s.43(2)", None)],
    ),
    (
        "Freedom of Information (Scotland) Act 2002\nRefs EIR-2024-321, FOI 510/25 and "
        "ref:FOIA_9\nWe rely on section 30(b)(i).",
        [("FOISA s.30(b)(i)", "document")],
    ),
    # 2. An Act named to be ruled out is no evidence; conflicting evidence is flagged.
    (
        "Your request was dealt with under the Freedom of Information (Scotland) Act 2002 "
        "and not the Freedom of Information Act 2000. The file is exempt under section 38(1)(b).",
        [("FOISA s.38(1)(b)", "document")],
    ),
    (
        "We answered under the Freedom of Information Act 2000 rather than the Freedom of "
        "Information (Scotland) Act 2002. The prices are exempt under section 43(2).",
        [("FOIA s.43(2)", None)],
    ),
    (
        "This falls under FOISA instead of FOIA; section 33(1)(b) applies.",
        [("FOISA s.33(1)(b)", "document")],
    ),
    (
        "Freedom of Information (Scotland) Act 2002\nWe also considered the Freedom of "
        "Information Act 2000. Section 36(2)(b)(i) applies.",
        [("FOISA s.36(2)(b)(i)", "ambiguous")],
    ),
    # 3. Misnomers of the Scottish instruments.
    (
        "exempt under section 30(b)(i) of the Freedom of Information Act (Scotland) 2002.",
        [("FOISA s.30(b)(i)", None)],
    ),
    (
        "under the Environmental Information Regulations (Scotland) 2004, regulation 10(5)(b) "
        "applies.",
        [("EISR reg.10(5)(b)", None)],
    ),
    # 4. Other regulations own a bare regulation named after them.
    (
        "The Freedom of Information and Data Protection (Appropriate Limit and Fees) "
        "Regulations 2004 set the limit at £450. Under regulation 4(3), staff time counts.",
        [
            (
                "Freedom of Information and Data Protection (Appropriate Limit and Fees) "
                "Regulations 2004 reg.4(3)",
                None,
            )
        ],
    ),
    (
        "The Freedom of Information and Data Protection (Appropriate Limit and Fees) "
        "Regulations 2004 (regulation 3) set the limit.",
        [
            (
                "Freedom of Information and Data Protection (Appropriate Limit and Fees) "
                "Regulations 2004 reg.3",
                None,
            )
        ],
    ),
    (
        "Freedom of Information (Scotland) Act 2002. The Freedom of Information (Fees for "
        "Required Disclosure) (Scotland) Regulations 2004 apply. Under regulation 3 we charge.",
        [
            (
                "Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations "
                "2004 reg.3",
                None,
            )
        ],
    ),
    (
        "The Re-use of Public Sector Information Regulations 2015 apply. Regulation 12 "
        "allows a charge.",
        [("Re-use of Public Sector Information Regulations 2015 reg.12", None)],
    ),
    (
        "The Re-use of Public Sector Information Regulations 2015 apply, but the EIR govern "
        "access, so regulation 12(4)(b) is engaged.",
        [("EIR reg.12(4)(b)", None)],
    ),
    # 5. Another Act carried beyond the citation next to it.
    # ... but not past a semicolon closing its clause: the FOI letter's own s.40(2).
    (
        "The information is personal data under the Data Protection Act 2018; section 40(2) "
        "applies.",
        [("FOIA s.40(2)", None)],
    ),
    # ... nor past a word ending its clause (", so", "therefore", "which means", or an
    # "and" with no citation between the Act and it): s.44 names the prohibiting Act.
    (
        "Disclosure is prohibited by the Children Act 1989, so section 44 applies.",
        [("FOIA s.44", None)],
    ),
    (
        "Disclosure is prohibited by the Children Act 1989 and section 44 applies.",
        [("FOIA s.44", None)],
    ),
    (
        "The Local Government Act 1974 bars release, which means section 44(1)(a) applies.",
        [("FOIA s.44(1)(a)", None)],
    ),
    (
        "Release is barred by the Children Act 1989 and therefore section 44(1)(a) applies.",
        [("FOIA s.44(1)(a)", None)],
    ),
    (
        "Disclosure is prohibited by section 97 of the Children Act 1989, so section 44 applies.",
        [("Children Act 1989 s.97", None), ("FOIA s.44", None)],
    ),
    # Where the grammar ties the section to the Act it stays the Act's: after "of",
    # straight after the title, or set off by a comma ("the DPA, section 7").
    ("section 44 of the Children Act 1989 applies", [("Children Act 1989 s.44", None)]),
    ("the Children Act 1989 section 44 applies", [("Children Act 1989 s.44", None)]),
    ("the Children Act 1989, s.44, applies", [("Children Act 1989 s.44", None)]),
    (
        "sections 1 and 2 of the Children Act 1989",
        [("Children Act 1989 s.1", None), ("Children Act 1989 s.2", None)],
    ),
    (
        "held under the Mental Health Act 1983, split between section 2, section 3, and "
        "section 135.",
        [
            ("Mental Health Act 1983 s.2", None),
            ("Mental Health Act 1983 s.3", None),
            ("Mental Health Act 1983 s.135", None),
        ],
    ),
    (
        "patients detained under the Mental Health Act 1983 in 2023, broken down by "
        "section 2, section 3 and section 136.",
        [
            ("Mental Health Act 1983 s.2", None),
            ("Mental Health Act 1983 s.3", None),
            ("Mental Health Act 1983 s.136", None),
        ],
    ),
    (
        "Under the Data Protection Act 2018 you have a right under section 45 to your data.",
        [("Data Protection Act 2018 s.45", None)],
    ),
    (
        "the number of Children Act 1989 section 47 enquiries and section 17 assessments",
        [("Children Act 1989 s.47", None), ("Children Act 1989 s.17", None)],
    ),
    (
        "the Equality Act 2010, section 149 sets the duty and section 14 of the Act adds to it",
        [("Equality Act 2010 s.149", None), ("Equality Act 2010 s.14", None)],
    ),
    ("the number of searches under section 60 CJPOA last year", [("CJPOA s.60", None)]),
    (
        "The Data Protection Act 2018 (the 2018 Act) applies; see section 3(2) of the 2018 Act.",
        [("Data Protection Act 2018 s.3(2)", None)],
    ),
    (
        "the Terrorism Act 2000 (the 2000 Act), section 58 of the 2000 Act",
        [("Terrorism Act 2000 s.58", None)],
    ),
    ("exempt under section 38(1)(b) of the 2002 Act.", [("FOISA s.38(1)(b)", None)]),
    (
        "Freedom of Information Act 2000. We note section 38(1)(b) of the 2002 Act.",
        [("FOISA s.38(1)(b)", None)],
    ),
    (
        "Section 3(4) of the DPA defines processing. Under section 3(10) the UK GDPR means "
        "the retained regulation.",
        [("DPA s.3(4)", None), ("DPA s.3(10)", None)],
    ),
    (
        "The names are personal data as defined in the Data Protection Act 2018 and are "
        "exempt under section 40(2).",
        [("FOIA s.40(2)", None)],
    ),
    (
        "We considered the Data Protection Act 2018. The names are withheld under section 40(2).",
        [("FOIA s.40(2)", None)],
    ),
    # ... unless the regime is named closer to the citation.
    (
        "The Data Protection Act 2018 covers your own data, and the FOI Act the rest; "
        "section 43(2) applies.",
        [("FOIA s.43(2)", None)],
    ),
    # 6. Section ranges, one citation per span, the deepest catalogued path.
    ("sections 27-29 apply", [("FOIA s.27", None), ("FOIA s.28", "range"), ("FOIA s.29", None)]),
    (
        "sections 30 and 31 to 33 apply",
        [("FOIA s.30", None), ("FOIA s.31", None), ("FOIA s.32", "range"), ("FOIA s.33", None)],
    ),
    ("see s.1.1.1.1.1 here", [("FOIA s.1(1)", "siblings")]),
    ("withheld under s.40(2)(a)(i)(A).", [("FOIA s.40(2)(a)", "truncated")]),
]


@pytest.mark.parametrize(("text", "expected"), WRONG_ACT, ids=[w[0][:40] for w in WRONG_ACT])
def test_wrong_act_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_citations(text, others=True)
    got = [
        (str(f.citation), f.inferred) if isinstance(f, FoundCitation) else (str(f), None)
        for f in found
    ]
    assert got == expected
    # The fast paths and the grammar agree on every row.
    assert list(found) == _grammar_only(text)


def test_sections_21_to_44_are_each_returned() -> None:
    # FOIA Part II: ss.21-44 (s.22A inserted 2014); every number the catalogue has.
    found = find_citations("sections 21 to 44 apply")
    assert [f.citation.section for f in found] == [str(n) for n in range(21, 45)]
    assert {f.inferred for f in found[1:-1]} == {"range"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("section 30(b)(i) of the Freedom of Information Act (Scotland) 2002", "FOISA s.30(b)(i)"),
        (
            "regulation 10(5)(b) of the Environmental Information Regulations (Scotland) 2004",
            "EISR reg.10(5)(b)",
        ),
        ("section 38(1)(b) of the 2002 Act", "FOISA s.38(1)(b)"),
        ("section 43(2) of the 2000 Act", "FOIA s.43(2)"),
    ],
)
def test_parse_citation_agrees_on_misnomers(text: str, expected: str) -> None:
    assert str(parse_citation(text)) == expected
    assert [str(f.citation) for f in find_citations(text)] == [expected]


def test_the_regime_argument_does_not_claim_another_acts_section() -> None:
    text = "detained under the Mental Health Act 1983, broken down by section 2 and section 136"
    assert find_citations(text, Regime.FOIA) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Freedom of Information Act 2000. Section 30(1).",
        "FOISA. s.30(1)",
        "the DPA. Section 3(10)",
        "Environmental Information Regulations. reg 5",
    ],
)
def test_a_regime_named_near_the_end_of_the_text(text: str) -> None:
    # Regression: classifying a regime name read past the end of a short text.
    assert len(find_citations(text, others=True)) == 1


@given(st.lists(st.sampled_from([w[0] for w in WRONG_ACT]), max_size=4), st.integers(0, 60))
def test_wrong_act_rows_joined_and_cut_never_fail(rows: list[str], cut: int) -> None:
    text = " ".join(rows)
    text = text[: max(0, len(text) - cut)]
    assert list(find_citations(text, others=True)) == _grammar_only(text)


# A reading that names no catalogued provision is still returned as written, but
# says so: Citation.in_catalogue is False and Citation.sister suggests the same number
# in the other jurisdiction where that exists. EIR reg.12(5)(e) and reg.12(4)(b) are
# EIR exceptions (SI 2004/3391); the EISR put theirs in reg.10 (SSI 2004/520), so
# EISR reg.12(5)(e) does not exist. FOISA s.30(b)(i) exists; FOIA s.30 has no (b)(i).
NOT_CATALOGUED = [
    # (text, regime argument, reading, in_catalogue, sister)
    (
        "Freedom of Information (Scotland) Act 2002\nThe emissions data is environmental, "
        "so we withheld it under regulation 12(5)(e).",
        None,
        "EISR reg.12(5)(e)",
        False,
        "EIR reg.12(5)(e)",
    ),
    ("We applied reg 12(4)(b).", Regime.FOISA, "EISR reg.12(4)(b)", False, "EIR reg.12(4)(b)"),
    ("We applied reg 10(5)(e).", Regime.FOIA, "EIR reg.10(5)(e)", False, "EISR reg.10(5)(e)"),
    ("exempt under section 30(b)(i)", Regime.FOIA, "FOIA s.30(b)(i)", False, "FOISA s.30(b)(i)"),
    ("exempt under section 30(1)(c)(ii)", None, "FOIA s.30(1)(c)(ii)", False, None),
    ("exempt under section 40(2)", None, "FOIA s.40(2)", True, None),
    ("withheld under regulation 10(5)(e)", Regime.EISR, "EISR reg.10(5)(e)", True, None),
]


@pytest.mark.parametrize(
    ("text", "regime", "reading", "known", "sister"),
    NOT_CATALOGUED,
    ids=[r[0][-30:] for r in NOT_CATALOGUED],
)
def test_a_reading_not_in_the_catalogue_says_so(
    text: str, regime: Regime | None, reading: str, known: bool, sister: str | None
) -> None:
    (found,) = find_citations(text, regime)
    assert str(found.citation) == reading  # kept as written, never dropped or rewritten
    assert found.citation.in_catalogue is known
    assert (str(found.citation.sister) if found.citation.sister else None) == sister
    if known:
        assert provision(found.citation).citation.contains(found.citation)
    else:
        with pytest.raises(UnknownProvisionError):
            provision(found.citation)
    if sister is not None:
        assert found.citation.sister is not None
        assert provision(found.citation.sister).citation.contains(found.citation.sister)


def test_parse_citations_readings_say_when_not_catalogued() -> None:
    (reading,) = parse_citations("reg 12(4)(b)", Regime.FOISA)
    assert (str(reading), reading.in_catalogue, str(reading.sister)) == (
        "EISR reg.12(4)(b)",
        False,
        "EIR reg.12(4)(b)",
    )


@given(st.sampled_from(sorted(Regime, key=lambda r: r.value)), st.data())
def test_in_catalogue_agrees_with_provision(regime: Regime, data: st.DataObject) -> None:
    entry = data.draw(st.sampled_from(list(provisions(regime))))
    assert entry.citation.in_catalogue
    assert entry.citation.sister is None


# A range: the paragraphs between the bounds were not written, so each one's span is
# the whole range "(a)-(c)" (marked "range"); the last bound keeps its own "(c)".
RANGE_SPANS = [
    (
        "the exemptions at s.31(1)(a)-(c) and s.30(1)(a)",
        [
            ("s.31(1)(a)", "FOIA s.31(1)(a)", None),
            ("(a)-(c)", "FOIA s.31(1)(b)", "range"),
            ("(c)", "FOIA s.31(1)(c)", None),
            ("s.30(1)(a)", "FOIA s.30(1)(a)", None),
        ],
    ),
    (
        "section 31(1)(a) to (c)",
        [
            ("section 31(1)(a)", "FOIA s.31(1)(a)", None),
            ("(a) to (c)", "FOIA s.31(1)(b)", "range"),
            ("(c)", "FOIA s.31(1)(c)", None),
        ],
    ),
    (
        "sections 27-29",
        [
            ("sections 27", "FOIA s.27", None),
            ("27-29", "FOIA s.28", "range"),
            ("-29", "FOIA s.29", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_SPANS, ids=[r[0] for r in RANGE_SPANS])
def test_an_inferred_range_member_spans_the_range(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_citations(text)
    assert [(f.as_written, str(f.citation), f.inferred) for f in found] == expected
    assert all(text[f.start : f.end] == f.as_written for f in found)


# "by virtue of" and its kin join two citations; parse_citations reads each, and the
# regime read for the first goes on to the second.
JOINED = [
    ("section 40(2) by virtue of section 40(3A)(a)", None, ["FOIA s.40(2)", "FOIA s.40(3A)(a)"]),
    ("s.35(1)(a) FOISA read with s.35(2)(b)", None, ["FOISA s.35(1)(a)", "FOISA s.35(2)(b)"]),
    (
        "s.38(1)(b) in conjunction with s.38(2A)",
        Regime.FOISA,
        ["FOISA s.38(1)(b)", "FOISA s.38(2A)"],
    ),
    (
        "regulation 12(3) by virtue of regulation 13(1)",
        None,
        ["EIR reg.12(3)", "EIR reg.13(1)"],
    ),
]


@pytest.mark.parametrize(("text", "regime", "expected"), JOINED, ids=[r[0] for r in JOINED])
def test_parse_citations_reads_joined_citations(
    text: str, regime: Regime | None, expected: list[str]
) -> None:
    assert [str(c) for c in parse_citations(text, regime)] == expected
    assert [str(f.citation) for f in find_citations(text, regime)] == expected


def test_an_error_after_a_joining_phrase_is_placed_in_the_whole_text() -> None:
    text = "section 40(2) by virtue of sectoin 40(3A)"
    with pytest.raises(CitationError) as info:
        parse_citations(text)
    assert (info.value.text, info.value.position) == (text, 27)  # "sectoin" starts at 27
    text = "section 40(2) by virtue of section 7 of the DPA"
    with pytest.raises(OtherInstrumentError) as other:
        parse_citations(text)
    assert (other.value.position, other.value.instrument) == (27, "DPA")
    with pytest.raises(CitationError) as dangling:
        parse_citations("section 40(2) by virtue of")
    assert dangling.value.position == 14  # nothing follows the phrase


@given(
    st.sampled_from(["Children Act 1989", "Local Government Act 1974", "Data Protection Act 2018"]),
    st.sampled_from([", so", " and so", ", therefore", " therefore", ", which means", " and"]),
    st.sampled_from(["44", "44(1)(a)", "40(2)", "41(1)", "43(2)"]),
)
def test_another_act_stops_at_a_clause_break(act: str, word: str, number: str) -> None:
    text = f"Disclosure is barred by the {act}{word} section {number} applies."
    assert [
        str(f) if isinstance(f, OtherCitation) else str(f.citation)
        for f in find_citations(text, others=True)
    ] == [f"FOIA s.{number}"]
    # without the break the section set beside the Act is the Act's
    beside = f"Disclosure is barred by the {act}, section {number}."
    assert _names(find_citations(beside, others=True)) == [f"{act} s.{number}"]
