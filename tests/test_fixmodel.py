"""Faults a fresh user found in the model and its JSON form, one block per kind:

1. an error found while decoding (a repeated key) names the object's JSON path, not ``$``;
2. an error about one element of a list names the element (``parts[1]``), not the list;
3. non-empty text needs a visible character (not only whitespace, controls Cc or format
   characters Cf), labels hold no Cc/Cf character: validators, fast path and JSON schema
   agree;
4. an answer's ``same_as`` names another part than its own, and no chain of ``same_as``
   leads back to the answer it starts from.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import Answer, Disposition, Request, RequestPart, ValidationError
from foilib._private import serialise, validate

ROOT = Path(__file__).parent.parent
CASE = (ROOT / "examples" / "case.json").read_text("utf-8")
RESPONSE = (ROOT / "examples" / "response.json").read_text("utf-8")
LEICESTER = json.loads(
    (ROOT / "tests/data/letters/leicester-childrens-analytics.json").read_text("utf-8")
)


def _outcome(read: Callable[[], object]) -> tuple[str, object]:
    try:
        return ("ok", read())
    except foilib.DeserializationError as exc:
        return ("error", (type(exc), exc.problems, str(exc)))


def both(read: Callable[[], object]) -> tuple[tuple[str, object], tuple[str, object]]:
    """What ``read`` gives with the fast path, then with the detailed path alone (as in
    tests/test_serialise_fast.py)."""
    fast = _outcome(read)
    roots, hook = serialise._ROOTS, serialise._fast_hook
    serialise._ROOTS = {}
    serialise._fast_hook = lambda *args, **kwargs: None
    try:
        detailed = _outcome(read)
    finally:
        serialise._ROOTS, serialise._fast_hook = roots, hook
    return fast, detailed


def _error(text: str | dict[str, Any], cls: type[Any]) -> foilib.DeserializationError:
    if isinstance(text, dict):
        text = json.dumps(text, ensure_ascii=False)
    with pytest.raises(foilib.DeserializationError) as info:
        foilib.from_json(text, cls)
    return info.value


def _detailed_error(doc: dict[str, Any], cls: type[Any]) -> tuple[str, str]:
    """(path, message) from both readers, which must agree."""
    text = json.dumps(doc, ensure_ascii=False)
    fast, detailed = both(lambda: foilib.from_json(text, cls))
    assert fast == detailed
    assert fast[0] == "error"
    exc = _error(text, cls)
    return exc.path, str(exc)


# --- 1. repeated keys are named at the object holding them ------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "path"),
    [
        # examples/case.json events[0] {"kind": "received", "on": ...}: "kind" twice
        (
            CASE.replace('"kind": "received"', '"kind": "received", "kind": "received"', 1),
            foilib.Case,
            "$.events[0]",
        ),
        # examples/response.json answers[0] {"parts": ["1"], ...}: "parts" twice
        (
            RESPONSE.replace(
                '"parts": [\n        "1"\n      ]', '"parts": ["1"], "parts": ["1"]', 1
            ),
            foilib.Response,
            "$.answers[0]",
        ),
        # the top level still is "$"
        (
            RESPONSE.replace('"regime": "foia"', '"regime": "foia", "regime": "foia"', 1),
            foilib.Response,
            "$",
        ),
        # deeper: request.parts[0]
        (
            RESPONSE.replace('"label": "1"', '"label": "1", "label": "1"', 1),
            foilib.Response,
            "$.request.parts[0]",
        ),
    ],
)
def test_a_repeated_key_is_named_at_its_object(text: str, cls: type[Any], path: str) -> None:
    exc = _error(text, cls)
    assert exc.path == path
    assert "an object without repeated keys, got" in exc.expected
    assert "twice" in exc.expected


def test_the_response_example_has_the_answer_layout_the_table_edits() -> None:
    # guards the row above: the edit must really happen
    assert '"parts": [\n        "1"\n      ]' in RESPONSE


def test_the_first_object_with_a_repeat_in_document_order_is_named() -> None:
    doc = copy.deepcopy(LEICESTER)
    text = json.dumps(doc, ensure_ascii=False)
    text = text.replace('"label": "2"', '"label": "2", "label": "2"', 1)
    text = text.replace('"label": "3"', '"label": "3", "label": "3"', 1)
    assert _error(text, foilib.Response).path == "$.request.parts[1]"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("NaN", "standard JSON numbers, got NaN"),
        ("-Infinity", "standard JSON numbers, got -Infinity"),
        ("1e999", "standard JSON numbers, got 1e999"),
        ("9" * 5000, "JSON numbers Python can read"),
    ],
)
def test_a_number_json_refuses_is_named_at_its_path(value: str, words: str) -> None:
    text = RESPONSE.replace('"label": "2"', f'"label": "2", "x": {value}', 1)
    assert text != RESPONSE
    exc = _error(text, foilib.Response)
    assert exc.path == "$.request.parts[1].x"
    assert words in str(exc)


def test_a_fault_the_lenient_reader_cannot_place_stays_at_the_top() -> None:
    exc = _error('{"format_version": 1, "x": NaN', foilib.Response)  # malformed as well
    assert exc.path == "$"


# --- 2. element errors name the element -------------------------------------------------


def test_an_answer_citing_a_missing_part_names_the_element() -> None:
    doc = copy.deepcopy(LEICESTER)
    doc["answers"][2]["parts"] = ["3", "3/z"]
    path, message = _detailed_error(doc, foilib.Response)
    assert path == "$.answers[2].parts[1]"
    assert "Response.answers[2].parts[1]: expected a ref of a request part" in message
    assert "'3/z'" in message


def test_a_claim_citing_a_missing_part_names_the_element() -> None:
    doc = copy.deepcopy(LEICESTER)
    doc["exemption_claims"] = [{"as_written": "Section 40", "parts": ["1", "9"]}]
    path, _ = _detailed_error(doc, foilib.Response)
    assert path == "$.exemption_claims[0].parts[1]"


def test_an_order_entry_naming_nothing_names_the_entry() -> None:
    doc = copy.deepcopy(LEICESTER)
    doc["order"] = ["request", "answers[99]"]
    path, message = _detailed_error(doc, foilib.Response)
    assert path == "$.order[1]"
    assert "Response.order[1]:" in message


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        (("1", ""), "parts[1]"),  # an empty ref
        (("1", "2", 3), "parts[2]"),  # not a str
        (("1", "2", "1"), "parts[2]"),  # the repeat, not the first
    ],
)
def test_a_bad_item_of_a_tuple_field_is_named(parts: tuple[Any, ...], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Answer(parts, Disposition.PROVIDED, "Yes.")
    assert info.value.field == field
    assert str(info.value).startswith(f"Answer.{field}: expected ")


def test_a_bad_item_of_a_tuple_field_is_named_in_json() -> None:
    doc = copy.deepcopy(LEICESTER)
    doc["answers"][0]["parts"] = ["1", "\u200b"]
    path, message = _detailed_error(doc, foilib.Response)
    assert path == "$.answers[0].parts[1]"
    assert "Answer.parts[1]: expected a non-empty str" in message


def test_repeated_sibling_labels_name_the_repeat() -> None:
    with pytest.raises(ValidationError) as info:
        Request(
            "Please.", parts=(RequestPart("1", "a"), RequestPart("2", "b"), RequestPart("1", "c"))
        )
    assert info.value.field == "parts[2].label"
    assert info.value.value == "1"


def test_a_renamed_field_keeps_its_json_key_with_an_index() -> None:
    from foilib._private.serialise import _problems

    exc = ValidationError("Provision", "ncnd_clauses[1]", "x", "something")
    assert _problems(exc, "$", None)[0][0] == "$.ncnd[1]"


# --- 3. invisible text ------------------------------------------------------------------

#: Characters that show nothing: whitespace, controls (Cc), format characters (Cf)
INVISIBLE = st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"])
#: Characters that show something (letters, marks, numbers, punctuation, symbols)
SHOWN = st.characters(categories=["L", "M", "N", "P", "S"])


def _text_schema() -> jsonschema.Draft202012Validator:
    schema = foilib.json_schema(foilib.Passage)
    return jsonschema.Draft202012Validator(schema)


def _passage(text: str) -> dict[str, Any]:
    return {"format_version": 1, "kind": "body", "text": text}


def _three_ways(text: str) -> tuple[bool, bool, bool]:
    """(validator accepts, from_json accepts (both paths agreeing), schema accepts)."""
    try:
        foilib.Passage(foilib.PassageKind.BODY, text)
        by_init = True
    except ValidationError:
        by_init = False
    raw = json.dumps(_passage(text), ensure_ascii=False)
    fast, detailed = both(lambda: foilib.from_json(raw, foilib.Passage))
    assert fast == detailed
    by_schema = _text_schema().is_valid(_passage(text))
    return by_init, fast[0] == "ok", by_schema


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("\u200b", False),  # zero-width space (Cf)
        ("\u200c\u200d", False),  # zero-width non-joiner and joiner (Cf)
        ("\u2060", False),  # word joiner (Cf)
        ("\ufeff", False),  # byte order mark (Cf)
        ("\x00", False),  # NUL (Cc)
        ("\x07\x1b", False),  # bell, escape (Cc)
        (" \u200b\t\n", False),
        ("\u00ad", False),  # soft hyphen (Cf) alone
        ("Gwasanaeth ŵ ŷ", True),  # Welsh
        ("Seirbheis Ò", True),  # Gaelic
        ("\U0001f468\u200d\U0001f469", True),  # an emoji ZWJ sequence
        ("न\u200dि", True),  # ZWJ inside a word
        ("x\x00", True),  # a visible character besides a control
        ("co\u00adoperate", True),
    ],
)
def test_text_needs_a_visible_character(text: str, ok: bool) -> None:
    assert _three_ways(text) == (ok, ok, ok)


@given(st.text(INVISIBLE, min_size=1, max_size=8))
def test_only_invisible_characters_are_refused_three_ways(text: str) -> None:
    assert _three_ways(text) == (False, False, False)


@given(st.text(INVISIBLE, max_size=4), SHOWN, st.text(INVISIBLE, max_size=4))
def test_one_visible_character_is_enough_three_ways(before: str, shown: str, after: str) -> None:
    assert _three_ways(before + shown + after) == (True, True, True)


def _label_ways(label: str) -> tuple[bool, bool, bool]:
    try:
        RequestPart(label, "text")
        by_init = True
    except ValidationError:
        by_init = False
    doc = {"format_version": 1, "label": label, "text": "text"}
    raw = json.dumps(doc, ensure_ascii=False)
    fast, detailed = both(lambda: foilib.from_json(raw, RequestPart))
    assert fast == detailed
    schema = jsonschema.Draft202012Validator(foilib.json_schema(RequestPart))
    return by_init, fast[0] == "ok", schema.is_valid(doc)


@pytest.mark.parametrize(
    ("label", "ok"),
    [
        ("1", True),
        ("2a", True),
        ("iii", True),
        ("ŵ", True),
        ("1\x00", False),  # NUL
        ("1\u200b", False),  # zero-width space
        ("\u200b", False),
        ("1\t2", False),  # a tab inside (Cc)
        ("1\n", False),
        ("a/b", False),
    ],
)
def test_a_label_holds_no_control_or_format_character(label: str, ok: bool) -> None:
    assert _label_ways(label) == (ok, ok, ok)


@given(
    st.text(SHOWN.filter(lambda c: c != "/"), min_size=1, max_size=3),
    st.characters(categories=["Cc", "Cf"]),
    st.integers(0, 3),
)
def test_a_label_with_an_invisible_character_is_refused_three_ways(
    label: str, bad: str, at: int
) -> None:
    assert _label_ways(label) == (True, True, True)
    assert _label_ways(label[:at] + bad + label[at:]) == (False, False, False)


@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=6))
def test_visible_is_the_rule_as_stated(text: str) -> None:
    stated = any(not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf") for c in text)
    assert validate.visible(text) is stated
    stated_label = any(unicodedata.category(c) in ("Cc", "Cf") for c in text)
    assert validate.invisible_in(text) is stated_label
    pattern = foilib.json_schema(foilib.Passage)["properties"]["text"]["pattern"]
    assert (re.search(pattern, text) is not None) is stated


def test_a_part_with_invisible_text_and_no_sub_parts_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"RequestPart\.text"):
        RequestPart("1", "\u200b")


# --- 4. same_as -------------------------------------------------------------------------


def test_same_as_naming_the_answer_s_own_part_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Answer(("1",), Disposition.PROVIDED, "As above.", same_as="1")
    assert info.value.field == "same_as"
    assert str(info.value).startswith("Answer.same_as: expected the ref of another part")


def test_same_as_naming_the_answer_s_own_part_is_refused_in_json() -> None:
    doc = copy.deepcopy(LEICESTER)
    doc["answers"][1]["same_as"] = doc["answers"][1]["parts"][0]
    path, _ = _detailed_error(doc, foilib.Response)
    assert path == "$.answers[1].same_as"


def test_a_cycle_of_same_as_is_refused() -> None:
    doc = copy.deepcopy(LEICESTER)
    a, b = doc["answers"][0], doc["answers"][1]
    a["same_as"], b["same_as"] = b["parts"][0], a["parts"][0]
    path, message = _detailed_error(doc, foilib.Response)
    assert path == "$.answers[0].same_as"
    assert "answers[0] -> answers[1] -> answers[0]" in message


def test_a_chain_of_same_as_without_a_cycle_is_fine() -> None:
    doc = copy.deepcopy(LEICESTER)
    a, b = doc["answers"][0], doc["answers"][1]
    b["same_as"] = a["parts"][0]  # answer 1 "as answer 0", answer 0 points nowhere
    doc["answers"][2]["same_as"] = b["parts"][0]
    response = foilib.from_json(json.dumps(doc), foilib.Response)
    assert attrs.evolve(response) == response


# --- the reader meets invisible text -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir\n1) \u200b\nYours sincerely\n",
        "1) How many?\nAnswer: \x1b\n",
        "Our ref: \x00\ufeff\n\u2060\nDear Sir\n",
    ],
)
def test_the_reader_reads_invisible_text_as_spaces(text: str) -> None:
    reading = foilib.read_letter(text)
    assert len(reading.text) == len(text)  # offsets of spans unchanged
    for a, b in reading.spans.values():
        assert 0 <= a <= b <= len(text)


def test_the_reader_keeps_legitimate_joiners() -> None:
    text = "Dear Sir\nWe hold the data for Caerdydd \U0001f468\u200d\U0001f469.\nYours sincerely\n"
    assert foilib.read_letter(text).text == text
