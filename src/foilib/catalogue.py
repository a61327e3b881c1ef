"""The statute catalogue and the citation parser.

Every exemption, exception and duty of FOIA 2000, the EIR 2004, FOISA 2002 and the
EISR 2004 (:class:`Provision`), looked up by citation (:func:`provision`), listed per
regime (:func:`provisions`), and citations read from text (:func:`parse_citation`,
:func:`parse_citations`, :func:`find_citations`). See docs/catalogue.md.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.catalogue import (
    Absoluteness as Absoluteness,
)
from ._private.catalogue import (
    HarmTest as HarmTest,
)
from ._private.catalogue import (
    Provision as Provision,
)
from ._private.catalogue import (
    ProvisionKind as ProvisionKind,
)
from ._private.catalogue import (
    provision as provision,
)
from ._private.catalogue import (
    provisions as provisions,
)
from ._private.citation import Citation as Citation
from ._private.parse import (
    FoundCitation as FoundCitation,
)
from ._private.parse import (
    find_citations as find_citations,
)
from ._private.parse import (
    parse_citation as parse_citation,
)
from ._private.parse import (
    parse_citations as parse_citations,
)

__all__ = _export(__name__, __file__)
