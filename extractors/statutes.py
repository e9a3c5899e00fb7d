"""The statutory retention reference (data/statutory_retention.csv): Korean laws' retention duties.

The retention extractor uses it to tell which cited law governs a record, the
findings and the `compare retention` pivot to measure a policy against the law.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

@dataclass(frozen=True)
class Statute:
    """One retention duty set by Korean law (a row of statutory_retention.csv)."""

    law: str
    short_names: tuple[str, ...]
    provision: str
    record: str
    keywords: tuple[str, ...]
    period_iso: str
    period_text: str
    status: str  # in_force | repealed
    repealed_since: str
    verified: str  # statute (read in the law's text) | secondary (seen in policies or commentary)
    source: str

    @property
    def repealed(self) -> bool:
        return self.status == "repealed"


@lru_cache(maxsize=1)
def statutes() -> tuple[Statute, ...]:
    text = resources.files("extractors").joinpath("data/statutory_retention.csv").read_text("utf-8")
    rows = []
    for r in csv.DictReader(text.splitlines()):
        rows.append(Statute(
            law=r["law"], short_names=tuple(n for n in r["short_names"].split("|") if n),
            provision=r["provision"], record=r["record"],
            keywords=tuple(k for k in r["keywords"].split("|") if k),
            period_iso=r["period_iso"], period_text=r["period_text"], status=r["status"],
            repealed_since=r["repealed_since"], verified=r["verified"], source=r["source"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _law_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Official name (any spacing) or a short name, not inside a longer word ('보상법' is not 상법)."""
    patterns = {}
    for s in statutes():
        names = [r"\s*".join(map(re.escape, s.law.replace(" ", ""))), *map(re.escape, s.short_names)]
        patterns[s.law] = re.compile(r"(?<![가-힣])(?:" + "|".join(names) + ")")
    # Longest official name first, so a long law wins over a short one it contains.
    return tuple(sorted(patterns.items(), key=lambda kv: -len(kv[0])))


def normalize_law(*texts: str | None) -> str | None:
    """The official name of the first reference law cited in the texts, or None."""
    for text in texts:
        if not text:
            continue
        for law, pattern in _law_patterns():
            if pattern.search(text):
                return law
    return None


def short_law(law: str) -> str:
    """'전자상거래 등에서의 소비자보호에 관한 법률' → '전자상거래법' where the reference knows a short name."""
    names = {s.law: s.short_names[0] for s in statutes() if s.short_names}
    return names.get(law, law)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def record_fit(law: str | None, record: str | None) -> int:
    """How well `record` fits the record types `law` prescribes: keywords shared with its best row (0: none)."""
    official = normalize_law(law)
    record_text = compact(record or "")
    if official is None or not record_text:
        return 0
    return max((sum(k in record_text for k in s.keywords) for s in statutes() if s.law == official), default=0)


def match_statute(law: str | None, record: str | None, law_text: str | None = None) -> Statute | None:
    """The reference row for a policy's (law, record): same law, best keyword overlap with the record.

    A record sharing no keyword matches nothing: a law is often cited for records it does not
    govern, and a wrong match would report a false deviation. An exception row of the file
    (역외거래, 1만원 이하) lists its general row's keywords plus its own, and ties go to the
    earlier (general) row, so it wins only when its own keyword is there.
    """
    official = normalize_law(law, law_text)
    if official is None:
        return None
    candidates = [s for s in statutes() if s.law == official]
    record_text = compact(record or "")
    scored = [(sum(k in record_text for k in s.keywords), i) for i, s in enumerate(candidates)]
    best_score, best = max(scored, key=lambda t: (t[0], -t[1]))
    return candidates[best] if best_score > 0 else None
