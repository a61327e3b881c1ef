"""Shared test configuration: hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


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
