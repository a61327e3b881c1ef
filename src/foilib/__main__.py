"""``python -m foilib``: the command line."""

import sys

from ._private.cli import main

sys.exit(main())
