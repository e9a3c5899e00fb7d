"""`policy-extract show`: one document's sections, categories and tables, for debugging."""
from __future__ import annotations

import glob
from pathlib import Path

from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from pipeline.cli import positive_seconds
from pipeline.document import build_document
from pipeline.errors import UserError, first_line, os_reason
from pipeline.ingest import DecodeError, decode_bytes, input_format, is_supported, storable
from pipeline.terminal import plain, printable


def find_document(spec: str, raw_dir: str) -> Path:
    """A path to a file, or a doc_id (file stem) looked up under raw_dir."""
    path = Path(spec)
    if path.is_dir():
        raise UserError(f"{storable(spec)} is a folder: give one file or a doc_id")
    if path.exists():
        if not path.is_file():
            raise UserError(f"{storable(spec)} is not a regular file")
        return path
    if path.is_absolute() or len(path.parts) > 1:
        raise UserError(f"no such file: {storable(spec)}")
    matches = sorted(p for p in Path(raw_dir).rglob(f"{glob.escape(spec)}.*")
                     if is_supported(p))
    if not matches:
        raise UserError(f"no file or doc_id {storable(spec)!r} (looked in {storable(raw_dir)})")
    return matches[0]


def add_arguments(parser) -> None:
    parser.add_argument("document", metavar="DOC_ID_OR_PATH")
    parser.add_argument("--raw-dir", default="data/raw", help="where to look up a doc_id (default: data/raw)")
    parser.add_argument("--text", action="store_true", help="also print each section's text")
    parser.add_argument("--timeout", type=positive_seconds, default=120.0,
                        help="seconds the document may take to parse (default: 120)")


def read_document(path: Path):
    """Read, decode and parse one file: (PolicyDoc, encoding)."""
    text, encoding = decode_bytes(path.read_bytes())
    return build_document(storable(path.stem), storable(str(path)), text, input_format(path), encoding), encoding


def load_document(path: Path, timeout: float):
    """read_document in a child process, killed at the timeout: a page that hangs the decoder or a
    parser inside C code cannot be interrupted any other way."""
    from pebble import ProcessExpired

    from pipeline.executors import process_pool

    name = storable(str(path))
    with process_pool(max_workers=1) as pool:
        future = pool.schedule(read_document, args=(path,), timeout=timeout)
        try:
            return future.result()
        except TimeoutError:
            raise UserError(f"{name}: timed out after {timeout:g}s") from None
        except ProcessExpired as exc:
            raise UserError(f"{name}: the parser crashed (exit code {exc.exitcode})") from None
        except OSError as exc:
            raise UserError(f"cannot read {name}: {os_reason(exc)}") from None
        except DecodeError as exc:
            raise UserError(f"{name}: {exc}") from None
        except Exception as exc:
            raise UserError(f"{name}: internal error: {type(exc).__name__}: {first_line(exc)}") from None


def main(args) -> int:
    path = find_document(args.document, args.raw_dir)
    doc, encoding = load_document(path, args.timeout)
    console = Console(highlight=False)
    console.print(Text.assemble((printable(doc.doc_id), "bold"), f"  {printable(doc.source)}  ({doc.fmt}, {encoding}, "
                                f"{len(doc.text)} chars, {len(doc.sections)} sections, {len(doc.tables)} tables)"))
    for section in doc.sections:
        heading = section.heading or "(no heading)"
        console.print(Text.assemble((f"{section.section_no:>3}", "cyan"), " ", (f"{section.category:<18}", "green"),
                                    " ", plain(heading[:70]), "  ", (f"{section.start}–{section.end}", "dim")))
        if args.text:
            console.print(plain(doc.section_text(section), style="dim"))
        for block in doc.section_blocks(section):
            if block.table is None:
                continue
            table = RichTable(show_header=bool(block.table.n_header_rows), show_lines=False)
            width = max(len(r) for r in block.table.rows)
            header = block.table.header or [""] * width
            for label in header + [""] * (width - len(header)):
                table.add_column(plain(label), overflow="fold")
            for row in block.table.body:
                table.add_row(*(plain(cell) for cell in row + [""] * (width - len(row))))
            console.print(table)
    return 0
