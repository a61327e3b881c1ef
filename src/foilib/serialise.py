"""The JSON form: documents, files, JSON Lines, JSON Schema and cattrs converters.

:func:`to_json`/:func:`from_json` for text, :func:`dump`/:func:`load` for files,
:func:`dump_lines`/:func:`load_lines` for corpora, :func:`json_schema` for validators in
other languages, :func:`make_converter`/:func:`configure_converter` for cattrs users.
See docs/model.md.
"""

from __future__ import annotations

from ._private.converter import (
    configure_converter as configure_converter,
    make_converter as make_converter,
)
from ._private.files import (
    dump as dump,
    dump_lines as dump_lines,
    from_json as from_json,
    load as load,
    load_lines as load_lines,
)
from ._private.schema import json_schema as json_schema
from ._private.serialise import (
    FORMAT_VERSION as FORMAT_VERSION,
    from_dict as from_dict,
    to_dict as to_dict,
    to_json as to_json,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
