"""`policy-extract run`: raw files → PolicyDoc → extractors → Parquet tables."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from tqdm import tqdm

from pipeline import EXTRACTOR_VERSION
from pipeline.cache import PreviousRun
from pipeline.document import build_document
from pipeline.errors import UserError
from pipeline.extraction_warnings import extraction_warnings
from pipeline.executors import default_workers, run_dask, run_local
from pipeline.findings import findings_for
from pipeline.ingest import DecodeError, RawInput, decode_bytes, discover_inputs, sha256_hex
from pipeline.metadata import effective_date, org_name, org_norm, policy_verdict
from pipeline.model import PolicyDoc
from pipeline.writer import TableSetWriter

MANIFEST_NAME = "manifest.jsonl"


@dataclass
class DocResult:
    """One document's rows for every table."""

    doc_id: str
    status: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for the benchmark


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="*", default=["data/raw"], metavar="INPUT",
                        help="files, folders or glob patterns (default: data/raw)")
    parser.add_argument("--out", default="data/parquet", help="output folder (default: data/parquet)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="processes to use (default: all cores; 0 = run in this process)")
    parser.add_argument("--executor", choices=["local", "dask"], default="local",
                        help="local process pool (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://host:8786 (default: start a LocalCluster)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one document may take before it is marked 'error' (default: 120)")
    parser.add_argument("--full", action="store_true",
                        help="re-extract every document instead of reusing unchanged ones")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when any document ends with status 'error'")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def load_manifests(inputs: list[RawInput]) -> dict[str, dict]:
    """Fetch provenance (url, org, fetched_at) from manifest.jsonl files beside the inputs."""
    found: dict[str, dict] = {}
    for folder in sorted({i.path.parent for i in inputs}):
        manifest = folder / MANIFEST_NAME
        if not manifest.is_file():
            continue
        for line in manifest.read_text("utf-8", errors="replace").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a killed fetch
            if isinstance(row, dict) and row.get("doc_id"):
                found[row["doc_id"]] = row
    return found


def location(raw: RawInput, provenance: dict | None) -> dict:
    """Where a document is now: its path and, for fetched pages, url, org and fetch time."""
    provenance = provenance or {}
    return {"source": str(raw.path), "url": provenance.get("final_url") or provenance.get("url"),
            "org": provenance.get("org"), "fetched_at": provenance.get("fetched_at")}


def extract_document(doc: PolicyDoc, timings: dict[str, float] | None = None) -> dict[str, list[dict]]:
    from extractors import registered

    rows: dict[str, list[dict]] = {}
    for table, extractor in registered().items():
        started = time.perf_counter()
        rows[table] = [{"doc_id": doc.doc_id, **row} for row in extractor(doc)]
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
        doc = build_document(raw.doc_id, str(raw.path), text, raw.fmt, encoding, timings)
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
    except OSError as exc:
        doc_row["error"] = f"cannot read file: {exc.strerror or exc}"
    except Exception as exc:  # one broken page must never stop a batch
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        doc_row["error"] = f"internal error: {type(exc).__name__}: {first_line}"
        result.rows = {"documents": [doc_row]}
    result.status = doc_row["status"]
    return result


def _results(args, jobs: list[tuple[RawInput, dict | None]]):
    if args.executor == "dask":
        return run_dask(process_input, jobs, max(args.workers, 1), args.timeout, error_result, args.scheduler)
    if args.workers <= 0:
        return (process_input(*job) for job in jobs)
    return run_local(process_input, jobs, args.workers, args.timeout, error_result)


def main(args) -> int:
    started = time.perf_counter()
    inputs = discover_inputs(args.inputs)
    if not inputs:
        raise UserError(f"no policy files (.html .htm .jsp .php .txt .md) found in: {' '.join(args.inputs)}")
    manifests = load_manifests(inputs)
    previous = None if args.full else PreviousRun(args.out)
    reused: dict[str, dict] = {}
    jobs = []
    for raw in inputs:
        provenance = manifests.get(raw.doc_id)
        # Only a document the previous run extracted is worth hashing here.
        if previous and raw.doc_id in previous.fingerprints and previous.reusable(raw.doc_id, _file_sha256(raw)):
            reused[raw.doc_id] = location(raw, provenance)
        else:
            jobs.append((raw, provenance))
    statuses: Counter[str] = Counter()
    with TableSetWriter(args.out) as writer:
        if reused:
            previous.copy_into(writer, reused)
        progress = tqdm(total=len(inputs), initial=len(reused), unit="doc", desc="extracting",
                        disable=args.no_progress, file=sys.stderr, smoothing=0.1)
        for result in _results(args, jobs):
            statuses[result.status] += 1
            for table, rows in result.rows.items():
                writer.write(table, rows)
            progress.update()
            progress.set_postfix(ok=statuses["ok"], failed=statuses["error"], refresh=False)
        progress.close()
    statuses.update(_reused_statuses(writer, reused))
    elapsed = time.perf_counter() - started
    print(summary_line(statuses, writer.row_counts, elapsed, args.out, len(reused)))
    if args.strict and statuses["error"]:
        return 1
    return 0


def _file_sha256(raw: RawInput) -> str | None:
    try:
        return sha256_hex(raw.path.read_bytes())
    except OSError:
        return None


def _reused_statuses(writer: TableSetWriter, reused: dict[str, dict]) -> Counter:
    if not reused:
        return Counter()
    import pyarrow.parquet as pq

    docs = pq.read_table(writer.run_dir / "documents", columns=["doc_id", "status"]).to_pylist()
    return Counter(d["status"] for d in docs if d["doc_id"] in reused)


def summary_line(statuses: Counter, row_counts: dict[str, int], seconds: float, out: str, n_reused: int = 0) -> str:
    total = sum(statuses.values())
    by_status = ", ".join(f"{statuses[s]} {s}" for s in ("ok", "not_policy", "error"))
    rows = ", ".join(f"{n} {table}" for table, n in row_counts.items() if table != "documents")
    reused = f"; {n_reused} unchanged, reused" if n_reused else ""
    return f"{total} documents ({by_status}{reused}) → {out}: {rows} in {seconds:.1f}s"
