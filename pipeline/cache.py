"""Incremental re-runs: reuse the previous output's rows for unchanged documents.

A document's rows are reusable when its doc_id, the sha256 of its raw bytes and
the extractor version all match the previous run's `documents` row and that
run did not fail on it. The previous output is streamed table by table, so
reuse costs no more memory than a fresh run.

pyarrow.compute and pyarrow.dataset (in pipeline.readers) are imported only when
there is a previous output to read: they bring pandas along, half a second of
every start otherwise.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa

from pipeline import EXTRACTOR_VERSION
from pipeline.errors import UserError, first_line
from pipeline.metadata import org_norm
from pipeline.readers import READ_ERRORS, open_table
from pipeline.schemas import TABLES
from pipeline.writer import TableSetWriter

# Columns of a documents row that describe where the file is now, not what was extracted.
LOCATION_COLUMNS = ("source", "url", "org", "fetched_at")


class PreviousRun:
    """The published run of an output folder (None: there is none) as a source of reusable rows."""

    def __init__(self, run_dir: Path | None, warn: Callable[[str], None] = lambda message: None) -> None:
        self.fingerprints: dict[str, str] = {}
        self._statuses: dict[str, str] = {}
        self._datasets: dict = {}
        if run_dir is None:
            return
        try:
            datasets = {table: open_table(run_dir, table) for table in TABLES}
            docs = datasets["documents"].to_table(columns=["doc_id", "sha256", "extractor_version", "status"]) \
                if datasets["documents"] else None
        except (UserError, *READ_ERRORS) as exc:
            warn(f"the previous output cannot be reused ({first_line(exc)}): every document is extracted")
            return
        if docs is None:
            return
        for doc_id, sha, version, status in zip(*(docs[c].to_pylist() for c in docs.column_names)):
            if version == EXTRACTOR_VERSION and status != "error" and sha:
                self.fingerprints[doc_id] = sha
                self._statuses[doc_id] = status
        self._datasets = datasets

    def reusable(self, doc_id: str, sha256: str) -> bool:
        return self.fingerprints.get(doc_id) == sha256

    def statuses(self, doc_ids) -> Counter:
        return Counter(self._statuses[d] for d in doc_ids)

    def copy_into(self, writer: TableSetWriter, locations: dict[str, dict]) -> None:
        """Stream the kept documents' rows of every table into the new run."""
        import pyarrow.compute as pc

        keep = pa.array(sorted(locations), type=pa.string())
        for table, schema in TABLES.items():
            dataset = self._datasets.get(table)
            if dataset is None:
                continue
            try:
                for batch in dataset.to_batches(filter=pc.field("doc_id").isin(keep)):
                    if not batch.num_rows:
                        continue
                    if table == "documents":
                        batch = _relocate(batch, locations)
                    writer.write_arrow(table, pa.Table.from_batches([batch], schema=schema))
            except READ_ERRORS as exc:
                raise UserError(f"cannot reuse the previous {table} table ({first_line(exc)}): "
                                "re-run with --full") from None


def _relocate(batch: pa.RecordBatch, locations: dict[str, dict]) -> pa.RecordBatch:
    rows = batch.to_pylist()
    for row in rows:
        row.update({k: locations[row["doc_id"]].get(k) for k in LOCATION_COLUMNS})
        row["org_norm"] = org_norm(row["org"], row["org_name"])  # a manifest's org may have changed
    return pa.RecordBatch.from_pylist(rows, schema=batch.schema)
