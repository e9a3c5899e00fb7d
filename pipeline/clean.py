"""Raw text → blocks: HTML through BeautifulSoup (lxml), Markdown rendered to HTML first, plain text line by line.

Every format ends in the same block model (headings, paragraphs, list items, tables).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from pipeline.jsx import has_jsx, has_markup, has_markup_in_code, is_code, jsx_html, korean_strings
from pipeline.markdown import (MARKDOWN_TABLE, has_raw_html, looks_like_markdown, markdown_tokens, pipe_tables_in_html,
                               render_html)
from pipeline.model import Block, Table
from pipeline.tables import (build_pipe_table, build_tab_table, detect_header_rows, expand_html_table, is_separator_line,
                             is_tab_row, repair_merged_cells, tab_run_end)

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
_TITLE_TAGS = ["h1", "h2", "h3"]
POLICY_TITLE = re.compile(r"개인\s*정보\s*(?:처리|취급|보호)\s*(?:방침|정책)|프라이버시\s*(?:정책|방침)|"
                          r"privacy\s*(?:policy|notice|statement)", re.I)
_BOLD_TAGS = {"b", "strong"}
_HANGUL = re.compile(r"[가-힣]")
# Every space but the newline (em and en spaces too, which patterns read as \s), and the zero-width space.
_WS = re.compile(r"(?:[^\S\n]|\u200b)+")
# A bold `label: value` or `a, b, c` line is emphasized content, not a heading.
_LIST_LINE = re.compile(r"[:：]\s*\S|,.*,")


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
    """A table cell's text; line breaks inside the cell are kept as newlines, struck-through text is left out."""
    lines: list[str] = []
    buf: list[str] = []
    stack = list(reversed(cell.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                buf.append(str(node).replace("\n", " "))  # a source line wrap shows as a space
            continue
        if not isinstance(node, Tag) or _is_struck(node):
            continue
        if node.name == "br" or node.name in ("p", "li", "div", "dd", "dt"):
            lines.append("".join(buf))
            buf = []
        stack.extend(reversed(node.contents))
    lines.append("".join(buf))
    return "\n".join(c for c in (_collapse(line) for line in lines) if c)


# Struck-through text (`<del>`, `<s>`, `<strike>`, a line-through style) is deleted from the policy.
_STRUCK_TAGS = {"del", "s", "strike"}


def _is_struck(el: Tag) -> bool:
    if el.name in _STRUCK_TAGS:
        return True
    style = el.attrs.get("style") if el.attrs else None
    return isinstance(style, str) and "line-through" in style.lower()


def _is_layout_table(table: Tag) -> bool:
    """Tables that lay out a page (nested tables, headings or long prose inside) are not data."""
    if any(el.name in _LAYOUT_INSIDE for el in table.descendants if isinstance(el, Tag)):  # one pass
        return True
    rows = table.find_all("tr")
    if not any(_has_two_cells(r) for r in rows):  # one column: a page laid out row by row
        return True
    return len(table.get_text()) > 6000 and len(rows) < 4


_LAYOUT_INSIDE = {"table", *_HEADING_TAGS}


def _has_two_cells(row: Tag) -> bool:
    cells = (c for c in row.children if getattr(c, "name", None) in ("td", "th"))
    return next(cells, None) is not None and next(cells, None) is not None


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
        self.paired: set[int] = set()  # <dd> elements already read with their <dt>

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
            elif name in _DROP_TAGS and name != "header" or name == "caption" or _is_struck(child):
                continue
            elif (name == "header" or self._is_chrome(child)) and not _holds_title(child):
                continue
            if name == "table" and not _is_layout_table(child):
                self._table(child)
                continue
            if name == "div" and (grid := _list_grid(child)) and (n_header := detect_header_rows(grid)):
                self.flush()
                self.blocks.append(("table", "", 0, Table(rows=grid, n_header_rows=n_header)))
                continue
            if name == "dt":
                pair = _definition(child)
                if pair is not None:  # `<dt>주문 시</dt><dd>성명, 연락처</dd>` is one `label: value` line
                    term, value = pair
                    self.flush()
                    self.paired.add(id(value))
                    self.blocks.append(("paragraph", f"{term}: {_collapse(value.get_text(' '))}", 0, None))
                    continue
            if name == "dd" and id(child) in self.paired:
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
            self.buf.append(text if pre else text.replace("\n", " "))  # a source line wrap shows as a space
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
        n_header = detect_header_rows(rows, th_flags)
        if table.get(MARKDOWN_TABLE) is not None:  # typed as a pipe table: merged cells were left blank
            rows = repair_merged_cells(rows, n_header, max(len(row) for row in rows))
        self.blocks.append(("table", "", 0, Table(rows=rows, n_header_rows=n_header, cut=cut)))

    def _is_chrome(self, el: Tag) -> bool:
        """Navigation, menus, site header and footer, found by role, class or id."""
        if not el.attrs or not (el.get("role") == "navigation" or any(_CHROME.match(v) for v in _attr_tokens(el))):
            return False
        if self._page_text_len is None:
            self._page_text_len = len(self.soup.get_text()) or 1
        # Never drop a wrapper that holds most of the page: some sites put the policy in <div id="footer">.
        return len(el.get_text()) < 0.3 * self._page_text_len


def _list_grid(div: Tag) -> list[list[str]] | None:
    """The rows of a table drawn with lists: a box holding only `<ul>`s, each a row of as many `<li>` cells
    (two or more) holding text only, not links (columns of a menu). Styled as a grid, it reads as a table
    (when its first row is one of column labels); read as lists, its header labels and row names would
    pass for items."""
    rows: list[list[str]] = []
    for ul in div.children:
        if isinstance(ul, NavigableString) and not isinstance(ul, PreformattedString):
            if ul.strip():
                return None
            continue
        if not isinstance(ul, Tag):
            continue
        if ul.name != "ul":
            return None
        cells = [li for li in ul.children if isinstance(li, Tag)]
        if any(li.name != "li" or li.find(_GRID_CELL_BLOCKS) for li in cells):
            return None
        rows.append([cell_text(li) for li in cells])
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None
    return rows


_GRID_CELL_BLOCKS = ["ul", "ol", "p", "div", "table", "li", "a"]
_DOCUMENT_TEXT_CHARS = 200
# A term that heads a passage rather than labels a value: numbered, bracketed, bulleted, or a sentence.
_NOT_A_LABEL = re.compile(r"^(?:\d{1,2}\s*[.)]|[가-하]\s*[.)]|[\[【<(①-⑳■□▶•※\-*])|[.:：다]$")


def _definition(dt: Tag) -> tuple[str, Tag] | None:
    """The term of a <dt> and the <dd> right after it that it labels: a short term over a value of running
    text, not of blocks."""
    dd = dt.find_next_sibling()
    if dd is None or dd.name != "dd" or dd.find(_DEFINITION_BLOCKS) is not None:
        return None
    term = _collapse(dt.get_text(" "))
    if not term or len(term) > 30 or _NOT_A_LABEL.search(term):
        return None
    return term, dd


_DEFINITION_BLOCKS = ["p", "div", "ul", "ol", "table", "dl", "br", "h1", "h2", "h3", "h4", "h5", "h6"]


def _holds_title(el: Tag) -> bool:
    """A page header that holds the policy's own title heading is the top of the document, not chrome."""
    return any(POLICY_TITLE.search(h.get_text()) for h in el.find_all(_TITLE_TAGS))


def _holds_document_text(el: Tag) -> bool:
    """A textarea (or the form around one) holding a long text, not a search box or a login form."""
    areas = [el] if el.name == "textarea" else el.find_all("textarea")
    return any(len(area.get_text(strip=True)) >= _DOCUMENT_TEXT_CHARS for area in areas)


def _attr_tokens(el: Tag) -> list[str]:
    tokens = list(el.get("class") or [])
    if el.get("id"):
        tokens.append(el["id"])
    return [t for t in tokens if isinstance(t, str)]


def html_blocks(html: str, jsx: bool | None = None, module: bool = False) -> list[Block]:
    """Blocks of an HTML page; `jsx` (found by itself when None) reads JSX markup and drops the code around it,
    and a `module` is JavaScript source whose text outside the markup is code."""
    html = strip_template_code(html)
    if jsx is None:
        jsx = has_jsx(html)
    if jsx:
        html = jsx_html(html, module=module)
    html = pipe_tables_in_html(html)
    soup = BeautifulSoup(html, "lxml")
    walker = _HtmlBlocks(soup)
    walker.walk(soup)
    walker.flush()
    blocks: list[Block] = []
    for kind, text, level, table in walker.blocks:
        if table is not None:
            blocks.append(Block(kind="table", text="", table=table))
            continue
        if jsx and is_code(text):
            continue
        # Lines inside paragraphs may still be Markdown-ish or bullets; reuse the text rules.
        blocks.extend(_line_block(text, in_list=kind == "list_item", html_kind=kind, html_level=level))
    return blocks


def module_blocks(source: str, language: str = "js") -> list[Block]:
    """A JavaScript/TypeScript/Vue source file: its markup as a page, else its Korean string constants;
    a Python module (a Streamlit page: `st.markdown(...)` of a triple-quoted text) or a Dart one (a Flutter
    screen: `Text('…')` widgets) has only its string constants.

    When the markup shows little of the Korean those constants hold (`<p>{terms.ko}</p>`), the constants are the text.
    """
    from_strings = [block for text in korean_strings(source, language) for block in _string_blocks(text)]
    if language != "js" or not has_markup_in_code(source):
        return from_strings
    from_markup = html_blocks(source, jsx=True, module=True)
    if _hangul(from_markup) < 0.5 * _hangul(from_strings):
        return from_strings
    return from_markup


def _string_blocks(text: str) -> list[Block]:
    if has_markup(text):
        return html_blocks(text)
    return markdown_blocks(text) if looks_like_markdown(text) else text_blocks(text)


_HANGUL_RUN = re.compile(r"[가-힣]+")  # counted as runs: a match per word, not per syllable
KOREAN_PART = 200  # Hangul syllables that make a Korean part worth keeping alone, however long the translation


def hangul_count(text: str) -> int:
    """Hangul syllables in `text`."""
    return sum(map(len, _HANGUL_RUN.findall(text)))


def _hangul(blocks: list[Block]) -> int:
    cells = (cell for b in blocks if b.table is not None for row in b.table.rows for cell in row)
    return sum(map(hangul_count, [b.text for b in blocks] + list(cells)))


def markdown_blocks(text: str) -> list[Block]:
    """Markdown parsed by markdown-it-py. Its tokens give the blocks its HTML would give; a document that
    embeds HTML of its own is rendered and read as a page."""
    tokens = markdown_tokens(text)
    if has_raw_html(tokens):
        return html_blocks(render_html(tokens))
    return _token_blocks(tokens)


def _token_blocks(tokens: list) -> list[Block]:
    """Blocks straight from Markdown tokens, as html_blocks reads the same HTML, without building a tree."""
    blocks: list[Block] = []
    in_bullet_list = heading_level = 0
    rows: list[list[str]] | None = None
    th_flags: list[bool] = []
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "bullet_list_close"):
            in_bullet_list += token.nesting
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "table_open":
            rows, th_flags = [], []
        elif kind == "tr_open":
            rows.append([])
            th_flags.append(True)
        elif kind in ("th_open", "td_open"):
            th_flags[-1] &= kind == "th_open"
        elif kind == "table_close":
            blocks.extend(_markdown_table(rows, th_flags))
            rows = None
        elif kind == "inline" and rows is not None:
            rows[-1].append("\n".join(c for c in (_collapse(text) for text, _ in _inline_lines(token)) if c))
        elif kind == "inline":
            html_kind = "heading" if heading_level else "list_item" if in_bullet_list else "paragraph"
            for text, bold_only in _inline_lines(token):
                text = _collapse(text)
                if not text:
                    continue
                if html_kind == "paragraph" and bold_only and len(text) <= 80 and not _LIST_LINE.search(text):
                    blocks.append(Block(kind="heading", text=text, level=0))
                else:
                    blocks.extend(_line_block(text, in_list=html_kind == "list_item", html_kind=html_kind,
                                              html_level=heading_level))
        elif kind in ("fence", "code_block"):  # preformatted: line by line
            blocks.extend(b for line in token.content.split("\n") if _collapse(line)
                          for b in _line_block(_collapse(line)))
    return blocks


def _inline_lines(token) -> list[tuple[str, bool]]:
    """The lines of an inline token (split at line breaks), each with whether all its text is bold.
    Struck-through text (`~~…~~`) is left out, as in a page."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    bold_flags: list[bool] = []
    bold = struck = 0
    for child in token.children or []:
        kind = child.type
        if kind in ("hardbreak", "softbreak") or kind == "html_inline":
            lines.append(("".join(parts), bool(bold_flags) and all(bold_flags)))
            parts, bold_flags = [], []
        elif kind in ("strong_open", "strong_close"):
            bold += child.nesting
        elif kind in ("s_open", "s_close"):
            struck += child.nesting
        elif kind in ("text", "code_inline") and not struck:
            parts.append(child.content)
            if child.content.strip():
                bold_flags.append(bold > 0)
    lines.append(("".join(parts), bool(bold_flags) and all(bold_flags)))
    return lines


def _markdown_table(rows: list[list[str]], th_flags: list[bool]) -> list[Block]:
    kept = [i for i, row in enumerate(rows) if any(row)]
    rows, th_flags = [rows[i] for i in kept], [th_flags[i] for i in kept]
    if not rows:
        return []
    n_header = detect_header_rows(rows, th_flags)
    # Typed as a pipe table: merged cells were left blank.
    rows = repair_merged_cells(rows, n_header, max(len(row) for row in rows))
    return [Block(kind="table", text="", table=Table(rows=rows, n_header_rows=n_header))]


# --- plain text ----------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"\s*[-*+•·∙◦▪∘‣]\s+")


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
    bullet = _BULLET.match(text)
    if bullet:
        return [Block(kind="list_item", text=text[bullet.end():])]
    return [Block(kind="paragraph", text=text)]


# A `?` that ends a Korean line with no question ending (`…수집합니다.?`, `생년월일?`) is a character lost
# in a conversion, not a question (`무엇을 수집하나요?`, `개인정보란?` keep theirs).
_STRAY_QUESTION_MARK = re.compile(r"(?<![까요니냐가란죠?])\?$")


def _without_stray_question_mark(line: str) -> str:
    if not line.endswith("?") or not _HANGUL.search(line):
        return line
    return _STRAY_QUESTION_MARK.sub("", line).rstrip()


def text_blocks(text: str) -> list[Block]:
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_without_stray_question_mark(_collapse(line)) for line in raw_lines]
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if is_tab_row(raw_lines[i]):
            j = tab_run_end(raw_lines, i)
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
        underline = _SETEXT_UNDERLINE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if underline and _could_be_title(line):  # `제목` over `-----`: a heading
            blocks.append(Block(kind="heading", text=_EMPHASIS.sub(r"\1\2", line), level=1 if "=" in lines[i + 1] else 2))
            i += 2
            continue
        if _RULE.match(line):
            i += 1
            continue
        bold = _EMPHASIS.fullmatch(line)
        line = _EMPHASIS.sub(r"\1\2", line)
        if bold and len(line) <= 80 and not _LIST_LINE.search(line):  # a bold line alone, as in HTML
            blocks.append(Block(kind="heading", text=line))
            i += 1
            continue
        for part in _INLINE_ITEM.split(line):
            blocks.extend(_line_block(part))
        i += 1
    return blocks


# Markdown marks left in a plain text file: `**강조**`, a setext underline, a horizontal rule.
_EMPHASIS = re.compile(r"\*\*([^*\n]{1,200}?)\*\*|__([^_\n]{1,200}?)__")
_SETEXT_UNDERLINE = re.compile(r"(?:={3,}|-{3,})$")
_RULE = re.compile(r"(?:[-*_=]\s?){3,}$")


def _could_be_title(line: str) -> bool:
    """A short line that is no list item, table row or sentence (a rule under a sentence is only a rule)."""
    return (len(line) <= 80 and "|" not in line and not _BULLET.match(line)
            and not re.search(r"[.。!?]$", line))


# Text pasted from a PDF runs numbered items into the sentence before them:
# `… 정보를 수집합니다. 1. 필수 수집 정보: …` is two lines.
_INLINE_ITEM = re.compile(r"(?<=[다요]\.)\s+(?=(?:\d{1,2}[.)]|[①-⑳])\s*\S)")


def tab_table(lines: list[str]) -> Table | None:
    """Tab-separated rows (tables pasted from a word processor into plain text)."""
    built = build_tab_table(lines)
    return None if built is None else Table(rows=built[0], n_header_rows=built[1])


_LATIN = re.compile(r"[A-Za-z]")
_TRANSLATION_LETTERS = 300  # Latin letters in a row of blocks with no Korean: a translation, not a name or a note


def korean_part(blocks: list[Block]) -> list[Block]:
    """The blocks of a bilingual page without its translation: runs of three or more blocks with no Korean
    and much Latin text are dropped when the page has a Korean part. Tables and lone English lines stay."""
    if _hangul(blocks) < KOREAN_PART:
        return blocks
    kept: list[Block] = []
    run: list[Block] = []
    for block in blocks + [None]:
        if block is not None and block.table is None and not _HANGUL.search(block.text):
            run.append(block)
            continue
        if len(run) < 3 or sum(len(_LATIN.findall(b.text)) for b in run) < _TRANSLATION_LETTERS:
            kept.extend(run)
        run = []
        if block is not None:
            kept.append(block)
    return kept


def table_text(table: Table) -> tuple[str, list[tuple[int, int]]]:
    """A table's rows as ' | '-joined lines, with each row's offsets within that text."""
    parts, spans, pos = [], [], 0
    for row in table.rows:
        line = " | ".join(c.replace("\n", " / ") for c in row)
        spans.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line) + 1
    return "\n".join(parts), spans


# `제2조(개인정보의 처리 및 보유기간) ① 회사는 …`: an article whose title runs on into its first paragraph
# (after a space or a ①; `제12조(…)에 대한 표이며` is a sentence about the article).
_INLINE_ARTICLE = re.compile(r"제\s*\d{1,3}\s*조(?:\s*의\s*\d{1,2})?\s*[(（\[【<]([^()（）\[\]【】<>\n]{2,40})[)）\]】>](?:[ \t]+|(?=[①-⑳]))(?=\S)")


# `3. 개인정보의 파기 절차 및 방법 1. 회사는 …`: a numbered title run on into the first item of its body
# (a title holds no sentence end; the body starts at `1.` or ①).
_INLINE_NUMBERED = re.compile(r"\d{1,2}\.[ \t]+[^.\n]{2,40}?[^.\s다][ \t]+(?=(?:1\.|①)[ \t]*\S)")


def split_inline_articles(blocks: list[Block]) -> list[Block]:
    """An article title written at the start of its body paragraph becomes a heading of its own."""
    out: list[Block] = []
    for block in blocks:
        m = (_INLINE_ARTICLE.match(block.text) or _INLINE_NUMBERED.match(block.text)) \
            if block.table is None and block.kind != "heading" else None
        if m and len(block.text) > m.end():
            out.append(Block("heading", block.text[:m.end()].strip()))
            out.append(Block(block.kind, block.text[m.end():]))
        else:
            out.append(block)
    return out


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
