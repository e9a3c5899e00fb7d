"""One document, from its file to its rows: decode, clean, sections, extractors, findings."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pipeline import EXTRACTOR_VERSION
from pipeline.document import build_document
from pipeline.errors import os_reason
from pipeline.extraction_warnings import extraction_warnings
from pipeline.findings import findings_for
from pipeline.ingest import DecodeError, NoTextError, RawInput, decode_bytes, sha256_hex
from pipeline.kiwi import KiwiDeferred
from pipeline.metadata import effective_date, org_name, org_norm, policy_verdict
from pipeline.model import PolicyDoc
from pipeline.urls import without_userinfo


@dataclass
class DocResult:
    """One document's rows for every table."""

    doc_id: str
    status: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for the benchmark


def location(raw: RawInput, provenance: dict | None) -> dict:
    """Where a document is now: its path and, for fetched pages, url, org and fetch time."""
    provenance = provenance or {}
    url = without_userinfo(provenance.get("final_url") or provenance.get("url"))  # an older fetch kept them
    return {"source": raw.source, "url": url,
            "org": provenance.get("org"), "fetched_at": provenance.get("fetched_at")}


def extract_document(doc: PolicyDoc, timings: dict[str, float] | None = None) -> dict[str, list[dict]]:
    from extractors import registered

    rows: dict[str, list[dict]] = {}
    for table, extractor in registered().items():
        started = time.perf_counter()
        try:
            rows[table] = [{"doc_id": doc.doc_id, **row} for row in extractor(doc)]
        except KiwiDeferred:  # the warm-up, while the run's Kiwi service builds Kiwi
            rows[table] = []
        if timings is not None:
            timings[table] = time.perf_counter() - started
    return rows


def section_rows(doc: PolicyDoc) -> list[dict]:
    return [
        {"doc_id": doc.doc_id, "section_no": s.section_no, "heading": s.heading or None,
         "category": s.category, "char_start": s.start, "char_end": s.end, "text": doc.section_text(s)}
        for s in doc.sections
    ]


def _document_row(raw: RawInput, provenance: dict | None) -> dict:
    return {
        "doc_id": raw.doc_id, **location(raw, provenance), "org_name": None,
        "org_norm": org_norm(provenance.get("org") if provenance else None, None), "sha256": None,
        "encoding": None, "format": raw.fmt, "n_chars": None, "status": "error", "error": None,
        "effective_date": None, "n_sections": None, "extraction_warnings": None,
        "extractor_version": EXTRACTOR_VERSION,
        "extracted_at": datetime.now(timezone.utc).replace(microsecond=0),
    }


def error_result(raw: RawInput, reason: str, provenance: dict | None = None) -> DocResult:
    row = _document_row(raw, provenance)
    row["error"] = reason
    return DocResult(doc_id=raw.doc_id, status="error", rows={"documents": [row]})


def process_input(raw: RawInput, provenance: dict | None = None) -> DocResult:
    """Everything for one file. Never raises: failures become a documents row with status 'error'."""
    provenance = provenance or {}
    doc_row = _document_row(raw, provenance)
    result = DocResult(doc_id=raw.doc_id, status="error", rows={"documents": [doc_row]})
    timings = result.timings
    try:
        started = time.perf_counter()
        data = raw.path.read_bytes()
        doc_row["sha256"] = sha256_hex(data)
        if provenance.get("truncated"):
            raise DecodeError("truncated: the page was cut off at the fetch size limit")
        text, encoding = decode_bytes(data)
        timings["decode"] = time.perf_counter() - started
        doc_row["encoding"] = encoding
        doc = build_document(raw.doc_id, raw.source, text, raw.fmt, encoding, timings)
        doc_row.update(format=doc.fmt, n_chars=len(doc.text), n_sections=len(doc.sections),
                       org_name=org_name(doc), effective_date=effective_date(doc))
        doc_row["org_norm"] = org_norm(doc_row["org"], doc_row["org_name"])
        result.rows["sections"] = section_rows(doc)
        reason = policy_verdict(doc)
        if reason:
            doc_row.update(status="not_policy", error=reason)
            doc_row["extraction_warnings"] = extraction_warnings(doc, "not_policy")
        else:
            result.rows.update(extract_document(doc, timings))
            started = time.perf_counter()
            result.rows["findings"] = findings_for(doc, {**result.rows, "documents": [doc_row]})
            timings["findings"] = time.perf_counter() - started
            doc_row["extraction_warnings"] = extraction_warnings(doc, "ok", result.rows)
            doc_row["status"] = "ok"
    except DecodeError as exc:
        doc_row["error"] = str(exc)
        if raw.fmt in ("module", "python", "dart") and isinstance(exc, NoTextError):
            # a source file taken by its suffix from a site's folder (and .ts is also a video): no policy, not a fault
            doc_row["status"] = "not_policy"
    except OSError as exc:
        doc_row["error"] = f"cannot read file: {os_reason(exc)}"
    except Exception as exc:  # one broken page must never stop a batch
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        doc_row["error"] = f"internal error: {type(exc).__name__}: {first_line}"
        result.rows = {"documents": [doc_row]}
    result.status = doc_row["status"]
    return result
