"""`policy-extract report`: one self-contained static HTML page comparing the organizations.

Charts are inline SVG (text drawn as paths, so Korean reads without any font
installed), styles and the organization search are inline: the file can be
mailed or opened from disk with no network.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd

from pipeline import __version__, charts, compare
from pipeline.errors import UserError, os_reason
from pipeline.findings import checks
from pipeline.schemas import TABLES
from pipeline.sql import DEFAULT_PARQUET, cell_text, connect

TOP_PARTIES = 25  # rows of the processor and recipient tables


def add_arguments(parser) -> None:
    parser.add_argument("--parquet", default=DEFAULT_PARQUET, metavar="DIR",
                        help=f"folder written by `policy-extract run` (default: {DEFAULT_PARQUET})")
    parser.add_argument("--out", default="report.html", help="HTML file to write (default: report.html)")


def main(args) -> int:
    out = Path(args.out)
    if not out.name or out.is_dir():
        raise UserError(f"--out {args.out!r} is not a file name: give the HTML file to write, e.g. report.html")
    con = connect(args.parquet, require=TABLES)
    html = build_report(con, source=str(args.parquet))
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        tmp.write_text(html, "utf-8")
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(f"cannot write {out}: {os_reason(exc)}") from None
    summary = compare.summary(con)
    print(f"wrote {out} ({len(html) // 1024} KB): {summary['organizations']} organizations, "
          f"{summary['findings']} findings")
    return 0


@dataclass
class HtmlTable:
    """A DataFrame as the template shows it: header, text cells, and which columns are numbers."""

    columns: list[str]
    rows: list[list[str]]
    numeric: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, frame: pd.DataFrame, numeric: set[str] | None = None) -> "HtmlTable":
        if numeric is None:
            numeric = {str(c) for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])}
        rows = [[cell_text(v) for v in row] for row in frame.itertuples(index=False)]
        return cls([str(c) for c in frame.columns], rows, numeric)


def build_report(con: duckdb.DuckDBPyConnection, source: str = "") -> str:
    from jinja2 import Environment, select_autoescape

    summary = compare.summary(con)
    retention = compare.retention_pivot(con)
    processors = compare.processor_counts(con)
    recipients = compare.recipient_counts(con)
    findings = compare.findings_list(con)
    chart_list = [
        ("items", charts.items_heatmap(compare.items_matrix(con)),
         "Distinct collected items per category and organization."),
        ("retention", charts.retention_chart(compare.retention_matches(con)),
         "Stated retention periods per statutory record type; the red bar is the statutory period, "
         "grey a repealed one."),
        ("processors", charts.top_bar(processors, "processor", "가장 흔한 수탁자 (처리위탁)"),
         "Processors named by the most organizations."),
        ("recipients", charts.top_bar(recipients, "recipient", "가장 흔한 제3자 제공 대상", color="#807dba"),
         "Third-party recipients named by the most organizations."),
        ("findings", charts.findings_chart(findings), "Findings per organization, by severity."),
    ]
    template_text = resources.files("pipeline").joinpath("templates/report.html.j2").read_text("utf-8")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env.from_string(template_text).render(
        version=__version__,
        source=source,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        summary=summary,
        summary_cards=[
            ("documents", summary["documents"]), ("privacy policies", summary["policies"]),
            ("organizations", summary["organizations"]), ("collected items", summary["collected_items"]),
            ("retention statements", summary["retention"]), ("processors", summary["processors"]),
            ("third parties", summary["third_parties"]), ("findings", summary["findings"]),
        ],
        organizations=HtmlTable.of(compare.organizations(con)),
        charts=[{"id": cid, "svg": charts.to_svg(fig), "caption": caption} for cid, fig, caption in chart_list],
        retention=HtmlTable.of(compare.compact_retention(retention),
                               numeric={str(c) for c in retention.columns
                                        if pd.api.types.is_numeric_dtype(retention[c])}),
        processors=HtmlTable.of(processors.head(TOP_PARTIES)),
        recipients=HtmlTable.of(recipients.head(TOP_PARTIES)),
        processor_categories=HtmlTable.of(compare.processor_categories(con)),
        recipient_categories=HtmlTable.of(compare.recipient_categories(con)),
        findings=[{k: cell_text(v) for k, v in row.items()} for row in findings.to_dict("records")],
        checks=list(checks()),
    )
