"""Shared test configuration: hypothesis profiles."""

from __future__ import annotations

import os

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
    import pytest

    @pytest.fixture(autouse=True)
    def _empty_clock_and_checks_caches() -> None:
        from foilib._private import checks, clock

        clock._good_friday.cache_clear()
        clock._holiday_dates.cache_clear()
        checks._PROVISIONS.clear()
