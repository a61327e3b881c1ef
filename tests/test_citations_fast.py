"""The whole-text fast paths of ``parse_citations`` give what the grammar gives.

``_parse_raw(text)`` may read a text by a regular expression (the canonical form, one
plain citation, and the list / spaced / regime-led shapes of ``_LIST_WHOLE``);
``_parse_raw(text, fast_path=False)`` always runs the grammar. For every generated text
in those shapes, and in near misses of them, both give the same raw citations, or the
same error at the same position.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from foilib import (
    Citation,
    CitationError,
    FoundCitation,
    Regime,
    find_citations,
    parse_citations,
)
from foilib._private import parse
from foilib._private.parse import _fast_list, _found, _parse_raw


def _read(text: str, fast: bool) -> object:
    try:
        return _parse_raw(text, fast_path=fast)
    except CitationError as exc:
        return (type(exc), exc.position, exc.expected)


def _settled(text: str, regime: Regime | None) -> object:
    try:
        return parse_citations(text, regime)
    except CitationError as exc:
        return (type(exc), exc.position, exc.expected)


_HEADS = st.sampled_from(
    [
        "section ",
        "Section ",
        "SECTION ",
        "sections ",
        "Sections ",
        "s.",
        "s. ",
        "s ",
        "S",
        "ss. ",
        "ss ",
        "sec ",
        "sec.",
        "secs ",
        "regulation ",
        "Regulation ",
        "regulations ",
        "reg ",
        "reg. ",
        "reg.",
        "regs ",
        "r.",
        "r ",
        "article ",
        "Art. ",
        "FOIA ",
        "FOISA ",
        "EIR ",
        "EIRs ",
        "EISR ",
        "EISRs ",
        "eir ",
        "Foia ",
        "FOIA s.",
        "EIR reg ",
        "section",
        "",
        " section ",
    ]
)
_NUMBERS = st.sampled_from(
    [
        "1",
        "12",
        "40",
        "999",
        "22A",
        "22AB",
        "22ABC",
        "40a",
        "0",
        "040",
        "1000",
        "2004",
        "7e",
        "17.1",
    ]
)
_COMPONENTS = st.sampled_from(
    [
        "1",
        "2",
        "5A",
        "5a",
        "10",
        "a",
        "b",
        "i",
        "ii",
        "iv",
        "viii",
        "x",
        "l",
        "k",
        "aa",
        "A",
        "abc",
        "0",
        "1000",
        "Law enforcement",
        "",
    ]
)
_SEPARATORS = st.sampled_from(
    [" and ", ", ", ", and ", " or ", ",", " & ", " to ", " - ", " and/or ", "and ", " AND "]
)
_TRAILS = st.sampled_from(
    [
        "",
        "",
        " of the Act",
        " of the Regulations",
        " of FOISA",
        " of the FOIA",
        " of the FOI Act",
        " of the EIRs",
        " of the Freedom of Information Act 2000",
        " of the Freedom of Information (Scotland) Act 2002",
        " of the Environmental Information (Scotland) Regulations 2004",
        " of the DPA",
        " of this report",
        " of the 2018 Act",
        " of that Act",
        " EIR",
        " (FOISA)",
        ".",
        " ",
        " of the act",
    ]
)


@st.composite
def _paths(draw: st.DrawFn) -> str:
    comps = draw(st.lists(_COMPONENTS, max_size=7))
    space = draw(st.sampled_from(["", "", " "]))
    return space + "".join(f"({x})" for x in comps) if comps else ""


@st.composite
def _items(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(_NUMBERS) + draw(_paths())
    return draw(_paths()).lstrip() or "(b)"


@st.composite
def _texts(draw: st.DrawFn) -> str:
    text = draw(_HEADS) + draw(_NUMBERS) + draw(_paths())
    for _ in range(draw(st.integers(0, 4))):
        text += draw(_SEPARATORS) + draw(_items())
    return text + draw(_TRAILS)


@settings(max_examples=400)
@given(_texts())
@example("section 38(1)(a) and (b)")
@example("sections 40(2) and 43(2)")
@example("section 40(2)(a)(i) and (ii)")
@example("s 40 (2)")
@example("EIR 12(4)(b)")
@example("Section 1(1)(a) of the Act")
@example("section 40(2) of the FOI Act")
@example("section 40(2)(a)(b)(c)(d)(e)(f)(g)")
@example("section 40(2) and (a)(b)(c)(d)(e)(f)(g)")
@example("s.1(1)" + " and (a)" * 150)
def test_the_list_fast_path_agrees_with_the_grammar(text: str) -> None:
    assert _read(text, True) == _read(text, False)


@settings(max_examples=150)
@given(_texts(), st.sampled_from([None, *Regime]))
def test_parse_citations_agrees_with_the_grammar(text: str, regime: Regime | None) -> None:
    fast = _settled(text, regime)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parse, "_fast_list", lambda text: None)
        mp.setattr(parse, "_fast", lambda text, pos, whole=False: None)
        mp.setattr(parse, "_canonical", lambda text: None)
        slow = _settled(text, regime)
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    [
        "sections 40(2) and 43(2)",
        "section 38(1)(a) and (b)",
        "s 40 (2)",
        "EIR 12(4)(b)",
        "FOISA 38(1)(b), 30(b) and (c)",
        "Section 1(1)(a) of the Act",
        "section 40(2) of the FOI Act",
        "ss 21, 23 or 32",
    ],
)
def test_the_shapes_the_benchmark_uses_take_the_list_fast_path(text: str) -> None:
    # The fast path must actually be taken (else the agreement above proves nothing).
    assert _fast_list(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sections 40(2) to (4)",
        "section 40(2) and paragraph (b)",
        "section 40(2) of the DPA",
        "EIR 12(4) of the Act",
        "Article 6(1)",
        "section 40(2).",
        "section 17.1 and 18",
    ],
)
def test_other_shapes_are_left_to_the_grammar(text: str) -> None:
    assert _fast_list(text) is None


def test_a_regime_named_after_a_fast_citation_counts_once() -> None:
    # "section 12 of FOIA" read by the fast path used to leave "FOIA" to be read again as
    # a regime name, counting it twice for the document's jurisdiction: the last
    # "section 12" then read as FOIA (UK 2 : Scotland 2, the most recent wins) where the
    # grammar reads FOISA (UK 1 : Scotland 2: the heading counts 2, "of FOIA" 1).
    text = (
        "Freedom of Information (Scotland) Act 2002 section 12 section 12 of FOIA \u2013 section 12"
    )
    found = find_citations(text)
    assert [str(f.citation) for f in found] == ["FOISA s.12", "FOIA s.12", "FOISA s.12"]
    assert list(found) == list(_found(text, None, False, fast_paths=False))


# --- the reader makes its citations without re-running the validators: they must pass ---

DATA = Path(__file__).parent / "data"


def _valid(citation: Citation) -> bool:
    attrs.validate(citation)  # raises a foilib ValidationError / FieldTypeError if not
    return Citation(citation.regime, citation.section, citation.path) == citation


def test_every_citation_read_from_the_corpus_and_letters_is_valid() -> None:
    texts = [
        json.loads(line)["text"]
        for line in (DATA / "citations" / "corpus.jsonl").read_text("utf-8").splitlines()
    ]
    texts += [p.read_text("utf-8") for p in (DATA / "letters").glob("*.txt")]
    texts += [
        "sections 21 to 44",
        "section 31(1)(a) to (i)",
        "s.40(5B)(a)(i) and (iv) to (viii)",
        "Section 31 (1)(a)(b)",
        "section 30(1)(a)(i)(A)(B)",
        "section 1(1)(a) with subsection (2)(b) and (c)",
        "s.1(1) to (40)",
    ]
    count = 0
    for text in texts:
        for found in find_citations(text):
            assert isinstance(found, FoundCitation)
            assert _valid(found.citation), text
            count += 1
    assert count > 300


@settings(max_examples=200)
@given(_texts(), st.sampled_from([None, *Regime]))
def test_every_citation_parsed_is_valid(text: str, regime: Regime | None) -> None:
    try:
        citations = parse_citations(text, regime)
    except CitationError:
        return
    assert all(_valid(c) for c in citations)
    assert all(_valid(f.citation) for f in find_citations(text, regime))


_LEVEL_COMPONENTS = st.sampled_from(["1", "2", "5A", "a", "b", "i", "ii", "iv", "v", "x", "aa"])


@given(st.lists(_LEVEL_COMPONENTS, max_size=6), st.lists(_LEVEL_COMPONENTS, min_size=1, max_size=3))
def test_continue_matches_its_level_by_level_definition(prev: list[str], tail: list[str]) -> None:
    # _continue computes every level's style in one pass; _level is the definition.
    path = tuple(prev)
    levels = [parse._level(path, i) for i in range(len(path))]
    first = tail[0]
    if first[0].isdigit():
        style = "num"
    elif "roman" in levels and set(first) <= set("ivx"):
        style = "roman"
    else:
        style = "alpha"
    at = max((i for i, x in enumerate(levels) if x == style), default=None)
    expected = path + tuple(tail) if at is None else path[:at] + tuple(tail)
    assert parse._continue(path, tail) == expected
