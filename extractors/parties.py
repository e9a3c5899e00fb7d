"""Find the parties a policy hands personal data to: processors (처리위탁) and recipients (제3자 제공).

Both tables are read in one pass over the document, because policies mix them: one table
`제공/위탁받는 자`, a 위탁 section whose lines say `제공받는 자`, an overseas-transfer table of
processors. Sources, in order of trust:

1. tables: a party column is found by its header, read from word parts (a role such as 위탁/받는
   and a party noun such as 업체/기관/자: `위탁처리 업체명`, `정보를 받는 기관명`), checked against
   what its cells hold (a column of tasks is the purpose column), or, in a processor or recipient
   section, by cells that read as organizations; every party column counts (재수탁자), a cell may
   group names by service, and key–value tables are read down their label column;
2. `label : value` lines (`- 수탁업체 : (주)XXX`, `제공받는 자의 성명 : …`), several per line
   too, or a label line with its values on the following lines, or a numbered name line
   (`① ㈜X`) with its fields after it;
3. unlabeled `Name : task`, `task : Name` and `Name — task` lines in a processor or recipient section;
4. sentence patterns (`X에 … 위탁/맡깁니다`, `X에 … 제출`, `X 등 …에게 전송`, `X에게 … 제공`).

A section's roles come from its heading and, failing that, from its category (see
`section_roles`); an explicit table header or label outranks them. An SDK or outside-service
heading is a weak role: its service tables name processors only when data goes to them. The
organization itself is never its own processor or recipient (`self_keys`).
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.orgs import (
    country_in_name, detect_country, is_overseas, lexicon, looks_like_name, looks_like_org, org_name_entries,
    org_names, reads_as_tasks, strip_decoration, valid_name,
)
from extractors.text_lists import is_known_item
from pipeline.model import Block, PolicyDoc, Table
from pipeline.org_names import defined_org_name

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
    titled: bool = False  # named by a numbered line alone (`① ㈜다솜페이`), which may be a title instead
    tentative: bool = False  # named by an unnumbered line alone: a party only when a labelled field follows


# --- labels ---------------------------------------------------------------

_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
_MAX_LABEL = 40
_ARTICLE = re.compile(r"^제\s*\d{1,2}\s*조")


@lru_cache(maxsize=16384)  # the same header and label words recur across documents
def classify_label(label: str) -> str | None:
    """What a column header or a `label :` names: items, retention, purpose, country, one of
    the party kinds (processor, recipient, overseas, both, generic_name), other, or None."""
    label = strip_decoration(label)
    if _ARTICLE.match(label):
        return None  # `제6조(처리하는 개인정보의 항목)` heads an article, it labels no value
    # `영업대행사(위탁업체)`: a label may explain itself in parentheses.
    for text in (_PARENS.sub("", label), *(m.group(0)[1:-1] for m in _PARENS.finditer(label))):
        text = _SPACE.sub("", text)
        if not text or len(text) > _MAX_LABEL:
            continue
        labels = lexicon().labels
        for kind in ("both", "items", "retention", "purpose", "country", "overseas", "processor", "recipient",
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
        # A `제공받는 자` (`제공사`) line inside a section about 위탁 (and its transfer abroad), not 제3자 제공,
        # names a processor.
        return [PROCESSOR] if PROCESSOR in context and RECIPIENT not in context else [RECIPIENT]
    if kind == "overseas":
        return [RECIPIENT] if RECIPIENT in context and PROCESSOR not in context else [PROCESSOR]
    if kind == "generic_name":
        if PROCESSOR in context or "overseas" in context:
            return [PROCESSOR]
        return [RECIPIENT] if RECIPIENT in context else []
    return []


# --- section roles ----------------------------------------------------------

@lru_cache(maxsize=8192)
def _heading_roles(heading: str) -> frozenset[str]:
    return frozenset(role for role, pattern in lexicon().heading_roles.items() if pattern.search(heading))


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
            roles.append(set(_heading_roles(heading)) or own)
            continue
        previous = doc.section_blocks(doc.sections[i - 1]) if i else []
        last_text = next((b.text for b in reversed(previous) if b.table is None), "")
        if previous and previous[-1].table is None and _ANNOUNCES_LIST.search(last_text):
            roles.append(roles[-1])
        else:
            roles.append(own or set(_heading_roles(heading)))
    return roles


# --- tables -----------------------------------------------------------------

@dataclass
class _Columns:
    """Where a table keeps its party names and the fields that go with them."""
    names: list[tuple[int, str]]  # (column, label kind) of every party-name column, in order
    fields: dict[str, int]  # purpose, items, retention, country → column
    n_header: int
    unknown: list[int]  # header cells of no known kind


def _table_columns(table: Table) -> _Columns:
    """The columns of a table, by header words checked against what the cells hold.

    A first row that reads as a header counts as one even when the table builder did not mark
    it. A name column whose cells read as tasks is the purpose column (`제공받는 자 | 수탁자` where
    수탁자 holds purposes)."""
    header, n_header = table.header, table.n_header_rows
    if not header and table.rows:
        kinds = [classify_label(c) for c in table.rows[0]]
        if any(k in _NAME_KINDS for k in kinds) and any(k in ("purpose", "items", "retention") for k in kinds):
            header, n_header = table.rows[0], 1
    names: list[tuple[int, str]] = []
    fields: dict[str, int] = {}
    unknown: list[int] = []
    for i, cell in enumerate(header):
        kind = classify_label(cell)
        if kind is None and lexicon().name_column.search(_SPACE.sub("", _PARENS.sub("", cell))):
            kind = "generic_name"  # `업무 파트너`, `클라우드 인프라 업체`
        if kind in _NAME_KINDS:
            names.append((i, kind))
        elif kind:
            fields.setdefault(kind, i)
        else:
            unknown.append(i)
    # `서비스명 | 제공 대상 | …`: a column naming the recipient or processor beats a generic name column.
    if any(kind != "generic_name" for _, kind in names):
        names = [(i, kind) for i, kind in names if kind != "generic_name"]
    body = table.rows[n_header:]
    if len(names) > 1:
        tasks = [i for i, _ in names if _holds_tasks(body, i)]
        if len(tasks) < len(names):
            names = [(i, kind) for i, kind in names if i not in tasks]
            if tasks:
                fields.setdefault("purpose", tasks[0])
    return _Columns(names, fields, n_header, unknown)


def _name_column_by_content(table: Table, columns: _Columns) -> None:
    """A table with no name column by header, inside a processor or recipient section: the column
    whose cells read as organizations holds the names (a header-less table: names, then tasks)."""
    body = table.rows[columns.n_header:]
    if not body or min(len(r) for r in body) < 2:
        return
    candidates = columns.unknown if columns.n_header else range(max(len(r) for r in body))
    column = next((i for i in candidates if _holds_orgs(body, i)), None)
    if column is not None:
        columns.names = [(column, "generic_name")]
        if not columns.n_header:
            columns.fields.setdefault("purpose", 1 if column == 0 else 0)


def _column_cells(body: list[list[str]], column: int) -> list[str]:
    return [row[column] for row in body if column < len(row) and row[column].strip()]


def _holds_tasks(body: list[list[str]], column: int) -> bool:
    cells = _column_cells(body, column)
    return bool(cells) and 2 * sum(reads_as_tasks(c) for c in cells) >= len(cells) \
        and 2 * sum(looks_like_org(c) for c in cells) < len(cells)


def _holds_orgs(body: list[list[str]], column: int) -> bool:
    """Most cells read as organizations (not `책임자 | 홍길동`, not item lists)."""
    cells = _column_cells(body, column)
    return bool(cells) and 2 * sum(looks_like_org(c) and not reads_as_tasks(c) for c in cells) > len(cells)


_GROUP_LINE = re.compile(r"^\s*(?:[-–•·*ㆍ]\s*)?(?P<group>[^:：()（）\[\]]{1,30}?)\s*[:：]\s*(?P<names>.+)$")


def _cell_names(cell: str) -> list[str]:
    """The name text of a name cell. A cell that is a small form (`수탁기관 : 휴먼웨어즈\n주소 : …`)
    gives its name line's value (else its first line); a cell of `service : names` lines
    (`- 쇼핑몰 : (주)가람커머스, (주)나래시스템\n- 앱 : (주)마루소프트`) gives the names of every line."""
    lines = [ln for ln in cell.splitlines() if ln.strip()]
    if not any(":" in ln or "：" in ln for ln in lines):
        return [cell]
    matches = [_GROUP_LINE.match(line) for line in lines]
    kinds = [classify_label(m["group"]) if m else None for m in matches]
    for m, kind in zip(matches, kinds):
        if kind in _NAME_KINDS:
            return [m["names"]]
    if all(m and kind in (None, "other") and any(looks_like_org(n) for n in org_names(m["names"]))
           for m, kind in zip(matches, kinds)):
        return [m["names"] for m in matches]
    return [lines[0]]


def _transposed_parties(table: Table, context: set[str], section_no: int) -> list[Party] | None:
    """A table whose first column holds the labels (제공받는 자 | A | B, 제공 목적 | … | …): each
    further column holds parties, one per name row with the field rows after it (a key–value table
    may stack several: 수탁업체 | A, 위탁업무 | a, 수탁업체 | B, 위탁업무 | b). None when the table is
    not laid out that way."""
    kinds = [classify_label(row[0]) if row else None for row in table.rows]
    labelled = sum(k is not None for k in kinds)
    if not any(k in _NAME_KINDS for k in kinds) or labelled < 2 or labelled * 2 < len(kinds) \
            or not any(k and k not in _NAME_KINDS for k in kinds):
        return None
    parties = []
    n_cols = max(len(r) for r in table.rows)
    for j in range(1, n_cols):
        records: list[_Record] = []
        shared: dict[str, str] = {}  # fields before the first name row hold for every party
        for i, kind in enumerate(kinds):
            value = table.rows[i][j].strip() if j < len(table.rows[i]) else ""
            if not kind or not value or (i < table.n_header_rows and kind not in _NAME_KINDS):
                continue  # `항목 | 내용` heads the columns
            if kind in _NAME_KINDS:
                records.append(_Record(kind=kind, names=[value], lines=[table.row_text(i)], fields=dict(shared),
                                       context=context, section_no=section_no))
            elif kind in _FIELDS:
                target = records[-1].fields if records else shared
                target.setdefault(kind, value)
        for record in records:
            parties.extend(_record_parties(record))
    return parties


def _column_roles(kind: str, context: set[str], header: list[str]) -> list[str]:
    if kind == "generic_name" and not (context & {PROCESSOR, RECIPIENT, "overseas"}):
        # A service list outside a party section names processors only when data goes to them.
        return [PROCESSOR] if lexicon().transfer_column.search(" ".join(header)) else []
    return _party_roles(kind, context)


def _row_roles(row: list[str], columns: _Columns, name_column: int) -> list[str]:
    """`구분 | 업체명 | 목적` with rows `제3자 제공 | …` and `처리위탁 | …`: a short cell that names the
    row's kind of transfer decides its role."""
    fields = {columns.fields[k] for k in _FIELDS if k in columns.fields}
    for j, cell in enumerate(row):
        if j != name_column and j not in fields and len(cell) <= 20:
            roles = _heading_roles(cell) & {PROCESSOR, RECIPIENT}
            if len(roles) == 1 and not (PROCESSOR in roles and "제공" in cell):  # not `제공/위탁`
                return sorted(roles)
    return []


def _table_parties(table: Table, context: set[str], section_no: int) -> list[Party]:
    columns = _table_columns(table)
    # A header row naming the party column and another field is read across, never sideways.
    if not (columns.names and columns.fields):
        transposed = _transposed_parties(table, context, section_no)
        if transposed is not None:
            return transposed
    if not columns.names and context & {PROCESSOR, RECIPIENT, "overseas"}:
        _name_column_by_content(table, columns)
    header = table.rows[0] if table.rows and columns.n_header else []
    parties = []
    for column, kind in columns.names:
        roles = _column_roles(kind, context, header)
        overseas_table = kind == "overseas" or (kind == "generic_name" and context == {"overseas"})
        for i in range(columns.n_header, len(table.rows)):
            row = table.rows[i]

            def col(name: str) -> str | None:
                j = columns.fields.get(name)
                return row[j].strip() or None if j is not None and j < len(row) else None

            cell = row[column] if column < len(row) else ""
            country = detect_country(col("country") or "") or country_in_name(cell)
            row_roles = _row_roles(row, columns, column) if kind in ("generic_name", "both") else []
            for raw in _cell_names(cell):
                for name, task in org_name_entries(raw):
                    for role in row_roles or roles:
                        if valid_name(name, allow_generic=role == RECIPIENT):
                            parties.append(Party(
                                role=role, name=name, section_no=section_no, evidence=table.row_text(i),
                                purpose=col("purpose") or task, items=col("items"), retention=col("retention"),
                                country=country, overseas=overseas_table or is_overseas(country)))
    return parties


# --- label lines ------------------------------------------------------------

_SEPARATOR = re.compile(r"\s[-–—/|•·]\s|(?<=\S)[-–—]\s|\n|\s/|/\s")
_COLON = re.compile(r"[:：]")
_NON_SPACE = re.compile(r"\S")


@lru_cache(maxsize=16384)  # a line is read as a section's first line and as a line of its own
def label_segments(text: str) -> tuple[tuple[str, str], ...]:
    """`수탁업체: (주)A / 위탁업무: 결제` → ((수탁업체, (주)A), (위탁업무, 결제)).

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
    return tuple(segments)


_ORDINAL_TITLE = re.compile(r"^\s*(?:\d{1,2}[.)]|[가나다라마바사아자차카타파하][.)]|\(\d{1,2}\)|[①-⑳])\s*[^:：]{2,30}$")
_DASH_SPLIT = re.compile(r"\s+[—–]\s+|\s+-\s+")
_FIRST_SENTENCE = re.compile(r".*?(?:(?<=[가-힣)])\.(?=\s)|$)", re.S)  # `지도 표시, 앱 배포. 지도를 열면 …`


def _org_strength(text: str) -> int:
    """2 for a name with a legal form or in Latin script, 1 for a typical organization ending, else 0."""
    def strength(name: str) -> int:
        if lexicon().legal_forms.search(name) or _LATIN.search(name):
            return 2
        return 1 if looks_like_org(name) else 0
    return max(map(strength, org_names(text)), default=0)


def _unlabeled_pair(text: str) -> tuple[str, str] | None:
    """`Name : task`, `task : Name`, `Name — task` or `Name (task)`, the name read as an organization:
    `결제대행 : (주)케이지이니시스` names the company on the right, `Google: 지도 표시` on the left."""
    text = strip_decoration(text)
    segments = label_segments(text)
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    parts_by_colon = len(segments) == 1 and classify_label(segments[0][0]) is None
    if parts_by_colon:
        left, right = segments[0]
    elif len(parts) == 2:
        left, right = parts
    elif text.endswith(")") and len(text) <= 80:  # `Name (task)`
        entries = org_name_entries(text)
        return entries[0] if len(entries) == 1 and entries[0][1] and looks_like_org(entries[0][0]) else None
    else:
        return None
    left, right = strip_decoration(left), strip_decoration(right)
    on_right = _org_strength(right)
    if on_right > _org_strength(left) and (on_right == 2 or _reads_as_task(left)):
        name, task = right, left
    elif parts_by_colon and _ends_in_task(left) and not _reads_as_task(right) and not _names_items(right) \
            and all(map(looks_like_name, org_names(right))):
        # `PACS 유지보수 : 인피니트사`: a task on the left names the company on the right, whatever its
        # form (the Latin letters of a task do not make it a name).
        return right, left
    else:
        name, task = left, strip_decoration(_FIRST_SENTENCE.match(right)[0])
    if not re.search("[가-힣]", task) or lexicon().sentence.search(task) \
            or not looks_like_name(name) or not looks_like_org(name):
        return None  # a task is Korean prose: `Website: https://…` or `Google Gemini: …습니다.` is not one
    return name, task


def _reads_as_task(text: str) -> bool:
    return bool(lexicon().task_word.search(text)) or reads_as_tasks(text)


_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,20}\)$")


def _ends_in_task(text: str) -> bool:
    """`Data Base 유지보수`, `시스템 운영 및 유지보수(H/W)`: the last word is a task (not `개인정보처리방침`)."""
    words = _BRACKET_TAIL.sub("", text).split()
    return bool(words) and bool(_task_word_at_end().search(words[-1]))


@lru_cache(maxsize=1)
def _task_word_at_end() -> re.Pattern:
    return re.compile(f"(?:{lexicon().task_word.pattern})$", re.I)


# --- sentences ----------------------------------------------------------------

# A name starts a word (after a space, a quote, a bracket or a list comma): no match is tried inside words.
_NAME = (r"(?<![^\s\"'“‘(（「『<,·/])(?P<name>(?:[A-Za-z][\w.&'-]{0,30},?\s+){0,3}[A-Za-z][\w.&'-]{0,30}(?:\s*\([^()]{1,20}\))?"
         r"|(?:\([가-힣]\))?[^\s,.'\"‘’“”()（）]{1,40})[”\"’']?")
_VIA_FIRM = re.compile(_NAME + r"\s+(?:업체|회사|기관)(?:을|를)\s*통(?:해|하여)\s*(?P<task>[^.]*)")
_VIA_ORG = re.compile(_NAME + r"(?:을|를)\s*통(?:해|하여)\s*(?P<task>[^.]*)")
_ENTRUST_TO = re.compile(_NAME + r"에(?:게)?\s+(?:\S+\s+){0,4}(?:위탁(?:하|합|되|됩)|맡(?:기|깁|겨))")
_GIVE_TO = re.compile(_NAME + r"에게\s+(?:\S+\s+){0,3}?(?:제공|전달)")
# `- 건강보험심사평가원 제출` in a list of provisions: a line that is only a body and the verb.
_GIVEN_LINE = re.compile(r"^\s*" + _NAME + r"(?:에게|에)?\s+(?:제출|제공)\s*$")
_GIVE_TO_ORG = re.compile(_NAME + r"에\s+(?:\S+\s+){0,5}?(?:제공|전달)(?:하|합|되|됩)")
# `… 건강보험심사평가원에 요양급여비용 청구를 위한 진료기록 제출`: words between, none itself a target (…에).
# A space may part the body from 에 (`근로복지공단 에 … 제출`).
_SUBMIT_TO = re.compile(_NAME + r"[ \t]?에(?:게)?\s*(?:[^\s.]{0,30}[^\s.에게]\s+){0,6}?제출")
# `OpenAI 등 AI 제공자에게 전송될 수 있습니다`, `AI 모델(OpenAI 등 external API)로 전송되어`: a named example
# of where data is sent.
_EXAMPLE_TO = re.compile(_NAME + r"\s*등\s+(?:[^\s.]{1,30}\s+){0,3}?[^\s.]{0,30}(?:에게|에|로)\s+"
                         r"(?:[^\s.]{1,30}\s+){0,3}?(?P<verb>전송|전달|제공|위탁)")
# `Google LLC 및 서비스 제공자는 … 정보를 처리합니다`: a company (with its legal form) that processes the data.
_PROCESSES = re.compile(_NAME + r"(?:\s+및\s+[^\s.]{1,20}(?:\s+[^\s.]{1,20})?)?(?:은|는)\s+(?:[^\s.]{1,30}\s+){0,8}?"
                        r"(?:개인)?정보(?:를|을)?\s+처리(?:합니다|하며|할\s+수)")
_NEGATION = re.compile(r"않|아니|없습니다")
_TASK_TAIL = re.compile(r"\s*(?:기능)?(?:을|를)\s*이용.*$|\s*(?:을|를)\s*위탁.*$")


# What any legal form contains ((주), ㈜, 주식회사, 재단법인, Inc.): a cheap test before the full pattern.
_LEGAL_FORM_HINT = re.compile(r"\([주유재사합의학복]\)|㈜|[식한자]회사|[단료교지]법인|[A-Za-z]{2}")
_SENTENCE_END = re.compile(r"(?<=[다요음함임됨])\.(?:\s+|$)")


def _sentence_parties(text: str, context: set[str], section_no: int) -> list[Party]:
    return [Party(role=role, name=name, section_no=section_no, evidence=evidence, purpose=purpose)
            for role, name, purpose, evidence in _named_in_sentences(text, frozenset(context))]


# (role, name, purpose, evidence) of each party a line's sentences name.
_Named = tuple[str, str, str | None, str]


@lru_cache(maxsize=16384)  # template lines recur across policies
def _named_in_sentences(text: str, context: frozenset[str]) -> tuple[_Named, ...]:
    named: list[_Named] = []
    for sentence in _SENTENCE_END.split(text):
        named += _parties_in_sentence(sentence, context) if not _NEGATION.search(sentence) else []
    return tuple(named)


def _matches(pattern: re.Pattern, text: str, *cues: str):
    """The pattern's matches, scanned only when the sentence holds one of its verbs (a cheap test first)."""
    return pattern.finditer(text) if any(cue in text for cue in cues) else ()


def _parties_in_sentence(text: str, context: frozenset[str]) -> list[_Named]:
    found = []
    legal_form = lexicon().legal_forms
    company = _LEGAL_FORM_HINT.search(text) and legal_form.search(text)  # a name with its legal form
    if PROCESSOR in context:
        for m in _matches(_VIA_FIRM, text, "통해", "통하여"):
            found.append((PROCESSOR, m["name"], _TASK_TAIL.sub("", m["task"]).strip() or None))
        for m in _matches(_VIA_ORG, text, "통해", "통하여"):
            if looks_like_org(m["name"]):
                found.append((PROCESSOR, m["name"], _TASK_TAIL.sub("", m["task"]).strip() or None))
    for m in _matches(_ENTRUST_TO, text, "위탁", "맡"):  # entrusting is said in so many words, anywhere
        if looks_like_org(m["name"]):
            found.append((PROCESSOR, m["name"], None))
    sentence = strip_decoration(text)  # the purpose of a recipient named in it (once: a sentence may name many)
    for m in _matches(_SUBMIT_TO, text, "제출"):  # submitting data to a named body is a provision, anywhere
        # `건강보험심사평가원/근로복지공단에 … 제출`: each body named.
        for name in org_names(m["name"]) if "/" in m["name"] else [m["name"]]:
            if looks_like_org(name):
                found.append((RECIPIENT, name, sentence))
    if "등" in text and (company or _LATIN.search(text)):
        for m in _matches(_EXAMPLE_TO, text, "전송", "전달", "제공", "위탁"):
            if _LATIN.search(m["name"]) or legal_form.search(m["name"]):
                gives = m["verb"] == "제공" and RECIPIENT in context and PROCESSOR not in context
                found.append((RECIPIENT if gives else PROCESSOR, m["name"], None))
    for m in _matches(_PROCESSES, text, "처리") if company else ():
        if legal_form.search(m["name"]):
            found.append((PROCESSOR, m["name"], None))
    recipients_only = RECIPIENT in context and PROCESSOR not in context
    if recipients_only:
        for m in _matches(_GIVE_TO, text, "제공", "전달"):
            found.append((RECIPIENT, m["name"], sentence))
        given = _GIVEN_LINE.match(text) if len(text) <= 60 else None
        if given and looks_like_org(given["name"]):
            found.append((RECIPIENT, given["name"], None))
    # `주민등록번호는 “(주)서울신용평가정보”에 제공되어 …`: a company with its legal form, anywhere.
    anywhere = company and not context & {PROCESSOR, RECIPIENT}
    for m in _matches(_GIVE_TO_ORG, text, "제공", "전달") if recipients_only or anywhere else ():
        if recipients_only and looks_like_org(m["name"]) or anywhere and legal_form.search(m["name"]):
            found.append((RECIPIENT, m["name"], sentence))
    return [(role, name, purpose, text.strip()) for role, name, purpose in found
            if valid_name(name, allow_generic=False)]


# --- label records ---------------------------------------------------------

def _record_parties(record: _Record) -> list[Party]:
    parties = []
    country = detect_country(record.fields.get("country", ""))
    purpose = record.fields.get("purpose") or record.hint
    for role in _party_roles(record.kind, record.context):
        for raw in (text for value in record.names for text in _cell_names(value)):
            raw_country = country or country_in_name(raw)
            overseas = record.kind == "overseas" or is_overseas(raw_country)
            for name, task in org_name_entries(raw):
                if valid_name(name, allow_generic=role == RECIPIENT):
                    parties.append(Party(
                        role=role, name=name, section_no=record.section_no, evidence=" / ".join(record.lines),
                        purpose=purpose or task, items=record.fields.get("items"),
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
        if self.record and not self.record.tentative:
            self.parties.extend(_record_parties(self.record))
        self.record = None

    def start(self, kind: str, names: list[str], line: str, titled: bool = False) -> None:
        if self.record and self.record.titled and not self.record.fields:
            self.record = None  # `2. Google Analytics` then `제공받는 자: Google LLC`: the line was a title
        self.close()
        self.record = _Record(kind=kind, names=names, lines=[line], fields=dict(self.pending), hint=self.hint,
                              context=self.context, section_no=self.section_no, titled=titled)
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
            self.record.tentative = False
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
            text, segments, kinds, bare_kind = segments[0][1], (), [], None
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
        if kinds == ["purpose"] and self._task_then_company(*segments[0], text):
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

    def _party_kind(self) -> str | None:
        if self.context & {PROCESSOR, RECIPIENT}:
            return "processor" if PROCESSOR in self.context else "recipient"
        return "overseas" if "overseas" in self.context else None

    def _task_then_company(self, label: str, value: str, text: str) -> bool:
        """`배송업무 : CJ대한통운`: a task label whose value is a company (legal form or Latin script),
        not a list of data items (`이용목적 : 이메일, 로그인ID, 성별`, where only `ID` is Latin)."""
        kind = self._party_kind()
        if kind is None or _org_strength(value) < 2 or lexicon().task_word.search(value) or reads_as_tasks(value) \
                or _names_items(value):
            return False
        self.start(kind, [value], text)
        self.record.fields["purpose"] = strip_decoration(label)
        self.close()
        return True

    def _unlabeled(self, text: str) -> bool:
        kind = self._party_kind()
        if kind is None:
            return False
        pair = _unlabeled_pair(text)
        if not pair:
            named = _name_line(text)
            if named is None:
                return False
            # `① ㈜다솜페이` or `Google LLC (Firebase)`: its fields follow on the next lines
            self.start(kind, [named[0]], text, titled=True)
            self.record.tentative = not named[1]
            return True
        self.start(kind, [pair[0]], text)
        # `운송업체: 주문자 이름, 연락처` names what is handed over; `㈜A: 본인확인` names the task.
        field_name = "items" if kind == "recipient" and _is_item_list(pair[1]) else "purpose"
        self.record.fields[field_name] = pair[1]
        self.close()
        return True


_NAME_LINE = re.compile(r"^\s*(?P<ordinal>\d{1,2}[.)]|[가나다라마바사아자차카타파하][.)]|\(\d{1,2}\)|[①-⑳])?\s*"
                        r"(?P<name>[^:：]{2,40})$")


def _name_line(text: str) -> tuple[str, bool] | None:
    """A line that is only a company name (with its legal form or in Latin script), and whether it is numbered."""
    m = _NAME_LINE.match(text)
    if not m or _heading_roles(m["name"]) or classify_label(m["name"]):
        return None
    name = strip_decoration(m["name"])
    strong = lexicon().legal_forms.search(name) or _LATIN.search(name)
    ok = strong and looks_like_org(name) and valid_name(name, allow_generic=False)
    return (name, bool(m["ordinal"])) if ok else None


def _names_items(text: str) -> bool:
    """Half or more of the names in `text` are data items the taxonomy knows."""
    names = org_names(text)
    known = sum(map(is_known_item, names))
    return bool(known) and 2 * known >= len(names)


def _is_item_list(text: str) -> bool:
    from extractors.items import is_item
    from extractors.text_lists import split_items

    items = split_items(text)
    return len(items) >= 2 and all(is_item(i) for i in items)


# --- the organization itself -------------------------------------------------

_DEFINED_AS = re.compile(r"[(（]\s*(?:이하|以下)(?P<alias>[^()（）]{0,40})")
_NAME_STOP = re.compile(r"[,;:()（）「」『』\"'“”‘’<>]")
_QUOTED = re.compile(r"[\"'“‘「『]([^\"'”’」』]{1,30})")
_LEGAL_FORM_WORD = re.compile(r"주식회사|㈜|\(주\)")
_POLICY_TITLE = re.compile(r"^(?P<name>.{1,40}?)\s*개인\s*정보\s*(?:처리|취급|보호)\s*(?:방침|정책)")


def _words_before(text: str, end: int, n: int = 4) -> list[str]:
    """The last words (at most n) before `end`, back to a punctuation mark: `…위하여, Heaan Inc.`."""
    window = text[max(0, end - 160):end]
    stops = list(_NAME_STOP.finditer(window))
    return window[stops[-1].end() if stops else 0:].split()[-n:]


@lru_cache(maxsize=16384)
def org_key(name: str) -> str:
    """The name without brackets, legal forms, spacing and punctuation: what the policy calls itself,
    matched as written (not by the canonical registry, which merges a company with its brands)."""
    return re.sub(r"[\W_]+", "", lexicon().legal_forms.sub("", _PARENS.sub("", name))).lower()


def self_keys(doc: PolicyDoc) -> frozenset[str]:
    """Keys of the names the organization gives itself: `Heaan Inc.(이하 "Heaan" 또는 "회사")`, a
    title `X 개인정보 처리방침`, a subject `X 주식회사는` in the opening, and a name it defines as its own
    (pipeline/org_names.py: also `<X>('https://…' 이하 'X')`, `상호: X`). It is never its own processor or recipient."""
    title = next((b.text for b in doc.blocks[:3] if b.table is None), "")
    return _self_keys(doc.text, title)


@lru_cache(maxsize=16)  # asked by the items and the parties extractors of the same document
def _self_keys(text: str, title: str) -> frozenset[str]:
    head = text[:3000]
    names = [defined_org_name(text) or ""]
    for m in _DEFINED_AS.finditer(head):
        words = _words_before(head, m.start())
        names += [" ".join(words[k:]) for k in range(len(words))]  # the name is a tail of the words before
        names += _QUOTED.findall(m["alias"])
    for m in _LEGAL_FORM_WORD.finditer(head[:1500]):  # `롯데제이티비 주식회사는`, `(주)가나는`
        after = re.match(r"\s*([^\s,.;:()]{1,40}?)(?:은|는)\s", head[m.end():m.end() + 48])
        before = re.match(r"(?:은|는)\s", head[m.end():m.end() + 3])
        if after:
            names.append(m.group() + after[1])
        elif before and (words := _words_before(head, m.start(), 1)):
            names.append(f"{words[0]} {m.group()}")
    if m := _POLICY_TITLE.match(title.strip()):
        names.append(m["name"])
    return frozenset(key for key in map(org_key, names) if len(key) >= 2)


_REPRESENTATIVE = re.compile(r"\s+대표(?:자|이사|원장)?\s+[가-힣]{2,4}$")


def _is_own(name: str, own: frozenset[str]) -> bool:
    """The organization, also when named by its representative (`가나소프트 대표 홍길동`: a sole trader or
    its head doing the work is no processor)."""
    return org_key(name) in own or org_key(_REPRESENTATIVE.sub("", name)) in own


def _dedupe(parties: list[Party]) -> list[Party]:
    seen, out = set(), []
    for p in parties:
        key = (p.role, p.name, p.purpose)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _without_short_forms(parties: list[Party]) -> list[Party]:
    """`프로젝트 진행자, 참여자에게 제공` beside a table of `프로젝트 참여자`: a category written without the
    words in front of it (neither with a legal form or a Latin name) is the longer one of the same role."""
    def category(name: str) -> bool:
        return not (lexicon().legal_forms.search(name) or _LATIN.search(name))

    longer = {(p.role, p.name.rsplit(" ", 1)[1]) for p in parties if " " in p.name and category(p.name)}
    return [p for p in parties if (p.role, p.name) not in longer or not category(p.name)]


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
        for k, block in enumerate(blocks):
            if k and block.kind == "heading" and classify_label(block.text) in (None, "other") \
                    and _heading_roles(block.text):
                context = reader.context = set(_heading_roles(block.text))  # a sub-heading the splitter kept inside
            if block.table is not None:
                reader.close()
                reader.parties.extend(_table_parties(block.table, context, section.section_no))
            reader.read(block)
    reader.close()
    own = self_keys(doc)
    parties = _without_short_forms(_dedupe([p for p in reader.parties if not _is_own(p.name, own)]))
    parties = _without_repeats_abroad(doc, parties)
    _cache = (weakref.ref(doc), parties)
    return parties


def _without_repeats_abroad(doc: PolicyDoc, parties: list[Party]) -> list[Party]:
    """An overseas-transfer table that names again a company the policy already lists as a processor or
    recipient (`Google LLC (Firebase)` above, `Google LLC` abroad) says where it is, not who else it is."""
    abroad = {s.section_no for s in doc.sections if s.category == "overseas_transfer"}
    listed = {(p.role, org_key(p.name)) for p in parties if p.section_no not in abroad}
    return [p for p in parties if p.section_no not in abroad or (p.role, org_key(p.name)) not in listed]
