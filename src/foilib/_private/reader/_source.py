"""Turn a letter's source (text, or a .txt/.eml/.html/.pdf/.docx file) into plain text.

Deterministic and offline. PDF and Word files need the optional ``read`` extra
(``pip install 'foilib[read]'``: pypdf and python-docx).
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import importlib
import logging
import os
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import ArgumentError, ArgumentTypeError, FoilibError

__all__ = ["SUFFIXES", "ReaderError", "load_text"]

#: The file kinds the reader opens, by suffix.
SUFFIXES = (".txt", ".eml", ".html", ".htm", ".pdf", ".docx")


class ReaderError(FoilibError, ValueError):
    """A letter file that cannot be read (missing, unreadable, or needing an extra)."""


def load_text(source: object) -> tuple[str, str | None]:
    """The letter's text and the path it came from (``None`` for text given directly).

    A ``str`` containing a newline, or not naming an existing file with a known
    suffix, is the letter's text itself; a :class:`os.PathLike` is always a path.
    """
    if isinstance(source, os.PathLike):
        return _load_path(Path(source)), str(source)
    if not isinstance(source, str):
        raise ArgumentTypeError("source", source, "the letter's text (str) or a path")
    if (
        "\n" not in source
        and "\r" not in source
        and Path(source).suffix.lower() in SUFFIXES
        and len(source) < 4096
    ):
        path = Path(source)
        if path.is_file():
            return _load_path(path), source
        raise ReaderError(f"{source}: no such file")
    return source, None


def _load_path(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArgumentError("source", str(path), f"a file ending in one of {', '.join(SUFFIXES)}")
    if not path.is_file():
        raise ReaderError(f"{path}: no such file")
    try:
        if suffix == ".pdf":
            return _pdf(path)
        if suffix == ".docx":
            return _docx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if suffix == ".eml":
        return _eml(data, path)
    text = _decode(data, path)
    if suffix in (".html", ".htm"):
        return html_text(text)
    return text


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReaderError(f"{path}: not UTF-8 text") from None


def _extra(module: str, path: Path) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ReaderError(
            f"{path}: reading {path.suffix} files needs the 'read' extra "
            "(pip install 'foilib[read]')"
        ) from None


@contextlib.contextmanager
def _quiet(*loggers: str) -> Iterator[None]:
    """Keep third-party libraries' warnings and log lines off the user's stderr.

    A damaged file is reported once, as a foilib error; what the library would print
    on its way there (pypdf logs "incorrect startxref" and the like) is noise.
    """
    # a level on the package's logger holds for every module logger under it (pypdf
    # creates those lazily, as it logs)
    saved = [(logging.getLogger(n), logging.getLogger(n).level) for n in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for log, _ in saved:
            log.setLevel(logging.CRITICAL + 1)
        try:
            yield
        finally:
            for log, level in saved:
                log.setLevel(level)


def _pdf(path: Path) -> str:
    pypdf = _extra("pypdf", path)
    try:
        with _quiet("pypdf"):
            reader = pypdf.PdfReader(str(path))
            pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise ReaderError(f"{path}: not a readable PDF ({type(exc).__name__})") from None
    return "\n\n".join(p.rstrip("\n") for p in pages)


def _docx(path: Path) -> str:
    docx = _extra("docx", path)
    try:
        with _quiet("docx"):
            document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError on bad files
        raise ReaderError(f"{path}: not a readable Word document ({type(exc).__name__})") from None
    # Paragraphs and tables in the order the document has them (a table after the
    # sign-off stays after it), not all paragraphs and then all tables.
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(docx.text.paragraph.Paragraph(child, document).text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells) + " |")
    return "\n\n".join(lines)


def _eml(data: bytes, path: Path) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ReaderError(f"{path}: the email has no text or HTML body")
    try:
        content = body.get_content()
    except (LookupError, ValueError):
        raise ReaderError(f"{path}: the email's body cannot be decoded") from None
    if body.get_content_type() == "text/html":
        content = html_text(content)
    return str(content).replace("\r\n", "\n")


_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "address",
        "dt",
        "dd",
    }
)
_SKIP = frozenset({"script", "style", "head", "title", "nav"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self.out.append("\n\n" if tag != "br" else "\n")
        elif tag == "td" or tag == "th":
            self.out.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(" ".join(data.split("\n")))


def html_text(markup: str) -> str:
    """The text of an HTML document, one paragraph per block element."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.out)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
