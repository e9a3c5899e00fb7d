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
    source = _SELF_CLOSING.sub(_closed, source)
    return _tables_of_components(_table_components_to_html(_COMPONENT_TAG.sub(_component_heading, source)))


# JSX closes any element with `/>`; HTML reads `<script … />` as an open script, the rest of the page its code.
_SELF_CLOSING = re.compile(r"<([A-Za-z][\w.:-]*)((?:[^<>\"'/]|/(?!>)|\"[^\"<>]*\"|'[^'<>]*')*)/>")


def _closed(m: re.Match) -> str:
    return m.group() if m.group(1).lower() in _VOID else f"<{m.group(1)}{m.group(2)}></{m.group(1)}>"


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


# A site's own component that wraps table rows (`<LegalTable label="…"><thead>…`) renders the `<table>` around them.
_COMPONENT_AROUND_ROWS = re.compile(r"<([A-Z][\w.]*)(?![\w.])(?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*>(?=\s*<(?:thead|tbody|tr)\b)")


def _tables_of_components(source: str) -> str:
    if "<t" not in source:
        return source
    out, pos = [], 0
    for m in _COMPONENT_AROUND_ROWS.finditer(source):
        if m.start() < pos:
            continue
        close = source.find(f"</{m.group(1)}>", m.end())
        if close < 0:
            continue
        out += [source[pos:m.start()], "<table>", source[m.end():close], "</table>"]
        pos = close + len(m.group(1)) + 3
    out.append(source[pos:])
    return "".join(out)


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


def _expressions_to_html(source: str, constants: dict | None = None) -> str:
    """Replace each JSX `{…}` by what it shows: attribute values become quoted, text stays, code goes.

    `rowSpan={2}` → `rowSpan="2"`, `title={"X"}` → `title="X"`, `{" "}` → ` `, `{no}` → nothing,
    `items={["A", "B"]}` → a list after the tag. Braces that hold code (a function body, a `.map(…)`)
    are stepped into: the markup inside them is read, and the code text they leave is dropped later.
    """
    pairs = _brace_pairs(source)
    constants = module_constants(source) if constants is None else constants
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
        in_attribute = m.group() == "={"
        if not in_attribute and source.find(".map(", m.end(), end) >= 0:
            rendered = _rendered_map(source[m.end():end], constants)
            if rendered is not None:  # rows of a literal array, in the markup that shows them
                emit(source[pos:m.start()])
                out.append(_expressions_to_html(rendered, constants))
                pos = end + 1
                continue
        if end - m.end() > _MAX_VALUE:
            continue  # too long to be a value: code, stepped into like any other
        expr = source[m.end():end]
        value = _attribute_value(expr) if in_attribute else _text_value(expr, constants)
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


def _text_value(expr: str, constants: dict | None = None) -> str | None:
    string = _STRING_ONLY.match(expr)
    if string:
        return _unquote(string.group(1), constants)
    if _SIMPLE_EXPRESSION.match(expr):
        value = _lookup(expr, constants or {})
        # `{COMPANY}` is the module's constant; `{no}`, `{children}`, `{/* comment */}` a value only a run would give
        return value if isinstance(value, str) else ""
    return None


_ESCAPE = re.compile(r"\\(u\{?[0-9a-fA-F]{4,5}\}?|x[0-9a-fA-F]{2}|.)", re.S)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "\n": ""}  # backslash-newline: a continued line


_INTERPOLATION = re.compile(r"\$\{([^{}]*)\}")


def _unquote(literal: str, constants: dict | None = None) -> str:
    body = literal[1:-1]
    if literal[0] == "`":
        # `${COMPANY}` is the module's constant; other interpolations are values only a run would give
        body = _INTERPOLATION.sub(lambda m: _constant_text(m.group(1), constants), body)
    return _ESCAPE.sub(_unescape, body)


def _constant_text(expr: str, constants: dict | None) -> str:
    value = _lookup(expr, constants) if constants else None
    return value if isinstance(value, str) else ""


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


# --- data literals: constants, and arrays of rows rendered by `.map()` ---------------------

_NAME = r"[A-Za-z_$][\w$]*"
# `const COMPANY = '…'`, `export const ROWS: Row[] = [`: a constant whose value is a literal.
_CONSTANT = re.compile(rf"\b(?:const|let|var)\s+({_NAME})\s*(?::[^=;\n]{{1,200}}?)?=\s*(?=[\[{{\"'`])")
_GAP = re.compile(r"(?:\s+|//[^\n]*|/\*(?:[^*]|\*(?!/))*\*/)*")
_KEY = re.compile(rf"(?:({_NAME})|(\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'))\s*:")
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?|true|false|null|undefined")
_MAX_DEPTH = 12
_MAX_RENDERED = 1_000_000  # characters a data map may render: more is not a policy's table
_MAX_TEMPLATE = 20_000  # characters of the markup a row is rendered in: longer callbacks are whole components


def module_constants(source: str) -> dict[str, object]:
    """The constants of a module whose value is a literal (a string, or arrays and objects of strings)."""
    if "const" not in source and "var" not in source and "let" not in source:
        return {}
    constants: dict[str, object] = {}
    for m in _CONSTANT.finditer(source):
        parsed = _literal(source, m.end(), constants)
        if parsed is not None:
            constants.setdefault(m.group(1), parsed[0])
    return constants


def _literal(source: str, pos: int, constants: dict, depth: int = 0) -> tuple[object, int] | None:
    """The JavaScript literal at `pos` as Python data and where it ends, or None where it holds code."""
    pos = _GAP.match(source, pos).end()
    opener = source[pos:pos + 1]
    if opener in ("[", "{"):
        if depth > _MAX_DEPTH:
            return None
        closer, is_object = ("]", False) if opener == "[" else ("}", True)
        items: list | dict = {} if is_object else []
        pos += 1
        while True:
            pos = _GAP.match(source, pos).end()
            if source.startswith(closer, pos):
                return items, pos + 1
            key = None
            if is_object:
                k = _KEY.match(source, pos)
                if not k:
                    return None
                key = k.group(1) or _unquote(k.group(2))
                pos = k.end()
            parsed = _literal(source, pos, constants, depth + 1)
            if parsed is None:
                return None
            value, pos = parsed
            if is_object:
                items[key] = value
            else:
                items.append(value)
            pos = _GAP.match(source, pos).end()
            if source.startswith(",", pos):
                pos += 1
            elif not source.startswith(closer, pos):
                return None
    string = _STRINGS.match(source, pos) or (_TEMPLATE.match(source, pos) if opener == "`" else None)
    if string:
        return _unquote(string.group(), constants), string.end()
    scalar = _SCALAR.match(source, pos)
    if scalar:
        return (scalar.group() if scalar.group()[0] in "-0123456789" else ""), scalar.end()
    return None


_ACCESS = re.compile(rf"\??\.({_NAME})|\[(\d+)\]|\[(\"[^\"]*\"|'[^']*')\]")
_PATH = re.compile(rf"\s*({_NAME})((?:\??\.{_NAME}|\[\d+\]|\[(?:\"[^\"]*\"|'[^']*')\])*)\s*\Z")


def _lookup(expr: str, bindings: dict) -> object:
    """The value of `row`, `row.name`, `row[0]` or `COMPANY` among `bindings`; None where it is not known."""
    path = _PATH.match(expr)
    if not path or path.group(1) not in bindings:
        return None
    value = bindings[path.group(1)]
    for step in _ACCESS.finditer(path.group(2)):
        if step.group(1) is not None and isinstance(value, dict):
            value = value.get(step.group(1))
        elif step.group(2) is not None and isinstance(value, list) and int(step.group(2)) < len(value):
            value = value[int(step.group(2))]
        elif step.group(3) is not None and isinstance(value, dict):
            value = value.get(step.group(3)[1:-1])
        else:
            return None
    return value


# `.map((row) => (`, `.map(row =>`, `.map(({ name, task }, i) => (`: the element's name, or its destructured keys.
_MAPPED_NAME = re.compile(rf"{_NAME}(?:\??\.{_NAME})*?(?=\.map\()")
_MAP_CALL = re.compile(rf"\s*\.map\(\s*(?:\(\s*(?:({_NAME})|\{{([^{{}}]*)\}})[^()]*\)|({_NAME}))\s*=>\s*")


def _rendered_map(expr: str, bindings: dict, depth: int = 0) -> str | None:
    """`{[["A사", "보관"], …].map((row) => <tr>…</tr>)}` or `{ROWS.map(…)}` as the markup it renders: each
    element of the literal array put into the callback's markup. None where the array or the markup is code."""
    if ".map(" not in expr or depth > _MAX_DEPTH:
        return None
    head = _GAP.match(expr).end()
    if expr.startswith("[", head):
        parsed = _literal(expr, head, bindings)
        if parsed is None:
            return None
        rows, rest = parsed[0], parsed[1]
    else:
        name = _MAPPED_NAME.match(expr, head)
        if not name:
            return None
        rows, rest = _lookup(name.group(), bindings), name.end()
    call = _MAP_CALL.match(expr, rest)
    if not isinstance(rows, list) or not call:
        return None
    start, end = expr.find("<", call.end()), expr.rfind(">")
    if start < 0 or end < start or end - start > _MAX_TEMPLATE or _HANGUL.search(expr[call.end():start]):
        return None
    template = expr[start:end + 1]
    out: list[str] = []
    size = 0
    for row in rows:
        if call.group(2) is not None:  # destructured: `({ name, task }) =>`
            if not isinstance(row, dict):
                return None
            names = [n.split(":")[-1].split("=")[0].strip() for n in call.group(2).split(",")]
            local = {n: row.get(n) for n in names if n}
        else:
            local = {call.group(1) or call.group(3): row}
        filled = _filled(template, {**bindings, **local}, depth)
        if filled is None:
            return None
        size += len(filled)
        if size > _MAX_RENDERED:
            return None
        out.append(filled)
    return "".join(out)


def _filled(template: str, bindings: dict, depth: int) -> str | None:
    """The callback's markup with the values it shows in place: `{row.name}` → text, `{row.map(…)}` → rendered."""
    pairs = _brace_pairs(template)
    out: list[str] = []
    pos = 0
    for start in sorted(pairs):
        if start < pos:
            continue  # inside a brace already filled
        inner = template[start + 1:pairs[start]]
        value = _lookup(inner, bindings)
        if template[start - 1:start] == "=":  # an attribute: `title={s.title}` is a title, `key={i}` is read later
            if isinstance(value, str):
                out.append(template[pos:start] + f'"{_inert(value)}"')
                pos = pairs[start] + 1
            continue
        if value is None:
            value = _rendered_map(inner, bindings, depth + 1)
            if value is None:
                continue
            text = value
        elif isinstance(value, str):
            if "\n" in value.strip():
                return None  # text kept in lines (`whitespace-pre-line`): its string constant reads it whole
            text = _inert(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            text = "<ul>" + "".join(f"<li>{_inert(v)}</li>" for v in value) + "</ul>"
        else:
            text = ""
        out.append(template[pos:start])
        out.append(text)
        pos = pairs[start] + 1
    out.append(template[pos:])
    return "".join(out)


def _inert(text: str) -> str:
    """Text escaped for markup that is read again as JSX: no tag, brace or quote of it is code."""
    escaped = html_lib.escape(text, quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("`", "&#96;")


_CODE_LINE = re.compile(r"[{};]|=>|^\s*(?:import|export|const|let|var|function|return|type|interface)\b|^[\W_]*$")


def is_code(text: str) -> bool:
    """A block left by the code around the markup: no Korean, and the look of code."""
    return not _HANGUL.search(text) and bool(_CODE_LINE.search(text))


# --- string constants ------------------------------------------------------------------

_NEXT_TOKEN = re.compile(r"[\"'`]|/[/*]")
_TEMPLATE = re.compile(r"`(?:[^`\\]|\\.)*`")
# Python and Dart write strings alike: triple-quoted ones first, then one-line ones; a prefix (r, f, rb) stands
# right before the quote. Python comments start with `#`, Dart's with `//` or `/*`.
_PY_NEXT_TOKEN = re.compile(r"[\"'#]")
_DART_NEXT_TOKEN = re.compile(r"[\"']|/[/*]")
_QUOTED_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|' r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
                            r'"(?:[^"\\\n]|\\.)*"|' r"'(?:[^'\\\n]|\\.)*'")
_PREFIX = re.compile(r"(?<!\w)([rRbBuUfF]{1,2})\Z")
_PY_CONSTANT = re.compile(rf"^({_NAME})[ \t]*(?::[ \t]*str[ \t]*)?=[ \t]*(?=[\"'])", re.M)
# `const company = '…'`, `static const String kName = "…"`, `final title = r'…'`.
_DART_CONSTANT = re.compile(rf"\b(?:const|final|var)[ \t]+(?:[A-Za-z_]\w{{0,40}}\??[ \t]+)?({_NAME})[ \t]*=[ \t]*"
                            r"(?=r?[\"'])")
_NEXT_TOKENS = {"js": _NEXT_TOKEN, "python": _PY_NEXT_TOKEN, "dart": _DART_NEXT_TOKEN}
_F_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
# In a Dart string an escape, or an interpolation: `${expr}` or `$name`.
_DART_PIECE = re.compile(_ESCAPE.pattern + r"|\$\{([^{}]*)\}|\$([A-Za-z_]\w*)", re.S)


def _string_literals(source: str, language: str = "js"):
    """The (start, end) of each string literal of a module, in order; comments are skipped."""
    token_pattern = _NEXT_TOKENS[language]
    pos = 0
    while True:
        m = token_pattern.search(source, pos)
        if not m:
            return
        token = m.group()
        if token in ("//", "/*", "#"):
            end = source.find("*/" if token == "/*" else "\n", m.end())
            pos = len(source) if end < 0 else end + (2 if token == "/*" else 0)
            continue
        if language != "js":
            string = _QUOTED_STRING.match(source, m.start())
        else:  # a template literal may hold `${…}`, which the plain pattern stops at
            string = _STRINGS.match(source, m.start()) or (_TEMPLATE.match(source, m.start()) if token == "`" else None)
        if string:
            yield string.start(), string.end()
            pos = string.end()
        else:
            pos = m.end()


def _quoted_text(source: str, start: int, end: int, constants: dict, language: str) -> str:
    """A Python or Dart string literal's text: a raw string as written, an interpolation (Python's f-string
    `{NAME}`, Dart's `$name` and `${name}`) the module's constant; an interpolation of anything else is left out."""
    literal = source[start:end]
    body = literal[3:-3] if literal[:3] in ('"""', "'''") else literal[1:-1]
    prefix = _PREFIX.search(source[max(0, start - 3):start])
    flags = prefix.group(1).lower() if prefix else ""
    if language == "dart":
        if "r" in flags:
            return body
        return _DART_PIECE.sub(lambda m: _unescape(m) if m.group(1) is not None
                               else _constant_text(m.group(2) if m.group(2) is not None else m.group(3), constants),
                               body)
    if "f" in flags:
        body = _F_FIELD.sub(lambda m: m.group()[0] if m.group(1) is None else _constant_text(m.group(1), constants),
                            body)
    return body if "r" in flags else _ESCAPE.sub(_unescape, body)


def _quoted_constants(source: str, language: str) -> dict[str, str]:
    """A Python or Dart module's constants whose value is a string literal."""
    constants: dict[str, str] = {}
    for m in (_PY_CONSTANT if language == "python" else _DART_CONSTANT).finditer(source):
        string = _QUOTED_STRING.match(source, m.end() + (source[m.end()] == "r"))
        if string:
            constants.setdefault(m.group(1), _quoted_text(source, string.start(), string.end(), constants, language))
    return constants


# Pieces of one text: `'<td>' + CO + '</td>'` (a name between them is the module's constant), and in Python
# and Dart literals side by side (`("가" "나")`).
_JOIN = re.compile(rf"\s*(?:\+\s*(?:({_NAME})\s*\+\s*)?)?")
_MAX_JOIN = 200
_TAG_TEXT = re.compile(r"<[^<>]{0,300}>")


def _joined_strings(source: str, language: str):
    """The texts of a module's string literals, the pieces joined by `+` taken as one text."""
    constants = module_constants(source) if language == "js" else _quoted_constants(source, language)
    pieces: list[str] = []
    last = -1
    for start, end in _string_literals(source, language):
        text = (_unquote(source[start:end], constants) if language == "js"
                else _quoted_text(source, start, end, constants, language))
        join = _JOIN.fullmatch(source, last, start) if pieces and start - last <= _MAX_JOIN else None
        if join:
            pieces.append(_constant_text(join.group(1), constants) if join.group(1) else "")
        elif pieces:
            yield "".join(pieces)
            pieces = []
        pieces.append(text)
        last = end
    if pieces:
        yield "".join(pieces)


def korean_strings(source: str, language: str = "js") -> list[str]:
    """The string constants of a module (`language`: js, python or dart) that hold Korean text, in order;
    a translation beside them is left out."""
    found = []
    for text in _joined_strings(source, language):
        hangul = len(_HANGUL.findall(text))
        if hangul and hangul >= 0.3 * len(_LETTER.findall(_TAG_TEXT.sub(" ", text) if "<" in text else text)):
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
