"""`policy-extract show`: one document's sections, categories and tables, for debugging."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table as RichTable

from pipeline.document import build_document
from pipeline.errors import UserError
from pipeline.ingest import SUPPORTED_SUFFIXES, DecodeError, decode_bytes, input_format


def find_document(spec: str, raw_dir: str) -> Path:
    path = Path(spec)
    if path.is_file():
        return path
    matches = [p for p in Path(raw_dir).rglob(f"{spec}.*") if p.suffix.lower() in SUPPORTED_SUFFIXES]
    if not matches:
        raise UserError(f"no file or doc_id {spec!r} (looked in {raw_dir})")
    return matches[0]


def add_arguments(parser) -> None:
    parser.add_argument("document", metavar="DOC_ID_OR_PATH")
    parser.add_argument("--raw-dir", default="data/raw", help="where to look up a doc_id (default: data/raw)")
    parser.add_argument("--text", action="store_true", help="also print each section's text")


def main(args) -> int:
    path = find_document(args.document, args.raw_dir)
    try:
        text, encoding = decode_bytes(path.read_bytes())
    except DecodeError as exc:
        raise UserError(f"{path}: {exc}") from None
    doc = build_document(path.stem, str(path), text, input_format(path), encoding)
    console = Console()
    console.print(f"[bold]{doc.doc_id}[/bold]  {path}  ({doc.fmt}, {encoding}, {len(doc.text)} chars, "
                  f"{len(doc.sections)} sections, {len(doc.tables)} tables)")
    for section in doc.sections:
        heading = section.heading or "(no heading)"
        console.print(f"[cyan]{section.section_no:>3}[/cyan] [green]{section.category:<18}[/green] "
                      f"{heading[:70]}  [dim]{section.start}–{section.end}[/dim]", highlight=False)
        if args.text:
            console.print(doc.section_text(section), style="dim", highlight=False)
        for block in doc.section_blocks(section):
            if block.table is None:
                continue
            table = RichTable(show_header=bool(block.table.n_header_rows), show_lines=False)
            width = max(len(r) for r in block.table.rows)
            header = block.table.header or [""] * width
            for label in header + [""] * (width - len(header)):
                table.add_column(label, overflow="fold")
            for row in block.table.body:
                table.add_row(*(row + [""] * (width - len(row))))
            console.print(table)
    return 0
