"""The name a privacy policy gives its own organization.

Where policies name themselves, most reliable first:
1. a name followed by what the policy will call it: `㈜가나(이하 '회사')`, `"가나"[이하 "회사"라 한다]`,
   `가나("회사" 또는 "서비스")`, `<가나>('https://…' 이하 '가나')`; or a labelled line (`상호: ㈜가나`);
2. the subject of an opening sentence about personal data: `가나는 「개인정보 보호법」에 따라 …`,
   `본 방침은 가나에서 운영하는 …`;
3. the title: `가나 개인정보처리방침`;
4. a service name (`가나 앱(이하 "본 앱")`, `앱 이름: 가나`) when no organization is named.
A candidate is cleaned of `이하 …`, quotes, brackets and particles; one that still reads as part of a
sentence is rejected, and the result is None rather than a fragment. The words live in
data/org_name_lexicon.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_HEAD_CHARS = 4000
_SUBJECT_CHARS = 2000  # an opening sentence, not one deep in the policy


@dataclass(frozen=True)
class _Lexicon:
    self_aliases: frozenset[str]
    service_aliases: frozenset[str]
    strong_label: re.Pattern
    service_label: re.Pattern
    generic_tail: re.Pattern
    roles: frozenset[str]
    not_names: frozenset[str]
    fragment: re.Pattern


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True))


_SERVICE_LABELS = {"앱 이름", "서비스명", "서비스 이름"}


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = json.loads(resources.files("pipeline").joinpath("data/org_name_lexicon.json").read_text("utf-8"))
    labels = data["name_labels"]
    # The blanks before a label stay on its line: skipping blank lines from every line start rescanned them.
    label_line = r"^(?:[^\S\n]|[\-•·*○◦▪■□※])*(?:{})\s*[:：]\s*(?P<name>[^\n,;|]{{2,60}})$"
    return _Lexicon(
        self_aliases=frozenset(_compact(a) for a in data["self_aliases"]),
        service_aliases=frozenset(_compact(a) for a in data["service_aliases"]),
        strong_label=re.compile(label_line.format(_alternation([x for x in labels if x not in _SERVICE_LABELS])),
                                re.M),
        service_label=re.compile(label_line.format(_alternation([x for x in labels if x in _SERVICE_LABELS])), re.M),
        generic_tail=re.compile(rf"\s+(?:{_alternation(data['generic_tails'])})$"),
        roles=frozenset(data["roles"]),
        not_names=frozenset(_compact(n) for n in data["not_names"] + data["self_aliases"] + data["service_aliases"]),
        fragment=re.compile("|".join(data["fragment_words"])),
    )


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- candidates -------------------------------------------------------------------------------

_URL = r"(?:https?://|www\.)[^\s'\"’”)]*"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"  # a bare domain: `('gana.io'이하 'gana')`
# `(이하 '회사')`, `('https://…' 이하 '회사')`, `[이하 “회사”라 한다]`
_ALIAS = re.compile(
    r"[(\[（［]\s*(?:['\"‘“]?(?P<url>" + _URL + "|" + _DOMAIN + r")['\"’”]?\s*,?\s*)?(?:이하|以下)\s*(?:에서\s*)?[:：]?\s*"
    r"[\"'“‘「『<]?\s*(?P<alias>[^\"'”’」』>)\]）］]{1,24})")
# `("회사" 또는 "서비스")`, `("저희", "본 앱")`
_QUOTED_ALIASES = re.compile(r"[(（]\s*(?P<list>[\"'“‘][^()（）\n]{1,60}?[\"'”’])\s*(?:라\s*함|이라\s*함)?\s*[)）]")
_QUOTED_WORD = re.compile(r"[\"'“‘]\s*([^\"'“”‘’]{1,20}?)\s*[\"'”’]")
_SUBJECT = re.compile(
    r"^[\s\-•·*○◦▪■□※]*(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|(?:\d{1,2}|[가-하])\s*[.)]\s*)?(?P<name>[^\n]{2,50}?)\s*"
    r"(?:은\s*\(\s*는\s*\)|는\s*\(\s*은\s*\)|이\s*\(\s*가\s*\)|에서는|은|는|에서|이|가)\s+"
    r"(?=[「『\"'“‘\s]*(?:귀하|고객|회원|이용자|정보\s*주체|개인\s*정보|정보\s*통신망|관계\s*법령|관련\s*법령|"
    r"(?:처리|취급|수집)(?:한|하는)\s*(?:모든\s*)?개인\s*정보))")
# `1. 주식회사 가나 (…)는 …`: a name with its legal form in front, opening a line near the start.
_FORMAL_NAME = re.compile(r"^[\s\-•·*]*(?:\d{1,2}\s*[.)]\s*)?(?P<name>(?:주식회사|㈜|\(주\))\s*[^\s(（,'\"“‘]{2,20})")
# `개인정보 처리방침 - 가나`, `가나 | 개인정보처리방침`: the page title's other part.
_TITLE_PARTS = re.compile(r"\s+[-–—|:·]+\s+|\s*::\s*")
_RUNS = re.compile(r"(?:본|이|당)\s+\S{0,20}?(?:방침|문서|정책)\S{0,10}\s*(?:은|는)\s+(?P<name>[^\n]{2,40}?)에서\s+(?:운영|제공)")
# `가나(www.gana.com)`: a name with its website
_SITE = re.compile(r"[(（]\s*" + _URL + r"\s*[)）]")
_TITLE = re.compile(
    r"^\s*(?P<name>[^\n]{2,40}?)\s*(?:의\s*)?(?:개인\s*정보\s*(?:처리|취급|보호)\s*(?:방침|정책)|privacy\s*policy)"
    r"\s*(?:\([^()\n]*\))?\s*$", re.I)
# A word ending so is not part of a name (`운영하는`, `위하여,`); 과, 로 and 한 end names too (치과, 신한).
_ENDINGS = re.compile(r"(?:은|는|을|를|의|에|에서|에게|께서|으로|하는|되는|하며|하고|하여|며|[,.:;·])$")
_TRAILING_PARTICLE = re.compile(r"\s*(?:은\s*\(\s*는\s*\)|는\s*\(\s*은\s*\)|이\s*\(\s*가\s*\)|가\s*\(\s*이\s*\)|은|는)\s*$")
_CONJUNCTIONS = frozenset({"및", "또는", "그리고", "혹은", "등", "and", "or"})
_LEADING_FORM = re.compile(r"주식회사|유한회사|유한책임회사|재단법인|사단법인|학교법인|의료법인|사회복지법인|\(주\)|㈜|\(재\)|\(사\)")
_WORD = re.compile(r"[^\s()（）]*[(（][^()（）]*[)）][^\s()（）]*|\S+")
_CLOSERS = {"’": "‘'", "'": "'‘", "\"": "\"“", "”": "“\"", "」": "「", "』": "『", ">": "<", "》": "《", "】": "【"}


def _name_before(before: str) -> str:
    """The name that ends right before an alias bracket: a quoted span, else the words back to a particle."""
    text = _TRAILING_PARTICLE.sub("", before.replace("*", "").rstrip())
    if text and text[-1] in _CLOSERS:
        start = max(text.rfind(c, 0, len(text) - 1) for c in _CLOSERS[text[-1]])
        return text[start + 1:-1] if start >= 0 else ""
    words: list[str] = []
    for word in reversed(_WORD.findall(text)):
        if words and (_ENDINGS.search(word) or word in lexicon().roles or word in _CONJUNCTIONS
                      or word.count("(") != word.count(")") or len(words) == 5):
            break
        words.insert(0, word)  # the word right before the bracket is always part of the name
        if len(words) > 1 and _LEADING_FORM.fullmatch(word):
            break  # `주식회사 가나`: a legal form in front opens the name
    return " ".join(words)


def _alias_kind(alias: str) -> str:
    words = [_compact(w) for w in _QUOTED_WORD.findall(alias)] or [_compact(re.sub(r"(?:이?라\s*(?:한다|함|칭함|합니다).*|는|은)$", "", alias.strip()))]
    lex = lexicon()
    if any(w in lex.self_aliases or w.endswith("회사") for w in words):
        return "self"
    if all(w in lex.service_aliases for w in words):
        return "service"
    return "name"


def _title_name(title: str) -> str | None:
    """The page title's name: the title without the policy's name, when one part is left."""
    parts = [p for p in _TITLE_PARTS.split(title.strip()) if p.strip()]
    named = [p for p in parts if not _POLICY_WORDS.search(p)]
    if len(named) == 1 and len(parts) <= 3:
        return named[0]
    m = _TITLE.match(title)
    return m.group("name") if m else None


_POLICY_WORDS = re.compile(r"개인\s*정보|privacy|처리\s*방침|취급\s*방침", re.I)


def _aliased(line: str, offset: int):
    """(rank, position, name) for each name in `line` followed by what the policy will call it."""
    for pattern in (_ALIAS, _QUOTED_ALIASES):
        for m in pattern.finditer(line):
            alias = m.group("alias") if pattern is _ALIAS else m.group(1)
            kind = _alias_kind(alias if pattern is _ALIAS else m.group("list"))
            if pattern is _QUOTED_ALIASES and kind == "name":
                continue  # a quoted remark, not what the policy calls itself
            name = _name_before(line[:m.start()])
            if kind == "name":
                # Another defined term (`(이하 '이용자')`) unless it is a short form of the name before it
                # (`가나 지원시스템(이하 "지원시스템")`) or the template `<가나>('https://…' 이하 '가나')`.
                short_form = _compact(alias) and _compact(alias) in _compact(name)
                if not short_form and not m.group("url"):
                    continue
                name = name or alias
                if short_form:
                    kind = "short_form"
            yield {"self": 0, "name": 1, "short_form": 2, "service": 4}[kind], offset + m.start(), name


def _candidates(text: str, title: str = ""):
    """(rank, position, name) for every place the policy may name itself; a lower rank is more reliable."""
    name = _title_name(title) if title else None
    if name:
        yield 5, 0, name  # the last resort: page titles are often a site's, or a template's
    head = text[:_HEAD_CHARS]
    offset = 0
    lex = lexicon()
    for line in head.split("\n"):
        yield from _aliased(line, offset)
        for m in _SITE.finditer(line):
            yield 3, offset + m.start(), _name_before(line[:m.start()])
        m = _SUBJECT.match(line) if offset < _SUBJECT_CHARS else None
        if m:
            yield 2, offset + m.start("name"), m.group("name")
        for m in _RUNS.finditer(line):
            yield 2, offset + m.start("name"), m.group("name")
        m = _FORMAL_NAME.match(line) if offset < _SUBJECT_CHARS else None
        if m:
            yield 3, offset + m.start("name"), m.group("name")
        offset += len(line) + 1
    for m in lex.strong_label.finditer(text):
        yield 1, m.start("name"), m.group("name")
    lines = [(i, line) for i, line in enumerate(head.split("\n")[:12]) if line.strip()][:6]
    for i, line in lines:
        m = _TITLE.match(line)
        if m:
            yield 3, i, m.group("name")
    for m in lex.service_label.finditer(text):
        yield 4, m.start("name"), m.group("name")


# --- cleaning ---------------------------------------------------------------------------------

_EDGE = " \t,.:;·-–—*'\"‘’“”「」『』<>《》【】[]"


@lru_cache(maxsize=4096)
def clean_org_name(name: str) -> str:
    """`'㈜가나'(이하 '회사')` → ㈜가나: no 이하 remark, URL, quotes, edge brackets or generic tail."""
    name = re.sub(r"[(\[（［]\s*(?:['\"‘“]?" + _URL + r"['\"’”]?\s*,?\s*)?(?:이하|以下).*$", "", name)
    name = re.sub(r"[(（]\s*[)）]", "", re.sub(_URL, "", name))  # `가나 웹사이트(www.…)` leaves `()`
    name = re.sub(r"\s+", " ", name.replace("**", "")).strip(_EDGE)
    name = re.sub(r"^(?:본|당|이|저희|우리)\s+|^[①-⑳]\s*", "", name)  # a leading word or list marker
    for role in lexicon().roles:  # `WhiteVine 운영자 나노청포도` → 나노청포도
        parts = name.split(f" {role} ")
        if len(parts) == 2 and parts[1].strip():
            name = parts[1]
    shorter = lexicon().generic_tail.sub("", name)
    if shorter.strip(_EDGE):
        name = shorter
    return name.strip(_EDGE)


@lru_cache(maxsize=4096)
def is_fragment(name: str) -> bool:
    """Part of a sentence, not a name: particles at the edge, sentence words, quotes, unbalanced brackets."""
    lex = lexicon()
    if not 2 <= len(_compact(name)) <= 40 or len(name.split()) > 6 or not re.search(r"[A-Za-z가-힣]", name):
        return True
    if _compact(name) in lex.not_names or lex.fragment.search(name):
        return True
    if re.search(r"[\"‘’“”「」『』<>]|(?<![A-Za-z])'|'(?![A-Za-z])", name) or name.count("(") != name.count(")"):
        return True
    if re.search(r"\d{4}\s*[년.\-]", name):
        return True
    if re.search(r"(?:하|되|있|없|않|받)$", name):
        return True  # a verb stem cut from its ending: `수집하`
    return bool(_ENDINGS.search(name) and not re.search(r"\)$", name))


def find_org_name(text: str, title: str = "") -> str | None:
    """The name the policy gives itself in `text` (or in its page `title`), None when none is reliable."""
    return _best(_candidates(text, title))


def defined_org_name(text: str) -> str | None:
    """The name the policy defines as its own in its opening (`가나(이하 '회사')`, `<가나>('https://…' 이하 '가나')`),
    never one guessed from a sentence or a label line, which may name a partner."""
    def candidates():
        offset = 0
        for line in text[:_HEAD_CHARS].split("\n"):
            # not a service's name (`가나 스마트스토어(이하 '서비스')`): its platform may be a partner
            yield from (candidate for candidate in _aliased(line, offset) if candidate[0] < 4)
            offset += len(line) + 1
    return _best(candidates())


def _best(candidates) -> str | None:
    best = None
    for rank, position, raw in candidates:
        name = clean_org_name(raw)
        if is_fragment(name):
            continue
        if best is None or (rank, position) < best[:2]:
            best = (rank, position, name)
    return best[2] if best else None
