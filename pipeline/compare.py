"""`policy-extract compare`: how organizations differ, one pivot per kind of table.

Every function takes a DuckDB connection from `pipeline.sql.connect` and returns a
pandas DataFrame, so the CLI, the notebook and the HTML report show the same numbers.
An organization is a canonical org_norm (else a doc_id): the versions of one organization's policy
count once. It is shown by the fetch manifest's org, else the org_name read from the policy.
Processors and recipients are counted by their canonical provider (processor_norm, recipient_norm),
collected items by item_norm and retention laws by the parent statute.
"""
from __future__ import annotations

from collections import defaultdict

import duckdb
import pandas as pd

from extractors.statutes import match_statute, normalize_law, short_law, statutes
from pipeline.findings import period_label, period_months, period_sort_key, same_period
from pipeline.schemas import TABLES
from pipeline.sql import add_output_arguments, connect, query, write_frame

NO_LAW = "(법령 인용 없음)"
OTHER_RECORDS = "(기타 기록)"
TOP_N = 5

_ORGS = """orgs AS (
    SELECT doc_id, min(coalesce(nullif(trim(org), ''), nullif(trim(org_name), ''), doc_id))
             OVER (PARTITION BY coalesce(nullif(trim(org_norm), ''), doc_id)) AS org
    FROM documents WHERE status = 'ok'
)"""


def add_arguments(parser) -> None:
    parser.add_argument("kind", choices=list(KINDS), help="what to compare across organizations")
    add_output_arguments(parser)


def main(args) -> int:
    con = connect(args.parquet, require=TABLES)
    frame = KINDS[args.kind](con)
    if args.format == "table" and args.kind == "retention":
        frame = compact_retention(frame)
    write_frame(frame, args.format, title=TITLES[args.kind])
    return 0


def compact_retention(pivot: pd.DataFrame) -> pd.DataFrame:
    """The retention pivot narrowed for a terminal: short law names, no provision, blanks for zero."""
    frame = pivot.drop(columns=["provision"]).assign(law=pivot["law"].map(short_law))
    periods = [c for c in frame.columns if c not in ("law", "record", "statute", "orgs", "deviations")]
    frame[periods] = frame[periods].astype(object).where(frame[periods] != 0, "")
    return frame


def organizations(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per organization: its documents and how many rows each table has for it."""
    return query(con, f"""
        WITH {_ORGS}
        SELECT o.org, string_agg(DISTINCT o.doc_id, ', ' ORDER BY o.doc_id) AS doc_ids,
               max(d.effective_date) AS effective_date,
               (SELECT count(DISTINCT coalesce(item_norm, item)) FROM collected_items c
                 WHERE c.doc_id IN (SELECT doc_id FROM orgs x WHERE x.org = o.org)) AS items,
               (SELECT count(*) FROM retention r
                 WHERE r.doc_id IN (SELECT doc_id FROM orgs x WHERE x.org = o.org)) AS retention,
               (SELECT count(*) FROM processors p
                 WHERE p.doc_id IN (SELECT doc_id FROM orgs x WHERE x.org = o.org)) AS processors,
               (SELECT count(*) FROM third_parties t
                 WHERE t.doc_id IN (SELECT doc_id FROM orgs x WHERE x.org = o.org)) AS third_parties,
               (SELECT count(*) FROM findings f
                 WHERE f.doc_id IN (SELECT doc_id FROM orgs x WHERE x.org = o.org)) AS findings
        FROM orgs o JOIN documents d USING (doc_id)
        GROUP BY o.org ORDER BY o.org""")


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Corpus totals: documents by status, organizations, and rows per extracted table."""
    counts = query(con, f"""
        WITH {_ORGS}
        SELECT (SELECT count(*) FROM documents) AS documents,
               (SELECT count(*) FROM documents WHERE status = 'ok') AS policies,
               (SELECT count(*) FROM documents WHERE status = 'not_policy') AS not_policy,
               (SELECT count(*) FROM documents WHERE status = 'error') AS errors,
               (SELECT count(DISTINCT org) FROM orgs) AS organizations,
               (SELECT count(*) FROM collected_items) AS collected_items,
               (SELECT count(*) FROM retention) AS retention,
               (SELECT count(*) FROM processors) AS processors,
               (SELECT count(*) FROM third_parties) AS third_parties,
               (SELECT count(*) FROM findings) AS findings""")
    return {k: int(v) for k, v in counts.iloc[0].items()}


# ---------------------------------------------------------------- retention


_MATCH_COLUMNS = ["org", "law", "provision", "record", "statute_iso", "statute", "repealed", "reference_order",
                  "period_iso", "period", "period_months", "period_order", "policy_record"]


def retention_matches(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every retention row with its organization and, where it matches, the statutory reference row."""
    return pd.DataFrame(_retention_records(con), columns=_MATCH_COLUMNS)


def _retention_records(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = query(con, f"""
        WITH {_ORGS}
        SELECT o.org, r.record, r.period_iso, r.period_kind, r.law, r.statute, r.law_text, r.evidence
        FROM retention r JOIN orgs o USING (doc_id)""")
    order = {s: i for i, s in enumerate(statutes())}
    out = []
    for r in rows.to_dict("records"):
        record, law, parent, law_text = (_text(r[k]) for k in ("record", "law", "statute", "law_text"))
        statute = match_statute(law, record or _text(r["evidence"]), law_text)
        iso, kind = _text(r["period_iso"]), _text(r["period_kind"])
        out.append({
            "org": r["org"],
            "law": statute.law if statute else (parent or normalize_law(law, law_text) or law or NO_LAW),
            "provision": statute.provision if statute else "",
            "record": statute.record if statute else OTHER_RECORDS,
            "statute_iso": statute.period_iso if statute else None,
            "statute": _statute_label(statute) if statute else "",
            "repealed": bool(statute and statute.repealed),
            "reference_order": order[statute] if statute else len(order),
            "period_iso": iso,
            "period": period_label(iso, kind),
            "period_months": period_months(iso),
            "period_order": period_sort_key(iso, kind),
            "policy_record": record,
        })
    return out


def _text(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _statute_label(statute) -> str:
    label = statute.period_text
    return f"{label} (폐지 {statute.repealed_since})" if statute.repealed else label


def retention_pivot(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Rows: law and record type (the reference's where matched); columns: how many organizations keep
    it for each period; `deviations`: the organizations whose period differs from the statute."""
    matches = _retention_records(con)
    periods = sorted({(r["period_order"], r["period"]) for r in matches})
    periods = [label for _, label in periods]
    groups: dict[tuple, dict] = {}
    for r in matches:
        key = (r["reference_order"], r["law"], r["record"])
        group = groups.setdefault(key, {"row": r, "by_period": defaultdict(set), "deviating": defaultdict(set)})
        group["by_period"][r["period"]].add(r["org"])
        if r["repealed"]:
            group["deviating"][r["org"]].add(r["period"])
        elif r["statute_iso"] and r["period_iso"] and not same_period(r["period_iso"], r["statute_iso"]):
            group["deviating"][r["org"]].add(r["period"])
    out = []
    for key, group in groups.items():
        r = group["row"]
        orgs = set().union(*group["by_period"].values())
        row = {"law": r["law"], "provision": r["provision"], "record": r["record"], "statute": r["statute"],
               "orgs": len(orgs)}
        row.update({p: len(group["by_period"].get(p, ())) for p in periods})
        row["deviations"] = "; ".join(f"{org} {', '.join(sorted(ps))}"
                                      for org, ps in sorted(group["deviating"].items()))
        out.append((_group_order(key, len(orgs)), row))
    columns = ["law", "provision", "record", "statute", "orgs", *periods, "deviations"]
    return pd.DataFrame([row for _, row in sorted(out, key=lambda t: t[0])], columns=columns)


def _group_order(key: tuple, n_orgs: int) -> tuple:
    reference_order, law, _ = key
    # Reference rows in file order, then other laws by popularity, uncited periods last.
    return (reference_order, law == NO_LAW, -n_orgs, law)


# ---------------------------------------------------------------- items, processors, recipients


def item_categories(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """How common each item category is: organizations collecting it, share, and its commonest items."""
    return _per_category(con, """
        SELECT o.org, coalesce(nullif(c.item_category, ''), '(미분류)') AS category,
               coalesce(nullif(c.item_norm, ''), c.item) AS item
        FROM collected_items c JOIN orgs o USING (doc_id)""", "item")


def _per_category(con: duckdb.DuckDBPyConnection, rows: str, value: str, extra: str = "") -> pd.DataFrame:
    """Per category of `rows` (a query of org, category and `value`): organizations, their share, the
    distinct values (`{value}s`) and the commonest ones (`top_{value}s`); `extra` adds columns."""
    return query(con, f"""
        WITH {_ORGS}, r AS ({rows}),
        per_value AS (SELECT category, {value}, count(DISTINCT org) AS n FROM r GROUP BY ALL),
        ranked AS (SELECT *, row_number() OVER (PARTITION BY category ORDER BY n DESC, {value}) AS rank
                   FROM per_value),
        top AS (SELECT category, string_agg({value} || ' (' || n || ')', ', ' ORDER BY rank) AS top_{value}s
                FROM ranked WHERE rank <= {TOP_N} GROUP BY category)
        SELECT category, count(DISTINCT org) AS orgs,
               round(100.0 * count(DISTINCT org) / nullif((SELECT count(DISTINCT org) FROM orgs), 0), 1)
                 AS share_pct, {extra}
               count(DISTINCT {value}) AS {value}s, any_value(top.top_{value}s) AS top_{value}s
        FROM r JOIN top USING (category)
        GROUP BY category ORDER BY orgs DESC, category""")


def items_matrix(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Organizations × item categories: how many distinct items of each category each collects."""
    frame = query(con, f"""
        WITH {_ORGS}
        SELECT o.org, coalesce(nullif(c.item_category, ''), '(미분류)') AS category,
               count(DISTINCT coalesce(nullif(c.item_norm, ''), c.item)) AS items
        FROM collected_items c JOIN orgs o USING (doc_id) GROUP BY ALL""")
    if frame.empty:
        return pd.DataFrame()
    matrix = frame.pivot_table(index="org", columns="category", values="items", aggfunc="sum", fill_value=0)
    matrix = matrix[matrix.sum().sort_values(ascending=False).index]  # commonest categories first
    return matrix.astype(int)


def _parties(con: duckdb.DuckDBPyConnection, table: str, name: str, detail: str) -> pd.DataFrame:
    """Processors or recipients by how many organizations name them, one row per canonical provider
    (`{name}_norm`), with its category and the names it was written as."""
    return query(con, f"""
        WITH {_ORGS},
        p AS (SELECT o.org, coalesce(nullif(t.{name}_norm, ''), t.{name}) AS key, t.{name} AS name,
                     coalesce(nullif(t.{name}_category, ''), 'other') AS category,
                     nullif(trim(t.{detail}), '') AS detail, t.overseas, nullif(t.country, '') AS country
              FROM {table} t JOIN orgs o USING (doc_id) WHERE t.{name} IS NOT NULL),
        details AS (SELECT key, detail, count(DISTINCT org) AS n FROM p WHERE detail IS NOT NULL GROUP BY ALL),
        ranked AS (SELECT *, row_number() OVER (PARTITION BY key ORDER BY n DESC, detail) AS rank FROM details),
        top AS (SELECT key, string_agg(detail, '; ' ORDER BY rank) AS top FROM ranked WHERE rank <= 3 GROUP BY key)
        SELECT p.key AS {name}, mode(p.category) AS category, count(DISTINCT p.org) AS orgs,
               round(100.0 * count(DISTINCT p.org) / nullif((SELECT count(DISTINCT org) FROM orgs), 0), 1)
                 AS share_pct,
               any_value(top.top) AS {detail}s,
               coalesce(bool_or(p.overseas), false) AS overseas,
               string_agg(DISTINCT p.country, ', ' ORDER BY p.country) AS countries,
               string_agg(DISTINCT p.name, ' | ' ORDER BY p.name) AS written_as,
               string_agg(DISTINCT p.org, ', ' ORDER BY p.org) AS organizations
        FROM p LEFT JOIN top USING (key)
        GROUP BY p.key ORDER BY orgs DESC, {name}""")


def _party_categories(con: duckdb.DuckDBPyConnection, table: str, name: str) -> pd.DataFrame:
    """Organizations per provider category (payment, cloud …): how many name one, how many overseas, and the
    commonest providers."""
    return _per_category(con, f"""
        SELECT o.org, coalesce(nullif(t.{name}_norm, ''), t.{name}) AS provider,
               coalesce(nullif(t.{name}_category, ''), 'other') AS category, t.overseas
        FROM {table} t JOIN orgs o USING (doc_id) WHERE t.{name} IS NOT NULL""", "provider",
        extra="count(DISTINCT org) FILTER (WHERE overseas) AS orgs_overseas,")


def processor_counts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _parties(con, "processors", "processor", "task")


def recipient_counts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _parties(con, "third_parties", "recipient", "purpose")


def processor_categories(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _party_categories(con, "processors", "processor")


def recipient_categories(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return _party_categories(con, "third_parties", "recipient")


# ---------------------------------------------------------------- findings


def findings_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return query(con, f"""
        WITH {_ORGS}
        SELECT o.org, f.doc_id, f."check", f.severity, f.message, f.section_no, f.evidence
        FROM findings f JOIN orgs o USING (doc_id)
        ORDER BY o.org, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f."check" """)


def findings_matrix(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Organizations × checks: how many findings of each check each organization has (0 for none)."""
    orgs = query(con, f"WITH {_ORGS} SELECT DISTINCT org FROM orgs ORDER BY org")["org"].tolist()
    frame = findings_list(con)
    if frame.empty:
        return pd.DataFrame(index=pd.Index(orgs, name="org"))
    matrix = frame.pivot_table(index="org", columns="check", values="message", aggfunc="count", fill_value=0)
    return matrix.reindex(orgs, fill_value=0).astype(int)


KINDS = {
    "retention": retention_pivot,
    "items": item_categories,
    "processors": processor_counts,
    "third_parties": recipient_counts,
    "processor_categories": processor_categories,
    "third_party_categories": recipient_categories,
}
TITLES = {
    "retention": "Retention periods by law and record type (organizations per period; deviations from the statute)",
    "items": "Collected item categories across organizations",
    "processors": "Processors (수탁자) across organizations",
    "third_parties": "Third-party recipients (제공받는 자) across organizations",
    "processor_categories": "Processors by category (payment, cloud …): organizations per category",
    "third_party_categories": "Third-party recipients by category: organizations per category",
}
