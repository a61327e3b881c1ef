"""The docs build: the API reference lists every public name, and the doctest fences the
reference uses are right."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parent.parent


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_reference_is_up_to_date() -> None:
    gen = _load("gen_api")
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == gen.generate(), (
        "docs/api.md is out of date: run python tools/gen_api.py"
    )


def test_api_reference_documents_every_public_name_once() -> None:
    import foilib

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    refs = [line[4:] for line in text.splitlines() if line.startswith("::: ")]
    assert len(refs) == len(set(refs))
    assert {f"foilib.{n}" for n in foilib.__all__} <= set(refs)


def test_doctest_fences() -> None:
    pytest.importorskip("griffe")
    fence = _load("griffe_doctest").fence
    text = "Intro.\n\n>>> f(1)\n['a']\n\nMore.\n>>> g()"
    assert (
        fence(text) == "Intro.\n\n```pycon\n>>> f(1)\n['a']\n```\n\nMore.\n```pycon\n>>> g()\n```"
    )


def test_mkdocs_nav_lists_every_page() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in (ROOT / "docs").glob("*.md"))
    assert all(f": {page}" in nav for page in pages), pages


MKDOCS = Path(sys.executable).parent / "mkdocs"


@pytest.mark.skipif(not MKDOCS.exists(), reason="the docs extra is not installed")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    mkdocs = str(MKDOCS)
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
