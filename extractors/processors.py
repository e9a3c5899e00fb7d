"""processors: one row per processor (처리위탁 수탁자) and task."""
from __future__ import annotations

from extractors import register
from extractors.entities import entity_category
from extractors.orgs import normalize_org
from extractors.parties import PROCESSOR, find_parties
from pipeline.model import PolicyDoc


@register("processors")
def extract_processors(doc: PolicyDoc) -> list[dict]:
    return [
        {"section_no": p.section_no, "evidence": p.evidence, "processor": p.name,
         "processor_norm": normalize_org(p.name),
         "processor_category": entity_category(p.name, p.purpose), "task": p.purpose, "overseas": p.overseas,
         "country": p.country}
        for p in find_parties(doc) if p.role == PROCESSOR
    ]
