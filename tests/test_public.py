"""The public surface: names listed once, public modules, public __module__, pickling,
the calls people reach for, enum value strings, files and JSON Lines, converters."""

from __future__ import annotations

import ast
import datetime as dt
import json
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import cattrs
import pytest

import foilib
import foilib.catalogue
import foilib.checks
import foilib.deadlines
import foilib.errors
import foilib.holidays
import foilib.law
import foilib.rendering
import foilib.serialise
import foilib.workdays

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
LEICESTER = DATA / "letters" / "leicester-childrens-analytics.json"
CASE = DATA / "cases" / "foia-answered-late.json"
PUBLIC_MODULES = [
    foilib.catalogue,
    foilib.checks,
    foilib.deadlines,
    foilib.errors,
    foilib.holidays,
    foilib.law,
    foilib.rendering,
    foilib.serialise,
    foilib.workdays,
]
ERRORS = [getattr(foilib.errors, name) for name in foilib.errors.__all__]


def _response() -> foilib.Response:
    return foilib.load(LEICESTER, foilib.Response)


# --- one listing, cheap import -------------------------------------------------------


def test_each_top_level_name_is_listed_once_in_init() -> None:
    tree = ast.parse((ROOT / "src" / "foilib" / "__init__.py").read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
        if alias.asname == alias.name
    ]
    assert len(imported) == len(set(imported))
    assert sorted(imported) == sorted(foilib.__all__)
    # No hand-written __all__ list or lazy map: the imports are the only listing.
    assert not any(
        isinstance(node, ast.Assign) and isinstance(node.value, ast.List | ast.Dict)
        for node in tree.body
    )


@pytest.mark.parametrize("name", foilib.__all__)
def test_every_listed_name_resolves_and_reports_a_public_module(name: str) -> None:
    value = getattr(foilib, name)
    module = getattr(value, "__module__", None)
    if isinstance(value, type) or callable(value):
        assert module == "foilib", (name, module)


def test_import_foilib_is_cheap() -> None:
    code = (
        "import sys, foilib; "
        "print(sorted(m for m in ('cattrs', 'attrs', 'dateutil') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Respnse"):
        _ = foilib.Respnse  # type: ignore[attr-defined]
    assert "Response" in dir(foilib)
    assert not any(name.startswith("_") for name in dir(foilib))


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_public_modules_have_all_and_no_private_names(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert names and len(names) == len(set(names))
    for name in names:
        value = getattr(module, name)
        where = getattr(value, "__module__", None)
        if isinstance(value, type) or callable(value):
            assert where is not None and "_private" not in where, (name, where)
            assert where in ("foilib", module.__name__)  # type: ignore[attr-defined]
        if name in foilib.__all__:
            assert value is getattr(foilib, name)


def test_the_function_names_are_not_shadowed_by_public_modules() -> None:
    # foilib.holidays / foilib.rendering are named so that these stay functions.
    assert callable(foilib.bank_holidays)
    assert callable(foilib.render)
    assert foilib.holidays.bank_holidays is foilib.bank_holidays


def test_what_tests_reached_into_private_for_is_public() -> None:
    assert foilib.rendering.FORMATS == ("text", "markdown", "html", "letter")
    assert foilib.rendering.build_letter(_response()).title
    assert 2000 <= foilib.holidays.LAST_OFFICIAL_YEAR <= 2099
    assert foilib.holidays.PROCLAMATIONS
    assert isinstance(foilib.make_converter(), cattrs.Converter)


def test_help_and_tracebacks_show_foilib_not_private() -> None:
    import pydoc

    text = pydoc.render_doc(foilib.Response, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "_private" not in text.split("\n", 3)[0]
    try:
        foilib.add_working_days(dt.date(2026, 1, 1), -1)
    except foilib.ArgumentError as exc:
        import traceback

        assert traceback.format_exception_only(exc)[-1].startswith("foilib.ArgumentError: n:")
    else:  # pragma: no cover
        pytest.fail("no error")


# --- pickle ------------------------------------------------------------------------------


def test_pickle_round_trips_a_response_and_a_case() -> None:
    response = _response()
    assert pickle.loads(pickle.dumps(response)) == response
    case = foilib.load(CASE, foilib.Case)
    assert pickle.loads(pickle.dumps(case)) == case


def test_pickle_in_a_fresh_interpreter() -> None:
    blob = pickle.dumps(_response())
    code = (
        "import pickle, sys; r = pickle.loads(sys.stdin.buffer.read()); "
        "print(type(r).__module__, type(r).__name__, r.authority.name)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=blob, capture_output=True, check=True
    ).stdout
    assert out.decode().strip() == "foilib Response Leicester City Council"


def _make(cls: type[BaseException]) -> BaseException:
    if cls is foilib.TemplateError:
        return cls("undefined: 'x' is undefined", 2)
    if issubclass(cls, foilib.ValidationError):
        return cls("Answer", "text", "", "a non-empty str")
    if issubclass(cls, foilib.ArgumentError):
        return cls("n", -1, "a non-negative int")
    if cls is foilib.DeserializationError:
        return cls([("$.regime", "one of ['foia'], got 'x'")], "x")
    if cls is foilib.CitationError:
        return cls("section banana", 8, "a number")
    if issubclass(cls, foilib.AmbiguousCitationError):
        return cls("'12' could mean ...", ("FOIA s.12",), ("FOIA s.12", "EIR reg.12"))
    if issubclass(cls, foilib.UnknownProvisionError):
        return cls("'s.99' is not in the catalogue", ("FOIA s.9",))
    return cls("a message")


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_pickle_round_trips_each_error(cls: type[BaseException]) -> None:
    assert cls.__module__ == "foilib"
    exc = _make(cls)
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is cls
    assert str(back) == str(exc)
    assert back.__dict__ == exc.__dict__


# --- mypy --strict downstream -------------------------------------------------------------


def test_mypy_strict_on_a_downstream_snippet(tmp_path: Path) -> None:
    snippet = tmp_path / "downstream.py"
    snippet.write_text(
        textwrap.dedent(
            """
            import datetime as dt

            import foilib
            from foilib import Regime, Response
            from foilib.checks import Finding


            def due(received: dt.date) -> dt.date:
                return foilib.due_date(received, Regime.FOISA)


            def errors(response: Response) -> list[Finding]:
                return [f for f in foilib.check(response) if f.severity is foilib.Severity.ERROR]


            def read(text: str) -> foilib.Response:
                return foilib.from_json(text, foilib.Response)


            working: bool = foilib.is_working_day(dt.date(2026, 11, 30))
            """
        ),
        encoding="utf-8",
    )
    bad = tmp_path / "bad.py"
    bad.write_text("import foilib\nx: int = foilib.due_date\n", encoding="utf-8")
    cache = ROOT / ".mypy_cache"
    cmd = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    good = subprocess.run([*cmd, str(snippet)], capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stdout
    wrong = subprocess.run([*cmd, str(bad)], capture_output=True, text=True, check=False)
    assert wrong.returncode == 1 and "Incompatible types" in wrong.stdout  # mypy really checks


# --- the calls people reach for ----------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "regime", "days", "due"),
    [
        # FOIA s.10(1), 20 working days: 25 Nov 2026 + 20, skipping 8 weekend days and
        # 30 Nov (St Andrew's Day, Scotland, counts under s.10(6)) -> Thu 24 Dec 2026.
        (dt.date(2026, 11, 25), foilib.Regime.FOIA, None, dt.date(2026, 12, 24)),
        # FOISA s.10(1): 16 Mar 2026 + 20; 17 Mar (NI) and Easter Monday 6 Apr work in
        # Scotland, Good Friday 3 Apr does not (a Scottish bank holiday) -> 14 Apr.
        (dt.date(2026, 3, 16), "foisa", None, dt.date(2026, 4, 14)),
        # FOIA: same receipt, 17 Mar, Good Friday and Easter Monday skipped -> 16 Apr.
        (dt.date(2026, 3, 16), "foia", None, dt.date(2026, 4, 16)),
        # EIR reg.5(2), 20 working days, as FOIA s.10(6) -> 16 Apr.
        (dt.date(2026, 3, 16), foilib.Regime.EIR, None, dt.date(2026, 4, 16)),
        # An explicit period: 40 working days from 25 Nov 2026 (28 Dec Christmas
        # substitute, 1 Jan, 4 Jan Scotland's 2 Jan substitute) -> Wed 27 Jan 2027.
        (dt.date(2026, 11, 25), "foia", 40, dt.date(2027, 1, 27)),
    ],
)
def test_due_date(received: dt.date, regime: object, days: int | None, due: dt.date) -> None:
    assert foilib.due_date(received, regime, days) == due  # type: ignore[arg-type]


def test_due_date_reads_the_period_from_the_law_data() -> None:
    from foilib._private.law import law

    received = dt.date(2026, 11, 25)
    for regime in foilib.Regime:
        period = law(regime).response
        assert foilib.due_date(received, regime) == foilib.add_working_days(
            received, period.length, regime
        )


@pytest.mark.parametrize(
    ("day", "regime", "working"),
    [
        (dt.date(2026, 11, 30), "foia", False),  # St Andrew's Day: a UK bank holiday counts
        (dt.date(2026, 3, 17), "foisa", True),  # St Patrick's Day: NI only
        (dt.date(2026, 3, 17), "foia", False),
        (dt.date(2026, 4, 6), "eisr", True),  # Easter Monday: not a Scottish bank holiday
        (dt.date(2026, 4, 3), "eisr", False),  # Good Friday: a Scottish bank holiday
        (dt.date(2026, 11, 28), foilib.Regime.FOIA, False),  # a Saturday
        (dt.date(2026, 11, 26), foilib.Regime.FOISA, True),
    ],
)
def test_is_working_day(day: dt.date, regime: object, working: bool) -> None:
    assert foilib.is_working_day(day, regime) is working  # type: ignore[arg-type]


def test_enum_strings_are_refused_unless_exact() -> None:
    with pytest.raises(foilib.ArgumentError, match="'foisa'"):
        foilib.due_date(dt.date(2026, 1, 5), "FOISA")
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.is_working_day(dt.date(2026, 1, 5), 3)  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentError):
        foilib.add_working_days(dt.date(2026, 1, 5), 20, "scotland")  # type: ignore[arg-type]
    with pytest.raises(foilib.FieldTypeError, match=r"Answer\.disposition"):
        foilib.Answer(("1",), "Provided", "x")  # type: ignore[arg-type]
    with pytest.raises(foilib.FieldTypeError, match=r"Answer\.parts"):
        foilib.Answer("1", foilib.Disposition.PROVIDED, "x")  # type: ignore[arg-type]


def test_enum_value_strings_accepted_everywhere() -> None:
    d = dt.date(2026, 3, 16)
    assert foilib.add_working_days(d, 20, "foisa") == dt.date(2026, 4, 14)  # type: ignore[arg-type]
    assert foilib.working_days_between(d, dt.date(2026, 4, 14), "foisa") == 20  # type: ignore[arg-type]
    assert foilib.add_working_days_many([d], 20, "foisa") == [dt.date(2026, 4, 14)]  # type: ignore[call-overload]
    assert foilib.working_day_calendar("foisa") is foilib.working_day_calendar(foilib.Regime.FOISA)  # type: ignore[arg-type]
    assert foilib.provision("reg 12(5)(e)", "eir").citation.regime is foilib.Regime.EIR  # type: ignore[arg-type]
    assert list(foilib.provisions("eisr")) == list(foilib.provisions(foilib.Regime.EISR))  # type: ignore[arg-type]
    holidays = foilib.bank_holidays(2026, "northern-ireland")
    assert holidays == foilib.bank_holidays(2026, foilib.Division.NORTHERN_IRELAND)


def test_constructors_accept_value_strings_and_lists() -> None:
    by_values = foilib.Answer(["1", "2"], "provided", "Yes.", regime="eir")  # type: ignore[arg-type]
    by_members = foilib.Answer(
        ("1", "2"), foilib.Disposition.PROVIDED, "Yes.", regime=foilib.Regime.EIR
    )
    assert by_values == by_members
    assert isinstance(by_values.parts, tuple)
    authority = foilib.Authority("Leicester City Council", ["foia", "eir"])  # type: ignore[arg-type]
    assert authority.regimes == (foilib.Regime.FOIA, foilib.Regime.EIR)
    case = foilib.Case(
        foilib.Request(received_on=dt.date(2026, 1, 5)),
        "foisa",  # type: ignore[arg-type]
        [foilib.Event("received", dt.date(2026, 1, 5))],  # type: ignore[arg-type]
    )
    assert case.regime is foilib.Regime.FOISA
    assert case.events[0].kind is foilib.EventKind.RECEIVED
    with pytest.raises(foilib.ValidationError, match=r"Authority\.regimes"):
        foilib.Authority("X", ["foia", "foia"])  # type: ignore[arg-type]


# --- files, JSON Lines, from_json given a file name ----------------------------------------


def test_load_and_dump(tmp_path: Path) -> None:
    response = _response()
    path = tmp_path / "r.json"
    foilib.dump(response, path)
    assert path.read_text(encoding="utf-8") == foilib.to_json(response)
    assert foilib.load(str(path), foilib.Response) == response


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(foilib.DeserializationError, match="does not exist"):
        foilib.load(tmp_path / "missing.json", foilib.Response)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "regime": "x"}', encoding="utf-8")
    with pytest.raises(foilib.DeserializationError) as info:
        foilib.load(bad, foilib.Response)
    assert str(info.value).startswith(f"{bad}: $")
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.load(b"x.json", foilib.Response)  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.dump({"not": "a model"}, tmp_path / "x.json")


def test_json_lines_round_trip_and_errors_name_the_line(tmp_path: Path) -> None:
    response = _response()
    other = foilib.load(
        DATA / "letters" / "devon-county-council-foi-statistics.json", foilib.Response
    )
    path = tmp_path / "corpus.jsonl"
    assert foilib.dump_lines([response, other], path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["format_version"] == 1 for line in lines)
    assert list(foilib.load_lines(path, foilib.Response)) == [response, other]
    path.write_text(lines[0] + "\n\n{}\n", encoding="utf-8")
    loaded = foilib.load_lines(path, foilib.Response)
    assert next(loaded) == response
    with pytest.raises(foilib.DeserializationError, match=r"corpus.jsonl:3: \$"):
        next(loaded)


@pytest.mark.parametrize("text", ["response.json", "examples/response.json", " data.jsonl\n"])
def test_from_json_given_a_file_name_says_so(text: str) -> None:
    with pytest.raises(foilib.DeserializationError, match=r"looks like a file name.*foilib\.load"):
        foilib.from_json(text, foilib.Response)


def test_from_json_of_bad_json_is_not_called_a_file_name() -> None:
    with pytest.raises(foilib.DeserializationError) as info:
        foilib.from_json("{not json", foilib.Response)
    assert "file name" not in str(info.value)


# --- converters ------------------------------------------------------------------------------


def test_make_converter_matches_to_dict() -> None:
    response = _response()
    conv = foilib.make_converter()
    body = foilib.to_dict(response)
    del body["format_version"]
    assert conv.unstructure(response) == body
    assert conv.structure(body, foilib.Response) == response


def test_configure_converter_leaves_other_types_alone() -> None:
    import attrs

    @attrs.frozen
    class Mine:
        count: int
        response: foilib.Response

    conv = cattrs.Converter()
    conv.register_structure_hook(int, lambda v, _: int(v))  # the project's own, lenient hook
    foilib.configure_converter(conv)
    response = _response()
    data = {"count": "3", "response": foilib.make_converter().unstructure(response)}
    assert conv.structure(data, Mine) == Mine(3, response)
    data["response"]["regime"] = "nope"
    with pytest.raises(cattrs.ClassValidationError) as info:
        conv.structure(data, Mine)
    (inner,) = info.value.exceptions
    assert isinstance(inner, foilib.DeserializationError)
    assert inner.path == "$.regime"


def test_converter_without_defaults_writes_every_field() -> None:
    part = foilib.RequestPart("1", "Text")
    assert foilib.make_converter(omit_if_default=False).unstructure(part) == {
        "label": "1",
        "text": "Text",
        "parts": [],
        "restated": True,
    }
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.configure_converter(object())  # type: ignore[arg-type]


# --- short reprs ------------------------------------------------------------------------------


def test_repr_of_a_letter_a_timeline_and_a_layout_is_one_short_line() -> None:
    response = _response()
    assert repr(response) == (
        "<foilib.Response FOIA response from 'Leicester City Council': 6 parts, 4 answers>"
    )
    timeline = foilib.load(CASE, foilib.Case).timeline(dt.date(2027, 1, 21))
    text = repr(timeline)
    assert text.startswith("<foilib.Timeline on 2027-01-21: answered late, ")
    assert "\n" not in text and len(text) < 160
    letter = foilib.rendering.build_letter(response)
    assert repr(letter) == "<foilib.rendering.Letter 'Leicester City Council': 7 sections>"
    # The full form is still there.
    assert str(timeline).count("\n") > 3
    assert foilib.from_json(foilib.to_json(response), foilib.Response) == response


# --- hypothesis registration --------------------------------------------------------------


def test_strategies_are_registered_with_hypothesis() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import foilib.strategies

    seen: list[object] = []

    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_type(foilib.Response), st.from_type(foilib.RequestPart))
    def draw(response: foilib.Response, part: foilib.RequestPart) -> None:
        assert isinstance(response, foilib.Response)
        assert isinstance(part, foilib.RequestPart)
        seen.append(response)

    draw()
    assert seen
    for cls, strategy in foilib.strategies.STRATEGIES.items():
        assert st.from_type(cls) is strategy or repr(st.from_type(cls)) == repr(strategy)


def test_public_submodules_are_reachable_as_attributes() -> None:
    # `import foilib; foilib.statistics.cabinet_office` works as users expect (a fresh user
    # found AttributeError); typed code imports the submodule (`import foilib.statistics`).
    import subprocess
    import sys

    code = (
        "import foilib; "
        "print(foilib.statistics.__name__, foilib.law.__name__, foilib.holidays.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["foilib.statistics", "foilib.law", "foilib.holidays"]
    with pytest.raises(AttributeError, match="no attribute 'nosuch'"):
        foilib.nosuch  # type: ignore[attr-defined]  # noqa: B018
