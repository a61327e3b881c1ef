"""Score the reader on the shared letters against their hand-made fixtures.

For each letter in tests/data/letters/, ``foilib.read_letter`` reads the .txt and
its draft is compared field by field with the hand-made .json: regime, letter
kind, sent and received dates, part labels, definition terms, cited provisions,
answer dispositions, the parts each answer covers, whether the review and
Commissioner particulars are there, and each hand-placed passage (placed when the
draft holds the same text, as a passage or a field). The table is printed
(``pytest -s``); the floor below keeps it from sliding back.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

import foilib
from foilib import Reading, Response

LETTERS = Path(__file__).parent / "data" / "letters"
NAMES = sorted(p.stem for p in LETTERS.glob("*.json"))

#: Floor on the share of fields right over all shared letters (measured 1.000 at
#: the time of writing; the issue's target is 0.95).
FLOOR = 0.95


def _strings(node: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, str):
        return [(path, node)]
    if isinstance(node, dict):
        return [item for k, v in node.items() for item in _strings(v, f"{path}.{k}" if path else k)]
    if isinstance(node, list):
        return [item for i, v in enumerate(node) for item in _strings(v, f"{path}[{i}]")]
    return []


def _cited(r: Response) -> frozenset[str]:
    out = {str(c.citation) for c in r.exemption_claims if c.citation is not None}
    if r.refusal_notice is not None:
        out |= {str(p.citation) for p in r.refusal_notice.provisions if p.citation is not None}
    return frozenset(out)


def fields(r: Response) -> dict[str, object]:
    """The scored fields of a response."""
    rights = r.rights
    return {
        "regime": r.regime,
        "kind": r.kind,
        "sent_on": r.sent_on,
        "sent_in": r.sent_in,
        "received_on": r.request.received_on,
        "dated_on": r.request.dated_on,
        "part labels": r.request.part_refs,
        "parts not restated": tuple(ref for ref, p in r.request.iter_parts() if not p.restated),
        "definition terms": tuple(d.term for d in r.request.definitions),
        "cited provisions": _cited(r),
        "dispositions": tuple(a.disposition for a in r.answers),
        "answer parts": tuple(a.parts for a in r.answers),
        "same as": tuple(a.same_as for a in r.answers),
        "review present": rights is not None and rights.internal_review is not None,
        "commissioner present": rights is not None and rights.commissioner is not None,
        "licence": None if r.reuse_licence is None else r.reuse_licence.licence,
    }


def placed(draft: Response, fixture: Response) -> list[tuple[str, bool]]:
    """Each hand-placed passage, and whether the draft holds the same text."""
    held = {s.strip() for _, s in _strings(foilib.to_dict(draft))}
    return [(p.text.strip(), p.text.strip() in held) for p in fixture.passages]


#: Paths whose values are names of things (enums, part refs), not text of the letter.
_NAMES = re.compile(
    r"(^|\.)(kind|regime|disposition|licence|same_as)$|\.regimes\[\d+\]$|"
    r"\.grounds\[\d+\]$|\.citation\.|\.citations\[\d+\]\.|^order\[\d+\]$|"
    r"^(answers|exemption_claims)\[\d+\]\.parts\[\d+\]$"
)
_DATES = ("sent_on", "request.received_on", "request.dated_on")


def invented(reading: Reading) -> list[str]:
    """Paths of draft strings that are not the letter's text at their recorded span.

    Dates must have a span too, and it must name the same day.
    """
    bad = []
    for path, value in _strings(foilib.to_dict(reading.response)):
        if path == "format_version" or _NAMES.search(path) or path in reading.guesses:
            continue
        span = reading.spans.get(path)
        if span is None:
            bad.append(path)
        elif path in _DATES:
            day = dt.date.fromisoformat(value)
            said = reading.text[span[0] : span[1]]
            if str(day.year) not in said or str(day.day) not in said:
                bad.append(path)
        elif reading.text[span[0] : span[1]] != value:
            bad.append(path)
    return bad


def score(name: str) -> tuple[int, int, list[str], list[str]]:
    """(right, total, what was wrong, invented paths) for one shared letter."""
    reading = foilib.read_letter(LETTERS / f"{name}.txt")
    fixture = foilib.from_json((LETTERS / f"{name}.json").read_text(encoding="utf-8"), Response)
    got, want = fields(reading.response), fields(fixture)
    wrong = [f"{k}: got {got[k]!r}, want {want[k]!r}" for k in want if got[k] != want[k]]
    marks = placed(reading.response, fixture)
    wrong += [f"passage not placed: {text[:50]!r}" for text, ok in marks if not ok]
    total = len(want) + len(marks)
    return total - len(wrong), total, wrong, invented(reading)


def table() -> tuple[str, float, int]:
    rows = [f"{'letter':<52} {'right':>5} {'of':>4} {'score':>6} {'invented':>8}"]
    right_all = total_all = invented_all = 0
    for name in NAMES:
        right, total, wrong, bad = score(name)
        right_all += right
        total_all += total
        invented_all += len(bad)
        rows.append(f"{name:<52} {right:>5} {total:>4} {right / total:>6.3f} {len(bad):>8}")
        rows.extend(f"    - {w}" for w in wrong)
    overall = right_all / total_all
    rows.append(
        f"{'all shared letters':<52} {right_all:>5} {total_all:>4} {overall:>6.3f} "
        f"{invented_all:>8}"
    )
    return "\n".join(rows), overall, invented_all


def test_score_table_keeps_its_floor() -> None:
    text, overall, invented_count = table()
    print("\n" + text)
    assert invented_count == 0, text
    assert overall >= FLOOR, text


@pytest.mark.parametrize("name", NAMES)
def test_nothing_invented(name: str) -> None:
    reading = foilib.read_letter(LETTERS / f"{name}.txt")
    assert invented(reading) == []
    # every span lies inside the text and is what the draft holds
    for a, b in reading.spans.values():
        assert 0 <= a <= b <= len(reading.text)


@pytest.mark.parametrize("name", NAMES)
def test_nothing_left_unread(name: str) -> None:
    reading = foilib.read_letter(LETTERS / f"{name}.txt")
    assert [reading.text[a:b] for a, b in reading.unread] == []


def test_a_bad_draft_scores_below_the_floor() -> None:
    # The score can fail: a draft that reads every answer as "not held" loses fields.
    name = "leicester-childrens-analytics"
    fixture = foilib.from_json((LETTERS / f"{name}.json").read_text(encoding="utf-8"), Response)
    import attrs

    bad = attrs.evolve(
        fixture,
        answers=tuple(
            attrs.evolve(a, disposition=foilib.Disposition.NOT_HELD) for a in fixture.answers
        ),
        rights=None,
    )
    got, want = fields(bad), fields(fixture)
    assert got["dispositions"] != want["dispositions"]
    assert got["review present"] != want["review present"]
