"""Canonical names and categories of collected items, for comparing organizations.

Policies write one item many ways: 휴대폰번호, 휴대전화 번호, 핸드폰번호, 휴대전화; 성명, 이름;
E-mail, 이메일 주소, 전자우편 주소; 접속 IP 정보, IP 주소. The item is compared without spacing,
punctuation and parentheticals, words written several ways are unified (data/item_norm_rules.json),
and the taxonomy (data/item_taxonomy.csv) names the canonical item and its category. A broader and
a narrower item stay apart (연락처 / 휴대전화번호, 주소 / 자택 주소, 카드번호 / 신용카드번호):
nothing is dropped from an item unless what remains is itself a known item.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
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
    substitutions: tuple[tuple[re.Pattern, str], ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    categories: tuple[tuple[re.Pattern, str], ...]


def _data(name: str) -> str:
    return resources.files("extractors").joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = json.loads(_data("item_norm_rules.json"))
    return _Rules(
        substitutions=tuple((re.compile(p, re.I), r) for p, r in data["substitutions"]),
        prefixes=tuple(sorted(data["neutral_prefixes"], key=len, reverse=True)),
        suffixes=tuple(sorted(data["neutral_suffixes"], key=len, reverse=True)),
        categories=tuple((re.compile(p, re.I), c) for p, c in data["categories"]),
    )


@lru_cache(maxsize=1)
def taxonomy() -> tuple[dict, ...]:
    """Every row of item_taxonomy.csv: variant, item_norm, item_category, extractor (yes/no)."""
    return tuple(csv.DictReader(_data("item_taxonomy.csv").splitlines()))


def spelling(item: str) -> str:
    """The item without parentheticals, spacing and punctuation, its words unified (`휴대폰 번호` → 휴대전화번호)."""
    text = unicodedata.normalize("NFKC", item)
    previous = None
    while previous != text:
        previous, text = text, _PARENS.sub("", text)
    text = _NOT_KEY.sub("", text)
    for pattern, replacement in rules().substitutions:
        text = pattern.sub(replacement, text)
    return text


def _key(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=1)
def canonical_index() -> dict[str, tuple[str, str]]:
    """Spelling key of every variant and canonical item → (item_norm, item_category)."""
    index: dict[str, tuple[str, str]] = {}
    for row in taxonomy():
        entry = (row["item_norm"], row["item_category"])
        for name in (row["variant"], row["item_norm"]):
            index.setdefault(_key(spelling(name)), entry)
    return index


def _known(key: str) -> tuple[str, str] | None:
    """The taxonomy entry of a key, also after dropping a neutral prefix or suffix (`회원 ID`, `주소 정보`)."""
    index = canonical_index()
    if key in index:
        return index[key]
    r = rules()
    for prefix in r.prefixes:
        if key.startswith(prefix) and key[len(prefix):] in index:
            return index[key[len(prefix):]]
    for suffix in r.suffixes:
        if key.endswith(suffix) and key[: -len(suffix)] in index:
            return index[key[: -len(suffix)]]
    return None


@lru_cache(maxsize=16384)
def canonical_item(item: str) -> tuple[str, str]:
    """(item_norm, item_category): the taxonomy's canonical item, else the unified spelling and a keyword category."""
    text = spelling(item)
    known = _known(_key(text))
    if known:
        return known
    if not text:
        text = re.sub(r"\s+", "", item)
    category = next((c for p, c in rules().categories if p.search(text) or p.search(item)), OTHER)
    return text, category
