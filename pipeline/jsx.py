"""Policies kept in JavaScript, TypeScript, JSX or Vue source: their text, read without running anything.

Sites keep a policy in a component (`<Section no={1} title="…">`, `rowSpan={2}`, `items={["…", "…"]}`)
or in string constants (`const terms = {ko: `…`, en: `…`}`), and such a source file is sometimes saved
as the page. JSX markup is made plain HTML for the HTML path: the values that are text (a title prop, a
list of strings, a string in braces) become text, and the code around them is dropped. A module with no
markup gives its Korean string constants; the translations beside them are left out.
"""
from __future__ import annotations

import html as html_lib
import re

# The start of a module: comments, then an import, export, declaration or directive; or a Vue single-file component.
_MODULE_KEYWORD = (r"(?:import\s|export\s|const\s|let\s|var\s|function\s|module\.exports|['\"]use (?:client|strict)['\"]|"
                   r"<template[\s>]|<script\s+setup)")
# A line comment runs to the end of its line, or up to a keyword in it: not to every position in between,
# which split a banner of slashes (`/////…`) into comments every possible way.
_MODULE_START = re.compile(
    r"\A\ufeff?\s*(?:(?://(?:[^\n]*?(?=" + _MODULE_KEYWORD + r")|[^\n]*+)|/\*(?:[^*]|\*(?!/)){0,2000}\*/)\s*){0,20}"
    + _MODULE_KEYWORD)
# Signs of JSX in a page: React's className, JSX expression attributes, a component module's export.
_JSX_SIGN = re.compile(r"\bclassName=|\b(?:rowSpan|colSpan)=\{|\bexport\s+default\b")
_SCRIPT_TAG = re.compile(r"<(/?)script\b", re.I)
_MARKUP = re.compile(r"</(?:div|p|section|main|article|li|td|h[1-6]|span|template)>", re.I)
_HANGUL = re.compile(r"[가-힣]")
_LETTER = re.compile(r"[A-Za-z가-힣]")


def is_module(text: str) -> bool:
    """A source file of JavaScript (JSX, TypeScript) or a Vue component, not a page."""
    return bool(_MODULE_START.match(text[:50_000]))


def has_markup(text: str) -> bool:
    """Closing tags of common elements: the text is HTML (or JSX), not plain text."""
    return bool(_MARKUP.search(text))


def has_jsx(html: str) -> bool:
    """JSX in a page, found outside its <script> elements."""
    if "className=" not in html and "Span={" not in html and "export" not in html:  # most pages: no search at all
        return False
    return bool(_JSX_SIGN.search(html)) and bool(_JSX_SIGN.search(_without_scripts(html)))


def _without_scripts(html: str) -> str:
    """The page with the content of its <script> elements left out, in one pass over their tags."""
    kept, pos, inside = [], 0, False
    for m in _SCRIPT_TAG.finditer(html):
        if not inside:
            kept.append(html[pos:m.start()])
        inside, pos = not m.group(1), m.end()
    if not inside:
        kept.append(html[pos:])
    return " ".join(kept)


# --- JSX markup → HTML ---------------------------------------------------------------

_STRING = r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.)*`"
_STRING_ONLY = re.compile(rf"\s*({_STRING})\s*\Z")
_STRING_ARRAY = re.compile(rf"\s*\[\s*(?:(?:{_STRING})\s*,\s*)*(?:(?:{_STRING})\s*)?\]\s*\Z")
_STRINGS = re.compile(_STRING)
_NUMBER = re.compile(r"\s*(\d{1,4})\s*\Z")
_SIMPLE_EXPRESSION = re.compile(r"\s*(?:[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*\s*|/\*(?:[^*]|\*(?!/))*\*/\s*)?\Z")
_ATTRIBUTE_BRACE = re.compile(r"(?<=[A-Za-z])=\{|\{")
_BRACE_OR_QUOTE = re.compile(r"[{}\"'`]")
_MAX_VALUE = 5000  # characters of a `{…}` that may be a value (a list of strings); longer braces hold code
# The name is read whole (the lookahead), so the attribute part cannot also match its letters.
_COMPONENT_TAG = re.compile(r"<([A-Z][\w.]*)(?![\w.])((?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*)>")
_TITLE_PROP = re.compile(r"\b(?:title|heading)=(?:\"([^\"]+)\"|'([^']+)')")
_NUMBER_PROP = re.compile(r"\b(?:no|num|number)=\"(\d{1,3})\"")


def jsx_html(source: str, module: bool = False) -> str:
    """JSX source as HTML: a whole `module` keeps only its markup, JSX pasted into a page keeps the page."""
    source = _expressions_to_html(_unwrap_vue_template(source))
    if module:
        source = _markup_only(source)
    return _table_components_to_html(_COMPONENT_TAG.sub(_component_heading, source))


# Table components of UI libraries render the table elements: semantic-ui `Table.Row`/`Table.HeaderCell`,
# MUI and shadcn `TableRow`/`TableCell`. Read as unknown tags their cells would run together. (Chakra's
# `Tr`/`Td` are already the HTML names, which the parser reads in any case.)
_TABLE_COMPONENT = re.compile(r"<(/?)(Table(?:\.?(?:Header|Head|Body|Footer|Row|HeaderCell|Cell|Caption))?)(?![\w.])")
_TABLE_PART = {"": "table", "Header": "thead", "Head": "thead", "Body": "tbody", "Footer": "tfoot", "Row": "tr",
               "HeaderCell": "th", "Cell": "td", "Caption": "caption"}


def _table_components_to_html(source: str) -> str:
    if "<Table" not in source:
        return source
    # shadcn names the header group `TableHeader` and a header cell `TableHead`; MUI's `TableHead` is the group.
    head = "th" if "<TableHeader" in source else "thead"

    def element(m: re.Match) -> str:
        name = m.group(2)
        tag = head if name == "TableHead" else _TABLE_PART[name[5:].lstrip(".")]
        return f"<{m.group(1)}{tag}"

    return _TABLE_COMPONENT.sub(element, source)


# A top-level block of a Vue single-file component (`<script setup>`, `<style>`, `<i18n>`, `<template>`) or a comment.
_SFC_BLOCK = re.compile(r"\s*(?:<([a-z][\w-]*)\b[^<>]*>|<!--)")
_TEMPLATE_TAG = re.compile(r"</?template\b[^<>]*>")


def _unwrap_vue_template(source: str) -> str:
    """The markup of a Vue component's `<template>`, whichever top-level blocks come before it.

    Its inner `<template v-if>` / `<template #slot>` wrappers render their content, unlike HTML's inert
    `<template>`, so only their tags are dropped.
    """
    pos = 0
    while (block := _SFC_BLOCK.match(source, pos)) and block.group(1) != "template":
        closer = f"</{block.group(1)}>" if block.group(1) else "-->"
        end = source.find(closer, block.end())
        if end < 0:
            return source
        pos = end + len(closer)
    if not block:
        return source
    end = source.rfind("</template>")
    return _TEMPLATE_TAG.sub("", source[block.end():end if end > block.end() else len(source)])


def _expressions_to_html(source: str) -> str:
    """Replace each JSX `{…}` by what it shows: attribute values become quoted, text stays, code goes.

    `rowSpan={2}` → `rowSpan="2"`, `title={"X"}` → `title="X"`, `{" "}` → ` `, `{no}` → nothing,
    `items={["A", "B"]}` → a list after the tag. Braces that hold code (a function body, a `.map(…)`)
    are stepped into: the markup inside them is read, and the code text they leave is dropped later.
    """
    pairs = _brace_pairs(source)
    out: list[str] = []
    pending: list[str] = []  # a list from a string-array prop, placed once its tag closes

    def emit(chunk: str) -> None:
        close = chunk.find(">") if pending else -1
        if close >= 0:
            chunk = chunk[:close + 1] + pending.pop() + chunk[close + 1:]
        out.append(chunk)

    pos = 0
    for m in _ATTRIBUTE_BRACE.finditer(source):
        if m.start() < pos or m.end() - 1 not in pairs:
            continue
        end = pairs[m.end() - 1]
        if end - m.end() > _MAX_VALUE:
            continue  # too long to be a value: code, stepped into like any other
        expr = source[m.end():end]
        in_attribute = m.group() == "={"
        value = _attribute_value(expr) if in_attribute else _text_value(expr)
        if value is None:
            continue  # code: its inner braces come next in this same scan
        emit(source[pos:m.start()])
        if isinstance(value, list):
            out.append('=""')
            pending[:] = ["<ul>" + "".join(f"<li>{html_lib.escape(s)}</li>" for s in value) + "</ul>"]
        elif in_attribute:
            out.append(f'="{html_lib.escape(value, quote=True)}"')
        else:
            out.append(html_lib.escape(value, quote=False))
        pos = end + 1
    emit(source[pos:])
    return "".join(out)


def _brace_pairs(source: str) -> dict[int, int]:
    """Each `{` mapped to the `}` that closes it, in one pass; braces inside strings do not count."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    pos = 0
    while True:
        m = _BRACE_OR_QUOTE.search(source, pos)
        if not m:
            return pairs
        c = m.group()
        if c == "{":
            stack.append(m.start())
        elif c == "}":
            if stack:
                pairs[stack.pop()] = m.start()
        else:
            string = _STRINGS.match(source, m.start())
            if string:
                pos = string.end()
                continue
        pos = m.end()


_TAG = re.compile(r"<(/?)(?:([A-Za-z][\w.:-]*)(?![\w.:-]))?((?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*)>")
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source"}
# Markup starts where an expression may: after `(`, `=`, `,`, `?`, `:`, `&&`, `||`, `[`, `{`, `=>` or `return`.
_EXPRESSION_START = re.compile(r"(?:[(=,?:&|\[{>]|\breturn)\s*\Z")


def _markup_only(source: str) -> str:
    """The markup of a module, without the code between its top-level elements.

    A tag opens markup only where an expression may start, so `useState<boolean>(…)` is not markup.
    """
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _TAG.finditer(source):
        closing, name, rest = m.group(1), (m.group(2) or "").lower(), m.group(3)
        self_closing = rest.rstrip().endswith("/") or name in _VOID
        if depth == 0:
            if closing or not _EXPRESSION_START.search(source[max(0, m.start() - 20):m.start()]):
                continue
            out.append("\n")
        else:
            out.append(source[pos:m.start()])
        out.append(m.group())
        if closing:
            depth -= 1
        elif not self_closing:
            depth += 1
        pos = m.end()
    if depth > 0:
        out.append(source[pos:])
    return "".join(out)


def _attribute_value(expr: str) -> str | list[str] | None:
    number = _NUMBER.match(expr)
    if number:
        return number.group(1)
    string = _STRING_ONLY.match(expr)
    if string:
        return _unquote(string.group(1))
    if _STRING_ARRAY.match(expr):
        return [_unquote(s) for s in _STRINGS.findall(expr)]
    return ""  # a handler, a class list, an object: not text


def _text_value(expr: str) -> str | None:
    string = _STRING_ONLY.match(expr)
    if string:
        return _unquote(string.group(1))
    if _SIMPLE_EXPRESSION.match(expr):
        return ""  # `{no}`, `{children}`, `{/* comment */}`: a value only a run would give
    return None


_ESCAPE = re.compile(r"\\(u\{?[0-9a-fA-F]{4,5}\}?|x[0-9a-fA-F]{2}|.)", re.S)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": ""}


def _unquote(literal: str) -> str:
    body = literal[1:-1]
    if literal[0] == "`":
        body = re.sub(r"\$\{[^{}]*\}", "", body)  # interpolations are values only a run would give
    return _ESCAPE.sub(_unescape, body)


def _unescape(m: re.Match) -> str:
    code = m.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code.strip("u{}x"), 16))
    return _ESCAPED.get(code, code)


def _component_heading(m: re.Match) -> str:
    """`<Section no={1} title="수집 항목">` shows its title as a heading: put one in the markup."""
    title = _TITLE_PROP.search(m.group(2))
    if not title:
        return m.group()
    number = _NUMBER_PROP.search(m.group(2))
    text = (f"{number.group(1)}. " if number else "") + (title.group(1) or title.group(2))
    return f"{m.group()}<h2>{text}</h2>"


_CODE_LINE = re.compile(r"[{};]|=>|^\s*(?:import|export|const|let|var|function|return|type|interface)\b|^[\W_]*$")


def is_code(text: str) -> bool:
    """A block left by the code around the markup: no Korean, and the look of code."""
    return not _HANGUL.search(text) and bool(_CODE_LINE.search(text))


# --- string constants ------------------------------------------------------------------

_NEXT_TOKEN = re.compile(r"[\"'`]|/[/*]")
_TEMPLATE = re.compile(r"`(?:[^`\\]|\\.)*`")


def _string_literals(source: str):
    """The (start, end) of each string literal of a module, in order; comments are skipped."""
    pos = 0
    while True:
        m = _NEXT_TOKEN.search(source, pos)
        if not m:
            return
        token = m.group()
        if token in ("//", "/*"):
            end = source.find("\n" if token == "//" else "*/", m.end())
            pos = len(source) if end < 0 else end + len(token) - 1
            continue
        # A template literal may hold `${…}`, which the plain pattern stops at.
        string = _STRINGS.match(source, m.start()) or (_TEMPLATE.match(source, m.start()) if token == "`" else None)
        if string:
            yield string.start(), string.end()
            pos = string.end()
        else:
            pos = m.end()


def korean_strings(source: str) -> list[str]:
    """The string constants of a module that hold Korean text, in order; a translation beside them is left out."""
    found = []
    for start, end in _string_literals(source):
        text = _unquote(source[start:end])
        hangul = len(_HANGUL.findall(text))
        if hangul and hangul >= 0.3 * len(_LETTER.findall(text)):
            found.append(text)
    return found


def has_markup_in_code(source: str) -> bool:
    """Whether a module writes markup itself (JSX, a Vue template), not only inside its strings."""
    code, pos = [], 0
    for start, end in _string_literals(source):
        code.append(source[pos:start])
        pos = end
    code.append(source[pos:])
    return bool(_MARKUP.search("".join(code)))
