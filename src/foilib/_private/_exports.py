"""How ``foilib/__init__.py`` lists each public name once and loads it on first use.

The package's ``__init__.py`` names every public object in exactly one import statement:
eager ones (errors, :class:`Regime`) at the top level, the rest inside its
``if TYPE_CHECKING:`` block, each as ``from ._private.x import Name as Name`` so that type
checkers see an explicit re-export. :func:`attach` reads those statements from the file's
text (nothing is imported) and returns the module's ``__getattr__`` (PEP 562),
``__dir__`` and ``__all__``.

:func:`publish` makes a public class, error or function report ``__module__ == "foilib"``
(or the public module given), so ``help()``, reprs and tracebacks never show ``_private``.
Pickle finds a published class again by that name. The class's string annotations are
resolved first, so ``typing.get_type_hints`` and cattrs keep working.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["attach", "origin", "publish"]

#: published object -> the private module that defines it (doctest collection reads this).
_ORIGINS: dict[int, str] = {}


def origin(obj: object) -> str | None:
    """The private module that defined ``obj`` if it was published, else ``None``."""
    return _ORIGINS.get(id(obj))


def publish(obj: Any, module: str = "foilib") -> Any:
    """Make ``obj`` (a class or function) report ``module`` as its ``__module__``."""
    if not isinstance(obj, type) and not callable(obj):
        return obj
    current = getattr(obj, "__module__", None)
    if not isinstance(current, str) or not current.startswith("foilib._private"):
        return obj
    if isinstance(obj, type) and "__annotations__" in obj.__dict__:
        import inspect
        import typing

        try:
            hints = typing.get_type_hints(obj)
        except Exception:  # pragma: no cover - annotations naming TYPE_CHECKING-only names
            hints = {}
        own = inspect.get_annotations(obj)
        if hints:
            obj.__annotations__ = {k: hints.get(k, v) for k, v in own.items()}
        import attrs

        if attrs.has(obj):
            attrs.resolve_types(obj)
    _ORIGINS[id(obj)] = current
    with contextlib.suppress(AttributeError, TypeError):  # builtins cannot be renamed
        obj.__module__ = module
    return obj


#: ``from .module import (A as A, ...)``: a public import statement of __init__.py.
_IMPORT = re.compile(r"^( *)from (\.[\w.]*) import (\([^)]*\)|[^\n]*)", re.M)


def _names(file: str) -> tuple[list[str], dict[str, str]]:
    """``(eager, lazy)`` public names from the import statements of ``file``.

    Top-level ``from .x import A as A`` statements are eager; indented ones (the
    ``if TYPE_CHECKING:`` block) are lazy. Read with a regular expression rather than
    :mod:`ast`, which would cost ``import foilib`` more than the rest of it.
    """
    with open(file, encoding="utf-8") as f:
        text = f.read()
    eager: list[str] = []
    lazy: dict[str, str] = {}
    for match in _IMPORT.finditer(text):
        indent, module, names = match.groups()
        for item in re.sub(r"#[^\n]*", "", names).strip("()").split(","):
            parts = item.split()
            if len(parts) == 3 and parts[1] == "as" and parts[0] == parts[2]:
                if indent:
                    lazy[parts[0]] = module
                else:
                    eager.append(parts[0])
    return eager, lazy


#: The public submodules reachable as attributes of the package on first use
#: (``foilib.statistics``), as a user of ``import foilib`` expects; importing one is
#: deferred to that first use so that ``import foilib`` stays cheap. ``strategies`` needs
#: hypothesis (the ``testing`` extra) and is left to an explicit import.
SUBMODULES = frozenset(
    {
        "catalogue",
        "checks",
        "cli",
        "deadlines",
        "errors",
        "holidays",
        "law",
        "rendering",
        "serialise",
        "statistics",
        "workdays",
    }
)


def attach(
    package: str, file: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """``(__getattr__, __dir__, __all__)`` for the package ``package`` defined in ``file``."""
    eager, lazy = _names(file)
    namespace = sys.modules[package].__dict__
    for name in eager:
        publish(namespace[name], package)
    names = sorted({*eager, *lazy}, key=lambda n: (not n.isupper(), n))

    def __getattr__(name: str) -> Any:
        module = lazy.get(name)
        if module is None:
            if name in SUBMODULES:  # foilib.statistics etc. without a separate import
                return importlib.import_module(f"{package}.{name}")
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        # Publish every public name whose module is loaded now, so that objects reached
        # without going through ``foilib`` (a Finding returned by check) say foilib too.
        for other, where in lazy.items():
            if other not in namespace:
                loaded = sys.modules.get(package + where)
                if loaded is not None and hasattr(loaded, other):
                    namespace[other] = publish(getattr(loaded, other), package)
        return publish(value, package)

    def __dir__() -> list[str]:
        return list(names)

    return __getattr__, __dir__, names


def export(module: str, file: str) -> list[str]:
    """``__all__`` for the public module ``module`` defined in ``file``, publishing its names.

    The names are those the file imports as ``from ._private.x import Name as Name``; each
    reports ``foilib`` as its module when it is also a top-level name, else ``module``.
    """
    eager, _ = _names(file)
    namespace = sys.modules[module].__dict__
    top = set(getattr(sys.modules["foilib"], "__all__", ()))
    for name in eager:
        publish(namespace[name], "foilib" if name in top else module)
    return sorted(eager, key=lambda n: (not n.isupper(), n))
