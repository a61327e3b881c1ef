"""The command line, run as a subprocess: answers on stdout, one-line errors and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LETTERS = Path(__file__).parent / "data" / "letters"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foilib", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_show_summarises_a_letter() -> None:
    result = run("show", str(LETTERS / "leicester-childrens-analytics.json"))
    assert result.returncode == 0, result.stderr
    assert "Leicester City Council" in result.stdout
    assert "not held" in result.stdout
    assert "definition: 'data analytics'" in result.stdout


def test_show_json_is_the_document() -> None:
    path = LETTERS / "leicester-childrens-analytics.json"
    result = run("show", "--json", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads(path.read_text("utf-8"))


def test_schema_command() -> None:
    result = run("schema", "Response")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Response"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("show", "no-such-file.json"), "no such file"),
        (("show", str(LETTERS)), "is a directory"),
        (("show", str(LETTERS / "leicester-childrens-analytics.txt")), "well-formed JSON"),
        (("schema", "Banana"), "unknown type 'Banana'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], words: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("foilib: error: ")
    assert words in lines[0]


def test_invalid_document_names_the_path(tmp_path: Path) -> None:
    doc = json.loads((LETTERS / "leicester-childrens-analytics.json").read_text("utf-8"))
    doc["answers"][0]["disposition"] = "maybe"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = run("show", str(bad))
    assert result.returncode == 2
    assert "$.answers[0].disposition" in result.stderr
