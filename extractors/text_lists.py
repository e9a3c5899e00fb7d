"""Split Korean enumerations of data items ("성명, 연락처 및 주소 등") into items.

Shared by the extractors that read item lists (collected items, items handed to a
third party). The rules follow the annotation guide:

- split on commas, and on '·' and '/' when every part is an item on its own
  (`학과/학년` splits, `주문·결제 내역` and `여권/비자 소지여부` stay whole);
- split on 및, 또는 and the particles 과/와 only when each side is a complete item
  (`성명 및 연락처` splits, `브라우저 종류 및 버전` stays whole);
- drop parentheticals and a trailing '등'; in `A, B 등 C` the head C is kept
  unless it is a generic word such as 정보;
- an owner phrase ending in '의' (`법정대리인의 성명`) is context, not item.

Whether a 과/와 is the conjunctive particle (성명과 연락처) or part of a word
(학과, 결과) is decided by Kiwi, and only for spans that contain such a candidate.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractors.item_names import taxonomy

_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_INNER_PARENS = re.compile(r"(?<=[가-힣])\([^()]*\)(?=[가-힣])")
_UNOPENED = re.compile(r"^[^(),]*\)")
_UNCLOSED = re.compile(r"\([^()]*$")
_STRAY_PARENS = re.compile(r"[()（）]")
# A stray period between two items (`앱 접속 기록. 푸시 토큰`) separates them like a comma.
_COMMAS = re.compile(r"\s*[,，、;]\s*|(?<=[가-힣A-Za-z0-9])\s?\.\s+(?=[가-힣A-Za-z])")
_WORD_CONJ = re.compile(r"\s+(?:및|또는|혹은|그리고|or|and)\s+", re.I)
# A 과/와 right after a word and before the next word: a candidate conjunction.
_PARTICLE_CONJ = re.compile(r"(?<=[가-힣A-Za-z0-9])(과|와)\s+(?=\S)")
_SLASHES = re.compile(r"\s*[/·ㆍ∙•・]\s*")
# One mark at a time, spaces only before it: with `(?:\s*(?:등등|등)\s*)+` a space between two 등 could go to
# either side and 등등 be one mark or two, so `등 등 … 등 x` and `등등등…x` backtracked 2^n ways.
# 외 only as a word of its own (`이름 외`): glued, it ends words (해외, 국내외).
_TRAILING_ETC = re.compile(r"(?<![\s등外외])(?:\s*[등外]|\s+외)+\s*$")
# "A 등 C" / "A과 같은 C": examples followed by their head.
_HEAD_AFTER = re.compile(r"^(?P<examples>.+?)(?:\s+등의?|(?<=[가-힣])(?:과|와)\s*같은)\s+(?P<head>\S.*)$")
# The trailing run is tried from its first character only (not from each character of every run).
_EDGE_PUNCT = re.compile(r"^[\s\-–—:;.,*•·ㆍ∙※>/|]+|(?<![\s\-–—:;.,*•·ㆍ∙※/|])[\s\-–—:;.,*•·ㆍ∙※/|]+$")
# A conjunction left at the start of a comma piece (`…, 또는 아이핀 정보`) joins it to the list, it is no part of it.
_LEADING_CONJUNCTION = re.compile(r"^(?:및|또는|혹은|그리고)\s+(?=\S)")
_OWNER = re.compile(r"^(?P<owner>.*?\S)의\s+(?P<rest>\S.*)$")
_LAST_OWNER = re.compile(r"^(?P<owner>.*\S)의\s+(?P<rest>\S.*)$")
# A purpose phrase in front of an item is context too: `본인확인을 위한 휴대폰번호`, `서비스 운영에 필요한
# 사용 로그` → 휴대폰번호, 사용 로그.
# It never reaches back over 등: in `상품권 번호 등 결제에 필요한 정보` the examples come before it.
_PURPOSE_PREFIX = re.compile(r"^(?:(?!\s등의?\s).)*\S\s*(?:위한|에\s*필요한)\s+(?=\S)")
_GLUED_HEADS = frozenset("명값")  # one-letter heads written onto their word: 회사명, 식별값
_OCCASION_PREFIX = re.compile(r"^([^,]{0,40}?\S)\s?(?:시|시에|때|경우에?)\s+(?=\S)")
_ADNOMINAL = re.compile(r"^\S*(?:한|는|된|은|던|할)\s")
# `방문일시의 정보`: a generic head after 의 adds nothing to the item.
_GENERIC_AFTER_OF = re.compile(r"(?<=\S)의\s+(?:정보|개인정보|데이터|항목)$")


@dataclass(frozen=True)
class ItemPhrase:
    text: str
    owner: str | None = None  # e.g. 법정대리인 in 법정대리인의 성명


def split_items(text: str) -> list[str]:
    """The items of an enumeration, each as written, without parentheticals."""
    return [p.text for p in split_item_phrases(text)]


def split_item_phrases(text: str) -> list[ItemPhrase]:
    """Like split_items, keeping the owner phrase ('법정대리인의') each item was stripped of."""
    return list(_item_phrases(text))


@lru_cache(maxsize=16384)  # a list is split for the known-item test, then for its items
def _item_phrases(text: str) -> tuple[ItemPhrase, ...]:
    phrases: list[ItemPhrase] = []
    for chunk in _COMMAS.split(strip_parentheticals(_restore_lost_commas(text))):
        phrases.extend(_split_chunk(chunk))
    # An owner in front of the first item covers the list: `법정대리인의 이름, 휴대폰번호`.
    if phrases and phrases[0].owner:
        phrases = [p if p.owner else ItemPhrase(p.text, phrases[0].owner) for p in phrases]
    return tuple(phrases)


# A remark in brackets (`(연동 회원에 한함)`, `(선택)`) and the next word, at the top level.
_AFTER_REMARK = re.compile(r"(?:[함음됨임만시]|경우|필수|선택)\)\s+(?=[가-힣A-Za-z])")


def _restore_lost_commas(text: str) -> str:
    """`회원 번호(연동 회원에 한함) 이름`: a comma lost after a bracketed remark, restored where the words on
    both sides are complete items (a gloss stays inside its item: `직장(근무처) 주소`)."""
    if ")" not in text:
        return text
    out, last = [], 0
    for m in _AFTER_REMARK.finditer(text):
        cut = m.end() - len(m.group()) + m.group().index(")") + 1
        if text.count("(", 0, cut) != text.count(")", 0, cut):
            continue  # inside a bracket
        before = _COMMAS.split(strip_parentheticals(text[last:cut]))[-1]
        after = _COMMAS.split(strip_parentheticals(text[m.end():]), maxsplit=1)[0]
        if before and after and is_complete_item(before) and is_complete_item(after):
            out.append(text[last:cut] + ",")
            last = cut
    return "".join(out) + text[last:]


# Brackets nest at most this deep in a policy; each level costs a pass over the text.
_MAX_NESTING = 16


@lru_cache(maxsize=16384)  # every extractor strips the same lines and phrases
def strip_parentheticals(text: str) -> str:
    for _ in range(_MAX_NESTING):  # innermost first; a deeper remainder is left to the stray-bracket rule
        # `직장(근무처)주소` → 직장주소: a parenthetical inside a word leaves the word whole.
        previous, text = text, _PARENS.sub(" ", _INNER_PARENS.sub("", text))
        if text == previous:
            break
    # A parenthetical cut by a line break: `텔레메트리(예:` … `compute_hour)`.
    text = _UNCLOSED.sub("", _UNOPENED.sub("", text))
    text = re.sub(r"\s+", " ", _STRAY_PARENS.sub(" ", text)).strip()
    return re.sub(r"(?<=\S) (?=의(?:\s|$))", "", text)  # `부모님(법정대리인)의 이름` → 부모님의 이름


def _clean(text: str) -> str:
    text = _LEADING_CONJUNCTION.sub("", _EDGE_PUNCT.sub("", text))
    text = _TRAILING_ETC.sub("", text)
    text = _PURPOSE_PREFIX.sub("", text)
    occasion = _OCCASION_PREFIX.match(text)
    # `위젯 사용 시 단말 모델명` → 단말 모델명; `접속 시 요청한 웹사이트의 주소` is one item.
    if occasion and occasion[1].endswith(lexicon().event_nouns) and not _ADNOMINAL.match(text[occasion.end():]) \
            and is_complete_item(text[occasion.end():]):
        text = text[occasion.end():]
    return _EDGE_PUNCT.sub("", text)


def _split_chunk(chunk: str) -> list[ItemPhrase]:
    phrases: list[ItemPhrase] = []
    # `A 등 B 등 C`: the examples before each 등 are items, then the head after it, in turn
    # (a loop, not a recursion as deep as the 등 are many; nested deeper than brackets ever are, the
    # rest is read as it stands).
    for _ in range(_MAX_NESTING):
        chunk = _clean(chunk)
        if not chunk:
            return phrases
        head_match = _HEAD_AFTER.match(chunk)
        if not head_match:
            break
        phrases += _split_chunk(head_match["examples"])
        head = _clean(head_match["head"])
        if not head or head in lexicon().generic_heads or strip_owner(head).text in lexicon().generic_heads:
            return phrases
        chunk = head
    parts = _split_conjunctions(chunk)
    owner = None
    for part in parts:
        phrase = strip_owner(part)
        if phrase.owner is None:
            phrase = ItemPhrase(_GENERIC_AFTER_OF.sub("", phrase.text))
        # An owner in front of the first of several joined items covers them all.
        owner = phrase.owner or owner
        for piece in _split_slashes(phrase.text):
            for word in _split_known_words(_clean(piece)):
                phrases.append(ItemPhrase(word, owner))
    return phrases


def _split_conjunctions(chunk: str) -> list[str]:
    parts = [chunk]
    for splitter in (_split_on_words, _split_on_particles):
        parts = [p for part in parts for p in splitter(part)]
    return parts


def _split_on_words(text: str) -> list[str]:
    """`성명 및 연락처`, `여권번호 앞 5자리 또는 외국인등록번호` split; pieces that share a head stay whole."""
    pieces = [p.strip() for p in _WORD_CONJ.split(text) if p.strip()]
    if len(pieces) > 1 and all(_is_independent_noun(p) for p in pieces):
        return pieces  # single words that each name something: 저서 및 주요논문
    # `현재 상황 및 고민`: when no side is an item by itself, the whole is one.
    if len(pieces) < 2 or _shares_head_across(pieces) or not any(is_complete_item(p) for p in pieces):
        return [text.strip()] if text.strip() else []
    return pieces


def _shares_head_across(pieces: list[str]) -> bool:
    """The joined pieces name one item with one head: `브라우저 종류 및 버전` (a bare head after),
    `오류 및 크래시 로그` (a bare modifier before), `마일리지 적립·사용 내역` (an event before a head)."""
    lex = lexicon()
    last = pieces[-1]
    if item_key(last) in lex.head_keys and item_key(last) not in lex.variant_keys:
        return True
    if strip_owner(last).owner and all(_is_person(p) for p in pieces[:-1]):
        return True  # `회수 배송의뢰인 및 수령인의 이름`: the persons share the item
    for piece in pieces[:-1]:
        words = piece.split()
        if len(words) == 1 and " " in last and not is_complete_item(piece):
            return True
        if words and words[-1].endswith(lex.event_nouns) and " " in last and _ends_in_head(last):
            return True
    return False


def _ends_in_head(text: str) -> bool:
    """`결제 내역`, `회사명`, `생산라인 수`; not `준수` (a one-letter head other than 명/값 is its own word)."""
    key, words = item_key(text), text.split()
    return any(key.endswith(h) and len(key) > len(h) and (len(h) > 1 or h in _GLUED_HEADS or words[-1] == h)
               for h in lexicon().head_keys)


def _split_on_particles(text: str) -> list[str]:
    if not _PARTICLE_CONJ.search(text):
        return [text]
    conjunctive = _conjunctive_particles(text)
    cuts = [m for m in _PARTICLE_CONJ.finditer(text) if m.start(1) in conjunctive]
    if not cuts:
        return [text]
    pieces, last = [], 0
    for m in cuts:
        pieces.append(text[last:m.start(1)])
        last = m.end()
    pieces.append(text[last:])
    pieces = [p.strip() for p in pieces if p.strip()]
    # A particle Kiwi calls conjunctive also joins a complete item to one bare noun (묵상 텍스트와 성찰).
    if len(pieces) == 2 and is_complete_item(pieces[0]) and _is_independent_noun(pieces[1]):
        return pieces
    # Keep a split only where both neighbours are complete items; else the span is one item.
    if all(is_complete_item(p) for p in pieces):
        return pieces
    return [_join_span(text, pieces)]


def _is_independent_noun(word: str) -> bool:
    """One word that names something by itself (성찰), not a head that needs a modifier (버전, 내역)."""
    return " " not in word and len(word) >= 2 and item_key(word) not in lexicon().head_keys


def _join_span(text: str, pieces: list[str]) -> str:
    """The text from the first piece to the last, as written, each piece found after the one before
    (one pass: bounded work however many pieces)."""
    start = text.find(pieces[0])
    end = start + len(pieces[0])
    for piece in pieces[1:]:
        end = text.find(piece, end) + len(piece)
    return text[start:end]


def _split_slashes(text: str) -> list[str]:
    pieces = [p for p in _SLASHES.split(text) if p.strip()]
    if len(pieces) < 2 or _shares_head(pieces) or _shares_head_across([p.strip() for p in pieces]):
        return [text]
    single_words = all(" " not in p and len(p) >= 2 for p in pieces)
    # Phrases of several words each carry their own head (`코알라 성장 단계·독서 통계`).
    phrases = all(" " in p.strip() for p in pieces)
    # `간편로그인 닉네임·이메일·고유 식별자`: a modifier before a known item leaves it complete.
    if single_words or phrases or all(is_complete_item(p) or _modifies_known_item(p) for p in pieces):
        return pieces
    return [text]


def _split_known_words(text: str) -> list[str]:
    """`이름 나이` with its comma lost: known one-word items side by side are separate items
    (not `추천인 아이디`, `직장 연락처`: a last word that is a head takes the words before it)."""
    words = text.split()
    known = lexicon().variant_keys
    if len(words) > 1 and item_key(text) not in known and all(item_key(w) in known for w in words) \
            and not item_key(words[-1]).endswith(lexicon().head_keys):
        return words
    return [text] if text else []


def _modifies_known_item(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and is_known_item(words[-1])


def _shares_head(pieces: list[str]) -> bool:
    """`카드/계좌번호` means 카드번호 and 계좌번호: the last piece's head serves the pieces before it,
    which the taxonomy confirms (카드 + 번호 is a known item); such a list stays whole."""
    last = item_key(pieces[-1])
    known = lexicon().variant_keys
    for head in ("번호", "주소", "정보", "명"):
        if last.endswith(head) and len(last) > len(head):
            return all(not item_key(p).endswith(head) and item_key(p.split()[-1]) + head in known
                       for p in pieces[:-1] if p.split())
    return False


def strip_owner(text: str) -> ItemPhrase:
    """`법정대리인의 성명` → 성명 (owner 법정대리인); `경험의 종류` stays whole."""
    owner = None
    for _ in range(_MAX_NESTING):  # 수령인의 보호자의 연락처 → innermost owner wins
        # The first 의 that follows a person; `SNS 상의 제3자의 ID` has its owner at the second.
        m = next((m for m in (_OWNER.match(text), _LAST_OWNER.match(text)) if m and _owns(m["owner"])), None)
        if not m:
            break
        owner, text = m["owner"], m["rest"]
    return ItemPhrase(text, owner)


def _owns(owner: str) -> bool:
    """The phrase before 의 ends in a person (법정대리인) or a name (Google)."""
    last_word = owner.split()[-1]
    return _is_person(last_word) or bool(re.fullmatch(r"[A-Za-z][\w./&-]*", last_word))


def _is_person(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].endswith(lexicon().owner_suffixes)


def is_complete_item(text: str) -> bool:
    """An item on its own: a known item, or a noun phrase ending in an item head (결제 내역)."""
    text = strip_owner(text.strip()).text
    key = item_key(text)
    if not key:
        return False
    lex = lexicon()
    if key in lex.variant_keys:
        return True
    return _ends_in_head(text)


def is_known_item(text: str) -> bool:
    """A data item the taxonomy names (이메일, 로그인ID): never an organization."""
    return item_key(text) in lexicon().variant_keys


_NOT_A_KEY_CHAR = re.compile(r"[\s\W_]+")


@lru_cache(maxsize=16384)
def item_key(text: str) -> str:
    return _NOT_A_KEY_CHAR.sub("", text).lower()


def _conjunctive_particles(text: str) -> set[int]:
    """Offsets of the particles Kiwi tags as conjunctive (JC): one look at the analysis for all candidates."""
    return {word.idx for word in analyse(text) if "JC" in word.tag_.split("+")}


@dataclass(frozen=True)
class Word:
    """One word of Kiwi's analysis: its surface, its tags joined by '+', its offset in the span."""

    text: str
    tag_: str
    idx: int

    def __len__(self) -> int:
        return len(self.text)


@lru_cache(maxsize=8192)
def analyse(text: str) -> tuple[Word, ...]:
    """Kiwi's words for a short span, cached: policies repeat their template sentences."""
    return tuple(Word(t.text, t.tag_, t.idx) for t in korean_nlp()(text))


@lru_cache(maxsize=1)
def korean_nlp():
    """The shared Kiwi pipeline, taught the taxonomy's one-word items."""
    from pipeline.nlp import get_nlp

    nlp = get_nlp()
    nlp.tokenizer.add_user_words(kiwi_user_words())
    return nlp


def kiwi_user_words() -> list[str]:
    """The taxonomy's one-word items (비밀번호, 휴대폰번호): Kiwi keeps them one token."""
    return [row["variant"] for row in taxonomy_rows() if re.fullmatch(r"[가-힣]{2,}", row["variant"])]


@dataclass(frozen=True)
class Lexicon:
    variant_keys: frozenset[str]
    head_keys: tuple[str, ...]
    event_nouns: tuple[str, ...]  # actions and events that take a head: 적립 (내역), 오류 (로그)
    generic_heads: frozenset[str]
    owner_suffixes: tuple[str, ...]
    raw: dict


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("extractors").joinpath("data/item_lexicon.json").read_text("utf-8"))
    return Lexicon(
        variant_keys=frozenset(item_key(row["variant"]) for row in taxonomy_rows()),
        head_keys=tuple(sorted({item_key(h) for h in raw["head_nouns"]}, key=len, reverse=True)),
        event_nouns=tuple(raw["action_nouns"] + raw["event_nouns"]),
        generic_heads=frozenset(raw["generic_heads"]),
        owner_suffixes=tuple(raw["owner_suffixes"]),
        raw=raw,
    )


@lru_cache(maxsize=1)
def taxonomy_rows() -> tuple[dict, ...]:
    """The taxonomy rows whose variants the extractor takes as known items (the others only name items)."""
    return tuple(row for row in taxonomy() if row["extractor"] == "yes")
