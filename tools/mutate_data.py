"""Mutation testing of foilib's law-data modules (module-level rows), one mutant at a time.

mutmut 3 (the ``[tool.mutmut]`` run, docs/mutation.md) mutates only code inside functions,
so the rows of law and holidays that live at module level (each with its cited source) are
never mutated by it. This driver uses mutmut 2.5.1's mutation operators, which mutate every
expression in a file (strings, numbers, names, keywords), and runs the given test files
against each mutant in a fresh process (no shared cache can hide a kill). It needs a venv of
its own (mutmut 2 and 3 cannot share one)::

    python3 -m venv .venv-mutmut2 && .venv-mutmut2/bin/pip install mutmut==2.5.1
    .venv-mutmut2/bin/python tools/mutate_data.py src/foilib/_private/bank_holidays/_rules.py \
        --tests tests/test_bank_holidays.py tests/test_mutants_calendar.py

Mutants run in a copy of ``src`` under ``mutants/data`` (git-ignored): the worktree is never
edited. ``--sample N --seed S`` runs a seeded random sample of N mutants per file. A mutant is
killed when the tests fail (exit code 1), cannot be collected or imported (2-4), or time out.
Results (each survivor with its line) go to stdout and ``mutants/data/<file>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

from mutmut import Context, list_mutations, mutate  # mutmut==2.5.1

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="source files to mutate (paths under src/)")
    parser.add_argument("--tests", nargs="+", required=True, help="test files run per mutant")
    parser.add_argument(
        "--new-tests",
        nargs="*",
        default=[],
        help="test files run after --tests: a mutant whose first failure is in one of them "
        "counts as killed only by them (the score before and after they were added, in one run)",
    )
    parser.add_argument("--sample", type=int, default=0, help="mutants per file (0: all)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--list", action="store_true", help="only count the mutants")
    args = parser.parse_args(argv)

    work = ROOT / "mutants" / "data"
    if work.exists():
        shutil.rmtree(work / "src", ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ, PYTHONPATH=str(work / "src"), PYTHONDONTWRITEBYTECODE="1")
    command = [args.python, "-m", "pytest", "-x", "-q", "-rfE", "-p", "no:cacheprovider"]
    command += [*args.tests, *args.new_tests]

    if not args.list:  # the tests must pass on the unmutated copy, or nothing is measured
        clean = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if clean.returncode != 0:
            print(clean.stdout[-3000:], clean.stderr[-3000:])
            print("the tests fail without any mutant: fix them first")
            return 2
    status = 0
    for name in args.files:
        path = Path(name)
        source = (ROOT / path).read_text(encoding="utf-8")
        ids = list_mutations(Context(source=source, filename=str(path)))
        chosen = list(range(len(ids)))
        if args.sample and args.sample < len(ids):
            chosen = sorted(random.Random(args.seed).sample(chosen, args.sample))
        if args.list:
            print(f"{path}: {len(ids)} mutants")
            continue
        target = work / path
        killed, only_new, survivors = 0, 0, []
        for n, k in enumerate(chosen, 1):
            ctx = Context(source=source, mutation_id=ids[k], filename=str(path))
            mutated, _ = mutate(ctx)
            target.write_text(mutated, encoding="utf-8")
            try:
                run = subprocess.run(
                    command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=args.timeout
                )
                dead = run.returncode != 0
                first = [
                    line.split()[1].split("::")[0]
                    for line in run.stdout.splitlines()
                    if line.startswith(("FAILED ", "ERROR "))
                ]
                if run.returncode == 1 and first and first[0] in args.new_tests:
                    only_new += 1
            except subprocess.TimeoutExpired:
                dead = True
            finally:
                target.write_text(source, encoding="utf-8")
            line_no = ids[k].line_number + 1
            lines = mutated.split("\n")
            new_line = lines[ids[k].line_number] if ids[k].line_number < len(lines) else ""
            if dead:
                killed += 1
            else:
                survivors.append(
                    {"id": k, "line": line_no, "was": ids[k].line.strip(), "now": new_line.strip()}
                )
                print(f"  survived #{k} line {line_no}: {new_line.strip()}", flush=True)
            if n % 25 == 0:
                print(f"  {path}: {n}/{len(chosen)} run, {killed} killed", flush=True)
        total = len(chosen)
        sampled = (
            f" (seeded sample {total} of {len(ids)}, seed {args.seed})" if total < len(ids) else ""
        )
        print(f"{path}: {killed}/{total} killed = {100 * killed / max(total, 1):.1f}%{sampled}")
        if args.new_tests:
            before = killed - only_new
            print(f"  without {' '.join(args.new_tests)}: {before}/{total} killed")
        report = {
            "file": str(path),
            "mutants": len(ids),
            "run": total,
            "killed": killed,
            "killed_only_by_new_tests": only_new,
            "seed": args.seed if sampled else None,
            "tests": args.tests,
            "survivors": survivors,
        }
        out = work / (path.name + ".json")
        out.write_text(json.dumps(report, indent=1), encoding="utf-8")
        status = status or int(killed < total)
    return status


if __name__ == "__main__":
    sys.exit(main())
