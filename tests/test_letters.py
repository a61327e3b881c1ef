"""Every shared letter is represented faithfully by its hand-written JSON fixture.

The fixtures in tests/data/letters/ are the proof that the model can represent
real letters: each loads, round-trips exactly, validates against the JSON
Schema, quotes the letter verbatim and leaves no line of the letter out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import foilib
from foilib import Disposition, Regime, Response

LETTERS = Path(__file__).parent / "data" / "letters"
NAMES = sorted(p.stem for p in LETTERS.glob("*.txt"))

# Fields whose values are metadata about the letter, not text quoted from it.
_METADATA_KEYS = {
    "format_version",
    "provenance",
    "regimes",
    "regime",
    "kind",
    "disposition",
    "grounds",
    "licence",
    "parts",
    "same_as",
    "citation",
    "sent_on",
    "received_on",
    "received_at",
    "label",
    "meaning",
    "channel",
}
# The authority's name comes from SOURCES.md where the letter does not spell it out.
_AUTHORITY_NAME = ("authority", "name")


def load(name: str) -> Response:
    return foilib.from_json((LETTERS / f"{name}.json").read_text(encoding="utf-8"), Response)


def letter(name: str) -> str:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def quoted(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every string in a fixture that claims to quote the letter, with its path."""
    if isinstance(node, dict):
        for key, value in node.items():
            holds_objects = isinstance(value, list) and all(isinstance(v, dict) for v in value)
            if key in _METADATA_KEYS and not (holds_objects and value):
                continue
            if (*path[-1:], key) == _AUTHORITY_NAME:
                continue
            yield from quoted(value, (*path, key))
    elif isinstance(node, list):
        for item in node:
            yield from quoted(item, path)
    elif isinstance(node, str):
        yield path, node


def test_every_letter_has_a_fixture() -> None:
    assert len(NAMES) == 7
    for name in NAMES:
        assert (LETTERS / f"{name}.json").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_fixture_round_trips_exactly(name: str) -> None:
    text = (LETTERS / f"{name}.json").read_text(encoding="utf-8")
    response = foilib.from_json(text, Response)
    assert foilib.to_json(response) == text
    assert foilib.from_json(foilib.to_json(response), Response) == response


@pytest.mark.parametrize("name", NAMES)
def test_fixture_validates_against_schema(name: str) -> None:
    data = json.loads((LETTERS / f"{name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(foilib.json_schema(Response)).validate(data)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_quotes_the_letter_verbatim(name: str) -> None:
    data = json.loads((LETTERS / f"{name}.json").read_text(encoding="utf-8"))
    text = letter(name)
    for path, value in quoted(data):
        assert value in text, (path, value[:60])


# Layout that a structured field stands for: a "1)" part marker, an "Email:" label.
_MARKER = re.compile(r"^\s*(?:[0-9]+\)|Email:|Phone:|T:)\s*")


@pytest.mark.parametrize("name", NAMES)
def test_no_line_of_the_letter_is_dropped(name: str) -> None:
    """Each non-blank line (less a leading part marker or contact label) is held by a field."""
    data = json.loads((LETTERS / f"{name}.json").read_text(encoding="utf-8"))
    held = "\n".join(value for _, value in quoted(data))
    for line in letter(name).splitlines():
        content = _MARKER.sub("", line).strip()
        if content:
            assert content in held, content


def test_leicester_key_facts() -> None:
    r = load("leicester-childrens-analytics")
    assert r.regime is Regime.FOIA
    assert r.authority.name == "Leicester City Council"
    assert [p.label for p in r.request.parts] == ["1", "2", "3", "4", "5", "6"]
    assert [d.term for d in r.request.definitions] == [
        "data analytics",
        "predictive analytics",
        "artificial intelligence/algorithmic automated systems",
        "children",
        "children’s service provision",
    ]
    assert [a.parts for a in r.answers] == [("1",), ("2",), ("3",), ("4", "5", "6")]
    assert r.answers[1].same_as == "1"
    assert r.answers[3].disposition is Disposition.NOT_HELD
    assert r.refusal_notice is not None
    assert [p.as_written for p in r.refusal_notice.provisions] == ["Section 17.1", "Section 1.1"]
    assert str(r.refusal_notice.provisions[0].citation) == "FOIA s.17(1)"
    assert r.rights is not None
    assert r.rights.internal_review_contact is not None
    assert r.rights.internal_review_contact.email == "info.requests@leicester.gov.uk"
    assert r.rights.commissioner is None  # the letter gives no s.17(7)(b) particulars
    assert r.reuse_licence is not None
    assert r.reuse_licence.licence is foilib.Licence.OPEN_GOVERNMENT_LICENCE
    assert (
        r.reuse_licence.text == "You may re-use the information under an Open Government Licence."
    )


def test_truncated_letters_say_so() -> None:
    truncated = {n for n in NAMES if (p := load(n).provenance) is not None and p.truncated}
    assert truncated == {
        "devon-county-council-foi-statistics",
        "national-archives-infanticide-paper-s40",
        "northumbria-university-research-funding",
        "south-wales-police-theft-data-cost-limit",
        "uhb-friends-family-test-s43-commercial",
    }


def test_other_letters_key_facts() -> None:
    swp = load("south-wales-police-theft-data-cost-limit")
    assert swp.answers[0].disposition is Disposition.REFUSED_COST
    assert swp.refusal_notice is not None
    assert str(swp.refusal_notice.provisions[0].citation) == "FOIA s.12"
    met = load("metropolitan-police-internal-review-acknowledgement")
    assert met.kind is foilib.LetterKind.INTERNAL_REVIEW_ACKNOWLEDGEMENT
    assert met.rights is not None and met.rights.commissioner_contact is not None
    assert met.rights.commissioner_contact.phone == "0303 123 1113"
    tna = load("national-archives-infanticide-paper-s40")
    assert [str(c.citation) for c in tna.exemption_claims] == ["FOIA s.40(2)"]
    assert tna.answers[0].attachments[0].url is not None
    nu = load("northumbria-university-research-funding")
    assert nu.request.received_on is not None and nu.request.received_on.isoformat() == "2018-02-05"
    assert nu.sent_on is not None and nu.sent_on.isoformat() == "2018-03-05"
    assert nu.answer_for("2") is not None
    uhb = load("uhb-friends-family-test-s43-commercial")
    assert uhb.exemption_claims[0].public_interest is not None
    devon = load("devon-county-council-foi-statistics")
    assert [a.disposition for a in devon.answers] == [
        Disposition.PROVIDED,
        Disposition.NOT_HELD,
        Disposition.NOT_HELD,
        Disposition.PROVIDED,
    ]


@pytest.mark.parametrize("name", NAMES)
def test_every_cited_provision_resolves(name: str) -> None:
    """Issue 4 section 3: each provision as written parses to the fixture's citation
    and resolves in the statute catalogue."""
    response = load(name)
    cited: list[foilib.CitedProvision | foilib.ExemptionClaim] = [*response.exemption_claims]
    if response.refusal_notice is not None:
        cited.extend(response.refusal_notice.provisions)
    for item in cited:
        assert item.citation is not None
        assert foilib.parse_citation(item.as_written, response.regime) == item.citation
        assert item.provision is not None
        assert item.provision.citation.contains(item.citation) or (
            item.citation.contains(item.provision.citation)
        )


def test_leicester_refusal_cites_duties_not_exemptions() -> None:
    notice = load("leicester-childrens-analytics").refusal_notice
    assert notice is not None
    kinds = [p.provision.kind for p in notice.provisions if p.provision is not None]
    assert kinds == [foilib.ProvisionKind.DUTY, foilib.ProvisionKind.DUTY]


def test_find_citations_reads_every_letter() -> None:
    for name in NAMES:
        response = load(name)
        found = {str(f.citation) for f in foilib.find_citations(letter(name))}
        cited = {str(c.citation) for c in response.exemption_claims if c.citation}
        if response.refusal_notice is not None:
            cited |= {str(p.citation) for p in response.refusal_notice.provisions if p.citation}
        assert cited <= found, name
