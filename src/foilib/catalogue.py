"""The statute catalogue and the citation parser.

Every exemption, exception and duty of FOIA 2000, the EIR 2004, FOISA 2002 and the
EISR 2004 (:class:`Provision`), looked up by citation (:func:`provision`), listed per
regime (:func:`provisions`), and citations read from text (:func:`parse_citation`,
:func:`parse_citations`, :func:`find_citations`). See docs/catalogue.md.
"""

from __future__ import annotations

from ._private.catalogue import (
    Absoluteness as Absoluteness,
    HarmTest as HarmTest,
    Provision as Provision,
    ProvisionKind as ProvisionKind,
    provision as provision,
    provisions as provisions,
)
from ._private.citation import Citation as Citation
from ._private.parse import (
    FoundCitation as FoundCitation,
    find_citations as find_citations,
    parse_citation as parse_citation,
    parse_citations as parse_citations,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
