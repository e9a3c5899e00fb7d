"""Find the parties a policy hands personal data to: processors (처리위탁) and recipients (제3자 제공).

Both tables are read in one pass over the document, because policies mix them: one table
`제공/위탁받는 자`, a 위탁 section whose lines say `제공받는 자`, an overseas-transfer table of
processors. Sources, in order of trust:

1. tables whose header names the party column (수탁자, 제공받는 자, 이전받는 자, or a generic
   `서비스`/`업체` inside a processor or recipient section); header-less two-column tables in
   such sections (names, then tasks);
2. `label : value` lines (`- 수탁업체 : (주)XXX`, `제공받는 자의 성명 : …`), several per line
   too, or a label line with its values on the following lines;
3. unlabeled `Name : task` / `Name — task` lines in a processor or recipient section;
4. a few sentence patterns (`… X 업체를 통해 …`, `X에게 … 제공`).

A section's roles come from its heading and, failing that, from its category (see
`section_roles`); an explicit table header or label outranks them.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field

from extractors.orgs import (
    country_in_name, detect_country, is_overseas, lexicon, looks_like_name, looks_like_org, org_names,
    strip_decoration, valid_name,
)
from pipeline.model import Block, PolicyDoc, Table

PROCESSOR, RECIPIENT = "processor", "recipient"
_CATEGORY_ROLES = {"processors": {PROCESSOR}, "third_party": {RECIPIENT}, "overseas_transfer": {"overseas"}}
_NAME_KINDS = ("processor", "recipient", "overseas", "both", "generic_name")
_FIELDS = ("purpose", "items", "retention", "country")  # what other labels fill in


@dataclass
class Party:
    role: str  # processor | recipient
    name: str
    section_no: int | None
    evidence: str
    purpose: str | None = None  # the task for a processor
    items: str | None = None
    retention: str | None = None
    country: str | None = None
    overseas: bool = False


@dataclass
class _Record:
    """Fields gathered from label lines until the next name label."""
    kind: str
    names: list[str]
    lines: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    hint: str | None = None  # a short line just before the record, the task when none is labelled
    context: set[str] = field(default_factory=set)
    section_no: int = 0


# --- labels ---------------------------------------------------------------

_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_SPACE = re.compile(r"\s+")
_MAX_LABEL = 40


def classify_label(label: str) -> str | None:
    """What a column header or a `label :` names: items, retention, purpose, country, one of
    the party kinds (processor, recipient, overseas, both, generic_name), other, or None."""
    label = strip_decoration(label)
    # `영업대행사(위탁업체)`: a label may explain itself in parentheses.
    for text in (_PARENS.sub("", label), *(m.group(0)[1:-1] for m in _PARENS.finditer(label))):
        text = _SPACE.sub("", text)
        if not text or len(text) > _MAX_LABEL:
            continue
        labels = lexicon().labels
        for kind in ("both", "items", "retention", "purpose", "country", "overseas", "recipient", "processor",
                     "other", "generic_name"):
            if labels[kind].search(text):
                return kind
    return None


def _party_roles(kind: str, context: set[str]) -> list[str]:
    """Which table(s) a name of this label kind goes to, given the roles of its section."""
    if kind == "both":
        return [PROCESSOR, RECIPIENT]
    if kind == "processor":
        return [PROCESSOR]
    if kind == "recipient":
        # A `제공받는 자` line inside a section that is only about 위탁 names a processor.
        return [PROCESSOR] if context == {PROCESSOR} else [RECIPIENT]
    if kind == "overseas":
        return [RECIPIENT] if RECIPIENT in context and PROCESSOR not in context else [PROCESSOR]
    if kind == "generic_name":
        if PROCESSOR in context or "overseas" in context:
            return [PROCESSOR]
        return [RECIPIENT] if RECIPIENT in context else []
    return []


# --- section roles ----------------------------------------------------------

def _heading_roles(heading: str) -> set[str]:
    return {role for role, pattern in lexicon().heading_roles.items() if pattern.search(heading)}


_ANNOUNCES_LIST = re.compile(r"(?:아래|다음)(?:와|과)?\s*같")


def section_roles(doc: PolicyDoc) -> list[set[str]]:
    """Roles (processor, recipient, overseas) each section can hold.

    A section with a heading takes the roles its heading names, else its category's. A section
    without one continues the previous section when that one ended by announcing a list
    (`아래와 같이 … 위탁하고 있으며`), else takes its own category's roles, else those of the
    last heading seen."""
    roles: list[set[str]] = []
    heading = ""
    for i, section in enumerate(doc.sections):
        own = set(_CATEGORY_ROLES.get(section.category, ()))
        if section.heading:
            heading = section.heading
            roles.append(_heading_roles(heading) or own)
            continue
        previous = doc.section_blocks(doc.sections[i - 1]) if i else []
        last_text = next((b.text for b in reversed(previous) if b.table is None), "")
        if previous and previous[-1].table is None and _ANNOUNCES_LIST.search(last_text):
            roles.append(roles[-1])
        else:
            roles.append(own or _heading_roles(heading))
    return roles


# --- tables -----------------------------------------------------------------

def _table_columns(table: Table) -> tuple[dict[str, int], int]:
    """Column index per field kind, and the number of header rows (a first row that reads as a
    header counts as one even when the table builder did not mark it)."""
    header, n_header = table.header, table.n_header_rows
    if not header and table.rows:
        kinds = [classify_label(c) for c in table.rows[0]]
        if any(k in _NAME_KINDS for k in kinds) and any(k in ("purpose", "items", "retention") for k in kinds):
            header, n_header = table.rows[0], 1
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        kind = classify_label(cell)
        if kind in _NAME_KINDS:
            columns.setdefault("name_kind_" + kind, i)
        elif kind:
            columns.setdefault(kind, i)
    # `서비스명 | 제공 대상 | …`: a column naming the recipient or processor beats a generic name column.
    name_kind = next((k for k in _NAME_KINDS if "name_kind_" + k in columns), None)
    if name_kind is not None:
        columns["name"] = columns["name_kind_" + name_kind]
        if name_kind != "generic_name":
            columns.pop("name_kind_generic_name", None)
    return columns, n_header


def _name_kind(columns: dict[str, int]) -> str | None:
    for kind in _NAME_KINDS:
        if "name_kind_" + kind in columns:
            return kind
    return None


def _cell_name(cell: str) -> str:
    """A name cell that is itself a small form (`수탁기관 : 휴먼웨어즈\\n주소 : …`) → the name."""
    lines = [ln for ln in cell.splitlines() if ln.strip()]
    if len(lines) <= 1 or not any(":" in ln or "：" in ln for ln in lines):
        return cell
    for line in lines:
        label, sep, value = re.split(r"([:：])", line, maxsplit=1) if re.search("[:：]", line) else (line, "", "")
        if sep and classify_label(label) in _NAME_KINDS:
            return value
    return lines[0]


def _transposed_parties(table: Table, context: set[str], section_no: int) -> list[Party] | None:
    """A table whose first column holds the labels (제공받는 자 | A | B, 제공 목적 | … | …):
    each further column is one party. None when the table is not laid out that way."""
    kinds = [classify_label(row[0]) if row else None for row in table.rows]
    name_rows = [i for i, k in enumerate(kinds) if k in _NAME_KINDS]
    labelled = sum(k is not None for k in kinds)
    if not name_rows or labelled < 2 or labelled * 2 < len(kinds) \
            or not any(k and k not in _NAME_KINDS for k in kinds):
        return None
    parties = []
    n_cols = max(len(r) for r in table.rows)
    for j in range(1, n_cols):
        values = {k: table.rows[i][j].strip() for i, k in enumerate(kinds)
                  if k and j < len(table.rows[i]) and table.rows[i][j].strip()
                  and (i >= table.n_header_rows or k in _NAME_KINDS)}  # `항목 | 내용` heads the columns
        kind = kinds[name_rows[0]]
        record = _Record(kind=kind, names=[values.get(kind, "")], lines=[table.row_text(name_rows[0])],
                         fields={f: values[f] for f in _FIELDS if f in values}, context=context,
                         section_no=section_no)
        parties.extend(_record_parties(record))
    return parties


def _names_in_first_column(table: Table) -> bool:
    """Two or more columns, and most first cells read as organizations (not `책임자 | 홍길동`)."""
    if not table.rows or min(len(r) for r in table.rows) < 2:
        return False
    return 2 * sum(looks_like_org(r[0]) for r in table.rows) >= len(table.rows)


def _table_parties(table: Table, context: set[str], section_no: int) -> list[Party]:
    columns, n_header = _table_columns(table)
    # A header row naming the party column and another field is read across, never sideways.
    if not ("name" in columns and len(columns) > 2):
        transposed = _transposed_parties(table, context, section_no)
        if transposed is not None:
            return transposed
    kind = _name_kind(columns)
    if kind == "generic_name" and not (context & {PROCESSOR, RECIPIENT, "overseas"}):
        header = " ".join(table.rows[0]) if table.rows else ""
        roles = [PROCESSOR] if lexicon().transfer_column.search(header) else []
    elif kind:
        roles = _party_roles(kind, context)
    elif n_header == 0 and len(context & {PROCESSOR, RECIPIENT}) == 1 and _names_in_first_column(table):
        # A header-less table inside a processor or recipient section: names, then tasks.
        columns, roles = {"name": 0, "purpose": 1}, sorted(context & {PROCESSOR, RECIPIENT})
    else:
        roles = []
    if not roles:
        return []
    overseas_table = kind == "overseas" or (kind == "generic_name" and context == {"overseas"})
    parties = []
    for i in range(n_header, len(table.rows)):
        row = table.rows[i]

        def col(name: str) -> str | None:
            j = columns.get(name)
            return row[j].strip() or None if j is not None and j < len(row) else None

        cell = _cell_name(col("name") or "")
        country = detect_country(col("country") or "") or country_in_name(cell)
        for name in org_names(cell):
            for role in roles:
                if not valid_name(name, allow_generic=role == RECIPIENT):
                    continue
                parties.append(Party(
                    role=role, name=name, section_no=section_no, evidence=table.row_text(i),
                    purpose=col("purpose"), items=col("items"), retention=col("retention"),
                    country=country, overseas=overseas_table or is_overseas(country)))
    return parties


# --- label lines ------------------------------------------------------------

_SEPARATOR = re.compile(r"\s[-–—/|•·]\s|(?<=\S)[-–—]\s|\n|\s/|/\s")
_COLON = re.compile(r"[:：]")
_NON_SPACE = re.compile(r"\S")


def label_segments(text: str) -> list[tuple[str, str]]:
    """`수탁업체: (주)A / 위탁업무: 결제` → [(수탁업체, (주)A), (위탁업무, 결제)].

    A label starts at the beginning of the text or after a separator (` - `, `/`, `•`, a
    newline) and ends at a colon; a colon with no such start is part of the value."""
    marks: list[tuple[int, int]] = []  # (label start, colon)
    # The window from the last label's colon to this colon is scanned for separators once, however
    # many colons share it (`::::` would otherwise rescan it for each); a colon is never part of a
    # separator, so the part scanned for an earlier colon keeps its separators.
    floor = scanned = 0
    last_sep: int | None = None
    first_text = (-1, 0)  # (a label start, the first non-space character from there)
    for colon in _COLON.finditer(text):
        if marks and marks[-1][1] + 1 != floor:
            floor = scanned = marks[-1][1] + 1
            last_sep = None
        if scanned == floor:
            ends = [floor + m.end() for m in _SEPARATOR.finditer(text[floor:colon.start()])]
        else:
            ends = [m.end() for m in _SEPARATOR.finditer(text, scanned, colon.start())]
        scanned = colon.start()
        last_sep = ends[-1] if ends else last_sep
        start = last_sep if last_sep is not None else (0 if not marks else -1)
        if start < 0:
            continue
        # The label is text[start:colon] stripped, found without copying a long window for each colon.
        if start != first_text[0]:
            found = _NON_SPACE.search(text, start)
            first_text = (start, found.start() if found else len(text))
        end = colon.start()
        while end > first_text[1] and text[end - 1].isspace():
            end -= 1
        label = text[first_text[1]:end] if end - first_text[1] <= _MAX_LABEL else ""
        if not label or not re.search(r"[가-힣A-Za-z]", label) \
                or re.search(r"https?$|\d$", label):
            continue
        marks.append((start, colon.start()))
    segments = []
    for k, (start, colon) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        value = text[colon + 1:end]
        value = _SEPARATOR.split(value.rstrip())[0] if k + 1 < len(marks) else value
        segments.append((text[start:colon].strip(), strip_decoration(value)))
    return segments


_ORDINAL_TITLE = re.compile(r"^\s*(?:\d{1,2}[.)]|[가나다라마바사아자차카타파하][.)]|\(\d{1,2}\)|[①-⑳])\s*[^:：]{2,30}$")
_DASH_SPLIT = re.compile(r"\s+[—–]\s+|\s+-\s+")
_TASK_IN_PARENS = re.compile(
    r"^(?P<name>[^()]{2,40}?)\s*\((?P<task>[^()]*(?:업무|발송|결제|관리|운영|인증|확인|배송|대행|처리|분석|호스팅|저장|상담|전송)[^()]*)\)$")


def _unlabeled_pair(text: str) -> tuple[str, str] | None:
    """`Name : task`, `Name — task` or `Name (task)` where Name reads as an organization."""
    segments = label_segments(text)
    if len(segments) == 1 and classify_label(segments[0][0]) is None:
        name, task = segments[0]
    else:
        parts = _DASH_SPLIT.split(strip_decoration(text), maxsplit=1)
        m = _TASK_IN_PARENS.match(strip_decoration(text))
        if len(parts) == 2:
            name, task = parts
        elif m:
            name, task = m["name"], m["task"]
        else:
            return None
    name, task = strip_decoration(name), strip_decoration(task)
    if not re.search("[가-힣]", task) or lexicon().sentence.search(task) \
            or not looks_like_name(name) or not looks_like_org(name):
        return None  # a task is Korean prose: `Website: https://…` or `Google Gemini: …습니다.` is not one
    return name, task


# --- sentences ----------------------------------------------------------------

# A name starts where its word starts: tried from every letter of a long word, the pattern rescanned the word.
_NAME = (r"(?P<name>(?<![\w.&'-])(?:[A-Za-z][\w.&'-]*\s+){0,3}[A-Za-z][\w.&'-]*(?:\s*\([^()]{1,20}\))?"
         r"|(?<![^\s,.'\"‘’“”])[^\s,.'\"‘’“”]+)")
_VIA_FIRM = re.compile(_NAME + r"\s+(?:업체|회사|기관)(?:을|를)\s*통(?:해|하여)\s*(?P<task>[^.]*)")
_VIA_ORG = re.compile(_NAME + r"(?:을|를)\s*통(?:해|하여)\s*(?P<task>[^.]*)")
_ENTRUST_TO = re.compile(_NAME + r"에(?:게)?\s+(?:\S+\s+){0,4}위탁(?:하|합|되|됩)")
_GIVE_TO = re.compile(_NAME + r"에게\s+(?:\S+\s+){0,3}?(?:제공|전달)")
_GIVE_TO_ORG = re.compile(_NAME + r"에\s+(?:\S+\s+){0,5}?(?:제공|전달)(?:하|합|되|됩)")
_SUBMIT_TO = re.compile(_NAME + r"에(?:게)?\s*(?:\S+\s+){0,2}?제출")
_NEGATION = re.compile(r"않|아니|없습니다")
_TASK_TAIL = re.compile(r"\s*(?:기능)?(?:을|를)\s*이용.*$|\s*(?:을|를)\s*위탁.*$")


def _sentence_parties(text: str, context: set[str], section_no: int) -> list[Party]:
    if _NEGATION.search(text):
        return []
    found = []
    if PROCESSOR in context:
        for m in _VIA_FIRM.finditer(text):
            found.append((PROCESSOR, m["name"], _TASK_TAIL.sub("", m["task"]).strip() or None))
        for pattern in (_VIA_ORG, _ENTRUST_TO):
            for m in pattern.finditer(text):
                if looks_like_org(m["name"]):
                    task = _TASK_TAIL.sub("", m.groupdict().get("task") or "").strip()
                    found.append((PROCESSOR, m["name"], task or None))
    for m in _SUBMIT_TO.finditer(text):  # submitting data to a named body is a provision wherever it is said
        if looks_like_org(m["name"]):
            found.append((RECIPIENT, m["name"], strip_decoration(text)))
    if RECIPIENT in context and PROCESSOR not in context:
        for m in _GIVE_TO.finditer(text):
            found.append((RECIPIENT, m["name"], strip_decoration(text)))
        for m in _GIVE_TO_ORG.finditer(text):
            if looks_like_org(m["name"]):
                found.append((RECIPIENT, m["name"], strip_decoration(text)))
    return [Party(role=role, name=name, section_no=section_no, evidence=text.strip(), purpose=purpose)
            for role, name, purpose in found
            if valid_name(name, allow_generic=False)]


# --- label records ---------------------------------------------------------

def _record_parties(record: _Record) -> list[Party]:
    parties = []
    country = detect_country(record.fields.get("country", ""))
    purpose = record.fields.get("purpose") or record.hint
    for role in _party_roles(record.kind, record.context):
        for raw in record.names:
            raw_country = country or country_in_name(raw)
            overseas = record.kind == "overseas" or is_overseas(raw_country)
            for name in org_names(raw):
                if valid_name(name, allow_generic=role == RECIPIENT):
                    parties.append(Party(
                        role=role, name=name, section_no=record.section_no, evidence=" / ".join(record.lines),
                        purpose=purpose, items=record.fields.get("items"),
                        retention=record.fields.get("retention"), country=raw_country, overseas=overseas))
    return parties


class _LineReader:
    """Reads the text blocks of a document in order: label lines grouped into records,
    unlabeled `Name : task` lines and sentences. Records may run over a section boundary
    when the section splitter took a bare label line (`수탁업체`) for a heading."""

    def __init__(self) -> None:
        self.parties: list[Party] = []
        self.record: _Record | None = None
        self.pending: dict[str, str] = {}
        self.open_label: str | None = None  # a label line without a value: its values follow
        self.collecting = False  # the current record takes the names that follow its label line
        self.hint: str | None = None
        self.context: set[str] = set()
        self.section_no = 0

    def enter_section(self, first_block: Block | None, context: set[str], section_no: int) -> None:
        text = first_block.text.strip() if first_block is not None and first_block.table is None else ""
        segments = label_segments(text)
        kind = classify_label(segments[0][0] if segments else text) if text else None
        if kind is None or kind == "other":  # a real new section, not a label line taken for a heading
            self.close()
            self.pending, self.open_label, self.collecting, self.hint = {}, None, False, None
        self.context, self.section_no = context, section_no

    def close(self) -> None:
        if self.record:
            self.parties.extend(_record_parties(self.record))
        self.record = None

    def start(self, kind: str, names: list[str], line: str) -> None:
        self.close()
        self.record = _Record(kind=kind, names=names, lines=[line], fields=dict(self.pending), hint=self.hint,
                              context=self.context, section_no=self.section_no)
        self.pending, self.hint = {}, None

    def add_field(self, kind: str, value: str, line: str) -> None:
        if kind not in _FIELDS or not value:
            return
        key = kind
        if self.record is None:
            self.pending.setdefault(key, value)
        elif key in self.record.fields:  # a second task: it belongs to the next record
            self.close()
            self.pending = {key: value}
        else:
            self.record.fields[key] = value
            if self.record.lines[-1] != line:
                self.record.lines.append(line)

    def read(self, block: Block) -> None:
        if block.table is not None:
            self.open_label = None
            return
        text = block.text.strip()
        segments = label_segments(text)
        kinds = [classify_label(label) for label, _ in segments]
        bare_kind = classify_label(text) if not segments and len(text) <= _MAX_LABEL else None
        if self.open_label in _NAME_KINDS and len(segments) == 1 and kinds == [None]:
            # `제공받는 자` / `• 종합신용정보집중기관 : 한국신용정보원`: a type, then the name.
            text, segments, kinds, bare_kind = segments[0][1], [], [], None
        if self.open_label and not segments and bare_kind in (None, "other") and self._label_value(text, bare_kind):
            return
        self.open_label, self.collecting = None, False

        if bare_kind and bare_kind != "other":
            self.open_label = bare_kind
            if bare_kind in _NAME_KINDS:
                self.close()
            return
        if any(k in _NAME_KINDS for k in kinds):
            for (_, value), kind in zip(segments, kinds):
                if kind in _NAME_KINDS:
                    if value:
                        self.start(kind, [value], text)
                    else:
                        self.close()
                        self.open_label = kind
                elif kind:
                    self.add_field(kind, value, text)
            return
        if any(k and k != "other" for k in kinds):
            for (_, value), kind in zip(segments, kinds):
                if kind:
                    self.add_field(kind, value, text)
            return
        if self._unlabeled(text):
            return
        found = _sentence_parties(text, self.context, self.section_no)
        self.parties.extend(found)
        if not found and _ORDINAL_TITLE.match(text) and not _heading_roles(text):
            self.hint = strip_decoration(text)  # `가. 서비스 이용 대금 결제`, not `6. 국외 이전`

    def _label_value(self, text: str, bare_kind: str | None) -> bool:
        """A line after a bare label line: its value. Names may run over several lines, other fields take one."""
        if self.open_label in _NAME_KINDS:
            if bare_kind is not None or not looks_like_name(strip_decoration(text)):
                return False
            if self.collecting:
                self.record.names.append(text)
                self.record.lines.append(text)
            else:
                self.start(self.open_label, [text], text)
                self.collecting = True
            return True
        self.add_field(self.open_label, text, text)
        self.open_label = None
        return True

    def _unlabeled(self, text: str) -> bool:
        if self.context & {PROCESSOR, RECIPIENT}:
            kind = "processor" if PROCESSOR in self.context else "recipient"
        elif "overseas" in self.context:
            kind = "overseas"
        else:
            return False
        pair = _unlabeled_pair(text)
        if not pair:
            return False
        self.start(kind, [pair[0]], text)
        # `운송업체: 주문자 이름, 연락처` names what is handed over; `㈜A: 본인확인` names the task.
        field_name = "items" if kind == "recipient" and _is_item_list(pair[1]) else "purpose"
        self.record.fields[field_name] = pair[1]
        self.close()
        return True


def _is_item_list(text: str) -> bool:
    from extractors.items import is_item
    from extractors.text_lists import split_items

    items = split_items(text)
    return len(items) >= 2 and all(is_item(i) for i in items)


def _dedupe(parties: list[Party]) -> list[Party]:
    seen, out = set(), []
    for p in parties:
        key = (p.role, p.name, p.purpose)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


_cache: tuple[weakref.ref, list[Party]] | None = None


def find_parties(doc: PolicyDoc) -> list[Party]:
    """Every processor and recipient of the document (computed once per document)."""
    global _cache
    if _cache is not None and _cache[0]() is doc:
        return _cache[1]
    reader = _LineReader()
    for section, context in zip(doc.sections, section_roles(doc)):
        blocks = doc.section_blocks(section)
        reader.enter_section(blocks[0] if blocks else None, context, section.section_no)
        for block in blocks:
            if block.table is not None:
                reader.close()
                reader.parties.extend(_table_parties(block.table, context, section.section_no))
            reader.read(block)
    reader.close()
    parties = _dedupe(reader.parties)
    _cache = (weakref.ref(doc), parties)
    return parties
