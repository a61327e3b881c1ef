"""Files and corpora: ``load``/``dump`` for one document, JSON Lines for many.

A JSON document file holds one foilib object in its JSON form (:func:`foilib.to_json`); a
JSON Lines file (``.jsonl``) holds one compact document per line, for corpora of letters.
Files are UTF-8. Every failure is a foilib error naming the file (and the line).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from . import serialise
from .errors import ArgumentTypeError, DeserializationError

__all__ = ["dump", "dump_lines", "from_json", "load", "load_lines"]

T = TypeVar("T")

PathLike = str | os.PathLike[str]


def _path(argument: str, path: object) -> Path:
    if isinstance(path, str | os.PathLike) and not isinstance(path, bytes):
        return Path(path)
    raise ArgumentTypeError(argument, path, "a file path (str or pathlib.Path)")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DeserializationError([("$", f"a readable file, but {path} does not exist")]) from None
    except IsADirectoryError:
        raise DeserializationError([("$", f"a file, but {path} is a directory")]) from None
    except UnicodeDecodeError:
        raise DeserializationError([("$", f"UTF-8 text, but {path} is not")]) from None
    except OSError as exc:
        raise DeserializationError([("$", f"a readable file: {path}: {exc.strerror}")]) from None


def _in_file(
    path: Path, exc: DeserializationError, line: int | None = None
) -> DeserializationError:
    where = f"{path}:{line}" if line is not None else str(path)
    problems = [(f"{where}: {p}", m) for p, m in exc.problems]
    return DeserializationError(problems, exc.value)


def _looks_like_path(text: str | bytes) -> bool:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return False
    text = text.strip()
    if not text or "\n" in text or text[0] in '{["' or len(text) > 4096:
        return False
    return text.endswith((".json", ".jsonl")) or "/" in text or "\\" in text or Path(text).exists()


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text (see :func:`foilib.serialise.from_json`).

    Given something that looks like a file name rather than JSON text, the error says so
    and points to :func:`foilib.load`.

    Raises:
        DeserializationError: malformed JSON or an invalid document (with the JSON path).
        ArgumentTypeError: ``text`` is not str/bytes, or ``cls`` not a foilib model class.

    >>> import foilib
    >>> try:  # doctest: +ELLIPSIS
    ...     foilib.from_json("examples/response.json", foilib.Response)
    ... except foilib.DeserializationError as exc:
    ...     print(exc.expected)
    JSON text, but 'examples/response.json' looks like a file name: use foilib.load(path, cls) ...
    """
    try:
        return serialise.from_json(text, cls)
    except DeserializationError as exc:
        if exc.path == "$" and isinstance(text, str | bytes) and _looks_like_path(text):
            shown = text.strip() if isinstance(text, str) else text.strip().decode()
            raise DeserializationError(
                [
                    (
                        "$",
                        f"JSON text, but {shown!r} looks like a file name: "
                        "use foilib.load(path, cls) to read a file",
                    )
                ]
            ) from None
        raise


def load(path: PathLike, cls: type[T]) -> T:
    """Read one ``cls`` from the JSON document file at ``path`` (UTF-8).

    Returns:
        the object, as :func:`foilib.from_json` builds it.

    Raises:
        DeserializationError: the file is missing, unreadable or not a valid document;
            the message starts with the file name.
    """
    p = _path("path", path)
    serialise.check_model_class(cls, "cls")
    try:
        return serialise.from_json(_read(p), cls)
    except DeserializationError as exc:
        raise _in_file(p, exc) from None


def dump(obj: object, path: PathLike) -> None:
    """Write ``obj`` to ``path`` as its JSON document (UTF-8, :func:`foilib.to_json`).

    Raises:
        ArgumentTypeError: ``obj`` is not a foilib model object.
        OSError: the file cannot be written.
    """
    p = _path("path", path)
    text = serialise.to_json(obj)
    p.write_text(text, encoding="utf-8")


def load_lines(path: PathLike, cls: type[T]) -> Iterator[T]:
    """Each ``cls`` in the JSON Lines file at ``path``, in order (blank lines skipped).

    A generator: the file is read line by line, so corpora need not fit in memory.

    Raises:
        DeserializationError: a line that is not a valid document; the message names
            ``path:line``.
    """
    p = _path("path", path)
    serialise.check_model_class(cls, "cls")
    if not p.is_file():
        _read(p)  # raises the precise error
    with p.open(encoding="utf-8") as f:
        number = 0
        while True:
            try:
                line = f.readline()
            except UnicodeDecodeError:
                raise DeserializationError([(f"{p}:{number + 1}: $", "UTF-8 text")]) from None
            if not line:
                return
            number += 1
            if not line.strip():
                continue
            try:
                yield serialise.from_json(line, cls)
            except DeserializationError as exc:
                raise _in_file(p, exc, number) from None


def dump_lines(objs: Iterable[object], path: PathLike) -> int:
    """Write each of ``objs`` to ``path`` as one compact JSON document per line.

    Returns:
        the number of lines written.

    Raises:
        ArgumentTypeError: an item is not a foilib model object (nothing is written).

    >>> import foilib, pathlib, tempfile
    >>> parts = [foilib.RequestPart("1", "Do you hold it?"), foilib.RequestPart("2", "When?")]
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "parts.jsonl"
    >>> foilib.dump_lines(parts, path)
    2
    >>> list(foilib.load_lines(path, foilib.RequestPart)) == parts
    True
    """
    p = _path("path", path)
    lines = [
        json.dumps(serialise.to_dict(obj), ensure_ascii=False, separators=(",", ":")) + "\n"
        for obj in objs
    ]
    p.write_text("".join(lines), encoding="utf-8")
    return len(lines)
