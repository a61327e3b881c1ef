"""The four UK access-to-information regimes and the three bank-holiday divisions."""

from __future__ import annotations

import enum

__all__ = ["Division", "Regime"]


class Regime(enum.Enum):
    """A statutory access-to-information regime.

    The value is the short lowercase name used in JSON and on the command line.
    """

    #: Freedom of Information Act 2000 (c. 36): England, Wales, Northern Ireland
    #: and UK-wide public authorities.
    FOIA = "foia"
    #: Environmental Information Regulations 2004 (SI 2004/3391): environmental
    #: information held by the same authorities as FOIA (and some more, reg 2(2)).
    EIR = "eir"
    #: Freedom of Information (Scotland) Act 2002 (asp 13): Scottish public authorities.
    FOISA = "foisa"
    #: Environmental Information (Scotland) Regulations 2004 (SSI 2004/520).
    EISR = "eisr"

    @property
    def title(self) -> str:
        """The instrument's full short title, as the statute book gives it."""
        return _TITLES[self]

    @property
    def is_scottish(self) -> bool:
        """True for FOISA and EISR, whose working days are Scotland's only."""
        return self in (Regime.FOISA, Regime.EISR)

    @property
    def is_environmental(self) -> bool:
        """True for EIR and EISR."""
        return self in (Regime.EIR, Regime.EISR)

    def __str__(self) -> str:
        return self.name


_TITLES = {
    Regime.FOIA: "Freedom of Information Act 2000",
    Regime.EIR: "Environmental Information Regulations 2004",
    Regime.FOISA: "Freedom of Information (Scotland) Act 2002",
    Regime.EISR: "Environmental Information (Scotland) Regulations 2004",
}


class Division(enum.Enum):
    """A part of the UK with its own bank holidays under the Banking and
    Financial Dealings Act 1971 Schedule 1 (paras 1, 2 and 3).

    Values are the GOV.UK bank-holidays feed's division names.
    """

    ENGLAND_AND_WALES = "england-and-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"

    @property
    def title(self) -> str:
        """Human name: "England and Wales", "Scotland", "Northern Ireland"."""
        return self.value.replace("-", " ").title().replace(" And ", " and ")

    def __str__(self) -> str:
        return self.title
