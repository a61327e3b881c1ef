"""`foilib read`: one letter to text or JSON, many to JSON lines; bad files exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import foilib
from foilib.cli import main

LETTERS = Path(__file__).parent / "data" / "letters"
LEICESTER = str(LETTERS / "leicester-childrens-analytics.txt")
SWP = str(LETTERS / "south-wales-police-theft-data-cost-limit.txt")


def test_read_json_is_a_response_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", LEICESTER, "--json"]) == 0
    out = capsys.readouterr().out
    response = foilib.from_json(out, foilib.Response)
    assert response.request.part_refs == ("1", "2", "3", "4", "5", "6")
    assert response == foilib.read_letter(LEICESTER).response


def test_read_text_renders_and_lists_guesses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", SWP]) == 0
    out = capsys.readouterr().out
    assert "I am not obliged to supply the information you have requested." in out
    assert "Guessed regime:" in out


def test_read_regime_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", SWP, "--json", "--regime", "foisa"]) == 0
    assert json.loads(capsys.readouterr().out)["regime"] == "foisa"


def test_read_many_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    files = sorted(str(p) for p in LETTERS.glob("*.txt"))
    assert main(["read", *files, "--jsonl", str(out), "--progress"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == files
    for row in rows:
        response = foilib.from_dict(row["response"], foilib.Response)
        text = Path(row["source"]).read_text(encoding="utf-8")
        if response.answers:  # spans are offsets into the file's text
            a, b = row["spans"]["answers[0].text"]
            assert text[a:b] == response.answers[0].text
        assert response.regime is foilib.Regime.FOIA
    err = capsys.readouterr().err
    assert f"read {len(files)}/{len(files)} letters, 0 failed" in err


def test_bad_files_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.pdf")
    assert main(["read", missing]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("foilib: error: ") and "no such file" in err
    assert "Traceback" not in err

    out = tmp_path / "out.jsonl"
    assert main(["read", LEICESTER, missing, str(tmp_path / "x.odt"), "--jsonl", str(out)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("foilib: error: ") for line in lines)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_several_files_need_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", LEICESTER, SWP]) == 2
    assert "--jsonl" in capsys.readouterr().err
