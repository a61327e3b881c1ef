"""The JSON form: documents, files, JSON Lines, JSON Schema and cattrs converters.

:func:`to_json`/:func:`from_json` for text, :func:`dump`/:func:`load` for files,
:func:`dump_lines`/:func:`load_lines` for corpora, :func:`json_schema` for validators in
other languages, :func:`make_converter`/:func:`configure_converter` for cattrs users.
See docs/model.md.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.converter import (
    configure_converter as configure_converter,
)
from ._private.converter import (
    make_converter as make_converter,
)
from ._private.files import (
    dump as dump,
)
from ._private.files import (
    dump_lines as dump_lines,
)
from ._private.files import (
    from_json as from_json,
)
from ._private.files import (
    load as load,
)
from ._private.files import (
    load_lines as load_lines,
)
from ._private.schema import json_schema as json_schema
from ._private.serialise import (
    FORMAT_VERSION as FORMAT_VERSION,
)
from ._private.serialise import (
    from_dict as from_dict,
)
from ._private.serialise import (
    to_dict as to_dict,
)
from ._private.serialise import (
    to_json as to_json,
)

__all__ = _export(__name__, __file__)
