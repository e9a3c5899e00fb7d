"""Canonical names of the providers that policies hand data to, and of the organizations themselves.

One provider is written many ways: in two scripts (구글 / Google), with legal forms and regional
entities (Google LLC, Google Asia Pacific Pte. Ltd., Google Korea), with a product or channel
(Google (Firebase), 카카오 알림톡) and under old names (동부화재 → DB손해보험). The registry
(data/entity_registry.csv) gives each known provider one canonical name, a category and its
aliases; a name it does not know gets a rule-based key (data/entity_keys.json): no legal forms,
brackets, spacing, punctuation or trailing product and region words.

Distinct businesses of one group are distinct entries (카카오 / 카카오페이), so a name is matched
as a whole first and reduced to a known prefix only when what follows is a qualifier.

Rules that hold for names the registry does not list (all in data/entity_keys.json):
- A name outside brackets that carries a legal form is the company, whatever the brackets name
  (`㈜가나솔루션(카카오톡)` is 가나솔루션, not 카카오), unless it is a generic word (`(주)PG사(KG이니시스)`);
  otherwise the outer name is tried first, then the bracketed parts (`뿌리오(㈜다우기술)`).
- `spellings` unify the ways one word of a name is written: plural endings of transliterated words
  (시스템즈 / 시스템, Systems / System), common misspellings (맴버스 / 멤버스). Spacing, case,
  punctuation and legal forms anywhere never count. Nothing else is fuzzy: a name that differs by a word
  (카카오 / 카카오페이, NICE평가정보 / NICE페이먼츠, KG이니시스 / KG모빌리언스) is another provider.
- `letter_names`: an initialism spelled out in Hangul is the registry's Latin name (`케이지이니시스` →
  KG이니시스, `엘지유플러스` → LG유플러스), tried only against the registry, never for unknown names.
- An unknown name loses trailing product and region words, but not `company_words`, which also end
  companies' names (`가나 솔루션` is ㈜가나솔루션).
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CATEGORIES = ("payment", "identity", "messaging", "cloud", "logistics", "analytics_ads", "customer_service",
              "it_services", "insurance", "public_body", "other")
OTHER = "other"


@dataclass(frozen=True)
class Entity:
    canonical: str
    category: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class _Rules:
    legal_forms: re.Pattern
    qualifiers: frozenset[str]
    regions: frozenset[str]
    company_words: frozenset[str]
    product_markers: frozenset[str]
    trailing_words: tuple[str, ...]  # qualifiers and regions, longest first (for compact keys)
    letter_names: tuple[tuple[str, str], ...]  # Hangul name of a Latin letter, longest first
    generic_types: frozenset[str]
    name_categories: tuple[tuple[re.Pattern, str], ...]
    task_categories: tuple[tuple[re.Pattern, str], ...]


def _data(name: str) -> str:
    return resources.files("extractors").joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def rules() -> _Rules:
    from extractors.orgs import lexicon as org_lexicon

    data = json.loads(_data("entity_keys.json"))
    legal = [org_lexicon().legal_forms.pattern, *data["legal_forms"]]
    qualifiers = frozenset(_compact_key(q) for q in data["qualifiers"])
    regions = frozenset(_compact_key(r) for r in data["regions"])
    return _Rules(
        legal_forms=re.compile("|".join(f"(?:{p})" for p in legal), re.I),
        qualifiers=qualifiers,
        regions=regions,
        company_words=frozenset(_compact_key(w) for w in data["company_words"]),
        product_markers=frozenset(_compact_key(m) for m in data["product_markers"]),
        trailing_words=tuple(sorted(qualifiers | regions, key=len, reverse=True)),
        letter_names=tuple(sorted(data["letter_names"].items(), key=lambda kv: len(kv[0]), reverse=True)),
        generic_types=org_lexicon().generic_types,
        name_categories=tuple((re.compile(p, re.I), c) for p, c in data["name_categories"]),
        task_categories=tuple((re.compile(p, re.I), c) for p, c in data["task_categories"]),
    )


@lru_cache(maxsize=1)
def spellings() -> tuple[tuple[re.Pattern, str], ...]:
    """The `spellings` rules, apart from rules() because the compact keys of its word lists use them."""
    return tuple((re.compile(p, re.I), r) for p, r in json.loads(_data("entity_keys.json"))["spellings"])


@lru_cache(maxsize=1)
def registry() -> tuple[Entity, ...]:
    return tuple(
        Entity(row["canonical"].strip(), row["category"].strip(),
               tuple(a.strip() for a in row["aliases"].split("|") if a.strip()))
        for row in csv.DictReader(_data("entity_registry.csv").splitlines()))


@lru_cache(maxsize=1)
def alias_index() -> dict[str, Entity]:
    """Key of every canonical name and alias → its entity (the registry test checks that no key repeats)."""
    index: dict[str, Entity] = {}
    for entity in registry():
        for name in (entity.canonical, *entity.aliases):
            index.setdefault(name_key(name), entity)
    return index


# --- keys ---------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[(\[（［{【<「『][^()\[\]（）［］{}【】<>「」『』]*[)\]）］}】>」』]")
_STRAY_BRACKETS = re.compile(r"[()\[\]（）［］{}【】<>「」『』]")
_NOT_KEY = re.compile(r"[^\w+&]|_")
_SPACE = re.compile(r"\s+")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _unify_spellings(text: str) -> str:
    for pattern, replacement in spellings():
        text = pattern.sub(replacement, text)
    return text


def _compact_key(text: str) -> str:
    return _NOT_KEY.sub("", _unify_spellings(_nfkc(text))).casefold()


def _without_legal_forms(text: str) -> str:
    text = _nfkc(text)
    # `(주)` must go before brackets are read as qualifiers; `㈜` is `(주)` after NFKC.
    return _SPACE.sub(" ", rules().legal_forms.sub(" ", text)).strip(" ,.·-")


_DESCRIPTION = re.compile(r"\s+[—–-]\s+")


def _outer_and_inner(text: str) -> tuple[str, list[str]]:
    """`Google LLC (Firebase)` → ("Google LLC", ["Firebase"]); nested brackets are read from inside out, and
    what follows a spaced dash is a description (`Google LLC — Cloud Marketplace`)."""
    text, *described = _DESCRIPTION.split(text, maxsplit=1)
    inner: list[str] = []
    previous = None
    while previous != text:
        previous = text
        for m in _BRACKETS.finditer(text):
            inner.append(m.group(0)[1:-1].strip())
        text = _BRACKETS.sub(" ", text)
    return _SPACE.sub(" ", _STRAY_BRACKETS.sub(" ", text)).strip(" ,.·-"), [i for i in inner + described if i]


def name_key(name: str) -> str:
    """Casefolded key of a name without legal forms, bracketed parts, spacing and punctuation."""
    outer, inner = _outer_and_inner(_without_legal_forms(name))
    return _compact_key(_without_legal_forms(outer)) or (_compact_key(_without_legal_forms(inner[0])) if inner else "")


# --- lookup ---------------------------------------------------------------------------------


def _strip_trailing(key: str, entity: Entity | None) -> str:
    """Remove qualifier and region words (and aliases of `entity`) from the end of a compact key."""
    index = alias_index()
    changed = True
    while key and changed:
        changed = False
        for word in rules().trailing_words:
            if key.endswith(word):
                key, changed = key[: -len(word)], True
                break
        if not changed and entity is not None:
            for i in range(len(key)):
                if index.get(key[i:]) is entity:
                    key, changed = key[:i], True
                    break
    return key


def _lookup_key(key: str) -> Entity | None:
    """The entity whose alias is the key, or the longest alias prefix followed only by qualifiers."""
    index = alias_index()
    if key in index:
        return index[key]
    for end in range(len(key) - 1, 1, -1):
        entity = index.get(key[:end])
        if entity is not None and not _strip_trailing(key[end:], entity):
            return entity
    return None


_LEGAL_FORM_MARK = "\ue000"


def _candidates(name: str) -> list[str]:
    """The parts of a name that may name its provider, in order: the name outside brackets, then the
    bracketed parts, except when the outer name carries a legal form and is no generic word: it is the company."""
    outer, inner = _outer_and_inner(_without_legal_forms(name))
    marked_outer, _ = _outer_and_inner(rules().legal_forms.sub(f" {_LEGAL_FORM_MARK} ", _nfkc(name)))
    if _LEGAL_FORM_MARK in marked_outer and outer and _SPACE.sub("", outer) not in rules().generic_types:
        return [outer]
    return [outer, *inner]


def _latin_initials(key: str) -> list[str]:
    """The key with a leading initialism spelled out in Hangul written in Latin letters, for each length of
    the initialism (`엘지유플러스` → lg유플러스, lgu플러스)."""
    letters, rest, found = "", key, []
    while letter := next(((n, latin) for n, latin in rules().letter_names if rest.startswith(n)), None):
        letters, rest = letters + letter[1], rest[len(letter[0]):]
        if len(letters) >= 2 and rest:
            found.append(letters + rest)
    return found


def lookup(name: str) -> Entity | None:
    """The registry entity a name denotes: see _candidates; a part is matched as written, then with a
    Hangul-spelled initialism in Latin letters."""
    candidates = _candidates(name)
    keys = [_compact_key(_without_legal_forms(c)) for c in candidates]
    for key in keys + [latin for key in keys for latin in _latin_initials(key)]:
        if len(key) >= 2 or (key and key in alias_index()):
            entity = _lookup_key(key)
            if entity is not None:
                return entity
    words = candidates[0].split()
    if len(words) > 2 and _compact_key(words[-1]) in rules().product_markers:
        return alias_index().get(_compact_key(words[0]))  # `카카오 책 검색 API`: a product of 카카오
    return None


def is_provider_name(text: str) -> bool:
    """Whether the whole text, brackets included, is a name or product the registry knows (`Google Analytics`,
    not `구글(이메일)`)."""
    return _compact_key(_without_legal_forms(text)) in alias_index()


def fallback_name(name: str) -> str:
    """The rule-based key of a name the registry does not know: legal forms, brackets, spacing and
    trailing qualifier or region words removed (but words that end companies' names: `가나 솔루션`),
    spellings unified, script and case kept (`(주)가나 소프트 (SMS)` → 가나소프트)."""
    outer, inner = _outer_and_inner(_without_legal_forms(name))
    words = _without_legal_forms(outer).split() or (_without_legal_forms(inner[0]).split() if inner else [])
    trailing = (rules().qualifiers - rules().company_words) | rules().regions
    while len(words) > 1 and _compact_key(words[-1]) in trailing:
        words.pop()
    return _NOT_KEY.sub("", _unify_spellings(" ".join(words)))


@lru_cache(maxsize=16384)
def canonical_entity(name: str) -> tuple[str, str | None]:
    """(canonical name, registry category or None) of a processor or recipient name."""
    entity = lookup(name)
    if entity is not None:
        return entity.canonical, entity.category
    return fallback_name(name) or _SPACE.sub("", name), None


def entity_category(name: str, task: str | None = None) -> str:
    """The provider's category: the registry's, else by the words of its name, else of its task."""
    _, category = canonical_entity(name)
    if category:
        return category
    for text, table in ((name, rules().name_categories), (task or "", rules().task_categories)):
        for pattern, found in table:
            if pattern.search(text):
                return found
    return OTHER
