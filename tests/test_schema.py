"""json_schema() says everything JSON Schema can: what it refuses, from_json refuses too,
and every document foilib writes passes it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import foilib
from foilib import strategies

LETTERS = Path(__file__).parent / "data" / "letters"
LEICESTER = json.loads((LETTERS / "leicester-childrens-analytics.json").read_text("utf-8"))


def _validator(cls: type[Any]) -> jsonschema.Draft202012Validator:
    schema = foilib.json_schema(cls)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _set(path: list[str | int], value: object) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


# Each row: a change to the Leicester document that from_json refuses, and that the schema
# now refuses too (the three examples first).
REFUSED = [
    ("empty authority name", _set(["authority", "name"], "")),
    ("blank authority name", _set(["authority", "name"], "   ")),
    ("no regimes", _set(["authority", "regimes"], [])),
    ("a regime twice", _set(["authority", "regimes"], ["foia", "foia"])),
    ("empty answer text", _set(["answers", 0, "text"], "")),
    ("a label with a slash", _set(["request", "parts", 0, "label"], "1/2")),
    ("a label with a space outside", _set(["request", "parts", 0, "label"], " 1")),
    ("an empty label", _set(["request", "parts", 0, "label"], "")),
    ("a date without dashes", _set(["sent_on"], "20261218")),
    ("an impossible date", _set(["sent_on"], "2026-02-30")),
    ("a naive date-time", _set(["request", "received_at"], "2026-11-25T09:30:00")),
    ("an answer's parts repeated", _set(["answers", 0, "parts"], ["1", "1"])),
    ("an empty part ref", _set(["answers", 0, "parts"], [""])),
    ("an unknown key", _set(["surprise"], 1)),
    ("a citation section in lower case", _set(["exemption_claims", 0, "citation", "section"], "x")),
]


@pytest.mark.parametrize(("name", "edit"), REFUSED, ids=[r[0] for r in REFUSED])
def test_what_from_json_refuses_the_schema_refuses(
    name: str, edit: Callable[[dict[str, Any]], None]
) -> None:
    doc = copy.deepcopy(LEICESTER)
    doc.setdefault("exemption_claims", [{"as_written": "s.43", "citation": {}}])
    doc["exemption_claims"][0].setdefault("citation", {"regime": "foia", "section": "43"})
    doc["request"].setdefault("received_at", "2026-11-25T09:30:00+00:00")
    edit(doc)
    with pytest.raises(foilib.DeserializationError):
        foilib.from_dict(doc, foilib.Response)
    assert not _validator(foilib.Response).is_valid(doc), name


def test_the_unedited_document_passes_both() -> None:
    assert _validator(foilib.Response).is_valid(LEICESTER)
    foilib.from_dict(LEICESTER, foilib.Response)


def test_what_only_from_json_checks_is_documented() -> None:
    schema = foilib.json_schema(foilib.Response)
    assert "cross-references" in schema["$comment"]
    doc = copy.deepcopy(LEICESTER)
    doc["answers"][0]["parts"] = ["99"]  # no such part: a cross-reference
    assert _validator(foilib.Response).is_valid(doc)
    with pytest.raises(foilib.DeserializationError):
        foilib.from_dict(doc, foilib.Response)


@pytest.mark.parametrize("cls", [foilib.Response, foilib.Case])
def test_schemas_are_valid_draft_2020_12(cls: type[Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(foilib.json_schema(cls))


@settings(max_examples=40, deadline=None)
@given(strategies.responses())
def test_every_document_foilib_writes_passes_its_schema(response: foilib.Response) -> None:
    doc = json.loads(foilib.to_json(response))
    errors = list(_validator(foilib.Response).iter_errors(doc))
    assert not errors, errors[0].message
