"""The shared document model. Extractors read only these types."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    """A table with merged cells expanded: every cell holds its value."""

    rows: list[list[str]]
    n_header_rows: int = 0
    start: int = 0
    end: int = 0
    # Per-row character offsets into PolicyDoc.text, so a row can be cited as evidence.
    row_spans: list[tuple[int, int]] = field(default_factory=list)
    cut: str | None = None  # what a size cap left out of the table, for the extraction warnings

    @property
    def header(self) -> list[str]:
        if not self.n_header_rows:
            return []
        # Stacked header rows are joined per column ("보유기간" over "근거법령" → one label).
        cols = max(len(r) for r in self.rows[: self.n_header_rows])
        labels = []
        for c in range(cols):
            parts = []
            for r in self.rows[: self.n_header_rows]:
                cell = r[c] if c < len(r) else ""
                if cell and cell not in parts:
                    parts.append(cell)
            labels.append(" ".join(parts))
        return labels

    @property
    def body(self) -> list[list[str]]:
        return self.rows[self.n_header_rows:]

    def row_text(self, i: int) -> str:
        return " | ".join(c for c in self.rows[i])


@dataclass
class Block:
    """One unit of the cleaned text: a heading, paragraph, list item, or a table."""

    kind: str  # heading | paragraph | list_item | table
    text: str
    start: int = 0
    end: int = 0
    level: int = 0  # heading level (1 = top), 0 when unknown
    table: Table | None = None


@dataclass
class Section:
    section_no: int
    heading: str
    category: str
    start: int
    end: int
    block_start: int  # index of the first block in PolicyDoc.blocks
    block_end: int  # one past the last block


@dataclass
class PolicyDoc:
    doc_id: str
    source: str
    text: str
    blocks: list[Block]
    sections: list[Section] = field(default_factory=list)
    encoding: str | None = None
    fmt: str = "text"  # html | text | markdown | module | python | dart
    title: str = ""  # the page's <title>, which the blocks leave out with the rest of <head>

    @property
    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.table is not None]

    def section_blocks(self, section: Section) -> list[Block]:
        return self.blocks[section.block_start:section.block_end]

    def section_text(self, section: Section) -> str:
        return self.text[section.start:section.end]

    def sections_of(self, *categories: str) -> list[Section]:
        return [s for s in self.sections if s.category in categories]
