"""Canonical names and categories of collected items, for comparing organizations.

Policies write one item many ways: 휴대폰번호, 휴대전화 번호, 핸드폰번호, 휴대전화; 성명, 이름;
E-mail, 이메일 주소, 전자우편 주소; 접속 IP 정보, IP 주소. The taxonomy (data/item_taxonomy.csv)
names the canonical item and category of the spellings it lists; the rules (data/item_norm_rules.json)
bring a spelling it does not list to one of them, or to a key that its other spellings share:

1. Spelling. Parentheticals (but a narrowing one: `이름(영문)` is 영문 이름), spacing and punctuation
   go; `substitutions` unify the spellings of one word (휴대폰/핸드폰, 수취인/수령인, 년도/연도, 집/자택,
   전화/전화번호). An item is a modifier and a head noun (`접속` + `일시`); `head_synonyms` unify head
   nouns that say the same after a modifier of a given kind (접속 일시/날짜/시간; 기기 식별자/식별값/
   고유번호; 상담 내용/내역/기록; 친구 목록/관계), and `named_nouns` are the nouns whose name is the
   item itself (은행 = 은행명 = 은행 이름, 모델 = 모델명).
2. Modifiers that do not narrow the item. The data subject, the channel and the time (`neutral_prefixes`:
   회원, 로그인, 접속, 현재, …) and some modifiers before given heads only (`context_prefixes`: 계좌 before
   은행명, 희망 before 아이디, 앱 before a log) are dropped, and so are `neutral_suffixes` (정보, 사항,
   내용, 여부) — never down to a bare head (`bare_heads`: 정보, 번호, 기록 …) or to a modifier alone.
   The item is the taxonomy's when its spelling or a reduced form is a listed spelling, or when its most
   reduced form is that of exactly one canonical item's spellings (서비스 이용 기록 → 이용기록 ← 이용 기록).
3. Anything else is named by its most reduced form and given a category by keywords (`categories`).

A broader and a narrower item stay apart because only the listed modifiers are dropped: 자택 주소,
배송지 주소, 신용카드번호 and 프로필 사진 keep what makes them narrower than 주소, 카드번호 and 사진,
and 휴대전화번호 is no spelling of 연락처. A listed spelling is matched before any reduction, so the
taxonomy can keep apart two items whose reduced forms meet (배송지 정보 / 배송지).
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CATEGORIES = ("identity", "contact", "account", "unique_identifier", "financial", "log", "device", "location",
              "education", "employment", "health", "sensitive", "business", "content", "activity", "preference",
              "other")
OTHER = "other"

_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]")
_NOT_KEY = re.compile(r"[\s\-_·ㆍ∙•・.,/'\"*]+")


@dataclass(frozen=True)
class _Rules:
    narrowing: re.Pattern  # a parenthetical that narrows the item
    substitutions: tuple[tuple[re.Pattern, str], ...]  # word spellings, then head nouns
    named_nouns: re.Pattern
    prefixes: tuple[str, ...]  # longest first
    context_prefixes: tuple[tuple[str, tuple[str, ...]], ...]  # (modifier, the heads it does not narrow)
    suffixes: tuple[str, ...]  # longest first
    bare_heads: frozenset[str]
    categories: tuple[tuple[re.Pattern, str], ...]


def _data(name: str) -> str:
    return resources.files("extractors").joinpath(f"data/{name}").read_text("utf-8")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _head_substitutions(data: dict) -> list[tuple[str, str]]:
    """`(modifier)(synonym head)$` → modifier + canonical head, for head_synonyms."""
    found = []
    for rule in data["head_synonyms"]:
        after = f"({_alternation(rule['after'])})" if "after" in rule else "(.)"  # else: any modifier
        found.append((f"{after}(?:{_alternation(rule['heads'])})$", rf"\g<1>{rule['head']}"))
    return found


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = json.loads(_data("item_norm_rules.json"))
    substitutions = [*data["substitutions"], *_head_substitutions(data)]
    return _Rules(
        narrowing=re.compile(rf"[(（]\s*({_alternation(data['narrowing_parentheticals'])})\s*[)）]"),
        substitutions=tuple((re.compile(p, re.I), r) for p, r in substitutions),
        named_nouns=re.compile(f"({_alternation(data['named_nouns'])})(?:이름)?$"),
        prefixes=tuple(sorted(data["neutral_prefixes"], key=len, reverse=True)),
        context_prefixes=tuple((p, tuple(rule["before"])) for rule in data["context_prefixes"] for p in rule["prefixes"]),
        suffixes=tuple(sorted(data["neutral_suffixes"], key=len, reverse=True)),
        bare_heads=frozenset(data["bare_heads"]),
        categories=tuple((re.compile(p, re.I), c) for p, c in data["categories"]),
    )


@lru_cache(maxsize=1)
def taxonomy() -> tuple[dict, ...]:
    """Every row of item_taxonomy.csv: variant, item_norm, item_category, extractor (yes/no)."""
    return tuple(csv.DictReader(_data("item_taxonomy.csv").splitlines()))


def spelling(item: str) -> str:
    """The item without parentheticals, spacing and punctuation, its words and head noun unified
    (`휴대폰 번호` → 휴대전화번호, `방문 날짜` → 방문일시)."""
    text = unicodedata.normalize("NFKC", item)
    text = "".join(rules().narrowing.findall(text)) + text
    previous = None
    while previous != text:
        previous, text = text, _PARENS.sub("", text)
    return rules().named_nouns.sub(r"\g<1>명", _unify_words(_NOT_KEY.sub("", text)))


def _unify_words(text: str) -> str:
    for pattern, replacement in rules().substitutions:
        text = pattern.sub(replacement, text)
    return text


def _key(text: str) -> str:
    return text.casefold()


def _can_stand_alone(text: str) -> bool:
    r = rules()
    return len(text) >= 2 and text not in r.bare_heads and text not in r.prefixes


def _reduce_once(text: str) -> str | None:
    """The spelling less one modifier or suffix that does not narrow it, or None."""
    r = rules()
    for prefix in r.prefixes:
        if text.startswith(prefix):
            rest = text[len(prefix):]
            for remainder in (rest[1:], rest) if rest.startswith("의") else (rest,):  # 회원의 이름, 회원 의견
                if _can_stand_alone(remainder):
                    return remainder
    for prefix, heads in r.context_prefixes:
        if text.startswith(prefix) and text.endswith(heads) and _can_stand_alone(text[len(prefix):]):
            return text[len(prefix):]
    for suffix in r.suffixes:
        if text.endswith(suffix) and _can_stand_alone(text[: -len(suffix)]):
            return text[: -len(suffix)]
    return None


def reductions(text: str) -> list[str]:
    """The spelling and its ever more reduced forms (`회원가입일시정보` → 가입일시정보 → 가입일시)."""
    forms = [text]
    while (reduced := _reduce_once(forms[-1])) is not None:  # each is shorter
        # a new last word (집전화 정보 → 자택전화 → 자택전화번호), but X 정보 is no name of X (학교 정보)
        forms.append(_unify_words(reduced))
    return forms


@lru_cache(maxsize=1)
def canonical_index() -> dict[str, tuple[str, str]]:
    """Spelling key of every variant and canonical item → (item_norm, item_category)."""
    index: dict[str, tuple[str, str]] = {}
    for row in taxonomy():
        entry = (row["item_norm"], row["item_category"])
        for name in (row["variant"], row["item_norm"]):
            index.setdefault(_key(spelling(name)), entry)
    return index


def reduced_key(key: str) -> str:
    return _key(reductions(key)[-1])


@lru_cache(maxsize=1)
def reduced_index() -> dict[str, tuple[str, str]]:
    """Most reduced form of the listed spellings → their canonical item, where only one item's spellings have it."""
    owners = defaultdict(set)
    for key, entry in canonical_index().items():
        owners[reduced_key(key)].add(entry)
    return {form: next(iter(entries)) for form, entries in owners.items() if len(entries) == 1}


@lru_cache(maxsize=16384)
def canonical_item(item: str) -> tuple[str, str]:
    """(item_norm, item_category): the taxonomy's canonical item, else the most reduced spelling and a keyword
    category."""
    forms = reductions(spelling(item))
    index = canonical_index()
    for form in forms:
        if _key(form) in index:
            return index[_key(form)]
    if _key(forms[-1]) in reduced_index():
        return reduced_index()[_key(forms[-1])]
    text = forms[-1] or re.sub(r"\s+", "", item)
    category = next((c for p, c in rules().categories if p.search(text) or p.search(item)), OTHER)
    return text, category
