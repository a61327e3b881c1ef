"""The catalogue through time: when each provision came into force, and how rows stood
before an amendment. Data only; :func:`foilib.provision` with ``on=`` reads it.

Each :class:`Commenced` row says when a provision (and everything under it) came into
force and by which instrument; each :class:`Earlier` row gives the fields of a catalogue
row as they stood *before* ``until`` (the day the amendment took effect). A provision not
listed came into force with its regime's right of access (1 January 2005 for all four).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..citation import Citation
from ..regimes import Regime

__all__ = ["COMMENCED", "EARLIER", "REGIME_IN_FORCE", "Commenced", "Earlier"]

_DPA_2018 = (
    "Data Protection Act 2018 Sch 19 paras 56 (s.2(3)(f), (fa) substituted) and 58 (s.40), "
    "valid from 25 May 2018: https://www.legislation.gov.uk/ukpga/2018/12/schedule/19/part/1/"
    "crossheading/freedom-of-information-act-2000-c-36/2018-05-23"
)
_DPA_2018_EARLIER = _DPA_2018 + (
    " ; the as-enacted wording (s.2(3)(f)(ii); first condition in s.40(3)(a)(i) and (b); "
    "NCND in s.40(5)) is UNVERIFIED against the stored text"
)
_IPA_2014 = (
    "Intellectual Property Act 2014 s.20 (inserts FOIA s.22A), in force 1 October 2014 by "
    "SI 2014/2330: https://legislation.gov.uk/uksi/2014/2330/note/made ; explanatory notes "
    "https://www.legislation.gov.uk/ukpga/2014/18/notes/division/5/3/1"
)
_FOISA_2013 = (
    "Freedom of Information (Amendment) (Scotland) Act 2013 (asp 2) s.2 (adds s.38 to the "
    "exemptions listed in FOISA s.18), in force 31 May 2013 by SSI 2013/136 art 2: "
    "https://www.legislation.gov.uk/ssi/2013/136/article/2/made ; explanatory notes "
    "https://www.legislation.gov.uk/asp/2013/2/notes/division/3/2"
)
_CRAG_2010 = (
    "Constitutional Reform and Governance Act 2010 s.46(1) and Sch 7 (historical records: "
    "20 years for 30 in FOIA s.62(1)), in force 1 January 2013 by SI 2012/3001 art 3(1)(b): "
    "https://www.legislation.gov.uk/uksi/2012/3001/made ; the transitional phasing of the "
    "20-year period from 2013 (a year's records at a time) is UNVERIFIED and not modelled"
)
_RIGHT_OF_ACCESS = (
    "The right of access under each regime from 1 January 2005 (FOIA and FOISA fully in "
    "force; EIR SI 2004/3391 and EISR SSI 2004/520 in force); the appropriate limit under "
    "FOIA s.12 (SI 2004/3244) from the same day"
)

#: The day each regime's right of access (and so its catalogue) came into force.
REGIME_IN_FORCE: dict[Regime, dt.date] = {r: dt.date(2005, 1, 1) for r in Regime}


@attrs.frozen(slots=True)
class Commenced:
    """A provision inserted after its regime came into force."""

    citation: Citation
    on: dt.date
    instrument: str


@attrs.frozen(slots=True)
class Earlier:
    """How a catalogue row stood before an amendment took effect on ``until``."""

    citation: Citation
    until: dt.date
    fields: dict[str, object]
    instrument: str


def _c(regime: Regime, section: str, *path: str) -> Citation:
    return Citation(regime, section, path)


_F, _S = Regime.FOIA, Regime.FOISA
_GDPR_DAY = dt.date(2018, 5, 25)

COMMENCED: tuple[Commenced, ...] = (
    Commenced(_c(_F, "22A"), dt.date(2014, 10, 1), _IPA_2014),
    Commenced(_c(_F, "40", "3A"), _GDPR_DAY, _DPA_2018),
    Commenced(_c(_F, "40", "3B"), _GDPR_DAY, _DPA_2018),
    Commenced(_c(_F, "40", "4A"), _GDPR_DAY, _DPA_2018),
    Commenced(_c(_F, "40", "5A"), _GDPR_DAY, _DPA_2018),
    Commenced(_c(_F, "40", "5B"), _GDPR_DAY, _DPA_2018),
)

EARLIER: tuple[Earlier, ...] = (
    Earlier(
        _c(_F, "40", "2"),
        _GDPR_DAY,
        {
            "absolute_part": "where the first condition (s.40(3)(a)(i) or (b): disclosure "
            "would contravene the Data Protection Act 1998 principles) is met (s.2(3)(f)(ii) "
            "as enacted)",
            "ncnd_clauses": (_c(_F, "40", "5"),),
        },
        _DPA_2018_EARLIER,
    ),
    Earlier(
        _c(_F, "40"),
        _GDPR_DAY,
        {
            "absolute_part": "s.40(1), and s.40(2) where the first condition (s.40(3)(a)(i) "
            "or (b), Data Protection Act 1998) is met (s.2(3)(f) as enacted)",
            "ncnd_clauses": (_c(_F, "40", "5"),),
        },
        _DPA_2018_EARLIER,
    ),
    Earlier(
        _c(_F, "40", "1"),
        _GDPR_DAY,
        {"ncnd_clauses": (_c(_F, "40", "5"),)},
        _DPA_2018_EARLIER,
    ),
    Earlier(_c(_S, "38"), dt.date(2013, 5, 31), {"ncnd_clauses": ()}, _FOISA_2013),
    *(
        Earlier(
            _c(_F, *local),
            dt.date(2013, 1, 1),
            {
                "falls_away_years": 30,
                "falls_away": "once the record is a historical record: 30 years from the end "
                "of the year it was created (s.62(1), s.63(1), before CRAG 2010)",
            },
            _CRAG_2010,
        )
        for local in (("30", "1"), ("32",), ("33",), ("35",), ("42",))
    ),
)
