"""Markdown → HTML with markdown-it-py (CommonMark and GFM tables), for the HTML block path.

Policies written in Markdown are rarely strict CommonMark: lines inside one paragraph are meant as
separate lines, numbered paragraphs (`1. 수집 항목`) are outline headings whose numbers matter, and a
Markdown pipe table may sit inside an HTML page that was never rendered. The token stream is adjusted
for these before it is rendered.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.tables import build_tab_table, is_tab_row, tab_run_end

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n)*?---[ \t]*\n")
# A GFM delimiter row: `|---|:--:|`, `---|---`, `| --- |`. Written so that no two parts can match the same blanks.
_DELIMITER_ROW = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(?:\|[ \t]*(?::?-{2,}:?[ \t]*)?)*$")
_PIPE_ROW = re.compile(r"\|")
# The attribute that marks a <table> rendered from a Markdown pipe table.
MARKDOWN_TABLE = "data-pipe-table"


_MARKDOWN_LINE = re.compile(r"^#{1,6}[ \t]+\S|^[ \t]*\*\*[^*\n]+\*\*[ \t]*$", re.M)


def looks_like_markdown(text: str) -> bool:
    """Text written in Markdown: ATX headings, bold lines or a pipe table with its delimiter row."""
    return bool(_MARKDOWN_LINE.search(text)) or any(
        _DELIMITER_ROW.match(line) for line in text.split("\n") if "-" in line and "|" in line)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported on first use: most inputs are HTML

    # Indented code blocks are off: policies indent wrapped lines and list bodies, they hold no code.
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).disable("code")


def markdown_tokens(text: str) -> list:
    """The markdown-it token stream of a document (front matter dropped), adjusted as policies mean it."""
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n").replace("\r", "\n"), count=1)
    tokens = _parser().parse(_separate_tables(text))
    _mark_tables(tokens)
    _keep_line_breaks(tokens)
    _number_ordered_items(tokens)
    _long_setext_headings_are_paragraphs(tokens)
    return tokens


def render_html(tokens: list) -> str:
    md = _parser()
    return md.renderer.render(tokens, md.options, {})


_BR = re.compile(r"<br\s*/?>\s*\Z", re.I)


def has_raw_html(tokens: list) -> bool:
    """Whether the document embeds HTML beyond line breaks (`<br>`), which only an HTML parser reads."""
    return any(t.type == "html_block" or t.type == "inline" and any(
        c.type == "html_inline" and not _BR.match(c.content) for c in t.children or []) for t in tokens)


def _mark_tables(tokens) -> None:
    for token in tokens:
        if token.type == "table_open":
            token.attrSet(MARKDOWN_TABLE, "")


def _separate_tables(text: str) -> str:
    """Pipe tables as policies type them, made GFM: blank lines around each table (one typed right under a
    numbered line would be taken in as a lazy continuation, and GFM runs a table on through the prose after
    it), and rows with no delimiter row under the first one read as a table too."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "|" in line and i + 1 < len(lines) and _DELIMITER_ROW.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                j += 1
            out.extend(["", *_join_wrapped_rows(lines[i:j]), ""])
            i = j
            continue
        if is_tab_row(line):
            j = tab_run_end(lines, i)
            built = build_tab_table(lines[i:j])
            out.extend(lines[i:j] if built is None else ["", _tab_table_html(*built), ""])
            i = j
            continue
        j = i
        while j < len(lines) and _BARE_ROW.match(lines[j]):
            j += 1
        if j - i >= 2:
            out.extend(["", _bare_table_html(lines[i:j]), ""])
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


_BARE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def _join_wrapped_rows(rows: list[str]) -> list[str]:
    """A row an editor wrapped inside its last cell (`| a | b | c` then `c continued |`) is one row, with a
    line break in that cell; GFM would read the second line as a row of its own."""
    out: list[str] = []
    for line in rows:
        stripped = line.strip()
        previous = out[-1].strip() if out else ""
        if previous.startswith("|") and not previous.endswith("|") \
                and not stripped.startswith("|") and stripped.endswith("|"):
            out[-1] = f"{previous}<br>{stripped}"
        else:
            out.append(line)
    return out


def _bare_table_html(lines: list[str]) -> str:
    """Rows typed with pipes but no delimiter row: a table whose header, if any, is found from its words."""
    from pipeline.tables import split_pipe_row

    md = _parser()
    rows = "".join("<tr>" + "".join(f"<td>{md.renderInline(cell)}</td>" for cell in split_pipe_row(line)) + "</tr>"
                   for line in lines)
    return f'<table {MARKDOWN_TABLE}="">{rows}</table>'


def _tab_table_html(rows: list[list[str]], n_header: int) -> str:
    """Tab-separated rows, read as in plain text (merged cells already filled in), as table markup."""
    md = _parser()

    def cell(tag: str, text: str) -> str:
        return f"<{tag}>" + "<br>".join(md.renderInline(line) for line in text.split("\n")) + f"</{tag}>"

    return "<table>" + "".join("<tr>" + "".join(cell("th" if i < n_header else "td", text) for text in row) + "</tr>"
                               for i, row in enumerate(rows)) + "</table>"


# --- line breaks ---------------------------------------------------------------------

_WRAP_COLUMNS = 60  # converters such as Pandoc wrap at 72 columns; a shorter line ended on purpose
_LINE_END = re.compile(r"[.!?。:：|]$|다$")
_BLOCK_START = re.compile(r"^(?:#|[-*+>•·▪◦]\s|(?:\d{1,2}|[가나다라마바사아자차카타파하])[.)]\s|[|①-⑳■□▶※])")


def _columns(text: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def is_soft_wrap(previous: str, line: str) -> bool:
    """A line that continues the one before it: that one was long and stopped mid-sentence."""
    previous, line = previous.strip(), line.strip()
    return (_columns(previous) >= _WRAP_COLUMNS and not _LINE_END.search(previous)
            and not _BLOCK_START.match(line) and "|" not in previous[-1:])


def _keep_line_breaks(tokens) -> None:
    """A line break inside a paragraph is a real break unless the line was merely wrapped."""
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        lines: list[str] = [""]
        for child in token.children:  # the text of each source line
            if child.type in ("softbreak", "hardbreak"):
                lines.append("")
            elif child.type in ("text", "code_inline"):
                lines[-1] += child.content
        n = 0
        for child in token.children:
            if child.type in ("softbreak", "hardbreak"):
                if child.type == "softbreak":
                    if is_soft_wrap(lines[n], lines[n + 1]):
                        child.type, child.content = "text", " "
                    else:
                        child.type, child.tag = "hardbreak", "br"
                n += 1


def _number_ordered_items(tokens) -> None:
    """`1. 수집 항목` keeps its number, as a paragraph: the number places it in the outline."""
    from markdown_it.token import Token

    prefix: str | None = None
    for token in tokens:
        if token.type in ("ordered_list_open", "ordered_list_close"):
            token.tag, token.attrs = "div", {}
        elif token.type in ("list_item_open", "list_item_close") and token.markup in (".", ")"):
            token.tag = "div"
            if token.nesting == 1:  # `- 2026. 2. 1.` nests three lists before any text: keep all three numbers
                prefix = (prefix or "") + f"{token.info}{token.markup} "
        elif token.type == "inline" and prefix is not None:
            token.children = [Token("text", "", 0, content=prefix)] + list(token.children or [])
            prefix = None


def _long_setext_headings_are_paragraphs(tokens) -> None:
    """`text` over `---` is a setext heading, but several lines over a rule were a paragraph."""
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.markup in ("-", "=") and i + 2 < len(tokens):
            inline = tokens[i + 1]
            if any(child.type in ("softbreak", "hardbreak") for child in inline.children or []):
                token.type, token.tag = "paragraph_open", "p"
                tokens[i + 2].type, tokens[i + 2].tag = "paragraph_close", "p"


# --- Markdown tables inside HTML -------------------------------------------------------

_RAW_TEXT_TAG = re.compile(r"<(/?)(?:script|style|pre|textarea|code)\b", re.I)


def pipe_tables_in_html(html: str) -> str:
    """Render the Markdown pipe tables an HTML page holds as raw text lines into <table> markup.

    Pages built from Markdown sometimes leave a table unrendered, typed right after an HTML block.
    """
    if "|" not in html or not any(_DELIMITER_ROW.match(line) for line in html.split("\n") if "-" in line):
        return html
    lines = html.split("\n")
    out: list[str] = []
    raw_text = _RawText(html)
    i = 0
    pos = 0  # offset of lines[i] in html
    while i < len(lines):
        line = lines[i]
        if (_PIPE_ROW.search(line) and i + 1 < len(lines) and _DELIMITER_ROW.match(lines[i + 1])
                and not raw_text.inside(pos)):
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                j += 1
            rendered = _render_table("\n".join(part.strip() for part in lines[i:j]))
            if rendered.lstrip().startswith("<table"):
                out.append(rendered)
                pos += sum(len(part) + 1 for part in lines[i:j])
                i = j
                continue
        out.append(line)
        pos += len(line) + 1
        i += 1
    return "\n".join(out)


def _render_table(markdown: str) -> str:
    md = _parser()
    tokens = md.parse(markdown)
    _mark_tables(tokens)
    return md.renderer.render(tokens, md.options, {})


class _RawText:
    """Whether a position lies inside a script, style, pre, textarea or code element, asked in increasing order
    of position: the page's tags are read once."""

    def __init__(self, html: str) -> None:
        self._tags = _RAW_TEXT_TAG.finditer(html)
        self._next = next(self._tags, None)
        self._inside = False

    def inside(self, pos: int) -> bool:
        while self._next is not None and self._next.start() < pos:
            self._inside = not self._next.group(1)
            self._next = next(self._tags, None)
        return self._inside
