"""Find input files and turn their bytes into NFC text.

Bytes are decoded here, before any HTML parsing, so that a lying or missing
<meta charset> never decides the encoding.
"""
from __future__ import annotations

import codecs
import glob
import hashlib
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.errors import UserError

HTML_SUFFIXES = {".html", ".htm", ".jsp", ".php", ".asp", ".aspx", ".shtml", ".xhtml"}
TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
# JavaScript, TypeScript, JSX and Vue sources: sites keep a policy in a component or a string constant.
MODULE_SUFFIXES = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue"}
# Python sources: a Streamlit or Flask page keeps its policy in string literals.
PYTHON_SUFFIXES = {".py"}
# Dart sources: a Flutter screen keeps its policy in the string literals of its `Text` widgets.
DART_SUFFIXES = {".dart"}
SUPPORTED_SUFFIXES = (HTML_SUFFIXES | TEXT_SUFFIXES | MARKDOWN_SUFFIXES | MODULE_SUFFIXES | PYTHON_SUFFIXES
                      | DART_SUFFIXES)
# Folders of installed packages: thousands of sources that are a project's tools, never its policy.
_DEPENDENCY_FOLDERS = {"node_modules", "bower_components"}

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


class NoTextError(DecodeError):
    """Bytes that hold no text at all: an empty or a binary file."""


def storable(name: str) -> str:
    """A file name as text that can be stored and printed. The OS hands Python a name that is not
    UTF-8 (a CP949 name from an old Windows share) with each undecodable byte as a lone surrogate
    (os.fsdecode); such a name is stored with every non-ASCII byte as a \\xNN escape, not half
    decoded into look-alike letters."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that did not come from the OS
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("ascii", "backslashreplace")


@dataclass
class RawInput:
    doc_id: str  # the file stem, escaped by storable()
    path: Path  # the real path, to read the file
    fmt: str  # html | text | markdown | module | python | dart
    source: str = field(default="")  # the path as stored in the documents table

    def __post_init__(self) -> None:
        self.source = self.source or storable(str(self.path))


def input_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in MODULE_SUFFIXES:
        return "module"
    if suffix in PYTHON_SUFFIXES:
        return "python"
    if suffix in DART_SUFFIXES:
        return "dart"
    return "text"


def is_supported(path: Path) -> bool:
    """A regular file of a format the pipeline reads."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file()


def _leaves(path: Path, root: Path, base: Path, warn: Callable[[str], None]) -> bool:
    """Whether `path` leads out of `root` (resolved: `base`), which a warning then says."""
    if path.resolve().is_relative_to(base):
        return False
    warn(f"skipped {storable(str(path))}: a link to {storable(str(path.resolve()))}, outside {root}")
    return True


def _glob_root(spec: str) -> Path:
    """The folder a glob pattern searches: its leading parts without wildcards."""
    parts = Path(spec).parts
    fixed = parts[: next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))]
    return Path(*fixed) if fixed else Path(".")


def _walk(root: Path, warn: Callable[[str], None]) -> list[Path]:
    """Supported files under a folder, hidden ones and installed packages left out. Symbolic links are followed only while
    they stay inside the folder: one to /etc/passwd must not land in the sections table."""
    found: list[Path] = []
    base = root.resolve()
    for folder, dirs, files in os.walk(root, onerror=lambda e: warn(f"cannot read {storable(str(e.filename))}: "
                                                                     f"{e.strerror}")):
        folder_path = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _DEPENDENCY_FOLDERS)
        for name in dirs:
            link = folder_path / name
            if link.is_symlink():
                _leaves(link, root, base, warn)  # only said: os.walk does not descend into links
        for name in sorted(files):
            path = folder_path / name
            if name.startswith(".") or not is_supported(path):
                continue
            if path.is_symlink() and _leaves(path, root, base, warn):
                continue
            found.append(path)
    return sorted(found)


def discover_inputs(specs: list[str], warn: Callable[[str], None] = lambda message: None) -> list[RawInput]:
    """Expand folders, globs and files into inputs; doc_id is the file stem and must be unique.

    A file named on the command line is taken as it is; under a folder or a glob, a link that leads
    outside that folder is skipped with a warning."""
    paths: list[Path] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            paths.extend(_walk(p, warn))
        elif p.is_file():
            paths.append(p)
        elif glob.has_magic(spec):
            root = _glob_root(spec)
            base = root.resolve()
            for match in sorted(Path(m) for m in glob.glob(spec, recursive=True)):
                if is_supported(match) and not _leaves(match, root, base, warn):
                    paths.append(match)
        elif p.exists():
            raise UserError(f"input {storable(spec)} is not a regular file or folder")
        else:
            raise UserError(f"input not found: {storable(spec)}")
    seen: dict[str, Path] = {}
    inputs: list[RawInput] = []
    for path in paths:
        doc_id = storable(path.stem)
        if doc_id in seen:
            if seen[doc_id].resolve() == path.resolve():
                continue
            raise UserError(f"two inputs share the doc_id {doc_id!r}: {storable(str(seen[doc_id]))} and "
                            f"{storable(str(path))}; rename one")
        seen[doc_id] = path
        inputs.append(RawInput(doc_id=doc_id, path=path, fmt=input_format(path)))
    return inputs


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # C0 controls but tab, newlines, vertical tab, form feed


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (NFC text, encoding name). Raises DecodeError with a one-line reason."""
    if not data.strip():
        raise NoTextError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return unicodedata.normalize("NFC", data.decode(encoding)), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after byte-order mark at byte {exc.start}") from None
    if _looks_binary(data):
        raise NoTextError("binary file, not text")
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
