"""Every `$ foilib ...` line of the README's console block runs on a fresh clone, from the
repository root, with the example files shipped in examples/."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import foilib

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONSOLE = re.search(r"```console\n(.*?)```", README, re.S)
assert CONSOLE is not None
LINES = [line[2:] for line in CONSOLE.group(1).splitlines() if line.startswith("$ foilib ")]


def test_the_console_block_has_the_commands() -> None:
    assert len(LINES) >= 8
    assert {shlex.split(line)[1] for line in LINES} >= {
        "due",
        "holidays",
        "provision",
        "provisions",
        "timeline",
        "check",
        "render",
    }


@pytest.mark.parametrize("line", LINES)
def test_each_readme_command_runs(line: str, tmp_path: Path) -> None:
    # A fresh clone: the README's files, nothing else, in a scratch copy of the root.
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    args = shlex.split(line)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "foilib", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (line, result.stderr)
    assert result.stdout.strip(), line
    if "--ics" in args:
        assert (
            (tmp_path / args[args.index("--ics") + 1]).read_bytes().startswith(b"BEGIN:VCALENDAR")
        )


def test_the_shown_output_is_what_foilib_prints() -> None:
    shown = CONSOLE.group(1).split("$ ")[1].splitlines()  # type: ignore[union-attr]
    command, expected = shown[0], shown[1:]
    result = subprocess.run(
        [sys.executable, "-m", "foilib", *shlex.split(command)[1:]],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines() == expected


def test_the_examples_are_valid_documents() -> None:
    response = foilib.load(ROOT / "examples" / "response.json", foilib.Response)
    assert response.authority.name == "Leicester City Council"
    case = foilib.load(ROOT / "examples" / "case.json", foilib.Case)
    assert case.regime is foilib.Regime.FOIA
    assert (ROOT / "examples" / "README.md").is_file()


def test_the_readme_install_block_is_exactly_two_commands() -> None:
    first = re.search(r"```\n(.*?)```", README, re.S)
    assert first is not None
    commands = first.group(1).strip().splitlines()
    assert len(commands) == 2
    assert commands[0].endswith("foilib due 2026-11-25 --explain")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
    first_step = next(
        line
        for line in ci.splitlines()
        if line.strip() and not line.startswith(("#", "set ", "cd "))
    )
    assert first_step == commands[1]
