"""The statute catalogue: every FOIA, EIR, FOISA and EISR exemption, exception and duty.

Look-ups: :func:`provision` resolves a citation (or text) to its catalogue
entry; :func:`provisions` iterates a regime's entries. A citation resolves to
the entry with exactly that citation, or to the entry whose ``covers`` lists it
(``s.38(1)(a)`` resolves to ``s.38``). Nothing else resolves: an unknown
citation raises :class:`~foilib.UnknownProvisionError` with the nearest real
provisions, and a bare number that more than one regime has ("12") raises
:class:`~foilib.AmbiguousCitationError` listing what it could mean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from datetime import date

import attrs

from ..citation import Citation
from ..convenience import coerce_enum
from ..errors import (
    AmbiguousCitationError,
    ArgumentError,
    ArgumentTypeError,
    NotInForceError,
    UnknownProvisionError,
)
from ..parse import _parse_raw, _settle
from ..regimes import Regime
from . import _eir, _eisr, _foia, _foisa, _history
from ._model import Absoluteness, HarmTest, Provision, ProvisionKind

__all__ = [
    "LAW_AS_AT",
    "Absoluteness",
    "HarmTest",
    "Provision",
    "ProvisionKind",
    "as_on",
    "provision",
    "provisions",
]

_TABLES: dict[Regime, tuple[Provision, ...]] = {
    Regime.FOIA: _foia.PROVISIONS,
    Regime.EIR: _eir.PROVISIONS,
    Regime.FOISA: _foisa.PROVISIONS,
    Regime.EISR: _eisr.PROVISIONS,
}

#: The date each regime's table was last checked against the revised statute.
LAW_AS_AT: dict[Regime, date] = {
    Regime.FOIA: _foia.LAW_AS_AT,
    Regime.EIR: _eir.LAW_AS_AT,
    Regime.FOISA: _foisa.LAW_AS_AT,
    Regime.EISR: _eisr.LAW_AS_AT,
}


def _build_index() -> dict[Citation, Provision]:
    index: dict[Citation, Provision] = {}
    for table in _TABLES.values():
        for p in table:
            if p.citation in index:
                raise AssertionError(f"duplicate catalogue entry {p.citation}")
            index[p.citation] = p
    for table in _TABLES.values():
        for p in table:
            for c in p.covers:
                if c in index and index[c] is not p:
                    raise AssertionError(f"{c} is both catalogued and covered by {p.citation}")
                index[c] = p
    return index


_INDEX = _build_index()


def provisions(regime: Regime) -> Iterator[Provision]:
    """Iterate one regime's catalogue in statute order.

    >>> sum(1 for p in provisions(Regime.EIR) if p.kind is ProvisionKind.EXCEPTION) > 12
    True
    """
    if isinstance(regime, str):  # the exact value string ("eir"), as everywhere
        regime = coerce_enum(Regime, "regime", regime)
    if not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime")
    return iter(_TABLES[regime])


def provision(
    citation_or_text: Citation | str,
    regime: Regime | None = None,
    *,
    on: dt.date | None = None,
) -> Provision:
    """Resolve a citation, or text such as ``"s.43(2)"``, to its catalogue entry.

    Args:
        citation_or_text: a :class:`~foilib.Citation` or citation text.
        regime: the regime to assume where the text does not name one.
        on: the day whose law is wanted (default: the law as the catalogue has it, today).
            The entry is returned as it stood that day (FOIA s.40 before 25 May 2018 has the
            Data Protection Act 1998 first condition and NCND in s.40(5)).

    Raises:
        CitationError: the text is not a citation.
        UnknownProvisionError: no such provision in the catalogue (``suggestions``
            holds the nearest real ones).
        AmbiguousCitationError: a bare number that several regimes have.
        NotInForceError: the provision was not in force on ``on``; the message says from
            when it was (``in_force_from``).

    >>> provision("s.43(2)").title
    'Prejudice to commercial interests'
    >>> import datetime as dt
    >>> try:
    ...     provision("s.22A", on=dt.date(2013, 5, 1))
    ... except NotInForceError as error:
    ...     print(error.in_force_from)
    2014-10-01
    """
    if isinstance(regime, str):  # the exact value string ("eir"), as everywhere
        regime = coerce_enum(Regime, "regime", regime)
    if on is not None and type(on) is not dt.date:
        raise ArgumentTypeError("on", on, "a datetime.date (not a datetime) or None")
    found = _provision(citation_or_text, regime)
    if on is None:
        return found
    return as_on(found, on)


def as_on(entry: Provision, on: dt.date) -> Provision:
    """``entry`` as it stood on ``on`` (see :func:`provision`); NotInForceError if it was not
    in force then."""
    start = _history.REGIME_IN_FORCE[entry.regime]
    if on < start:
        raise NotInForceError(
            f"{entry.citation} was not in force on {on.isoformat()}: the right of access under "
            f"the {entry.regime.title} came into force on {start.isoformat()}",
            in_force_from=start,
        )
    for row in _COMMENCED:
        if row.citation.contains(entry.citation) and on < row.on:
            raise NotInForceError(
                f"{entry.citation} was not in force on {on.isoformat()}: it came into force "
                f"on {row.on.isoformat()} ({row.instrument})",
                in_force_from=row.on,
            )
    for earlier in _EARLIER.get(entry.citation, ()):
        if on < earlier.until:
            return attrs.evolve(entry, **earlier.fields)  # type: ignore[arg-type]
    return entry


_COMMENCED = _history.COMMENCED
_EARLIER: dict[Citation, list[_history.Earlier]] = {}
for _row in sorted(_history.EARLIER, key=lambda e: e.until):
    _EARLIER.setdefault(_row.citation, []).append(_row)


def _provision(citation_or_text: Citation | str, regime: Regime | None) -> Provision:
    if regime is not None and not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime or None")
    if isinstance(citation_or_text, Citation):
        if regime is not None and regime is not citation_or_text.regime:
            raise ArgumentError(
                "regime", regime, f"None or {citation_or_text.regime!r} for {citation_or_text}"
            )
        candidates = [citation_or_text]
        shown = str(citation_or_text)
    elif isinstance(citation_or_text, str):
        candidates = _candidates(citation_or_text, regime)
        shown = citation_or_text
    else:
        raise ArgumentTypeError("citation_or_text", citation_or_text, "a foilib.Citation or a str")
    hits = [(c, _INDEX[c]) for c in candidates if c in _INDEX]
    if len(hits) == 1:
        return hits[0][1]
    if len(hits) > 1:
        names = tuple(str(c) for c, _ in hits)
        raise AmbiguousCitationError(
            f"{shown!r} could mean {' or '.join(names)}; name the regime "
            "(for example 'FOIA s.12' or 'EIR reg.12')",
            suggestions=names,
            candidates=names,
        )
    suggestions = _suggest(candidates)
    hint = f"; did you mean {', '.join(suggestions[:3])}?" if suggestions else ""
    raise UnknownProvisionError(
        f"{shown!r} is not in foilib's statute catalogue{hint}", suggestions
    )


def _candidates(text: str, regime: Regime | None) -> list[Citation]:
    raws = _parse_raw(text)
    if len(raws) != 1:
        from ..errors import CitationError

        raise CitationError(text, raws[1].start, "exactly one citation")
    raw = raws[0]
    settled = _settle(raw, regime, None)
    if settled is not None:
        return [settled]
    return [Citation(r, raw.section, raw.path) for r in Regime]


def _suggest(candidates: list[Citation]) -> tuple[str, ...]:
    """Nearest real provisions: ancestors, the same numbers elsewhere, then by edit distance."""
    out: list[str] = []

    def add(c: Citation) -> None:
        if c in _INDEX:
            name = str(_INDEX[c].citation)
            if name not in out:
                out.append(name)

    for cand in candidates:
        for depth in range(len(cand.path) - 1, -1, -1):
            add(Citation(cand.regime, cand.section, cand.path[:depth]))
        for other in Regime:
            if other is not cand.regime:
                add(Citation(other, cand.section, cand.path))
    target = str(candidates[0])
    scored = sorted(
        (_distance(target, str(p.citation)), str(p.citation)) for p in _TABLES[candidates[0].regime]
    )
    for _, name in scored[:5]:
        if name not in out:
            out.append(name)
    return tuple(out[:5])


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (two rows, O(len(a) * len(b)))."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
