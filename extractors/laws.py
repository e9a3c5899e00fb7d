"""Law names in policy text → official statute names, through the gazetteer in data/laws.csv.

Policies write the same statute many ways (`전자상거래법`, `전자상거래등에서의소비자보호에관한법률`,
`「전자상거래 등에서의 소비자 보호에 관한 법률」`); matching ignores spacing and middle dots.
A name the gazetteer does not know is kept as written when it is plainly a law or regulation
name (`… 운영에 관한 규정`, or in a law cell `학생생활관 규정`).

A decree cited as such keeps its name (ANNOTATION.md): `근로기준법시행령 제22조` → `근로기준법 시행령`,
`전자상거래법 시행령` → `전자상거래 등에서의 소비자보호에 관한 법률 시행령`; `… 법률 제6조 및 동시행령
제6조` cites the act and its decree, two laws.
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
    law: str  # official name (gazetteer) with ` 시행령`/` 시행규칙` when the decree is cited, or as written
    law_text: str  # as written
    article: str | None  # `제6조`, `제15조의2`
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
        # `기부금품 모집 및 사용에 관한 법률`: a name cited without its genitive 의 is still that law.
        table.setdefault(_key(_GENITIVE.sub("", row["law"])), row["law"])
    return table


_GENITIVE = re.compile(r"(?<=[가-힣])의(?=\s)")


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
    # not followed by one that makes it another word (`의료법인`, `민법원`). The pattern is matched
    # on `_one_dot(text)`: a class of one Latin-1 dot compiles at once, one of all the dots (above
    # U+00FF) takes a tenth of a millisecond each of the thousands of times the gap occurs.
    body = _trie_pattern(sorted(gazetteer())).replace(r"\s*", r"[\s·]*")
    return re.compile(r"(?<![가-힣])" + body + r"(?![인원무학적률])")


_ONE_DOT = str.maketrans(_DOTS, "·" * len(_DOTS))
_OTHER_DOT = re.compile("[" + _DOTS.replace("·", "") + "]")


def _one_dot(text: str) -> str:
    """Every dot as `·`, one character for one (offsets hold)."""
    return text.translate(_ONE_DOT) if _OTHER_DOT.search(text) else text


_LAW_WORDS = ("법", "령", "규정", "규칙", "지침", "고시", "조례")


@lru_cache(maxsize=1)
def _lawish() -> re.Pattern:
    """What every name this module finds contains: a law word, or the start of an alias that has none
    (`정보통신망 이용촉진 및 정보보호`)."""
    gap = r"[\s" + _DOTS + r"]*"
    anchors = {gap.join(map(re.escape, key[:2])) for key in gazetteer() if not any(w in key for w in _LAW_WORDS)}
    return re.compile("|".join([*_LAW_WORDS, *sorted(anchors)]))


_ARTICLE = re.compile(  # matched at the end of a name (`match(text, pos)`), never on a copy of the rest
    r"\s*(?:[」』》>\"”'’)]+\s*)?(?:[(「‘'\"“]\s*)?"  # no two space runs side by side
    r"(?P<art>(?:제\s*)?\d+\s*조(?:\s*의\s*\d+)?)")
# Right after a statute's name: its decree (`근로기준법시행령`, `「개인정보 보호법」 시행령`).
_DECREE_AFTER = re.compile(r"\s*(?:[」』》>\"”'’]\s*)?시행\s*(?P<kind>령|규칙)")
# The decree of the statute named just before: `동법 시행령`, `동시행령`, `같은 법 시행규칙`, `및 시행령`.
_OWN_DECREE = re.compile(r"(?<![가-힣])(?P<same>(?:동|같은)\s*법\s*|동\s*)?시행\s*(?P<kind>령|규칙)")
_SAME_LAW = re.compile(r"(동|같은)\s*법(?![가-힣])")
# What may stand between a statute (with its articles) and a bare `시행령` that is its decree.
_DECREE_GAP_MAX = 40
_DECREE_GAP = re.compile(
    r"^(?:[\s,·」』)]|및|과|와|그|제\s*\d+\s*(?:조(?:\s*의\s*\d+)?|항|호))*$")
_LAW_SUFFIX = r"(?:법률|법|규정|규칙|지침|고시|조례|시행령|시행규칙)"
# `X에 관한 법률/규정`: an unlisted statute or regulation named in full; `X법 제5조`: a name with its article.
_ABOUT = re.compile(r"에\s*관한\s*(?:법률|규정|규칙|지침|고시)|(?<=[가-힣]{2})(?:법률|법)(?=\s*제\s*\d+\s*조)")
# In a law cell a name may have its article glued on: `장학금지급에관한규정제5조`.
_CELL_NAME = re.compile(_LAW_SUFFIX + r"(?:(?![가-힣])|(?=제\s*\d+\s*조))")
_BRACKETED = re.compile(r"「([^」]{2,60})」")
# Words that end a name when walking left from its suffix: particles, punctuation, enumerators.
_STOP_WORD = re.compile(r"(은|는|을|를|에게|으로|로서|로써|에서는|하여|하고|위한|위해|에의한|따라|따른|의거)$|^\W+$")
_GENERIC = re.compile(
    r"^(관련|관계|해당|기타|다른|내부|사내|회사|자체|당사|동|같은|각|개별|특별|상위|현행|그\s*밖의)?\s*"
    r"(법|법령|법률|규정|규칙|지침|고시|조례|시행령|시행규칙)?\s*(등)?$")
_NOT_LAW_WORD = re.compile(r"(방|불|위|적|합|편|문|해결|처리|작성|이용|운영|관리)법$")


def _article(text: str, end: int) -> tuple[str | None, int]:
    m = _ARTICLE.match(text, end)
    if not m:
        return None, end
    article = _SPACE.sub("", m.group("art"))
    return (article if article.startswith("제") else "제" + article), m.end()  # `41조` → `제41조`


def _decree_name(statute: str, kind: str) -> str:
    return f"{statute} 시행{kind}"


_WORD = re.compile(r"\S+")
_NAME_WINDOW = 200


def _name_start(text: str, suffix_start: int, stop_chars: str) -> int:
    """Walk left word by word from a law suffix to where the name begins."""
    start = suffix_start
    words = 0
    window = max(0, suffix_start - _NAME_WINDOW)  # a name is at most 8 words: never scan the whole text
    for m in reversed(list(_WORD.finditer(text, window, suffix_start))):
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
_BRACKETS = re.compile(r"[「」『』《》<>\"“”'‘’]")
_GLUED_DECREE = re.compile(r"(법|법률)(시행령|시행규칙)$")


class _Taken:
    """Character positions already read as part of a law name: O(1) per position, linear overall."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def covers(self, pos: int) -> bool:
        return bool(self.mask[pos])

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.mask[start:end])


def _unknown_names(text: str, taken: _Taken, cell: bool) -> list[LawRef]:
    found: list[LawRef] = []
    stops = ",;:/()[]「」『』<>‘’“”\"'、"
    pattern = _CELL_NAME if cell else _ABOUT
    for m in pattern.finditer(text):
        suffix_end = m.end()
        if taken.covers(m.start()):
            continue
        start = _name_start(text, m.start(), stops)
        name = text[start:suffix_end].strip()
        if not name or _GENERIC.match(name) or _NOT_LAW_WORD.search(name.split()[-1]):
            continue
        if taken.overlaps(start, suffix_end):
            continue
        # An unlisted statute's decree keeps its name: `X법시행령` → `X법 시행령`.
        decree = _DECREE.match(text, suffix_end)
        if decree:
            suffix_end = decree.end()
            name = text[start:suffix_end].strip()
        name = _GLUED_DECREE.sub(r"\1 \2", _SPACE.sub(" ", name))
        article, end = _article(text, suffix_end)
        found.append(LawRef(name, text[start:suffix_end], article, start, end))
        taken.add(start, end)
    for m in _BRACKETED.finditer(text):  # `「학생생활관 운영규정」`
        name = m.group(1).strip()
        if taken.overlaps(m.start(), m.end()) or not re.search(_LAW_SUFFIX + "$", name):
            continue
        if _GENERIC.match(name):
            continue
        article, end = _article(text, m.end())
        found.append(LawRef(_SPACE.sub(" ", name), name, article, m.start(), end))
        taken.add(m.start(), end)
    return found


def resolve_laws(text: str, cell: bool = False) -> list[LawRef]:
    """Every law named in `text`, in order of appearance.

    Known statutes resolve to their official name; `…에 관한 법률/규정` names the gazetteer does not
    know are kept as written. With `cell=True` (a law column cell or a `근거:` value, where only
    names are expected) any `… 규정`, `… 법` name is kept too.
    """
    if not text or not _lawish().search(text):  # most texts asked about name no law at all
        return []
    table = gazetteer()
    refs: list[LawRef] = []
    taken = _Taken(len(text))
    for m in _known_pattern().finditer(_one_dot(text)):
        law = table.get(_key(m.group(0)))
        if law is None:
            continue
        name_end = m.end()
        decree = _DECREE_AFTER.match(text, name_end)
        if decree:
            law, name_end = _decree_name(law, decree.group("kind")), decree.end()
        article, end = _article(text, name_end)
        refs.append(LawRef(law, _BRACKETS.sub("", text[m.start():name_end]), article, m.start(), end))
        taken.add(m.start(), end)
    # `동법 시행령`, `같은 법 시행규칙`, `동시행령`: the decree of the law just named (paired below);
    # a mention inside a known name (`X법 시행령`) is part of that name.
    own_decrees = [m for m in _OWN_DECREE.finditer(text) if not taken.covers(m.start())]
    for m in own_decrees:
        taken.add(m.start(), m.end())
    for m in _SAME_LAW.finditer(text):  # `동법 제3조`: the same law again
        taken.add(m.start(), m.end())
    refs += _unknown_names(text, taken, cell)
    refs.sort(key=lambda r: r.start)
    refs += _own_decrees(text, own_decrees, refs)
    refs.sort(key=lambda r: r.start)
    unique: list[LawRef] = []
    seen: set[str] = set()
    for ref in refs:
        if ref.law not in seen:
            seen.add(ref.law)
            unique.append(ref)
    return unique


def _own_decrees(text: str, mentions: list[re.Match], refs: list[LawRef]) -> list[LawRef]:
    """`… 법률 제6조 및 동시행령 제6조`: each decree mention is the decree of the statute before it.

    `refs` and `mentions` are both in text order, so one pass pairs each mention with the last
    statute that ends before it.
    """
    found = []
    statutes = [ref for ref in refs if not _INSTRUMENT.search(ref.law)]
    i, statute = 0, None
    for m in mentions:
        while i < len(statutes) and statutes[i].end <= m.start():
            statute, i = statutes[i], i + 1
        if statute is None:
            continue
        # A bare `시행령` counts only right after the statute and its articles; `동법 시행령` anywhere after.
        gap = text[statute.end:m.start()]
        if not m.group("same") and (len(gap) > _DECREE_GAP_MAX or not _DECREE_GAP.match(gap)):
            continue
        article, end = _article(text, m.end())
        found.append(LawRef(_decree_name(statute.law, m.group("kind")), m.group(0), article, m.start(), end))
    return found


def official_name(name: str) -> str | None:
    """The official name of a statute written any known way, or None."""
    return gazetteer().get(_key(name.strip("「」『』《》<>\"'“”‘’ ")))
