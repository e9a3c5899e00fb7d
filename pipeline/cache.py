"""Incremental re-runs: reuse the previous output's rows for unchanged documents.

A document's rows are reusable when its doc_id, the sha256 of its raw bytes and
the extractor version all match the previous run's `documents` row and that
run did not fail on it. The previous output is streamed table by table, so
reuse costs no more memory than a fresh run.

pyarrow.dataset and pyarrow.compute are imported only when there is a previous
output to read: they bring pandas along, half a second of every start otherwise.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from pipeline import EXTRACTOR_VERSION
from pipeline.metadata import org_norm
from pipeline.schemas import TABLES
from pipeline.writer import CURRENT, TableSetWriter

# Columns of a documents row that describe where the file is now, not what was extracted.
LOCATION_COLUMNS = ("source", "url", "org", "fetched_at")


class PreviousRun:
    def __init__(self, out_dir: str | Path) -> None:
        self.root = Path(out_dir) / CURRENT
        self.fingerprints: dict[str, str] = {}
        path = self.root / "documents"
        if not path.is_dir():
            return
        import pyarrow.dataset as ds

        try:
            docs = ds.dataset(path, format="parquet").to_table(
                columns=["doc_id", "sha256", "extractor_version", "status"])
        except (pa.ArrowInvalid, OSError):
            return  # unreadable or from an incompatible version: extract everything
        for doc_id, sha, version, status in zip(*(docs[c].to_pylist() for c in docs.column_names)):
            if version == EXTRACTOR_VERSION and status != "error" and sha:
                self.fingerprints[doc_id] = sha

    def reusable(self, doc_id: str, sha256: str) -> bool:
        return self.fingerprints.get(doc_id) == sha256

    def copy_into(self, writer: TableSetWriter, locations: dict[str, dict]) -> None:
        """Stream the kept documents' rows of every table into the new run."""
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        keep = pa.array(sorted(locations), type=pa.string())
        for table, schema in TABLES.items():
            path = self.root / table
            if not path.is_dir():
                continue
            dataset = ds.dataset(path, format="parquet", schema=schema)
            for batch in dataset.to_batches(filter=pc.field("doc_id").isin(keep)):
                if not batch.num_rows:
                    continue
                if table == "documents":
                    batch = _relocate(batch, locations)
                writer.write_arrow(table, pa.Table.from_batches([batch], schema=schema))


def _relocate(batch: pa.RecordBatch, locations: dict[str, dict]) -> pa.RecordBatch:
    rows = batch.to_pylist()
    for row in rows:
        row.update({k: locations[row["doc_id"]].get(k) for k in LOCATION_COLUMNS})
        row["org_norm"] = org_norm(row["org"], row["org_name"])  # a manifest's org may have changed
    return pa.RecordBatch.from_pylist(rows, schema=batch.schema)
