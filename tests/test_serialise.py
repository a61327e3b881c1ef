"""The JSON form: strict reading with errors that name the JSON path, properties
for round trips and determinism."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
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
    (lambda d: d["answers"][0].__setitem__("parts", ["9"]), "$.answers[0].parts[0]", "'9'"),
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
    removed = how == "remove" and isinstance(parent, dict)
    try:
        result = foilib.from_dict(doc, Response)
    except DeserializationError as exc:
        assert exc.path.startswith("$")
    else:  # only removing an optional field is fine: it falls back to its default
        assert removed, f"{how} at {target} was accepted"
        assert isinstance(result, Response)


def test_schema_for_every_type_is_valid() -> None:
    for cls in MODEL_TYPES:
        jsonschema.Draft202012Validator.check_schema(foilib.json_schema(cls))


def test_schema_rejects_what_the_reader_rejects() -> None:
    schema = foilib.json_schema(Response)
    doc = mutated(lambda d: d["answers"][0].__setitem__("colour", "red"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


# --- hostile input (issue 15 §2): each kind a DeserializationError at "$" or a named path ---
LEICESTER_TEXT = (
    Path(__file__).parent / "data/letters/leicester-childrens-analytics.json"
).read_text("utf-8")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"a": ' * 5000 + "1" + "}" * 5000, "nested"),
        ('{"format_version": 1, "x": "a\x00b"}', "well-formed JSON"),  # a raw NUL byte
        ('{"format_version": 1e400}', "standard JSON numbers"),
        ('{"format_version": -1e400}', "standard JSON numbers"),
        ('{"format_version": NaN}', "standard JSON numbers"),
        ('{"format_version": Infinity}', "standard JSON numbers"),
        ('{"format_version": ' + "9" * 5000 + "}", "JSON numbers Python can read"),
        (LEICESTER_TEXT.encode("utf-16"), "UTF-8"),
        (LEICESTER_TEXT.encode("utf-16-le"), "UTF-8"),
        (LEICESTER_TEXT.encode("utf-32"), "UTF-8"),
        (b'{"format_version": 1, "regime": "\xff"}', "UTF-8"),
        ('{"format_version": 1, "a": 1, "b": 2, "a": 3}', "'a' twice"),
    ],
    ids=lambda v: repr(v)[:30],
)
def test_hostile_json_is_a_deserialization_error(text: str | bytes, words: str) -> None:
    with pytest.raises(DeserializationError) as info:
        foilib.from_json(text, Response)
    assert words in str(info.value)
    # a number JSON refuses is named where it stands; the rest concern the whole text
    assert info.value.path == ("$.format_version" if "numbers" in words else "$")


def test_a_byte_order_mark_is_ignored() -> None:
    """RFC 8259 §8.1: a parser may ignore a BOM; foilib does, in str and in UTF-8 bytes."""
    plain = foilib.from_json(LEICESTER_TEXT, Response)
    assert foilib.from_json("\ufeff" + LEICESTER_TEXT, Response) == plain
    assert foilib.from_json(b"\xef\xbb\xbf" + LEICESTER_TEXT.encode(), Response) == plain
    assert foilib.from_json(LEICESTER_TEXT.encode(), Response) == plain


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d.__setitem__("format_version", True), "$.format_version", "true"),
        (
            lambda d: d["request"].__setitem__("text", "lone \ud800 surrogate"),
            "$.request.text",
            "UTF-8",
        ),
        (lambda d: d["answers"][0].__setitem__("text", 1.0), "$.answers[0].text", "a string"),
        (
            lambda d: d["reuse_licence"].__setitem__("licence", 1),
            "$.reuse_licence.licence",
            "one of",
        ),
    ],
)
def test_wrong_kinds_of_value_are_refused(change: Any, path: str, words: str) -> None:
    doc = mutated(change)
    with pytest.raises(DeserializationError) as info:
        foilib.from_json(json.dumps(doc), Response)
    assert info.value.path == path
    assert words in str(info.value)


def test_true_is_not_an_int_and_unicode_escapes_of_surrogates_are_refused() -> None:
    text = LEICESTER_TEXT.replace('"format_version": 1', '"format_version": true', 1)
    with pytest.raises(DeserializationError, match="format_version"):
        foilib.from_json(text, Response)
    escaped = json.dumps(mutated(lambda d: d["request"].__setitem__("text", "\udc80")))
    assert "\\udc80" in escaped
    with pytest.raises(DeserializationError) as info:
        foilib.from_json(escaped, Response)
    assert info.value.path == "$.request.text"


def test_lone_surrogates_are_refused_at_construction() -> None:
    with pytest.raises(foilib.ValidationError) as info:
        foilib.Requester(name="\ud800")
    assert info.value.field == "name"
    with pytest.raises(foilib.ValidationError):
        foilib.RequestPart(label="1\udfff", text="x")
    assert foilib.Requester(name="Zoë – “quoted” 😀").name  # real non-ASCII text is fine


@pytest.mark.parametrize("indent", [True, False, -1, 2.0, "  "])
def test_to_json_indent_is_checked(indent: Any) -> None:
    response = foilib.from_json(LEICESTER_TEXT, Response)
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.to_json(response, indent=indent)
    assert info.value.argument == "indent"


def test_compact_and_indented_forms_hold_the_same_document() -> None:
    response = foilib.from_json(LEICESTER_TEXT, Response)
    compact = foilib.to_json(response, indent=None)
    assert "\n" not in compact[:-1]
    assert json.loads(compact) == json.loads(foilib.to_json(response))
    assert foilib.to_json(response, indent=0).count("\n") > 1
    assert foilib.from_json(compact, Response) == response


def _chain(depth: int) -> foilib.RequestPart:
    part = foilib.RequestPart(label="1", text="deepest")
    for _ in range(depth - 1):
        part = foilib.RequestPart(label="1", text="", parts=(part,))
    return part


def test_request_part_nesting_is_bounded() -> None:
    from foilib._private.model import MAX_PART_DEPTH

    deepest = _chain(MAX_PART_DEPTH)
    request = foilib.Request(parts=(deepest,))
    assert len(request.part_refs) == MAX_PART_DEPTH
    assert foilib.from_json(foilib.to_json(request), foilib.Request) == request
    with pytest.raises(foilib.ValidationError):
        foilib.RequestPart(label="1", text="", parts=(_chain(MAX_PART_DEPTH),))
    with pytest.raises(foilib.ValidationError) as info:
        foilib.Request(parts=(_chain(MAX_PART_DEPTH + 1),))
    assert "at most 32 deep" in str(info.value)
    doc: dict[str, Any] = {"label": "1", "text": "x"}
    for _ in range(300):
        doc = {"label": "1", "text": "", "parts": [doc]}
    with pytest.raises(DeserializationError):
        foilib.from_dict({"format_version": 1, "parts": [doc]}, foilib.Request)


def test_received_at_in_the_repeated_hour_keeps_its_fold() -> None:
    """01:30 on 25 Oct 2026 happens twice in Europe/London (BST, then GMT): fold 0 and 1."""
    import datetime as dt
    import pickle
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    first = dt.datetime(2026, 10, 25, 1, 30, tzinfo=london, fold=0)  # 00:30 UTC
    second = dt.datetime(2026, 10, 25, 1, 30, tzinfo=london, fold=1)  # 01:30 UTC
    on = dt.date(2026, 10, 25)
    a = foilib.Request(received_on=on, received_at=first)
    b = foilib.Request(received_on=on, received_at=second)
    assert a != b  # different instants, though Python calls the datetimes equal
    for request in (a, b):
        for copied in (
            pickle.loads(pickle.dumps(request)),
            copy.deepcopy(request),
            foilib.from_json(foilib.to_json(request), foilib.Request),
        ):
            assert copied == request
            assert hash(copied) == hash(request)
            assert copied.received_at is not None and request.received_at is not None
            assert copied.received_at.utcoffset() == request.received_at.utcoffset()
    assert '"2026-10-25T01:30:00+00:00"' in foilib.to_json(b)
    assert '"2026-10-25T01:30:00+01:00"' in foilib.to_json(a)


# --- the fast path and the detailed path agree ------------------------------------------------
@given(strategies.responses())
def test_fast_path_equals_detailed_path(response: Response) -> None:
    from foilib._private import serialise

    doc = foilib.to_dict(response)
    del doc["format_version"]
    fast = serialise._fast_hook(Response)
    assert fast is not None
    assert fast(copy.deepcopy(doc)) == serialise._CONVERTER.structure(doc, Response) == response


def _response_with(n: int) -> Response:
    parts = tuple(foilib.RequestPart(label=str(i), text=f"q{i}") for i in range(n))
    answers = tuple(
        foilib.Answer(parts=(str(i),), disposition=foilib.Disposition.PROVIDED, text=f"a{i}")
        for i in range(n)
    )
    base = foilib.from_json(LEICESTER_TEXT, Response)
    return Response(
        authority=base.authority,
        regime=base.regime,
        request=foilib.Request(parts=parts),
        answers=answers,
    )


def test_many_parts_are_checked_and_named() -> None:
    response = _response_with(200)
    assert len(response.answers) == 200
    bad = foilib.Answer(parts=("nope",), disposition=foilib.Disposition.PROVIDED, text="x")
    with pytest.raises(foilib.ValidationError) as info:
        Response(
            authority=response.authority,
            regime=response.regime,
            request=response.request,
            answers=(*response.answers, bad),
        )
    assert info.value.field == "answers[200].parts[0]"
    assert "..." in str(info.value)  # the list of refs is cut short


@given(strategies.responses(), st.data())
def test_fast_path_never_accepts_what_the_detailed_path_refuses(
    response: Response, data: Any
) -> None:
    from foilib._private import serialise

    doc = foilib.to_dict(response)
    del doc["format_version"]
    paths = _paths(doc)
    target = data.draw(st.sampled_from(paths))
    parent = doc
    for step in target[:-1]:
        parent = parent[step]
    parent[target[-1]] = data.draw(
        st.sampled_from([None, True, 0, 1.5, "", "x", [], {}, ["x"], "2026-01-01"])
    )
    try:
        detailed = serialise._CONVERTER.structure(copy.deepcopy(doc), Response)
    except Exception:
        detailed = None
    try:
        fast = serialise._fast_hook(Response)(doc)
    except Exception:
        fast = None
    if fast is not None:
        assert detailed == fast
    text = json.dumps({"format_version": 1, **doc})
    try:
        via_json = foilib.from_json(text, Response)
    except DeserializationError:
        assert detailed is None
    else:
        assert via_json == detailed


# --- Provision keeps its JSON keys across the rename of its fields ------------------------
# Provision.ncnd and Provision.source were renamed ncnd_clauses and source_url (issue 10);
# to_dict/to_json are public and take a Provision, so its JSON form keeps the old keys (as
# the converter and `foilib provisions --json` do) and a Provision an earlier release wrote
# reads back.

#: FOIA s.40 as foilib.to_json wrote it before the rename (keys "source" and "ncnd"), but
#: for its prose fields (taken from the catalogue where used).
PROVISION_S40_BEFORE_RENAME: dict[str, Any] = {
    "format_version": 1,
    "citation": {"regime": "foia", "section": "40"},
    "title": "Personal information",
    "kind": "exemption",
    "absoluteness": "absolute in part",
    "harm_test": "class",
    "public_interest_test": True,
    "source": "https://www.legislation.gov.uk/ukpga/2000/36/section/40",
    "ncnd": [
        {"regime": "foia", "section": "40", "path": ["5A"]},
        {"regime": "foia", "section": "40", "path": ["5B"]},
    ],
}


def test_provision_json_keeps_the_keys_ncnd_and_source() -> None:
    p = foilib.provision("FOIA s.40")
    data = foilib.to_dict(p)
    assert "ncnd_clauses" not in data and "source_url" not in data
    assert data["ncnd"] == PROVISION_S40_BEFORE_RENAME["ncnd"]
    assert data["source"] == p.source_url
    assert foilib.from_json(foilib.to_json(p), foilib.Provision) == p
    assert foilib.from_dict(data, foilib.Provision) == p
    # the converter writes the same keys
    conv = foilib.make_converter()
    assert {k: v for k, v in data.items() if k != "format_version"} == conv.unstructure(p)


def _s40_before_rename() -> dict[str, Any]:
    prose = foilib.make_converter().unstructure(foilib.provision("FOIA s.40"))
    return {**PROVISION_S40_BEFORE_RENAME, **{k: prose[k] for k in PROSE}}


PROSE = ("absolute_part", "authorities", "covers")


def test_provision_written_before_the_rename_reads_back() -> None:
    doc = _s40_before_rename()
    p = foilib.from_json(json.dumps(doc), foilib.Provision)
    assert p.source_url == doc["source"]
    assert [str(c) for c in p.ncnd_clauses] == ["FOIA s.40(5A)", "FOIA s.40(5B)"]
    assert {k: v for k, v in foilib.to_dict(p).items() if k in doc} == doc


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        # the new field names are not JSON keys
        ({"ncnd_clauses": []}, "$.ncnd_clauses", "no such field in Provision"),
        ({"source_url": "https://x"}, "$.source_url", "expected one of ['absolute_part'"),
        # errors under a renamed field name its JSON key
        ({"ncnd": [{"regime": "foia", "section": "x"}]}, "$.ncnd[0].section", "Citation"),
        ({"source": 5}, "$.source", "a string, got 5"),
    ],
)
def test_provision_errors_name_the_json_keys(change: dict[str, Any], path: str, words: str) -> None:
    doc = {**_s40_before_rename(), **change}
    reads: list[Callable[[], object]] = [
        lambda: foilib.from_json(json.dumps(doc), foilib.Provision),
        lambda: foilib.from_dict(copy.deepcopy(doc), foilib.Provision),
    ]
    for read in reads:
        with pytest.raises(DeserializationError) as info:
            read()
        assert info.value.path == path
        assert words in str(info.value)
