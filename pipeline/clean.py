"""Raw text → blocks: HTML through BeautifulSoup (lxml), plain text and Markdown line by line.

Every format ends in the same block model (headings, paragraphs, list items, tables).
"""
from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from pipeline.model import Block, Table
from pipeline.tables import build_pipe_table, detect_header_rows, expand_html_table, is_separator_line, pad_rows

# Server-side template code that is not page text. Blocks between two delimiters are cut by a
# scan (`_cut_between`): a lazy regex would rescan the page to its end from every unclosed `{{`.
_TEMPLATE_CODE = [
    ("<%", "%>"),
    re.compile(r"<\?(?:php|=)?[\s\S]*?(?:\?>|$)"),  # an unclosed `<?` runs to the end: one match
    ("{{", "}}"),
    ("{%", "%}"),
    ("{#", "#}"),
    re.compile(
        r"(?<![\w.@])@(?:if|elseif|else|endif|foreach|endforeach|for|endfor|while|endwhile|forelse|endforelse|"
        r"extends|section|endsection|show|yield|include|includeIf|php|endphp|csrf|method|push|endpush|stack|"
        r"auth|endauth|guest|endguest|isset|endisset|empty|endempty|unless|endunless|switch|case|break|"
        r"default|endswitch|component|endcomponent|slot|endslot|lang|can|endcan|verbatim|endverbatim)\b"
        r"(?:\s*\((?:[^()]|\([^()]*\))*\))?"
    ),
]
_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "form", "menu", "iframe", "svg",
              "button", "select", "textarea", "template", "head", "object", "embed", "canvas", "input"}
_CHROME = re.compile(r"^(gnb|lnb|snb|tnb|nav|navbar|navigation|menu|site-?header|site-?footer|header|footer|"
                     r"breadcrumbs?|skip(nav|-?to-?content)?|top-?menu|quick-?menu|sitemap)$", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "aside", "blockquote", "pre", "address", "center",
               "ul", "ol", "dl", "dt", "dd", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
               "caption", "hr", "figure", "figcaption", "body", "html", "tbody", "thead", "tfoot", "fieldset",
               "legend", "details", "summary"}
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_TAGS = {"b", "strong"}
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u3000]+")
# A bold `label: a, b, c` line is emphasized content, not a heading.
_LIST_LINE = re.compile(r"[:：]\s*\S.*,|,.*,")


def strip_template_code(text: str) -> str:
    for code in _TEMPLATE_CODE:
        text = code.sub(" ", text) if isinstance(code, re.Pattern) else _cut_between(text, *code)
    return text


def _cut_between(text: str, opener: str, closer: str) -> str:
    """Each `opener … closer` replaced by a space, leftmost first, as `re.sub` would do."""
    out, pos = [], 0
    while (start := text.find(opener, pos)) != -1:
        end = text.find(closer, start + len(opener))
        if end == -1:
            break  # no closer after this opener, hence none after a later one either
        out += [text[pos:start], " "]
        pos = end + len(closer)
    out.append(text[pos:])
    return "".join(out)


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def cell_text(cell: Tag) -> str:
    """A table cell's text; line breaks inside the cell are kept as newlines."""
    lines: list[str] = []
    buf: list[str] = []
    for node in cell.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                buf.append(str(node))
        elif node.name == "br" or node.name in ("p", "li", "div", "dd", "dt"):
            lines.append("".join(buf))
            buf = []
    lines.append("".join(buf))
    return "\n".join(c for c in (_collapse(line) for line in lines) if c)


def _is_layout_table(table: Tag) -> bool:
    """Tables that lay out a page (nested tables, headings or long prose inside) are not data."""
    if table.find("table"):
        return True
    if table.find(list(_HEADING_TAGS)):
        return True
    rows = table.find_all("tr")
    if len(rows) <= 2 and all(len(r.find_all(["td", "th"], recursive=False)) <= 1 for r in rows):
        return True
    return len(table.get_text()) > 6000 and len(rows) < 4


class _HtmlBlocks:
    """Walks the DOM and emits blocks, flushing the inline buffer at block edges and <br>."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.soup = soup
        self._page_text_len: int | None = None
        self.blocks: list[tuple[str, str, int, Table | None]] = []
        self.buf: list[str] = []
        self.buf_bold: list[bool] = []
        self.kind = "paragraph"
        self.level = 0

    def flush(self) -> None:
        text = _collapse("".join(self.buf))
        if text:
            kind, level = self.kind, self.level
            bold_only = self.buf_bold and all(self.buf_bold)
            if kind == "paragraph" and bold_only and len(text) <= 80 and not _LIST_LINE.search(text):
                kind, level = "heading", 0
            self.blocks.append((kind, text, level, None))
        self.buf, self.buf_bold = [], []

    def walk(self, root: Tag) -> None:
        """Depth-first over the DOM with an explicit stack: pages nest thousands of tags deep."""
        stack: list[tuple] = [("visit", child, False, False) for child in reversed(list(root.children))]
        while stack:
            entry = stack.pop()
            if entry[0] == "exit":  # the end of a block element
                self.flush()
                self.kind, self.level = entry[1], entry[2]
                continue
            _, child, bold, pre = entry
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA
                continue
            if isinstance(child, NavigableString):
                self._text(str(child), bold, pre)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.flush()
                continue
            if name in ("form", "textarea") and _holds_document_text(child):
                # Sign-up pages show the policy in a read-only <textarea> inside a <form>.
                pre = pre or name == "textarea"
            elif name in _DROP_TAGS or name == "caption" or self._is_chrome(child):
                continue
            if name == "table" and not _is_layout_table(child):
                self._table(child)
                continue
            if name in _BLOCK_TAGS or name in _HEADING_TAGS or name == "textarea":
                self.flush()
                stack.append(("exit", self.kind, self.level))
                if name in _HEADING_TAGS:
                    self.kind, self.level = "heading", _HEADING_TAGS[name]
                elif name == "li":
                    self.kind, self.level = "list_item", 0
                pre = pre or name == "pre"
            else:
                bold = bold or name in _BOLD_TAGS
            stack.extend(("visit", c, bold, pre) for c in reversed(list(child.children)))

    def _text(self, text: str, bold: bool, pre: bool) -> None:
        if pre and "\n" in text:  # preformatted text keeps its lines
            for i, line in enumerate(text.split("\n")):
                if i:
                    self.flush()
                self.buf.append(line)
                self.buf_bold.append(bold)
            return
        if text.strip() or self.buf:
            self.buf.append(text)
            if text.strip():
                self.buf_bold.append(bold)

    def _table(self, table: Tag) -> None:
        self.flush()
        rows, th_flags, cut = expand_html_table(table)
        if not rows:
            return
        caption = table.find("caption")
        if caption and caption.get_text(strip=True):
            self.blocks.append(("paragraph", _collapse(caption.get_text(" ")), 0, None))
        self.blocks.append(("table", "", 0, Table(rows=rows, n_header_rows=detect_header_rows(rows, th_flags), cut=cut)))

    def _is_chrome(self, el: Tag) -> bool:
        """Navigation, menus, site header and footer, found by role, class or id."""
        if not el.attrs or not (el.get("role") == "navigation" or any(_CHROME.match(v) for v in _attr_tokens(el))):
            return False
        if self._page_text_len is None:
            self._page_text_len = len(self.soup.get_text()) or 1
        # Never drop a wrapper that holds most of the page: some sites put the policy in <div id="footer">.
        return len(el.get_text()) < 0.3 * self._page_text_len


_DOCUMENT_TEXT_CHARS = 200


def _holds_document_text(el: Tag) -> bool:
    """A textarea (or the form around one) holding a long text, not a search box or a login form."""
    areas = [el] if el.name == "textarea" else el.find_all("textarea")
    return any(len(area.get_text(strip=True)) >= _DOCUMENT_TEXT_CHARS for area in areas)


def _attr_tokens(el: Tag) -> list[str]:
    tokens = list(el.get("class") or [])
    if el.get("id"):
        tokens.append(el["id"])
    return [t for t in tokens if isinstance(t, str)]


def html_blocks(html: str) -> list[Block]:
    soup = BeautifulSoup(strip_template_code(html), "lxml")
    walker = _HtmlBlocks(soup)
    walker.walk(soup)
    walker.flush()
    blocks: list[Block] = []
    for kind, text, level, table in walker.blocks:
        if table is not None:
            blocks.append(Block(kind="table", text="", table=table))
            continue
        # Lines inside paragraphs may still be Markdown-ish or bullets; reuse the text rules.
        blocks.extend(_line_block(text, in_list=kind == "list_item", html_kind=kind, html_level=level))
    return blocks


# --- plain text and Markdown -----------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\s*\n[\s\S]*?\n---\s*\n")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|\"'<>~])")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# Link text holds no bracket and the address one level of parentheses at most, so an unclosed `[` or `](`
# is not rescanned to the end of the page from every later one.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _is_pipe_line(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") or s.endswith("|") or is_separator_line(s)


def _line_block(text: str, in_list: bool = False, html_kind: str = "paragraph", html_level: int = 0) -> list[Block]:
    if html_kind == "heading":
        return [Block(kind="heading", text=text, level=html_level)]
    m = _MD_HEADING.match(text)
    if m and html_kind == "paragraph":
        return [Block(kind="heading", text=m.group(2), level=len(m.group(1)))]
    if in_list:
        return [Block(kind="list_item", text=text)]
    if re.match(r"^\s*[-*+•·∙◦▪]\s+", text):
        return [Block(kind="list_item", text=re.sub(r"^\s*[-*+•·∙◦▪]\s+", "", text))]
    return [Block(kind="paragraph", text=text)]


def _markdown_to_text(text: str) -> str:
    text = _FRONT_MATTER.sub("", text)
    text = re.sub(r"<(style|script)[\s\S]*?</\1>", " ", text, flags=re.I)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = _HTML_TAG.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    if markdown:
        text = _markdown_to_text(text)
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_collapse(line) for line in raw_lines]
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if _has_tab_cells(raw_lines[i]):
            j = i
            while j < len(lines) and "\t" in raw_lines[j]:
                j += 1
            table = tab_table(raw_lines[i:j])
            if table is not None:
                blocks.append(Block(kind="table", text="", table=table))
                i = j
                continue
        if _is_pipe_line(line) and not is_separator_line(line) or (
            "|" in line and i + 1 < len(lines) and is_separator_line(lines[i + 1])
        ):
            j = i
            group: list[str] = []
            while j < len(lines) and lines[j] and ("|" in lines[j]):
                group.append(lines[j])
                j += 1
            rows, n_header = build_pipe_table(group)
            if rows and (len(rows) > 1 or max(len(r) for r in rows) > 1):
                blocks.append(Block(kind="table", text="", table=Table(rows=rows, n_header_rows=n_header)))
                i = j
                continue
        if markdown and re.fullmatch(r"[-*_]{3,}", line):
            i += 1
            continue
        if markdown and _is_soft_wrap(lines[i - 1] if i else "", line) and blocks and blocks[-1].kind != "heading":
            blocks[-1].text += " " + line  # a hard-wrapped Markdown paragraph is one paragraph
        else:
            for part in _INLINE_ITEM.split(line):
                blocks.extend(_line_block(part.lstrip("> ").strip() if markdown else part))
        i += 1
    return blocks


# Text pasted from a PDF runs numbered items into the sentence before them:
# `… 정보를 수집합니다. 1. 필수 수집 정보: …` is two lines.
_INLINE_ITEM = re.compile(r"(?<=[다요]\.)\s+(?=(?:\d{1,2}[.)]|[①-⑳])\s*\S)")


def _has_tab_cells(line: str) -> bool:
    """Two cells separated by a tab: a tab with text on both sides (a scan, not a regex that
    rescans the rest of a long line from every character)."""
    return "\t" in line.strip()


def tab_table(lines: list[str]) -> Table | None:
    """Tab-separated rows (tables pasted from a word processor into plain text)."""
    rows = [[_collapse(cell) for cell in line.split("\t")] for line in lines]
    rows = [row for row in rows if sum(1 for cell in row if cell) >= 1]
    if len(rows) < 2 or sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
        return None
    # Trailing tabs make no column: the table is as wide as its rightmost filled cell.
    width = max(max(j for j, cell in enumerate(row) if cell) + 1 for row in rows)
    rows = pad_rows([row[:width] for row in rows], sum(len(row) for row in rows))
    return Table(rows=rows, n_header_rows=detect_header_rows(rows))


_WRAP_COLUMNS = 60  # converters such as Pandoc wrap at 72 columns; a shorter line ended on purpose
_LINE_END = re.compile(r"[.!?。:：|]$|다$")
_BLOCK_START = re.compile(r"^(?:#|[-*+>]\s|\d{1,2}[.)]\s|[|①-⑳■□▶※])")


def _columns(text: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_soft_wrap(previous: str, line: str) -> bool:
    """A line that continues the one before it: that one was long and stopped mid-sentence."""
    return (_columns(previous) >= _WRAP_COLUMNS and not _LINE_END.search(previous)
            and not _BLOCK_START.match(line) and not _is_pipe_line(previous))


def table_text(table: Table) -> tuple[str, list[tuple[int, int]]]:
    """A table's rows as ' | '-joined lines, with each row's offsets within that text."""
    parts, spans, pos = [], [], 0
    for row in table.rows:
        line = " | ".join(c.replace("\n", " / ") for c in row)
        spans.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line) + 1
    return "\n".join(parts), spans


def assemble(blocks: list[Block]) -> tuple[str, list[Block]]:
    """Lay the blocks out as one text and give each block (and table row) its offsets."""
    out: list[str] = []
    pos = 0
    placed: list[Block] = []
    for block in blocks:
        if block.table is not None:
            text, spans = table_text(block.table)
            block.text = text
            block.table.row_spans = [(pos + a, pos + b) for a, b in spans]
            block.table.start, block.table.end = pos, pos + len(text)
        if not block.text:
            continue
        block.start, block.end = pos, pos + len(block.text)
        out.append(block.text)
        placed.append(block)
        pos += len(block.text) + 1
    return "\n".join(out), placed
