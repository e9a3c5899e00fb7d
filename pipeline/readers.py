"""Reading an output folder's tables: each one a pyarrow dataset, or a one-line UserError.

`sql`, `compare`, `report`, `eval` and the incremental cache all read through here, so a
missing folder, a missing table and a truncated or foreign Parquet file get the same clear
message everywhere. A table's files are read with its schema from `pipeline/schemas.py`: a
column missing from an older output reads as nulls, an extra one is ignored.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import UserError, first_line
from pipeline.schemas import TABLES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow.dataset as ds

READ_ERRORS = (pa.ArrowException, OSError)


def _rerun_hint(root: Path) -> str:
    return f"run `policy-extract run INPUT --out {root}`"


def table_files(root: Path, table: str) -> list[Path]:
    folder = root / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.parquet") if p.is_file() and not p.name.startswith("."))


def open_table(root: str | Path, table: str) -> ds.Dataset | None:
    """The table as a dataset, None when it has no files; a file that is not a readable
    policy-extract Parquet file is a UserError naming it."""
    root = Path(root)
    files = table_files(root, table)
    for path in files:
        try:
            names = pq.read_schema(path).names
        except READ_ERRORS as exc:
            raise UserError(f"{path}: not a readable Parquet file ({first_line(exc)}); "
                            f"{_rerun_hint(root)} to write it again") from None
        if "doc_id" not in names:
            raise UserError(f"{path}: not a policy-extract table (it has no doc_id column)")
    if not files:
        return None
    import pyarrow.dataset as ds  # here, not above: it imports pandas, half a second of every `run` start

    return ds.dataset([str(p) for p in files], format="parquet", schema=TABLES[table])


def open_tables(root: str | Path, require: Iterable[str] = ()) -> dict[str, ds.Dataset]:
    """Every table the folder holds; the ones in `require` must be there."""
    root = Path(root)
    if not root.is_dir():
        raise UserError(f"no output folder {root}: {_rerun_hint(root)} first")
    found = {}
    for table in TABLES:
        dataset = open_table(root, table)
        if dataset is not None:
            found[table] = dataset
    if not found:
        raise UserError(f"{root} holds no tables: {_rerun_hint(root)} first")
    missing = [t for t in require if t not in found]
    if missing:
        raise UserError(f"{root} has no {', '.join(missing)} table (no {root / missing[0]}/*.parquet): "
                        f"the output is incomplete; {_rerun_hint(root)}")
    return found


def to_frame(dataset: ds.Dataset, columns: list[str] | None = None) -> pd.DataFrame:
    """A whole dataset as a DataFrame; a damaged file is a UserError."""
    try:
        return dataset.to_table(columns=columns).to_pandas()
    except READ_ERRORS as exc:
        raise UserError(f"cannot read {', '.join(dataset.files)}: {first_line(exc)}") from None
