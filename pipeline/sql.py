"""`policy-extract sql`: DuckDB over the Parquet tables, one view per table.

Also the shared output helpers of `sql` and `compare`: a DataFrame printed as a
rich terminal table, CSV, Markdown or JSON.
"""
from __future__ import annotations

import json
import math
import shutil
import sys
from datetime import date, datetime, time
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.errors import UserError
from pipeline.schemas import TABLES

FORMATS = ("table", "csv", "md", "json")
DEFAULT_PARQUET = "data/parquet"


def add_arguments(parser) -> None:
    parser.add_argument("query", metavar="SQL",
                        help="a DuckDB query over the views " + ", ".join(TABLES)
                        + ", e.g. \"SELECT count(*) FROM processors\"")
    add_output_arguments(parser)


def add_output_arguments(parser) -> None:
    parser.add_argument("--parquet", default=DEFAULT_PARQUET, metavar="DIR",
                        help=f"folder written by `policy-extract run` (default: {DEFAULT_PARQUET})")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="terminal table (default), csv, md (Markdown) or json")


def main(args) -> int:
    frame = query(connect(args.parquet), args.query)
    write_frame(frame, args.format)
    return 0


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(parquet_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table; a table with no files is an empty view of its schema."""
    root = Path(parquet_dir)
    if not root.is_dir():
        raise UserError(f"no table folder {root}: run `policy-extract run INPUT --out {root}` first")
    con = duckdb.connect()
    found = 0
    for name, schema in TABLES.items():
        files = sorted(str(p) for p in (root / name).glob("*.parquet")) if (root / name).is_dir() else []
        if files:
            listing = "[" + ", ".join(map(_sql_string, files)) + "]"
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({listing}, union_by_name = true)")
            found += 1
        else:
            con.register(name, schema.empty_table())
    if not found:
        raise UserError(f"{root} holds no tables: run `policy-extract run INPUT --out {root}` first")
    return con


def query(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    """Run one statement; a DuckDB error becomes a one-line UserError."""
    try:
        relation = con.sql(sql)
        return relation.df() if relation is not None else pd.DataFrame()
    except duckdb.Error as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UserError(f"SQL: {message}") from None


# ---------------------------------------------------------------- output


def _missing(value) -> bool:
    if value is None or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def cell_text(value) -> str:
    """A value as one readable cell: lists joined, integral floats without '.0', blanks for nulls."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()  # numpy arrays and scalars
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(v) for v in value)
    if _missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return _iso(value)
    return str(value)


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime) and value.time() == time(0) and value.tzinfo is None:
        return value.date().isoformat()  # a date column that pandas reads back as a timestamp
    return value.isoformat()


def json_value(value):
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if _missing(value):
        return None
    if isinstance(value, (date, datetime)):
        return _iso(value)
    return value


def markdown_table(frame: pd.DataFrame) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(esc(str(c)) for c in frame.columns) + " |",
             "|" + "|".join("---" for _ in frame.columns) + "|"]
    for row in frame.itertuples(index=False):
        lines.append("| " + " | ".join(esc(cell_text(v)) for v in row) + " |")
    return "\n".join(lines)


def write_frame(frame: pd.DataFrame, fmt: str, title: str | None = None, file=None) -> None:
    out = file or sys.stdout
    if fmt == "csv":
        frame.map(cell_text).to_csv(out, index=False)
    elif fmt == "md":
        print(markdown_table(frame), file=out)
    elif fmt == "json":
        records = [{str(k): json_value(v) for k, v in row.items()} for row in frame.to_dict("records")]
        print(json.dumps(records, ensure_ascii=False, indent=2), file=out)
    else:
        _print_rich(frame, title, out)


def _print_rich(frame: pd.DataFrame, title: str | None, out) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    if not console.is_terminal:  # piped: do not squeeze the table into 80 columns
        console = Console(file=out, width=max(shutil.get_terminal_size((160, 24)).columns, 160))
    table = Table(title=title, show_lines=False, title_justify="left")
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        table.add_column(str(column), overflow="fold", justify="right" if numeric else "left")
    for row in frame.itertuples(index=False):
        table.add_row(*(cell_text(v) for v in row))
    console.print(table)
    console.print(f"{len(frame)} row{'s' if len(frame) != 1 else ''}", style="dim")
