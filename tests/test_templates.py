"""User-supplied templates are code: they run in Jinja2's sandbox, and every template
problem is one foilib.TemplateError naming the template line."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import foilib

LEICESTER = Path(__file__).parent / "data" / "letters" / "leicester-childrens-analytics.json"

ESCAPES = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').getpid() }}",
    "{{ cycler.__init__.__globals__.os.getpid() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ response.__class__.__init__.__globals__ }}",
    "{{ letter.__reduce_ex__(2) }}",
]


@pytest.fixture
def response() -> foilib.Response:
    return foilib.load(LEICESTER, foilib.Response)


@pytest.mark.parametrize("template", ESCAPES)
def test_sandbox_escapes_do_not_run(
    template: str, response: foilib.Response, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[int] = []
    real = os.getpid

    def spy() -> int:
        ran.append(1)
        return real()

    monkeypatch.setattr(os, "getpid", spy)
    with pytest.raises(foilib.TemplateError) as info:
        foilib.render(response, template="Dear requester,\n" + template)
    assert ran == []
    assert info.value.line == 2
    assert str(info.value).startswith("template: line 2: ")


@pytest.mark.parametrize(
    ("template", "line", "words"),
    [
        ("{{ response.authority.name }}\n{{ nope }}", 2, "undefined"),  # StrictUndefined
        ("one\ntwo\n{% if %}", 3, "syntax error"),
        ("{% for x in %}", 1, "syntax error"),
        ("{{ letter.title }}\n\n\n{{ response.authority.nme }}", 4, "undefined"),
    ],
)
def test_template_errors_name_the_line(
    template: str, line: int, words: str, response: foilib.Response
) -> None:
    with pytest.raises(foilib.TemplateError, match=words) as info:
        foilib.render(response, template=template)
    assert info.value.line == line
    assert isinstance(info.value, foilib.ArgumentError)  # callers catching that keep working


def test_ordinary_templates_still_render(response: foilib.Response) -> None:
    out = foilib.render(response, "html", template="<h1>{{ letter.title }}</h1>\n")
    assert out == "<h1>Leicester City Council</h1>\n"


def test_template_error_pickles() -> None:
    exc = foilib.TemplateError("undefined: 'x' is undefined", 3)
    back = pickle.loads(pickle.dumps(exc))
    assert (type(back), str(back), back.line) == (foilib.TemplateError, str(exc), 3)


def test_cli_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    template = tmp_path / "evil.j2"
    template.write_text(ESCAPES[0], encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "foilib", "render", str(LEICESTER), "--template", str(template)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("foilib: error: template: line 1: not allowed")
