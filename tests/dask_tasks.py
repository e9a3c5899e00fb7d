"""A task for Dask workers in tests, importable by the spawned worker processes."""
import os
import time
from pathlib import Path

from pipeline.run import DocResult


def record_pid_then_maybe_hang(raw, provenance=None) -> DocResult:
    """Writes the worker's pid next to the input; an input named `hangs` then never finishes."""
    Path(f"{raw.path}.pid").write_text(str(os.getpid()))
    if raw.doc_id == "hangs":
        time.sleep(600)
    return DocResult(doc_id=raw.doc_id, status="ok", rows={"documents": [{"doc_id": raw.doc_id, "status": "ok"}]})
