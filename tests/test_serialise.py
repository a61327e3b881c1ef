"""The JSON form: strict reading with errors that name the JSON path, properties
for round trips and determinism."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import DeserializationError, Response, strategies

LEICESTER: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data/letters/leicester-childrens-analytics.json").read_text("utf-8")
)


def mutated(change: Any) -> dict[str, Any]:
    doc: dict[str, Any] = copy.deepcopy(LEICESTER)
    change(doc)
    return doc


BAD_DOCUMENTS = [
    # (mutation, JSON path named, words in the message)
    (lambda d: d["answers"][2].__setitem__("parts", ["3", 4]), "$.answers[2].parts[1]", "a string"),
    (
        lambda d: d["answers"][0].__setitem__("colour", "red"),
        "$.answers[0].colour",
        "no such field",
    ),
    (lambda d: d.pop("regime"), "$.regime", "missing"),
    (lambda d: d.__setitem__("regime", "FOIA"), "$.regime", "one of ['foia'"),
    (lambda d: d.__setitem__("sent_on", "2026-02-30"), "$.sent_on", "real calendar date"),
    (lambda d: d.__setitem__("sent_on", "20261125"), "$.sent_on", "YYYY-MM-DD"),
    (lambda d: d.__setitem__("sent_on", 20261125), "$.sent_on", "YYYY-MM-DD"),
    (
        lambda d: d["request"].__setitem__("received_at", "2026-11-25T09:00:00"),
        "$.request.received_at",
        "UTC offset",
    ),
    (lambda d: d["request"].__setitem__("parts", "123"), "$.request.parts", "a list"),
    (
        lambda d: d["request"]["parts"][0].__setitem__("label", 1),
        "$.request.parts[0].label",
        "string",
    ),
    (lambda d: d.__setitem__("answers", {}), "$.answers", "a list"),
    (lambda d: d["answers"].__setitem__(0, "yes"), "$.answers[0]", "an object (Answer)"),
    (lambda d: d["authority"].__setitem__("regimes", []), "$.authority.regimes", "at least one"),
    (lambda d: d["answers"][0].__setitem__("parts", ["9"]), "$.answers[0].parts", "'9'"),
    (lambda d: d.__setitem__("format_version", 99), "$.format_version", "1..1"),
    (lambda d: d.pop("format_version"), "$.format_version", "missing"),
    (lambda d: d["rights"].__setitem__("commissioner", None), None, None),
    (
        lambda d: d["reuse_licence"].__setitem__("licence", True),
        "$.reuse_licence.licence",
        "one of",
    ),
]


@pytest.mark.parametrize(("change", "path", "words"), BAD_DOCUMENTS)
def test_bad_documents_name_the_path(change: Any, path: str | None, words: str | None) -> None:
    doc = mutated(change)
    if path is None:
        foilib.from_dict(doc, Response)
        return
    with pytest.raises(DeserializationError) as info:
        foilib.from_dict(doc, Response)
    assert info.value.path == path
    assert words is not None and words in str(info.value)
    assert str(info.value).startswith(path)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "well-formed JSON"),
        ("", "well-formed JSON"),
        ("[]", "an object (Response)"),
        ('{"format_version": 1, "format_version": 1}', "repeated keys"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_malformed_json(text: str | bytes, words: str) -> None:
    with pytest.raises(DeserializationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        foilib.from_json(text, Response)


def test_wrong_class_argument() -> None:
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.from_json("{}", dict)
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.to_json({"a": 1})


def test_several_problems_are_all_listed() -> None:
    doc = mutated(lambda d: (d.pop("regime"), d["answers"][0].__setitem__("text", 5)))
    with pytest.raises(DeserializationError) as info:
        foilib.from_dict(doc, Response)
    paths = {p for p, _ in info.value.problems}
    assert paths == {"$.regime", "$.answers[0].text"}


MODEL_TYPES = sorted(strategies.STRATEGIES, key=lambda t: t.__name__)


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda t: t.__name__)
def test_round_trip_every_type(cls: type[Any]) -> None:
    @given(strategies.STRATEGIES[cls])
    def check(obj: Any) -> None:
        text = foilib.to_json(obj)
        assert foilib.from_json(text, cls) == obj
        assert foilib.to_json(foilib.from_json(text, cls)) == text  # deterministic
        jsonschema.Draft202012Validator(foilib.json_schema(cls)).validate(json.loads(text))

    check()


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path] if path else []
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "format_version" or path:
                out.extend(_paths(v, (*path, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, (*path, i)))
    return out


@given(strategies.responses(), st.data())
def test_mutated_documents_raise_only_deserialization_error(response: Response, data: Any) -> None:
    doc = foilib.to_dict(response)
    paths = _paths(doc)
    target = data.draw(st.sampled_from(paths))
    parent = doc
    for step in target[:-1]:
        parent = parent[step]
    how = data.draw(st.sampled_from(["remove", "wrong type", "extra key"]))
    if how == "remove" and isinstance(parent, dict):
        del parent[target[-1]]
    elif how == "extra key" and isinstance(parent, dict):
        parent["not_a_field"] = 1
    else:
        parent[target[-1]] = {"unexpected": [1.5]}
    try:
        result = foilib.from_dict(doc, Response)
    except DeserializationError as exc:
        assert exc.path.startswith("$")
    else:  # removing an optional field is fine: it falls back to its default
        assert isinstance(result, Response)


def test_schema_for_every_type_is_valid() -> None:
    for cls in MODEL_TYPES:
        jsonschema.Draft202012Validator.check_schema(foilib.json_schema(cls))


def test_schema_rejects_what_the_reader_rejects() -> None:
    schema = foilib.json_schema(Response)
    doc = mutated(lambda d: d["answers"][0].__setitem__("colour", "red"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)
