"""Property: reading a rendered response recovers its parts, citations and dispositions.

``read_letter(render(r, "text"))`` for generated responses ``r``. The strategy is
restricted, and says how: numbered top-level parts ("1", "2", ...) each answered
once, part and answer texts drawn from neutral words (so that a generated text
cannot itself look like a label, a heading or a disposition cue), and claims
citing catalogued exemptions or exceptions of the response's own regime, one
per section. Sub-parts,
one answer covering several parts and free text are left out: the text renderer
writes a multi-part answer's coverage only in its heading, and free text can say
anything.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import foilib
from foilib import (
    Answer,
    Authority,
    Disposition,
    ExemptionClaim,
    ProvisionKind,
    Regime,
    Request,
    RequestPart,
    Response,
)

WORDS = ("bins", "benches", "parks", "lamps", "roads", "staff", "budget", "ward", "area", "team")
NAMES = ("Riverside Borough Council", "Glenside Health Board", "Northumbria University")


def _words(end: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=2, max_size=6).map(
        lambda w: " ".join(w).capitalize() + end
    )


def _claimable(regime: Regime) -> list[Any]:
    kinds = (ProvisionKind.EXEMPTION, ProvisionKind.EXCEPTION)
    return [p.citation for p in foilib.provisions(regime) if p.kind in kinds]


@st.composite
def responses(draw: st.DrawFn) -> Response:
    regime = draw(st.sampled_from(Regime))
    n = draw(st.integers(1, 4))
    parts = tuple(RequestPart(str(i), draw(_words("?"))) for i in range(1, n + 1))
    answers = tuple(
        Answer((p.label,), draw(st.sampled_from(Disposition)), draw(_words("."))) for p in parts
    )
    cites = draw(
        # one claim per section: the reader takes "s.40" and "s.40(2)" as one claim
        st.lists(st.sampled_from(_claimable(regime)), max_size=2, unique_by=lambda c: c.section)
    )
    claims = tuple(
        ExemptionClaim(
            str(c),
            c,
            parts=tuple(draw(st.lists(st.sampled_from([p.label for p in parts]), unique=True))),
            reasons=(draw(_words(".")),),
        )
        for c in cites
    )
    return Response(
        authority=Authority(draw(st.sampled_from(NAMES)), regimes=(regime,)),
        regime=regime,
        request=Request(parts=parts),
        answers=answers,
        exemption_claims=claims,
    )


@settings(max_examples=60, deadline=None)
@given(responses())
def test_reading_a_rendered_response_recovers_it(r: Response) -> None:
    reading = foilib.read_letter(foilib.render(r, "text"))
    got = reading.response
    assert got.regime is r.regime
    assert got.request.part_refs == r.request.part_refs
    assert [a.parts for a in got.answers] == [a.parts for a in r.answers]
    assert [a.disposition for a in got.answers] == [a.disposition for a in r.answers]
    assert {str(c.citation) for c in got.exemption_claims} == {
        str(c.citation) for c in r.exemption_claims
    }
    assert [p.text for p in got.request.parts] == [p.text for p in r.request.parts]
    assert [a.text for a in got.answers] == [a.text for a in r.answers]


_LINES = st.sampled_from(
    [
        "1) How many?",
        "Q2. Which?",
        "(a) what?",
        "• a bullet",
        "Answer:",
        "Response",
        "REQUEST",
        "As above.",
        "None in respect of Qs. 1-2.",
        "We do not hold this information.",
        "Section 43(2) applies.",
        "The public interest test",
        "On balance we withhold it.",
        "By widgets we mean gadgets.",
        "If you are dissatisfied, ask for a review.",
        "You may complain to the Information Commissioner.",
        "Email: a@b.example",
        "Dear Sir",
        "Yours sincerely",
        "Our ref: AB/1",
        "Date: 5 March 2018",
        "Official Sensitive",
        "2018 – 2019 | 12 |",
        "",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=25))
def test_any_text_reads_without_error_and_verbatim(lines: list[str]) -> None:
    """Whatever the letter, the reader returns a valid draft whose strings are slices."""
    text = "\n".join(lines)
    reading = foilib.read_letter(text + "\n")
    doc = foilib.to_dict(reading.response)
    for path, (a, b) in reading.spans.items():
        assert 0 <= a <= b <= len(reading.text)
        if path not in ("sent_on", "request.received_on"):
            node: Any = doc
            for step in path.replace("]", "").replace("[", ".").split("."):
                node = node[int(step)] if step.isdigit() else node[step]
            assert node == reading.text[a:b], path
