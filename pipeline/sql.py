"""`policy-extract sql`: DuckDB over the Parquet tables, one view per table.

Read-only by default: the views are Arrow datasets handed to DuckDB, and DuckDB's
own file access is switched off (and the setting locked), so a query reads the
tables of the output folder and nothing else, and writes no file anywhere
(`COPY … TO`, `EXPORT DATABASE`, `ATTACH`, `INSTALL` and file-reading functions all
fail). `--allow-writes` leaves DuckDB's file access on.

Also the shared output helpers of `sql` and `compare`: a DataFrame printed as a
rich terminal table, CSV, Markdown or JSON, with control characters removed.
"""
from __future__ import annotations

import json
import math
import re
import shutil
import sys
from datetime import date, datetime, time
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.errors import UserError, first_line
from pipeline.readers import READ_ERRORS, open_tables
from pipeline.schemas import TABLES
from pipeline.terminal import plain, printable

FORMATS = ("table", "csv", "md", "json")
DEFAULT_PARQUET = "data/parquet"


def add_arguments(parser) -> None:
    parser.add_argument("query", metavar="SQL",
                        help="a DuckDB query over the views " + ", ".join(TABLES)
                        + ", e.g. \"SELECT count(*) FROM processors\"")
    add_output_arguments(parser)
    parser.add_argument("--allow-writes", action="store_true",
                        help="let the query read and write any file (COPY … TO, read_csv, ATTACH); "
                        "by default it reads only the tables and writes nothing")


def add_output_arguments(parser) -> None:
    parser.add_argument("--parquet", default=DEFAULT_PARQUET, metavar="DIR",
                        help=f"folder written by `policy-extract run` (default: {DEFAULT_PARQUET})")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="terminal table (default), csv, md (Markdown) or json")


def main(args) -> int:
    frame = query(connect(args.parquet, allow_writes=args.allow_writes), args.query)
    write_frame(frame, args.format)
    return 0


def connect(parquet_dir: str | Path, require=(), allow_writes: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table of the folder; the tables in `require` must exist.

    Read-only unless `allow_writes`: DuckDB itself may then open no file at all."""
    tables = open_tables(parquet_dir, require)
    con = duckdb.connect()
    for name, dataset in tables.items():
        con.register(name, dataset)
    if not allow_writes:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con


_MISSING_TABLE = re.compile(r"Table with name (\w+) does not exist", re.I)


def query(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    """Run one statement; a DuckDB or Arrow error becomes a one-line UserError."""
    try:
        relation = con.sql(sql)
        return relation.df() if relation is not None else pd.DataFrame()
    except duckdb.PermissionException as exc:
        raise UserError(f"SQL: {first_line(exc)} (sql is read-only: it reads only the tables; "
                        "--allow-writes lets a query read and write other files)") from None
    except duckdb.CatalogException as exc:
        missing = _MISSING_TABLE.search(str(exc))
        if missing and missing.group(1).lower() in TABLES:
            raise UserError(f"SQL: table {missing.group(1)} is missing from this output folder (it has no "
                            f"{missing.group(1).lower()}/*.parquet); re-run `policy-extract run`") from None
        raise UserError(f"SQL: {first_line(exc)}") from None
    except (duckdb.Error, *READ_ERRORS) as exc:
        raise UserError(f"SQL: {first_line(exc)}") from None


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
        return printable(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(esc(str(c)) for c in frame.columns) + " |",
             "|" + "|".join("---" for _ in frame.columns) + "|"]
    for row in frame.itertuples(index=False):
        lines.append("| " + " | ".join(esc(cell_text(v)) for v in row) + " |")
    return "\n".join(lines)


def write_frame(frame: pd.DataFrame, fmt: str, title: str | None = None, file=None) -> None:
    out = file or sys.stdout
    if fmt == "csv":
        frame.map(lambda v: printable(cell_text(v))).rename(columns=lambda c: printable(str(c))) \
            .to_csv(out, index=False)
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
    # Cells and headers are Text objects: a name like "[/b]" is shown, not parsed as markup.
    table = Table(title=title, show_lines=False, title_justify="left")
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        table.add_column(plain(str(column)), overflow="fold", justify="right" if numeric else "left")
    for row in frame.itertuples(index=False):
        table.add_row(*(plain(cell_text(v)) for v in row))
    console.print(table)
    console.print(f"{len(frame)} row{'s' if len(frame) != 1 else ''}", style="dim")
