"""third_parties: one row per recipient (제3자 제공받는 자) and purpose."""
from __future__ import annotations

from extractors import register
from extractors.entities import entity_category
from extractors.orgs import normalize_org
from extractors.parties import RECIPIENT, find_parties
from extractors.periods import PERMANENT, parse_period
from extractors.text_lists import split_items
from pipeline.model import PolicyDoc


def _period_iso(text: str | None) -> str | None:
    period = parse_period(text) if text else None
    if period is None:
        return None
    return "permanent" if period.kind == PERMANENT else period.iso


@register("third_parties")
def extract_third_parties(doc: PolicyDoc) -> list[dict]:
    return [
        {"section_no": p.section_no, "evidence": p.evidence, "recipient": p.name,
         "recipient_norm": normalize_org(p.name),
         "recipient_category": entity_category(p.name), "purpose": p.purpose,
         "items": split_items(p.items) if p.items else [], "retention_text": p.retention,
         "period_iso": _period_iso(p.retention), "overseas": p.overseas, "country": p.country}
        for p in find_parties(doc) if p.role == RECIPIENT
    ]
