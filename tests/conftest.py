"""Shared test configuration: hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
# Mutation runs (docs/mutation-clock.md) run the tests once per mutant: few examples, derandomized
# so that a run's score is reproducible.
settings.register_profile(
    "mutation",
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
if os.environ.get("MUTANT_UNDER_TEST"):
    settings.load_profile("mutation")
else:
    settings.load_profile("ci" if os.environ.get("CI") else "dev")


if os.environ.get("MUTANT_UNDER_TEST"):
    # Mutation runs (docs/mutation-clock.md): mutmut records which tests reach which
    # function in one run and forks every mutant from that process, so a table cached by
    # an earlier test would hide both the attribution and the mutant. Start each test
    # with the clock's and the checks' caches empty.
    @pytest.fixture(autouse=True)
    def _empty_clock_and_checks_caches() -> None:
        from foilib._private import checks, clock

        clock._good_friday.cache_clear()
        clock._holiday_dates.cache_clear()
        clock._BASIC_DUE.clear()
        checks._PROVISIONS.clear()
        checks._statement_citations.cache_clear()


_fresh_for = [""]


@pytest.fixture(autouse=True)
def _fresh_calendars() -> None:
    """In a mutation run (docs/mutation.md), rebuild the shared calendars; else nothing.

    mutmut 3 runs only the tests it saw call a mutated function, and the holiday years and
    working-day tables are built once and shared. While mutmut records which test calls what
    (``MUTANT_UNDER_TEST=stats``) they are rebuilt before every test, so each test that reads
    a calendar is attributed to the code that builds it; under a mutant they are rebuilt once,
    so the mutated code builds them.
    """
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if mutant in ("", "fail") or (mutant != "stats" and _fresh_for[0] == mutant):
        return
    from foilib._private import bank_holidays, workdays

    bank_holidays._year_table.cache_clear()
    workdays._reset()
    _fresh_for[0] = mutant
