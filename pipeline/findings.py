"""Compliance findings: small checks over one document and its extracted rows.

Each check is a generator registered with `@check(name)`: it gets a `Context`
(the PolicyDoc and its rows per table) and yields findings made by `finding()`.
Adding a check means adding one decorated function to this module.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from extractors.statutes import Statute, compact, match_statute, normalize_law, statutes
from pipeline.model import PolicyDoc

# ---------------------------------------------------------------- periods

_ISO = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
PERMANENT = "permanent"


def period_months(iso: str | None) -> float | None:
    """An ISO-8601 duration in months (a day is 1/30.44 month); None when not a fixed period."""
    m = _ISO.match(iso or "")
    if not m or not any(m.groups()):
        return None
    years, months, weeks, days = (int(g or 0) for g in m.groups())
    return years * 12 + months + (weeks * 7 + days) / 30.4375


_KIND_LABELS = {"permanent": "영구", "until_withdrawal": "탈퇴 시까지"}


def period_label(iso: str | None, kind: str | None = None) -> str:
    """'P5Y' → '5년', 'P1Y6M' → '1년 6개월', 'permanent' → '영구'; a period with no duration by its kind."""
    if iso == PERMANENT:
        return "영구"
    m = _ISO.match(iso or "")
    if m and any(m.groups()):
        return " ".join(f"{n}{unit}" for n, unit in zip(m.groups(), ("년", "개월", "주", "일")) if n)
    if not iso and kind:
        return _KIND_LABELS.get(kind, kind)
    return iso or "?"


def period_sort_key(iso: str | None, kind: str | None = None) -> float:
    """Fixed periods by length, then periods with no fixed end, permanent last."""
    months = period_months(iso)
    if months is not None:
        return months
    return float("inf") if iso == PERMANENT or kind == "permanent" else 1e9


def same_period(a: str | None, b: str | None) -> bool:
    """Equal durations, with 12개월 = 1년 and 90일 ≈ 3개월."""
    if a == b:
        return True
    ma, mb = period_months(a), period_months(b)
    return ma is not None and mb is not None and abs(ma - mb) < 0.5


# ---------------------------------------------------------------- check registry


@dataclass
class Context:
    """What a check may look at: the document and its extracted rows per table."""

    doc: PolicyDoc
    rows: dict[str, list[dict]]

    def table(self, name: str) -> list[dict]:
        return self.rows.get(name) or []

    def section_at(self, offset: int) -> int | None:
        starts = [s.start for s in self.doc.sections]
        i = bisect.bisect_right(starts, offset) - 1
        return self.doc.sections[i].section_no if i >= 0 else None


Check = Callable[[Context], Iterator[dict]]
_CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    def decorator(fn: Check) -> Check:
        _CHECKS[name] = fn
        return fn
    return decorator


def checks() -> dict[str, Check]:
    return dict(_CHECKS)


def finding(severity: str, message: str, section_no: int | None = None, evidence: str | None = None) -> dict:
    """A finding without doc_id and check, which findings_for adds. severity: info | warning | error."""
    return {"severity": severity, "message": message, "section_no": section_no, "evidence": evidence}


def findings_for(doc: PolicyDoc, rows: dict[str, list[dict]]) -> list[dict]:
    """Every check over one document; rows follow schemas.FINDINGS."""
    ctx = Context(doc, rows)
    out = []
    for name, fn in _CHECKS.items():
        try:
            found = list(fn(ctx))
        except Exception as exc:  # a broken check must not cost the document its other rows
            found = [finding("error", f"check failed: {type(exc).__name__}: {exc}")]
        out.extend({"doc_id": doc.doc_id, "check": name, **f} for f in found)
    return out


# ---------------------------------------------------------------- checks

MANDATORY_SECTIONS = {
    "purpose": "개인정보의 처리 목적",
    "items": "처리하는 개인정보의 항목",
    "retention": "개인정보의 처리 및 보유 기간",
    "destruction": "개인정보의 파기절차 및 파기방법",
    "rights": "정보주체의 권리·의무 및 행사방법",
    "security": "개인정보의 안전성 확보 조치",
    "officer": "개인정보 보호책임자",
    "remedies": "권익침해 구제방법",
}


@check("missing_section")
def missing_sections(ctx: Context) -> Iterator[dict]:
    """A PIPC-mandatory topic with no section; a combined heading ('보유 및 파기') covers both topics."""
    from pipeline.sections import lexicon

    present = {s.category for s in ctx.doc.sections}
    headings = [s.heading for s in ctx.doc.sections if s.heading]
    heading_patterns = lexicon().heading
    for category, title in MANDATORY_SECTIONS.items():
        if category in present:
            continue
        pattern = heading_patterns.get(category)
        if pattern is not None and any(pattern.search(h) for h in headings):
            continue
        yield finding("warning", f"missing mandatory section: {title} ({category})")


def _retention_statute(row: dict) -> Statute | None:
    return match_statute(row.get("law"), row.get("record") or row.get("evidence"), row.get("law_text"))


@check("retention_differs_from_statute")
def retention_vs_statute(ctx: Context) -> Iterator[dict]:
    for row in ctx.table("retention"):
        statute = _retention_statute(row)
        if statute is None or statute.repealed or not row.get("period_iso"):
            continue
        if same_period(row["period_iso"], statute.period_iso):
            continue
        policy, legal = period_months(row["period_iso"]), period_months(statute.period_iso)
        shorter = policy is not None and legal is not None and policy < legal
        what = row.get("record") or statute.record
        yield finding(
            "warning" if shorter else "info",
            f"{what}: kept {period_label(row['period_iso'])}, but {statute.law} {statute.provision} "
            f"sets {statute.period_text} for {statute.record}" + (" (shorter than the statute)" if shorter else ""),
            row.get("section_no"), row.get("evidence"))


def _repealed_message(statute: Statute) -> str:
    return (f"cites a repealed provision: {statute.law} {statute.provision}, {statute.record} "
            f"{statute.period_text} (repealed since {statute.repealed_since})")


@check("repealed_provision")
def repealed_citations(ctx: Context) -> Iterator[dict]:
    """From the retention rows, or else from the text (record on one line, law on the same or next)."""
    flagged = False
    for row in ctx.table("retention"):
        statute = _retention_statute(row)
        if statute is not None and statute.repealed:
            flagged = True
            yield finding("warning", _repealed_message(statute), row.get("section_no"), row.get("evidence"))
    if flagged:
        return
    repealed = [s for s in statutes() if s.repealed]
    lines = ctx.doc.text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        squeezed = compact(line)
        for statute in repealed:
            if not any(k in squeezed for k in statute.keywords):
                continue
            window = line + "\n" + (lines[i + 1] if i + 1 < len(lines) else "")
            if normalize_law(window) == statute.law:
                yield finding("warning", _repealed_message(statute), ctx.section_at(offset), window.strip())
        offset += len(line) + 1


_UNIQUE_IDENTIFIER = re.compile(r"주민\s*(?:등록)?\s*번호|외국인\s*등록\s*번호|여권\s*번호|운전\s*면허(?:증)?\s*번호")
_LEGAL_BASIS = re.compile(
    r"법령|법률|시행령|시행규칙|근거|의거|(?<!방)법[」』”\"']?\s*(?:제\s*\d|에\s*(?:따|의|근))")


@check("identifier_without_legal_basis")
def identifier_without_basis(ctx: Context) -> Iterator[dict]:
    """주민등록번호 and other 고유식별정보 may be processed only where a law allows it (개인정보 보호법 제24조, 제24조의2)."""
    seen: set[str] = set()
    for row in ctx.table("collected_items"):
        name = row.get("item_norm") or row.get("item") or ""
        match = _UNIQUE_IDENTIFIER.search(name) or _UNIQUE_IDENTIFIER.search(row.get("item") or "")
        if row.get("item_category") != "unique_identifier" and not match:
            continue
        kind = compact(match.group(0)) if match else name
        if kind in seen:
            continue
        seen.add(kind)
        if not _basis_near(ctx.doc.text, kind):
            yield finding("error", f"collects {name} with no legal basis stated near it",
                          row.get("section_no"), row.get("evidence"))


def _basis_near(text: str, identifier: str) -> bool:
    """A legal basis on the line that names the identifier (a sentence, list item or table row),
    or on the line before when that one introduces it ('…법령에 따라 다음 정보를 수집합니다:')."""
    pattern = re.compile(r"\s*".join(map(re.escape, identifier)))
    for m in pattern.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
        if _LEGAL_BASIS.search(line) or (previous.rstrip().endswith((":", "：")) and _LEGAL_BASIS.search(previous)):
            return True
    return False


def _blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return len(value) == 0


@check("processor_without_task")
def processors_without_task(ctx: Context) -> Iterator[dict]:
    for row in ctx.table("processors"):
        if _blank(row.get("task")):
            yield finding("warning", f"processor {row.get('processor')!r} is listed with no task (위탁업무)",
                          row.get("section_no"), row.get("evidence"))


@check("third_party_incomplete")
def third_party_incomplete(ctx: Context) -> Iterator[dict]:
    for row in ctx.table("third_parties"):
        missing = [label for label, values in (
            ("purpose", [row.get("purpose")]),
            ("items", [row.get("items")]),
            ("period", [row.get("retention_text"), row.get("period_iso")]),
        ) if all(_blank(v) for v in values)]
        if missing:
            yield finding("warning", f"third party {row.get('recipient')!r} is listed with no {', '.join(missing)}",
                          row.get("section_no"), row.get("evidence"))


# A verb, not a noun: '국외로 이전됩니다' states a transfer, the heading '국외이전' does not.
_OVERSEAS = re.compile(r"(?:국외|해외)\s*(?:로|에|에서)?\s*(?:이전|이관|보관|처리|저장)\s*(?:됩|되|하|합|받)")
# A denial or a hypothetical ('국외 이전이 발생하는 경우') states no transfer.
_NOT_STATED = re.compile(r"않|없|경우|시에는|때에는")
_DENIED = re.compile(r"(?:하지|되지)\s*않|없습니다|없음")
_SENTENCE = re.compile(r"[^.。!?\n]+")


def _overseas_statement(ctx: Context) -> tuple[int, str] | None:
    """Where the text says data goes abroad: a sentence, or a plain statement in an overseas-transfer section."""
    for m in _SENTENCE.finditer(ctx.doc.text):
        sentence = m.group(0)
        if _OVERSEAS.search(sentence) and not _NOT_STATED.search(sentence):
            return m.start(), sentence.strip()
    for section in ctx.doc.sections_of("overseas_transfer"):
        body = ctx.doc.section_text(section)
        heading = (section.heading or "").strip()
        skip = len(heading) if heading and body.startswith(heading) else 0
        if _DENIED.search(body):
            continue
        # e.g. '인프라는 미국 및 EU에 호스팅되어 있습니다' under a 국외 이전 heading
        for m in _SENTENCE.finditer(body, skip):
            sentence = m.group(0).strip()
            if len(sentence) >= 6 and not _NOT_STATED.search(sentence):
                return section.start + m.start(), sentence
    return None


@check("overseas_transfer_incomplete")
def overseas_transfer_incomplete(ctx: Context) -> Iterator[dict]:
    overseas = [row for table in ("processors", "third_parties") for row in ctx.table(table) if row.get("overseas")]
    for row in overseas:
        if _blank(row.get("country")):
            name = row.get("processor") or row.get("recipient")
            yield finding("warning", f"overseas transfer to {name!r} names no country",
                          row.get("section_no"), row.get("evidence"))
    if overseas:
        return
    stated = _overseas_statement(ctx)
    if stated:
        offset, evidence = stated
        yield finding("warning", "an overseas transfer is stated but no recipient with a country is listed",
                      ctx.section_at(offset), evidence)


@check("no_effective_date")
def no_effective_date(ctx: Context) -> Iterator[dict]:
    documents = ctx.table("documents")
    if documents:
        date = documents[0].get("effective_date")
    else:
        from pipeline.metadata import effective_date

        date = effective_date(ctx.doc)
    if date is None:
        yield finding("warning", "no effective date (시행일) stated")
