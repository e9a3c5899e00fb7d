"""Law names in policy text → official statute names, through the gazetteer in data/laws.csv.

Policies write the same statute many ways (`전자상거래법`, `전자상거래등에서의소비자보호에관한법률`,
`「전자상거래 등에서의 소비자 보호에 관한 법률」`); matching ignores spacing and middle dots.
A name the gazetteer does not know is kept as written when it is plainly a law or regulation
name (`… 운영에 관한 규정`, or in a law cell `학생생활관 규정`).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class LawRef:
    law: str  # official name (gazetteer), or the name as written when the gazetteer does not know it
    law_text: str  # as written
    article: str | None  # `제6조`, `제15조의2`, `시행령 제6조`
    start: int = 0
    end: int = 0


_DOTS = "·ㆍ・․‧•∙⋅"
_DOT_CLASS = "[" + _DOTS + r".\s]?"
_SPACE = re.compile(r"\s+")


def _key(name: str) -> str:
    """Spacing- and dot-insensitive form of a name."""
    return re.sub("[" + _DOTS + "]", "", _SPACE.sub("", name))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Alias key → official name. Every official name is also its own alias."""
    text = resources.files("extractors").joinpath("data/laws.csv").read_text("utf-8")
    table: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        table[_key(row["law"])] = row["law"]
        table[_key(row["alias"])] = row["law"]
    return table


_INSTRUMENT = re.compile(r"\s*시행\s*(?:령|규칙)$")


def statute_of(law: str | None) -> str | None:
    """The act a cited instrument belongs to: `고등교육법 시행령` → 고등교육법; an act is its own."""
    if not law:
        return law
    parent = _INSTRUMENT.sub("", law.strip())
    return gazetteer().get(_key(parent), parent) if parent else law


def _trie_pattern(keys: list[str]) -> str:
    """One regex for all names, as a character trie (fast), with optional spaces between characters."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool) -> str:
        branches = []
        for ch, child in sorted(node.items(), key=lambda kv: kv[0] == ""):
            if ch == "":
                branches.append("")
                continue
            sep = "" if first else r"\s*"
            branches.append(sep + re.escape(ch) + emit(child, False))
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie, True)


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern:
    # A dot may stand between any two characters of a name (`표시·광고`), so dots are matched by
    # the spacing gap and removed from the keys. Not preceded by a syllable (`보상법` is not `상법`),
    # not followed by one that makes it another word (`의료법인`, `민법원`).
    gap = r"[\s" + _DOTS + r"]*"
    body = _trie_pattern(sorted(gazetteer())).replace(r"\s*", gap)
    return re.compile(r"(?<![가-힣])" + body + r"(?![인원무학적률])")


_ARTICLE = re.compile(
    r"^\s*[」』》>\"”'’)]*\s*(?:[(「‘'\"“]\s*)?"
    r"(?P<pre>(?:(?:같은|동)\s*법\s*)?시행\s*(?:령|규칙)\s*)?"
    r"(?P<art>제\s*\d+\s*조(?:\s*의\s*\d+)?)")
_LAW_SUFFIX = r"(?:법률|법|규정|규칙|지침|고시|조례|시행령|시행규칙)"
# `X에 관한 법률/규정`: an unlisted statute or regulation named in full.
_ABOUT = re.compile(r"에\s*관한\s*(?:법률|규정|규칙|지침|고시)")
_CELL_NAME = re.compile(_LAW_SUFFIX + r"(?![가-힣])")
_BRACKETED = re.compile(r"「([^」]{2,60})」")
# Words that end a name when walking left from its suffix: particles, punctuation, enumerators.
_STOP_WORD = re.compile(r"(은|는|을|를|에게|으로|로서|로써|에서는|하여|하고|위한|위해|에의한|따라|따른|의거)$|^\W+$")
_GENERIC = re.compile(
    r"^(관련|관계|해당|기타|다른|내부|사내|회사|자체|당사|동|같은|각|개별|특별|상위|현행|그\s*밖의)?\s*"
    r"(법|법령|법률|규정|규칙|지침|고시|조례|시행령|시행규칙)?\s*(등)?$")
_NOT_LAW_WORD = re.compile(r"(방|불|위|적|합|편|문|해결|처리|작성|이용|운영|관리)법$")


def _article(text: str, end: int) -> tuple[str | None, int]:
    m = _ARTICLE.match(text[end:])
    if not m:
        return None, end
    article = _SPACE.sub("", m.group("art"))
    if m.group("pre"):
        pre = _SPACE.sub("", m.group("pre"))
        article = ("시행규칙 " if "규칙" in pre else "시행령 ") + article
    return article, end + m.end()


def _name_start(text: str, suffix_start: int, stop_chars: str) -> int:
    """Walk left word by word from a law suffix to where the name begins."""
    start = suffix_start
    words = 0
    for m in reversed(list(re.finditer(r"\S+", text[:suffix_start]))):
        word = m.group(0)
        cut = max(word.rfind(c) for c in stop_chars)
        if cut >= 0:  # punctuation inside the word: the name starts after it
            tail_start = m.start() + cut + 1
            if tail_start < m.end():
                start = tail_start
            break
        if _STOP_WORD.search(word) or re.match(r"^(\d+|[가나다라마바사아자차카타파하])[.)]$", word) or words >= 8:
            break
        start, words = m.start(), words + 1
    return start


_DECREE = re.compile(r"\s*(?:시행령|시행규칙)(?![가-힣])")


def _unknown_names(text: str, taken: list[tuple[int, int]], cell: bool) -> list[LawRef]:
    found: list[LawRef] = []
    stops = ",;:/()[]「」『』<>‘’“”\"'、"
    pattern = _CELL_NAME if cell else _ABOUT
    for m in pattern.finditer(text):
        suffix_end = m.end()
        if any(s <= m.start() < e for s, e in taken):
            continue
        start = _name_start(text, m.start(), stops)
        name = text[start:suffix_end].strip()
        if not name or _GENERIC.match(name) or _NOT_LAW_WORD.search(name.split()[-1]):
            continue
        if any(s < suffix_end and start < e for s, e in taken):
            continue
        # An unlisted statute's decree is a regulation of its own, kept as written.
        decree = _DECREE.match(text, suffix_end)
        if decree:
            suffix_end = decree.end()
            name = text[start:suffix_end].strip()
        article, end = _article(text, suffix_end)
        found.append(LawRef(_SPACE.sub(" ", name), text[start:suffix_end], article, start, end))
        taken.append((start, end))
    for m in _BRACKETED.finditer(text):  # `「학생생활관 운영규정」`
        name = m.group(1).strip()
        if any(s < m.end() and m.start() < e for s, e in taken) or not re.search(_LAW_SUFFIX + "$", name):
            continue
        if _GENERIC.match(name):
            continue
        article, end = _article(text, m.end())
        found.append(LawRef(_SPACE.sub(" ", name), name, article, m.start(), end))
        taken.append((m.start(), end))
    return found


def resolve_laws(text: str, cell: bool = False) -> list[LawRef]:
    """Every law named in `text`, in order of appearance.

    Known statutes resolve to their official name; `…에 관한 법률/규정` names the gazetteer does not
    know are kept as written. With `cell=True` (a law column cell or a `근거:` value, where only
    names are expected) any `… 규정`, `… 법` name is kept too.
    """
    if not text:
        return []
    table = gazetteer()
    refs: list[LawRef] = []
    taken: list[tuple[int, int]] = []
    for m in _known_pattern().finditer(text):
        law = table.get(_key(m.group(0)))
        if law is None:
            continue
        article, end = _article(text, m.end())
        refs.append(LawRef(law, m.group(0), article, m.start(), end))
        taken.append((m.start(), end))
    # `동법 시행령`, `같은 법 시행규칙` belong to the law just named.
    for m in re.finditer(r"(동|같은)\s*법\s*(시행\s*(령|규칙))?", text):
        taken.append((m.start(), m.end()))
    refs += _unknown_names(text, taken, cell)
    refs.sort(key=lambda r: r.start)
    unique: list[LawRef] = []
    for ref in refs:
        if all(ref.law != u.law for u in unique):
            unique.append(ref)
    return unique


def official_name(name: str) -> str | None:
    """The official name of a statute written any known way, or None."""
    return gazetteer().get(_key(name.strip("「」『』《》<>\"'“”‘’ ")))
