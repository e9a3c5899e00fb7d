"""Table structure: expand merged HTML cells, parse text pipe tables, find header rows."""
from __future__ import annotations

import re
from collections import Counter

# Words that make a row a header rather than data (column labels of policy tables).
HEADER_WORDS = re.compile(
    r"^(구분|분류|항목|수집\s*항목|필수|선택|목적|이용\s*목적|수집\s*목적|처리\s*목적|제공\s*목적|보유|이용\s*기간|"
    r"보유\s*(및\s*이용\s*)?기간|기간|근거|관련\s*법(령|률)?|근거\s*법(령|률)?|법(령|률)|수탁|수탁\s*(자|업체|사)|"
    r"위탁\s*업무|업무\s*내용|위탁\s*(업체|사)|제공\s*받는\s*자|제공받는\s*(자|기관)|제공\s*항목|비고|내용|"
    r"수집\s*(방법|시점)|보존\s*(항목|기간|근거|이유)|업체명|회사명|이전\s*(되는\s*)?국가|국가|이전\s*항목|"
    r"보유\s*사유|법적\s*근거|서비스|대상|성명|부서|연락처|직책|담당)"
)
_PERIOD = re.compile(r"(?<!\d)\d+\s*(년|개월|개 월|달|일|주)|영구|탈퇴|파기|종료|까지|달성")  # a number from its first digit
_LAW = re.compile(r"법|법률|시행령|시행규칙|규정|고시")


# Column labels often end in a label noun: `정보의 이용 목적`, `정보의 제공 범위`, `영업대행사(위탁업체)`.
_LABEL_ENDING = re.compile(
    r"(구분|분류|항목|목적|기간|근거|법령|법률|내용|범위|방법|시점|대상|비고|명칭|업체명?|회사명?|기관명?|국가|"
    r"일시|여부|사유|받는\s*자|수탁자|수탁사|위탁사|처리자|담당자|부서|연락처|직책)\)?$")


def is_column_label(cell: str) -> bool:
    cell = cell.strip()
    if HEADER_WORDS.search(cell):
        return True
    return len(cell) <= 25 and not re.search(r"[\d,]", cell) and bool(_LABEL_ENDING.search(cell))


def looks_like_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if any(len(c) > 30 for c in filled):
        return False
    hits = sum(1 for c in filled if is_column_label(c))
    return hits >= max(1, (len(filled) + 1) // 2)


def detect_header_rows(rows: list[list[str]], th_rows: list[bool] | None = None) -> int:
    """Number of leading header rows: all-<th> rows, else rows of column labels.

    A second or third header row (stacked headers) must be labels throughout.
    """
    n = 0
    for i, row in enumerate(rows[:3]):
        is_th = bool(th_rows and th_rows[i])
        labels = looks_like_header(row) if i == 0 else all(is_column_label(c) for c in row if c.strip())
        if is_th or labels:
            n = i + 1
        else:
            break
    if n == len(rows):  # a table of labels only: keep one header row at most
        return 1 if len(rows) > 1 else 0
    return n


# Copying merged cells never grows a table past this many times its own cells and characters, plus
# a small allowance: real tables grow by less than 2×, a rowspan/colspan bomb a thousandfold.
_MAX_GROWTH = 4
_SPARE_CELLS = 100
_SPARE_CHARS = 2000


def _cap(n: int, spare: int) -> int:
    return _MAX_GROWTH * n + spare


def expand_html_table(table_el) -> tuple[list[list[str]], list[bool], str | None]:
    """Grid of cell texts with rowspan/colspan copied into every covered cell.

    Returns the rows, per row whether every cell was a <th>, and a note when the growth cap stopped
    the copying: past the cap a cell keeps its place but fills no other, and a table whose rows
    would still outgrow the cap (cells spanning down far right of short rows) is kept as written.
    Nested tables belong to their own grid and are skipped here.
    """
    from pipeline.clean import cell_text  # cell text uses the same whitespace rules as blocks

    rows_of_cells = [cells for cells in _own_rows(table_el) if cells]
    texts = [[cell_text(cell) for cell in cells] for cells in rows_of_cells]
    if not texts:
        return [], [], None
    th_flags = [all(cell.name == "th" for cell in cells) for cells in rows_of_cells]
    n_cells = sum(len(row) for row in texts)
    n_chars = sum(len(text) for row in texts for text in row)
    # Cells not placed yet are reserved their own room, so the copies of earlier ones cannot crowd them out.
    left_cells, left_chars = n_cells, n_chars
    copied_cells = copied_chars = 0
    capped = False
    grid: dict[tuple[int, int], str] = {}
    for r, (cells, row_texts) in enumerate(zip(rows_of_cells, texts)):
        c = 0
        for cell, text in zip(cells, row_texts):
            while (r, c) in grid:
                c += 1
            # A span never reaches past the table's last row, nor wider than a table is ever laid out.
            rowspan = min(_span(_attr(cell, "rowspan")), len(rows_of_cells) - r)
            colspan = min(_span(_attr(cell, "colspan")), _MAX_COLSPAN)
            left_cells, left_chars = left_cells - 1, left_chars - len(text)
            area = rowspan * colspan
            if area > 1 and (copied_cells + area + left_cells > _cap(n_cells, _SPARE_CELLS)
                             or copied_chars + area * len(text) + left_chars > _cap(n_chars, _SPARE_CHARS)):
                rowspan = colspan = area = 1
                capped = True
            copied_cells += area
            copied_chars += area * len(text)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
            c += colspan
    widths = [0] * len(texts)
    for i, j in grid:
        widths[i] = max(widths[i], j + 1)
    note = None
    if sum(widths) > _cap(n_cells, _SPARE_CELLS):  # gaps left of cells spanning down from far right
        rows = [list(row) for row in texts]
        note = f"table of {len(texts)} rows kept as written: its merged cells would grow it past {_MAX_GROWTH}× its size"
    else:
        rows = pad_rows([[grid.get((i, j), "") for j in range(width)] for i, width in enumerate(widths)], n_cells)
        if capped:
            note = (f"table of {len(rows)} rows: merged cells copied only up to {_MAX_GROWTH}× the table's own "
                    f"{n_cells} cells and {n_chars} characters")
    kept = [i for i, row in enumerate(rows) if any(row)]  # rows left empty (struck through, spacers)
    return [rows[i] for i in kept], [th_flags[i] for i in kept], note


def pad_rows(rows: list[list[str]], n_cells: int) -> list[list[str]]:
    """Rows padded with empty cells to the widest one, unless that grows a table of `n_cells` cells
    past the cap (one very wide row over many short ones): then each row keeps its own width."""
    width = max((len(row) for row in rows), default=0)
    if len(rows) * width > _cap(n_cells, _SPARE_CELLS):
        return rows
    return [row + [""] * (width - len(row)) for row in rows]


def _own_rows(parent, in_group: bool = False):
    """Each row of this table (not of nested ones) as its list of cells, in document order.

    Cells placed straight under <table>, <thead>, <tbody> or <tfoot> with no <tr>
    (`<thead><th>구분</th><th>항목</th></thead>`) form a row of their own.
    """
    loose: list = []
    for child in parent.children:
        name = getattr(child, "name", None)
        if name in ("td", "th"):
            loose.append(child)
            continue
        if name != "tr" and (in_group or name not in ("thead", "tbody", "tfoot")):
            continue
        if loose:
            yield loose
            loose = []
        if name == "tr":
            yield child.find_all(["td", "th"], recursive=False)
        else:
            yield from _own_rows(child, in_group=True)
    if loose:
        yield loose


def _attr(cell, name: str):
    """An attribute in HTML or JSX spelling: `rowspan="2"`, `rowSpan={2}`."""
    value = cell.get(name)
    return value.strip("{}") if isinstance(value, str) else value


_MAX_COLSPAN = 30


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), 200))
    except ValueError:
        return 1


# --- text pipe tables --------------------------------------------------------

# No two `\s*` side by side: a long run of spaces would be split between them every possible way.
_SEPARATOR = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")


def is_separator_line(line: str) -> bool:
    return bool(_SEPARATOR.match(line))


def split_pipe_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", s)]


_ORG = re.compile(r"(㈜|\(주\)|주식회사|재단|법인|공단|공사|은행|카드|센터|원|청|소|처|부|회|학교|협회|그룹|Inc\.?|Corp\.?|Ltd\.?|LLC)\s*$", re.I)


def _kind(cell: str) -> str:
    """A coarse type of a cell value, used to line up the cells of a short row."""
    if _PERIOD.search(cell) and len(cell) < 40:
        return "period"
    if _LAW.search(cell) and len(cell) < 80 and not _PERIOD.search(cell):
        return "law"
    if _ORG.search(cell) and len(cell) < 40:
        return "org"
    if cell.count(",") + cell.count("、") >= 2:
        return "list"
    return "text"


def _fit(kind: str, column_kinds: Counter, header: str) -> float:
    """How well a cell of this kind fits a column, from the kinds of the column's other values and its label."""
    score = 0.0
    if column_kinds:
        score += column_kinds[kind] / column_kinds.total()
    label = header.replace(" ", "")
    if kind == "period" and re.search(r"기간|보유|보존", label):
        score += 1
    if kind == "law" and re.search(r"법|근거", label):
        score += 1
    if kind == "list" and "항목" in label:
        score += 1
    return score


def repair_short_row(cells: list[str], previous: list[str], column_kinds: list[Counter], header: list[str]) -> list[str]:
    """Place a row's cells into the columns they fit; the others are merged cells from the row above.

    A pipe table flattened from HTML loses rowspan cells, so `기록 | 5년 | |` under
    `구분 | 관련법률 | 기간` means the law cell spans down from the previous row.
    The cells keep their order; the best placement is found by dynamic programming over
    (cell, column), not by trying every choice of columns (C(24, 12) = 2.7 million for 24 columns).
    """
    n = len(previous)
    values = [c for c in cells if c]
    if not values or len(values) >= n:
        return (cells + [""] * n)[:n] if len(cells) < n else cells
    k = len(values)
    kinds = [_kind(v) for v in values]
    # On a tie the cells keep to the left and the trailing columns are the merged ones.
    score = [[_fit(kind, column_kinds[s], header[s] if s < len(header) else "") - 0.001 * s for s in range(n)]
             for kind in kinds]
    # best[i][s]: the best total of cells i.. with cell i in column s (cell i can sit in columns i .. n-k+i).
    best = [[float("-inf")] * n for _ in range(k)]
    for i in reversed(range(k)):
        last = n - k + i
        rest = best[i + 1][last + 1] if i + 1 < k else 0.0  # the best of cells i+1.. right of column s
        for s in range(last, i - 1, -1):
            best[i][s] = score[i][s] + rest
            if i + 1 < k:
                rest = max(rest, best[i + 1][s])
    row = list(previous)
    column = -1
    for i, v in enumerate(values):
        column = max(range(column + 1, n - k + i + 1), key=lambda s: best[i][s])  # leftmost of the best
        row[column] = v
    return row


# --- tab-separated rows (tables pasted from a word processor into text) ------------

# Numbering a word processor writes before a tab (`1.\t목적`, `•\t항목`, `가)\t구분`): a list item, not a cell.
_LIST_MARKER = re.compile(r"\d{1,3}[.)]|[가-힣A-Za-z][.)]|\((?:\d{1,3}|[가-힣])\)|[①-⑳]|[-*+•·∙◦▪∘‣※]")


def tab_cells(line: str) -> list[str]:
    """A line's tab-separated cells, whitespace collapsed; a leading list marker stays with the text after it."""
    cells = [" ".join(cell.replace("\u200b", " ").split()) for cell in line.split("\t")]
    if len(cells) > 1 and _LIST_MARKER.fullmatch(cells[0]):
        cells[:2] = [f"{cells[0]} {cells[1]}".strip()]
    return cells


def is_tab_row(line: str) -> bool:
    """Two cells separated by a tab (a tab with text on both sides that follows no list marker)."""
    return "\t" in line.strip() and sum(1 for cell in tab_cells(line) if cell) >= 2


def _is_list_line(line: str) -> bool:
    return len(tab_cells(line)) < len(line.split("\t"))


def tab_run_end(lines: list[str], start: int) -> int:
    """Where the tab table starting at lines[start] ends. It runs over lines holding a tab (rows, rows of
    blank cells) and over a line with no tab that the next row continues from a merged, blank first cell:
    that line was a line break inside the row above."""
    j = start + 1
    while j < len(lines):
        line = lines[j]
        if "\t" in line:
            if _is_list_line(line):
                break
        elif not (line.strip() and j + 1 < len(lines) and _continues_merged(lines[j + 1])):
            break
        j += 1
    return j


def _continues_merged(line: str) -> bool:
    cells = tab_cells(line)
    return len(cells) > 1 and not cells[0] and any(cells)


def build_tab_table(lines: list[str]) -> tuple[list[list[str]], int] | None:
    """Rows and header count of a run of tab-separated lines (see tab_run_end), or None when fewer than two
    rows have two cells. A body row's blank leading cells are merged cells: they repeat the row above."""
    rows: list[list[str]] = []
    for line in lines:
        if "\t" not in line and rows:  # a line break inside the last filled cell of the row above
            row = rows[-1]
            last = max(j for j, cell in enumerate(row) if cell)
            row[last] = f"{row[last]}\n{' '.join(line.split())}"
            continue
        row = tab_cells(line)
        if any(row):
            rows.append(row)
    if len(rows) < 2 or sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
        return None
    # Trailing tabs make no column: the table is as wide as its rightmost filled cell.
    width = max(max(j for j, cell in enumerate(row) if cell) + 1 for row in rows)
    rows = pad_rows([row[:width] for row in rows], sum(len(row) for row in rows))
    n_header = detect_header_rows(rows)
    for i in range(n_header + 1, len(rows)):
        row, above = rows[i], rows[i - 1]
        j = 0
        while j < min(len(row), len(above)) - 1 and not row[j]:
            row[j] = above[j]
            j += 1
    return rows, n_header


# Short rows of a pipe table wider than this are not repaired (each costs columns × cells).
_MAX_REPAIR_COLUMNS = 64


def build_pipe_table(lines: list[str]) -> tuple[list[list[str]], int]:
    """Rows of a text pipe table, with multi-line rows joined and merged cells repaired."""
    raw_rows: list[list[str]] = []
    has_separator = False
    header_count = 0
    for line in lines:
        if is_separator_line(line):
            has_separator = True
            header_count = len(raw_rows)
            continue
        raw_rows.append(split_pipe_row(line))
    if not raw_rows:
        return [], 0
    width = max(len([c for c in r]) for r in raw_rows)
    if header_count:
        width = max(len(raw_rows[0]), 1)
    rows: list[list[str]] = []
    pending: list[str] = []
    for row in raw_rows:
        filled = [c for c in row if c]
        # Lines holding a single cell are pieces of one row broken across lines.
        if len(filled) == 1 and len(row) <= 2 and width > 1 and (pending or rows):
            pending.extend(filled)
            if len(pending) == width:
                rows.append(pending)
                pending = []
            continue
        if pending:
            rows.append(pending)
            pending = []
        rows.append(row)
    if pending:
        rows.append(pending)
    n_header = header_count if has_separator else detect_header_rows(rows)
    return repair_merged_cells(rows, n_header, width), n_header


def repair_merged_cells(rows: list[list[str]], n_header: int, width: int) -> list[list[str]]:
    """Rows of a pipe table whose merged cells were flattened away, each short row completed from the one above."""
    if width > _MAX_REPAIR_COLUMNS:  # not a policy's table; each row is kept as written
        return pad_rows(rows, sum(len(r) for r in rows))
    header = rows[0] if n_header else []
    # Column profiles come from the complete rows, the ones no merged cell shortened.
    complete = [r for r in rows[n_header:] if len(r) >= width and all(r[:width])]
    column_kinds = [Counter(_kind(r[j]) for r in complete) for j in range(width)]
    repaired: list[list[str]] = []
    for i, row in enumerate(rows):
        if i < n_header or not repaired:
            repaired.append((row + [""] * width)[:width] if len(row) < width else row)
            continue
        filled = [c for c in row if c]
        if len(filled) < width and len(row) <= width:
            repaired.append(repair_short_row(row, repaired[-1][:width], column_kinds, header))
        else:
            repaired.append(row)
    return repaired
