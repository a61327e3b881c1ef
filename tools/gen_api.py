"""Regenerate docs/api.md from the public modules' ``__all__`` (run by hand after adding
a public name; tests/test_docs.py fails while api.md is out of date)."""

from __future__ import annotations

import importlib
from pathlib import Path

MODULES = [
    "foilib.catalogue",
    "foilib.holidays",
    "foilib.workdays",
    "foilib.deadlines",
    "foilib.checks",
    "foilib.rendering",
    "foilib.serialise",
    "foilib.law",
    "foilib.errors",
    "foilib.strategies",
    "foilib.cli",
]


def generate() -> str:
    import foilib

    top = set(foilib.__all__)
    sections: list[tuple[str, str, list[str]]] = []
    placed: set[str] = set()
    for name in MODULES:
        module = importlib.import_module(name)
        doc = " ".join((module.__doc__ or "").strip().split("\n\n")[0].split())
        refs = []
        for n in module.__all__:
            if n in placed:
                continue
            placed.add(n)
            refs.append(f"foilib.{n}" if n in top else f"{name}.{n}")
        sections.append((name, doc, refs))
    model = [f"foilib.{n}" for n in foilib.__all__ if n not in placed]
    out = [
        "# API reference",
        "",
        "Built from the docstrings by mkdocstrings (`mkdocs build --strict`). Each name is",
        "documented once, under its public module; names also at the top level are shown",
        "as `foilib.Name`. Regenerate with `python tools/gen_api.py` after adding a name.",
        "",
        "## `foilib`: the model",
        "",
        "Requests, answers, exemption claims, refusal notices and the regimes.",
        "",
        *[f"::: {ref}" for ref in model],
        "",
    ]
    for name, doc, refs in sections:
        out += [f"## `{name}`", "", doc, "", *[f"::: {ref}" for ref in refs], ""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    (Path(__file__).parent.parent / "docs" / "api.md").write_text(generate(), encoding="utf-8")
