"""Document-level facts read from the text: organization name, effective date, is it a policy."""
from __future__ import annotations

import re
from datetime import date

from extractors.orgs import normalize_org
from pipeline.clean import KOREAN_PART, POLICY_TITLE, hangul_count
from pipeline.model import PolicyDoc
from pipeline.sections import heading_rank
from pipeline.org_names import find_org_name

_DATE = r"(\d{4})\s*[.\-년/]\s*(\d{1,2})\s*[.\-월/]\s*(\d{1,2})\s*일?"
_EFFECTIVE = [
    re.compile(r"(?:시행\s*일(?:자)?|적용\s*일(?:자)?|시행\s*일시|효력\s*발생\s*일)\s*[:：은는]?\s*" + _DATE),
    re.compile(_DATE + r"\s*(?:부터|에)?\s*(?:시행|적용)"),
    re.compile(r"(?:공고\s*일(?:자)?|개정\s*일(?:자)?|최종\s*(?:수정|업데이트|개정)\s*일?|last\s*updated)\s*[:：]?\s*" + _DATE, re.I),
]
_TERMS_TITLE = re.compile(r"이용\s*약관|서비스\s*약관|terms\s+of\s+(?:service|use)", re.I)
# Counted as runs (a match per word, not per character: five times faster).
_LETTER = re.compile(r"[A-Za-z가-힣]+")
# What a policy talks about, however plainly it is worded.
_PRIVACY_WORD = re.compile(r"수집|보관|보유|저장|파기|삭제|제공|위탁|맡기|동의|열람|정정|권리|쿠키")
_CORE_CATEGORIES = {"purpose", "items", "retention", "destruction", "third_party", "processors", "rights",
                    "security", "officer", "cookies"}


def effective_date(doc: PolicyDoc) -> date | None:
    """The date the policy takes effect (시행일), preferring the last one stated (the current version)."""
    found: list[date] = []
    for pattern in _EFFECTIVE:
        for m in pattern.finditer(doc.text):
            try:
                found.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                continue
        if found:
            return max(found)
    return None


def org_name(doc: PolicyDoc) -> str | None:
    """The name the policy gives itself, cleaned (see pipeline/org_names.py); None when none is reliable."""
    return find_org_name(doc.text, doc.title)


def org_norm(org: str | None, org_name: str | None) -> str | None:
    """The canonical key of the organization (the fetch manifest's `org` wins over the name read from the
    text), by the same rules as processors and recipients, so versions of one policy group together."""
    name = (org or "").strip() or (org_name or "").strip()
    return normalize_org(name) or None if name else None


def policy_verdict(doc: PolicyDoc) -> str | None:
    """None for a privacy policy, else the one-line reason it is not one.

    Rejecting a policy loses all its rows, so only pages that are clearly something else are rejected:
    too short (404, login), not in Korean, terms of service, or with no privacy-policy content at all.
    """
    text = doc.text
    letters = sum(map(len, _LETTER.findall(text)))
    if letters < 200:
        return "too little text for a privacy policy"
    hangul = hangul_count(text)
    # A bilingual page keeps its Korean part: only a page with little Korean at all is foreign.
    if hangul < 0.3 * letters and hangul < KOREAN_PART:
        return "not a Korean-language page"
    body = [b for b in doc.blocks if _is_body(b)]
    categories = _body_categories(doc, body) & _CORE_CATEGORIES
    head = text[:400]
    if _TERMS_TITLE.search(head) and not POLICY_TITLE.search(head) and len(categories) < 5:
        return "terms of service, not a privacy policy"
    titled = bool(POLICY_TITLE.search(doc.title) or POLICY_TITLE.search(text[:1500])) or any(
        b.kind == "heading" and POLICY_TITLE.search(b.text) for b in doc.blocks)
    if titled and (categories or len(set(_PRIVACY_WORD.findall("\n".join(b.text for b in body)))) >= 3):
        return None
    mentions = len(re.findall(r"개인\s*정보", text))
    if len(categories) < 3 or (mentions < 5 and not titled):
        return "no privacy-policy content (few 개인정보 sections)"
    return None


def _is_body(block) -> bool:
    return block.table is not None or (block.kind != "heading" and heading_rank(block) is None)


def _body_categories(doc: PolicyDoc, body: list) -> set[str]:
    """Categories of the sections that say something: a title with a table of contents names topics it has not got."""
    ids = {id(b) for b in body}
    return {s.category for s in doc.sections if any(id(b) in ids for b in doc.section_blocks(s))}
