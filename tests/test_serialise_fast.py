"""The fast JSON reader against the detailed one: same objects, same errors.

``from_json`` and ``from_dict`` first try one generated structure function per class, which
makes the checks of the fields' validators inline (see ``validate.Spec``) and builds the
object without calling its ``__init__``; on any failure they fall back to the detailed path
(cattrs and the class's own ``__init__``), which names the problem. These properties feed
both paths valid and mutated documents of every model class and require the same object or
the same :class:`foilib.DeserializationError` (path and message).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import DeserializationError, strategies
from foilib._private import serialise

#: The model classes read from JSON (Case and SchoolTerm have their own readers).
CLASSES = [
    cls
    for cls in strategies.STRATEGIES
    if cls.__module__ == "foilib" and cls not in (foilib.Case, foilib.SchoolTerm, foilib.Event)
]

#: Values a mutation puts anywhere: every JSON type, and strings each check is about
#: (empty, spaces only, a no-break space, a lone surrogate, a slash or newline in a
#: label, an enum value, a date, a naive date-time, a duplicate of the value beside it).
NASTY: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    12,
    13,
    1899,
    1900,
    2199,
    2200,
    1.5,
    "",
    " ",
    "\u00a0",
    "\t\n",
    "x",
    " x",
    "x ",
    "a/b",
    "a\nb",
    "\ud800",
    "caf\u00e9 \ud83d\ude00",
    "\u200b",
    "\u200d\ufeff",
    "\x00",
    "1\x00",
    "\u2060 \t",
    "\u0175",
    "provided",
    "foia",
    "body",
    "1",
    "2026-01-01",
    "2026-02-30",
    "2026-01-01T09:00:00",
    "2026-01-01T09:00:00+00:00",
    [],
    {},
    ["x"],
    [""],
    ["x", "x"],
    ["\ud800"],
    ["\u200b"],
    ["foia", "foia"],
    [1],
]


@contextmanager
def detailed_only() -> Iterator[None]:
    """Turn the fast path off: every read goes through cattrs and ``__init__``."""
    roots, hook = serialise._ROOTS, serialise._fast_hook
    serialise._ROOTS = {}
    serialise._fast_hook = lambda *args, **kwargs: None
    try:
        yield
    finally:
        serialise._ROOTS, serialise._fast_hook = roots, hook


def outcome(read: Callable[[], object]) -> tuple[str, object]:
    try:
        return ("ok", read())
    except DeserializationError as exc:
        return ("error", (type(exc), exc.problems, str(exc)))


def both(read: Callable[[], object]) -> tuple[tuple[str, object], tuple[str, object]]:
    fast = outcome(read)
    with detailed_only():
        detailed = outcome(read)
    return fast, detailed


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path] if path else []
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "format_version":
                out.extend(_paths(v, (*path, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, (*path, i)))
    return out


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


@st.composite
def documents(draw: st.DrawFn) -> tuple[type[Any], dict[str, Any]]:
    cls = draw(st.sampled_from(CLASSES))
    return cls, foilib.to_dict(draw(strategies.STRATEGIES[cls]))


@given(documents())
def test_valid_documents_read_the_same_both_ways(case: tuple[type[Any], dict[str, Any]]) -> None:
    cls, doc = case
    text = json.dumps(doc, ensure_ascii=False)
    for read in (
        lambda: foilib.from_json(text, cls),
        lambda: foilib.from_json(text.encode(), cls),
        lambda: foilib.from_json(json.dumps(doc), cls),  # \u escapes: strings checked one by one
        lambda: foilib.from_dict(copy.deepcopy(doc), cls),
    ):
        fast, detailed = both(read)
        assert fast == detailed
        assert fast[0] == "ok"


@given(documents(), st.data())
def test_mutated_documents_read_the_same_both_ways(
    case: tuple[type[Any], dict[str, Any]], data: Any
) -> None:
    cls, doc = case
    paths = _paths(doc)
    how = data.draw(st.sampled_from(["set", "delete", "unknown key", "dict value"]))
    if how == "unknown key" or not paths:
        doc["colour"] = data.draw(st.sampled_from(NASTY))
    else:
        path = data.draw(st.sampled_from(paths))
        parent = _parent(doc, path)
        if how == "delete":
            del parent[path[-1]]
        elif how == "dict value":
            parent[path[-1]] = {"text": "x"}
        else:
            parent[path[-1]] = data.draw(st.sampled_from(NASTY))
    text = json.dumps(doc, ensure_ascii=False)
    for read in (
        lambda: foilib.from_json(text, cls),
        lambda: foilib.from_json(json.dumps(doc), cls),
        lambda: foilib.from_dict(copy.deepcopy(doc), cls),
    ):
        fast, detailed = both(read)
        assert fast == detailed


def _shuffled(node: Any, rnd: Any) -> Any:
    """``node`` with the keys of every object in a random order."""
    if isinstance(node, dict):
        keys = list(node)
        rnd.shuffle(keys)
        return {k: _shuffled(node[k], rnd) for k in keys}
    if isinstance(node, list):
        return [_shuffled(v, rnd) for v in node]
    return node


@given(documents(), st.randoms(use_true_random=False), st.booleans())
def test_keys_in_any_order_read_the_same_both_ways(
    case: tuple[type[Any], dict[str, Any]], rnd: Any, mutate: bool
) -> None:
    """The fast reader reads keys in field order without a dict and hands any object
    whose keys are in another order to its dict-based reader: both read alike."""
    cls, doc = case
    doc = _shuffled(doc, rnd)
    if mutate:
        paths = _paths(doc)
        if paths:
            path = rnd.choice(paths)
            _parent(doc, path)[path[-1]] = rnd.choice(NASTY)
    text = json.dumps(doc, ensure_ascii=False)
    fast, detailed = both(lambda: foilib.from_json(text, cls))
    assert fast == detailed
    if not mutate:
        assert fast[0] == "ok"


def test_keys_out_of_order_take_the_dict_reader() -> None:
    """The fast reader itself (not the detailed path) reads keys out of field order, a key
    repeated or unknown is refused (the detailed path then names it)."""
    in_order = '{"format_version": 1, "kind": "body", "text": "Hello"}'
    expected = foilib.from_json(in_order, foilib.Passage)
    hook = serialise._ROOTS[foilib.Passage][0]
    for text in (
        in_order,
        '{"text": "Hello", "kind": "body", "format_version": 1}',
        '{"kind": "body", "format_version": 1, "text": "Hello"}',
    ):
        assert hook(serialise._loads_pairs(text)) == expected
    for text in (
        '{"format_version": 1, "kind": "body", "text": "Hello", "text": "Hello"}',
        '{"format_version": 1, "kind": "body", "kind": "body", "text": "Hello"}',
        '{"format_version": 1, "kind": "body", "text": "Hello", "colour": 1}',
        '{"format_version": 1, "colour": 1, "kind": "body", "text": "Hello"}',
        '{"format_version": 1, "text": "Hello"}',
        '{"kind": "body", "text": "Hello"}',
    ):
        with pytest.raises(Exception):  # noqa: B017, PT011 - any failure: the detailed path
            hook(serialise._loads_pairs(text))


def _is_filled_object(node: Any) -> bool:
    return isinstance(node, dict) and bool(node)


@given(documents(), st.data())
def test_a_repeated_key_is_refused_both_ways(
    case: tuple[type[Any], dict[str, Any]], data: Any
) -> None:
    cls, doc = case
    objects = [p for p in [(), *_paths(doc)] if _is_filled_object(_parent(doc, (*p, None)))]
    where = data.draw(st.sampled_from(objects))  # the top level holds format_version
    node = _parent(doc, (*where, None))
    key = data.draw(st.sampled_from(sorted(node)))
    body = json.dumps(node[key], ensure_ascii=False)
    marker = "__REPEATED__"
    node[marker] = None
    text = json.dumps(doc, ensure_ascii=False).replace(
        json.dumps(marker) + ": null", f"{json.dumps(key)}: {body}"
    )
    fast, detailed = both(lambda: foilib.from_json(text, cls))
    assert fast == detailed
    assert fast[0] == "error" and "repeated keys" in str(fast[1])
    # the object holding the repeat is named, not the document
    assert fast[1][1][0][0] == "$" + "".join(  # type: ignore[index]
        f"[{step}]" if isinstance(step, int) else f".{step}" for step in where
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"format_version": 1, "kind": "body", "text": "\\ud800"}',
        '{"format_version": 1, "kind": "body", "text": "a\\ud800b"}',
        '{"format_version": 1, "kind": "body", "text": "caf\u00e9 \ud800"}',
        '{"format_version": 1, "kind": "body", "text": "\\u00a0"}',
        '{"format_version": 1, "kind": "body", "text": "\\ud83d\\ude00"}',
    ],
)
def test_lone_surrogates_are_found_however_written(text: str) -> None:
    fast, detailed = both(lambda: foilib.from_json(text, foilib.Passage))
    assert fast == detailed


def test_every_model_class_has_a_fast_path() -> None:
    """A class without one still reads right, only slower: this keeps the speed."""
    for cls in CLASSES:
        assert serialise._fast_hook(cls, pairs=True) is not None, cls


def test_every_validator_of_the_model_is_described_or_called() -> None:
    """Each field's validator has a spec the fast path makes inline, or it is called."""
    from foilib._private.validate import spec_of

    undescribed = {
        f"{cls.__name__}.{f.name}"
        for cls in CLASSES
        for f in attrs.fields(cls)
        if f.validator is not None and spec_of(f.validator) is None
    }
    assert undescribed == set()


@given(
    documents(),
    st.sampled_from(["", " ", "\n", " \t\r\n", "\u00a0", "\x0c", "x", "{}", "\n1", "]"]),
    st.sampled_from(["", " ", "\n", "\ufeff", "x"]),
)
def test_the_fast_parser_reads_as_the_decoder(
    case: tuple[type[Any], dict[str, Any]], after: str, before: str
) -> None:
    """The fast path calls the C scanner itself for a text starting with '{': it reads
    what the decoder reads and refuses what it refuses (anything after the value but JSON
    whitespace: a no-break space, a form feed, more data)."""
    text = before + json.dumps(case[1], ensure_ascii=False) + after
    for parse in (serialise._parse_pairs, serialise._loads_pairs):
        try:
            got: object = ("ok", parse(text))
        except ValueError:  # JSONDecodeError is one
            got = ("error", None)
        if parse is serialise._parse_pairs:
            fast = got
    assert fast == got
