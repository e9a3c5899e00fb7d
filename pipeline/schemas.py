"""Every Parquet table's schema, in one place. Column names are a public contract."""
from __future__ import annotations

import pyarrow as pa

_PROVENANCE = [
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("section_no", pa.int32()),
    pa.field("evidence", pa.string()),
]

DOCUMENTS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source", pa.string()),
    pa.field("org_name", pa.string()),
    pa.field("org_norm", pa.string()),
    pa.field("url", pa.string()),
    pa.field("org", pa.string()),
    pa.field("fetched_at", pa.string()),
    pa.field("sha256", pa.string()),
    pa.field("encoding", pa.string()),
    pa.field("format", pa.string()),
    pa.field("n_chars", pa.int64()),
    pa.field("status", pa.string()),
    pa.field("error", pa.string()),
    pa.field("effective_date", pa.date32()),
    pa.field("n_sections", pa.int32()),
    # `code: message` strings flagging a likely extraction failure (pipeline/extraction_warnings.py)
    pa.field("extraction_warnings", pa.list_(pa.string())),
    pa.field("extractor_version", pa.string()),
    pa.field("extracted_at", pa.timestamp("s", tz="UTC")),
])

SECTIONS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("section_no", pa.int32()),
    pa.field("heading", pa.string()),
    pa.field("category", pa.string()),
    pa.field("char_start", pa.int64()),
    pa.field("char_end", pa.int64()),
    pa.field("text", pa.string()),
])

COLLECTED_ITEMS = pa.schema(_PROVENANCE + [
    pa.field("item", pa.string()),
    pa.field("item_norm", pa.string()),
    pa.field("item_category", pa.string()),
    pa.field("required", pa.bool_()),
    pa.field("context", pa.string()),
    pa.field("auto_collected", pa.bool_()),
])

RETENTION = pa.schema(_PROVENANCE + [
    pa.field("record", pa.string()),
    pa.field("period_text", pa.string()),
    pa.field("period_iso", pa.string()),
    pa.field("period_days", pa.int32()),
    pa.field("period_kind", pa.string()),
    pa.field("law", pa.string()),
    pa.field("statute", pa.string()),
    pa.field("law_text", pa.string()),
    pa.field("article", pa.string()),
])

PROCESSORS = pa.schema(_PROVENANCE + [
    pa.field("processor", pa.string()),
    pa.field("processor_norm", pa.string()),
    pa.field("processor_category", pa.string()),
    pa.field("task", pa.string()),
    pa.field("overseas", pa.bool_()),
    pa.field("country", pa.string()),
])

THIRD_PARTIES = pa.schema(_PROVENANCE + [
    pa.field("recipient", pa.string()),
    pa.field("recipient_norm", pa.string()),
    pa.field("recipient_category", pa.string()),
    pa.field("purpose", pa.string()),
    pa.field("items", pa.list_(pa.string())),
    pa.field("retention_text", pa.string()),
    pa.field("period_iso", pa.string()),
    pa.field("overseas", pa.bool_()),
    pa.field("country", pa.string()),
])

FINDINGS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("check", pa.string()),
    pa.field("severity", pa.string()),  # info | warning | error
    pa.field("message", pa.string()),
    pa.field("section_no", pa.int32()),
    pa.field("evidence", pa.string()),
])

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "sections": SECTIONS,
    "collected_items": COLLECTED_ITEMS,
    "retention": RETENTION,
    "processors": PROCESSORS,
    "third_parties": THIRD_PARTIES,
    "findings": FINDINGS,
}
