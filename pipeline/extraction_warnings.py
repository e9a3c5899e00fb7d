"""Extraction warnings: small checks that flag where extraction likely failed, for a researcher to look at.

Findings (pipeline/findings.py) judge the policy; these judge the extraction. Each check is a
generator registered with `@check(code)`: it gets a `Context` (the PolicyDoc, its status and its
rows per table) and yields short messages naming where to look. The `documents` table lists them
as `code: message` strings, e.g. `items_section_without_items: 제2조 수집하는 개인정보 항목`, so a
researcher with 10,000 policies can find the documents worth opening:

    SELECT doc_id, extraction_warnings FROM documents WHERE len(extraction_warnings) > 0

The codes are stable; the messages may change. Checks look only at what extraction produced and
at the document's structure, never at gold data.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline.model import PolicyDoc, Section

# Sections whose category promises rows of a table.
TABLE_OF = {"items": "collected_items", "retention": "retention", "processors": "processors",
             "third_party": "third_parties"}
# (`\S{0,8}`: 수집하는, 처리되는 … bounded, so a heading of one endless word is scanned once)
_ITEMS_HEADING = re.compile(r"항목|(?:수집|처리)\S{0,8}\s*(?:개인\s*)?정보")
_NOT_ITEMS_HEADING = re.compile(r"(?:수집|처리)\s*방법$|않는|제공|열람|정정|탈퇴|권한")
# A duration with a keeping verb after it, in one sentence: `3년간 보관합니다`, `5년 보존`.
_KEPT_FOR = re.compile(r"(?<!\d)\d+\s*(?:년|개월|일)[^.\n]{0,30}?(?:보관|보존|보유)")
_PROCESSOR_LINE = re.compile(r"(?:수탁\s*(?:업체|자|사|기관)|위탁\s*(?:받는\s*자|업체|대상자?))\s*[:：]\s*(?P<value>.+)")
_RECIPIENT_LINE = re.compile(r"제공\s*받는\s*(?:자|기관|곳)\s*[:：]\s*(?P<value>.+)")
_FILLED = re.compile(r"[가-힣A-Za-z]{2}")
# `[PG사 이름]`, `(위탁업체명)`, `-`, `없음`: a template slot nobody filled in.
_PLACEHOLDER = re.compile(r"^\s*(?:[\[(<{【].*[\])>}】]|-+|없음|해당\s*(?:사항\s*)?없음|N/?A)\s*$", re.I)
_POLICY_TITLE = re.compile(r"개인\s*정보\s*(?:처리|취급)\s*방침")
# A section needs this much body text beyond its heading before an empty result is worth a look.
_MIN_BODY = 40
_MIN_TABLE_ROWS = 2
_MAX_ROWS_LOOKED_UP = 200
_TITLE_WINDOW = 500
_SPACE = re.compile(r"\s+")
_FEW_ITEMS = 3
_SPARSE_ITEMS_MIN_CHARS = 500
_CHARS_PER_ITEM = 200


@dataclass
class Context:
    doc: PolicyDoc
    rows: dict[str, list[dict]]

    def table(self, name: str) -> list[dict]:
        return self.rows.get(name) or []

    def sections_with_rows(self, table: str) -> set[int]:
        return {r["section_no"] for r in self.table(table) if r.get("section_no") is not None}


Check = Callable[[Context], Iterator[str]]
_CHECKS: dict[str, tuple[Check, str]] = {}


def check(code: str, status: str = "ok") -> Callable[[Check], Check]:
    """Register a check for documents of `status` (ok: extracted; not_policy: rejected by the verdict)."""
    def decorator(fn: Check) -> Check:
        _CHECKS[code] = (fn, status)
        return fn
    return decorator


def extraction_warnings(doc: PolicyDoc, status: str, rows: dict[str, list[dict]] | None = None) -> list[str]:
    """Every warning for one document, as `code: message` strings in check order."""
    ctx = Context(doc, rows or {})
    out = []
    for code, (fn, wanted) in _CHECKS.items():
        if wanted != status:
            continue
        try:
            out += [f"{code}: {message}" for message in fn(ctx)]
        except Exception as exc:  # a broken check must not cost the document its row
            out.append(f"check_failed: {code}: {type(exc).__name__}")
    return out


def _where(section: Section) -> str:
    heading = _SPACE.sub(" ", section.heading or "").strip()
    return heading[:60] if heading else f"section {section.section_no} (no heading)"


def _groups(doc: PolicyDoc, category: str, strict: bool = False) -> Iterator[tuple[Section, list[Section]]]:
    """Each headed section of `category` with the sections that go on with it: those right after it
    of the same category or, unless `strict`, with no heading (a heading split from its table).
    A section with no heading of its own was categorized by its words only, so it opens no group."""
    sections = doc.sections
    i = 0
    while i < len(sections):
        section = sections[i]
        i += 1
        if section.category != category or not section.heading:
            continue
        group = [section]
        while i < len(sections) and (sections[i].category == category or not strict and not sections[i].heading):
            group.append(sections[i])
            i += 1
        yield section, group


def _group_text(doc: PolicyDoc, group: list[Section]) -> str:
    return "\n".join(doc.section_text(s) for s in group)


def _tables(doc: PolicyDoc, group: list[Section]) -> list:
    return [b.table for s in group for b in doc.section_blocks(s) if b.table is not None]


def _empty_groups(ctx: Context, category: str, strict: bool = False) -> Iterator[tuple[Section, list[Section]]]:
    """Groups of `category` with text enough to hold rows, from which none came."""
    with_rows = ctx.sections_with_rows(TABLE_OF[category])
    for section, group in _groups(ctx.doc, category, strict):
        if any(s.section_no in with_rows for s in group):
            continue
        body = sum(len(ctx.doc.section_text(s)) - len(s.heading or "") for s in group)
        if body >= _MIN_BODY or _tables(ctx.doc, group):
            yield section, group


def _names_parties(doc: PolicyDoc, group: list[Section], label: re.Pattern) -> bool:
    """A table with a filled body row, or a `수탁업체 : X` line whose X is not a placeholder."""
    for table in _tables(doc, group):
        if any(sum(1 for c in row if _FILLED.search(c) and not _PLACEHOLDER.match(c)) >= 2 for row in table.body):
            return True
    for line in _group_text(doc, group).split("\n"):
        m = label.search(line)
        if m and _FILLED.search(m.group("value")) and not _PLACEHOLDER.match(m.group("value")):
            return True
    return False


# ---------------------------------------------------------------- whole-document checks


@check("few_items")
def few_items(ctx: Context) -> Iterator[str]:
    """Almost every policy lists several items: fewer than three, or one per long stretch of the
    items sections, means the lists were not read."""
    n = len({r.get("item") for r in ctx.table("collected_items")})
    chars = sum(len(ctx.doc.section_text(s)) for s in ctx.doc.sections_of("items"))
    if n < _FEW_ITEMS:
        yield f"{n} collected item{'' if n == 1 else 's'}"
    elif chars >= _SPARSE_ITEMS_MIN_CHARS and chars > n * _CHARS_PER_ITEM:
        yield f"{n} collected items from {chars} characters of items sections"


@check("no_items_section")
def no_items_section(ctx: Context) -> Iterator[str]:
    """Every policy must say what it collects; no section recognized as such means the sections were
    split or scored wrongly, and items were read, if at all, from elsewhere."""
    if not ctx.doc.sections_of("items"):
        yield "no section was recognized as the collected-items section"


# ---------------------------------------------------------------- sections without rows


@check("items_section_without_items")
def items_section_without_items(ctx: Context) -> Iterator[str]:
    for section, _ in _empty_groups(ctx, "items"):
        if _ITEMS_HEADING.search(section.heading) and not _NOT_ITEMS_HEADING.search(section.heading):
            yield _where(section)


@check("retention_section_without_period")
def retention_section_without_period(ctx: Context) -> Iterator[str]:
    """A retention section that states a duration for keeping data, but gave no retention row."""
    for section, group in _empty_groups(ctx, "retention"):
        text = _group_text(ctx.doc, group)
        if _KEPT_FOR.search(text) or _tables(ctx.doc, group):
            yield _where(section)


@check("processors_section_without_processors")
def processors_section_without_processors(ctx: Context) -> Iterator[str]:
    """A processors section that names a processor (a filled table, a `수탁업체 : X` line) but gave none."""
    for section, group in _empty_groups(ctx, "processors", strict=True):
        if _names_parties(ctx.doc, group, _PROCESSOR_LINE):
            yield _where(section)


@check("third_party_section_without_recipients")
def third_party_section_without_recipients(ctx: Context) -> Iterator[str]:
    """A third-party section that names a recipient (a filled table, a `제공받는 자 : X` line) but gave
    none; most such sections state only the statutory exceptions, which have no rows by design."""
    for section, group in _empty_groups(ctx, "third_party", strict=True):
        if _names_parties(ctx.doc, group, _RECIPIENT_LINE):
            yield _where(section)


# ---------------------------------------------------------------- structure


@check("table_not_read")
def table_not_read(ctx: Context) -> Iterator[str]:
    """A table in a section that promises rows, none of whose cells any extractor cited as evidence
    from that section: its columns were not understood."""
    pieces: dict[int, list[str]] = {}
    for table in TABLE_OF.values():
        for row in ctx.table(table):
            pieces.setdefault(row.get("section_no"), []).append(_SPACE.sub("", row.get("evidence") or "") + "\n")
    evidence = {no: "".join(texts) for no, texts in pieces.items()}  # joined once, not re-copied per row
    for section in ctx.doc.sections:
        if section.category not in TABLE_OF:
            continue
        cited = evidence.get(section.section_no, "")
        for block in ctx.doc.section_blocks(section):
            table = block.table
            if table is None or len(table.rows) <= _MIN_TABLE_ROWS:
                continue
            # Each cell is looked for in all the evidence: the first rows tell, and keep that linear.
            cells = {_SPACE.sub("", c) for row in table.rows[:_MAX_ROWS_LOOKED_UP] for c in row}
            if not any(len(c) >= 4 and c in cited for c in cells):
                header = " | ".join(table.header or table.rows[0])
                yield f"{_where(section)}: table [{header[:60]}]"


@check("table_cut")
def table_cut(ctx: Context) -> Iterator[str]:
    """A table whose merged cells a size cap stopped copying (pipeline/tables.py): its rows may be
    read incompletely."""
    for section in ctx.doc.sections:
        for block in ctx.doc.section_blocks(section):
            if block.table is not None and block.table.cut:
                yield f"{_where(section)}: {block.table.cut}"


@check("text_in_one_block")
def text_in_one_block(ctx: Context) -> Iterator[str]:
    """Most of the page in one block: markup or line breaks that were not understood."""
    total = len(ctx.doc.text)
    biggest = max((len(b.text) for b in ctx.doc.blocks if b.table is None), default=0)
    if total >= 2000 and biggest >= 0.6 * total:
        yield f"one block holds {biggest * 100 // total}% of {total} characters"


@check("few_sections")
def few_sections(ctx: Context) -> Iterator[str]:
    if len(ctx.doc.text) >= 3000 and len(ctx.doc.sections) <= 2:
        yield f"{len(ctx.doc.sections)} sections in {len(ctx.doc.text)} characters"


@check("rejected_policy_like", status="not_policy")
def rejected_policy_like(ctx: Context) -> Iterator[str]:
    """Rejected as not a policy although it calls itself one: the verdict may be wrong."""
    m = _POLICY_TITLE.search(ctx.doc.text[:_TITLE_WINDOW])
    if m:
        yield f"titled {m.group(0)!r}"
