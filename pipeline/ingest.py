"""Find input files and turn their bytes into NFC text.

Bytes are decoded here, before any HTML parsing, so that a lying or missing
<meta charset> never decides the encoding.
"""
from __future__ import annotations

import codecs
import glob
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.errors import UserError

HTML_SUFFIXES = {".html", ".htm", ".jsp", ".php", ".asp", ".aspx", ".shtml", ".xhtml"}
TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
SUPPORTED_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | MARKDOWN_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# charset-normalizer names EUC-KR pages by the standard; CP949 is its superset and
# also decodes the syllables (똠, 햏) that pure EUC-KR lacks.
_SUPERSETS = {"euc_kr": "cp949", "euc-kr": "cp949", "iso2022_kr": "cp949"}


class DecodeError(Exception):
    """A file that cannot become text; the message is the one-line reason."""


@dataclass
class RawInput:
    doc_id: str
    path: Path
    fmt: str  # html | text | markdown


def input_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def discover_inputs(specs: list[str]) -> list[RawInput]:
    """Expand folders, globs and files into inputs; doc_id is the file stem and must be unique."""
    paths: list[Path] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            paths.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.is_file():
            paths.append(p)
        elif glob.has_magic(spec):
            matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
            paths.extend(m for m in matches if m.is_file() and m.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            raise UserError(f"input not found: {spec}")
    seen: dict[str, Path] = {}
    inputs: list[RawInput] = []
    for path in paths:
        if path.stem in seen:
            if seen[path.stem].resolve() == path.resolve():
                continue
            raise UserError(
                f"two inputs share the doc_id {path.stem!r}: {seen[path.stem]} and {path}; rename one"
            )
        seen[path.stem] = path
        inputs.append(RawInput(doc_id=path.stem, path=path, fmt=input_format(path)))
    return inputs


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (NFC text, encoding name). Raises DecodeError with a one-line reason."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return unicodedata.normalize("NFC", data.decode(encoding)), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after byte-order mark at byte {exc.start}") from None
    if _looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            raise DecodeError(f"truncated: the file ends inside a UTF-8 character at byte {exc.start}") from None
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable: no text encoding fits these bytes")
    encoding = _SUPERSETS.get(best.encoding, best.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
        encoding = best.encoding
    return unicodedata.normalize("NFC", text), encoding.replace("_", "-")
