"""`policy-extract eval`: precision, recall and F1 of the extracted tables against gold JSON.

Matching follows the annotation guide: items by surface form (parentheticals,
spacing and punctuation ignored), retention by (period, law), processors and
third parties by name with legal-form markers ignored. Each document's gold
and predicted values are compared as multisets, then counts are summed.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import UserError, os_reason
from pipeline.readers import open_tables, to_frame
from pipeline.terminal import printable

_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_LEGAL_FORMS = re.compile(
    r"\(주\)|㈜|주식회사|\(유\)|유한회사|\(재\)|재단법인|\(사\)|사단법인|\(합\)|합자회사|"
    r"\b(?:inc|corp|corporation|co|ltd|llc|limited|gmbh)\b\.?", re.I)

TABLES = ("collected_items", "retention", "processors", "third_parties")


def item_key(text: str) -> str:
    return _PUNCT.sub("", _PARENS.sub("", str(text))).lower()


def org_key(text: str) -> str:
    return _PUNCT.sub("", _LEGAL_FORMS.sub("", str(text))).lower()


def law_key(text) -> str:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return _PUNCT.sub("", str(text))


def retention_key(period, law) -> str:
    return f"{period}|{law_key(law)}"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)
    false_positives: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, doc_id: str, gold: Counter, pred: Counter, labels: dict[str, str]) -> None:
        matched = gold & pred
        self.tp += sum(matched.values())
        missed, extra = gold - matched, pred - matched
        self.fn += sum(missed.values())
        self.fp += sum(extra.values())
        if missed:
            self.misses[doc_id] = sorted(labels.get(k, k) for k in missed.elements())
        if extra:
            self.false_positives[doc_id] = sorted(labels.get(k, k) for k in extra.elements())


def _gold_keys(table: str, gold: dict) -> tuple[Counter, dict[str, str]]:
    labels: dict[str, str] = {}
    keys: list[str] = []
    if table == "collected_items":
        for item in gold.get("collected_items") or []:
            keys.append(item_key(item))
            labels[keys[-1]] = item
        return Counter(set(keys)), labels
    if table == "retention":
        for row in gold.get("retention") or []:
            k = retention_key(row.get("period"), row.get("law"))
            keys.append(k)
            labels[k] = f"{row.get('period')} {row.get('law') or '(no law)'} — {row.get('record')}"
        return Counter(keys), labels
    for row in gold.get(table) or []:
        k = org_key(row.get("name") or "")
        keys.append(k)
        labels[k] = str(row.get("name") or "")
    return Counter(set(keys)), labels


def _pred_keys(table: str, rows: pd.DataFrame) -> tuple[Counter, dict[str, str]]:
    labels: dict[str, str] = {}
    keys: list[str] = []
    if table == "collected_items":
        for item in rows["item"].dropna():
            keys.append(item_key(item))
            labels.setdefault(keys[-1], item)
        return Counter(set(keys)), labels
    if table == "retention":
        for row in rows.itertuples():
            period = "permanent" if row.period_kind == "permanent" else row.period_iso
            if not isinstance(period, str) or not period:
                continue  # only fixed and permanent periods are annotated
            k = retention_key(period, row.law)
            keys.append(k)
            labels.setdefault(k, f"{period} {row.law if isinstance(row.law, str) else '(no law)'} — {row.record}")
        return Counter(keys), labels
    column = "processor" if table == "processors" else "recipient"
    for name in rows[column].dropna():
        keys.append(org_key(name))
        labels.setdefault(keys[-1], name)
    return Counter(set(keys)), labels


def load_gold(path: Path) -> dict:
    """One gold file, checked against the shape ANNOTATION.md gives it; anything else is a UserError."""
    try:
        gold = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {os_reason(exc)}") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(gold, dict):
        raise UserError(f"{path}: expected a JSON object with doc_id and the tables, not {type(gold).__name__}")
    if not isinstance(gold.get("doc_id", ""), (str, type(None))):
        raise UserError(f"{path}: doc_id must be a string")
    for table in TABLES:
        values = gold.get(table)
        if values is None:
            continue
        wanted = str if table == "collected_items" else dict
        if not isinstance(values, list) or not all(isinstance(v, wanted) for v in values):
            shape = "strings" if wanted is str else "objects"
            raise UserError(f"{path}: {table} must be a list of {shape}")
    return gold


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> dict[str, Score]:
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    if not gold_dir.is_dir():
        raise UserError(f"no gold folder {gold_dir}")
    gold_files = sorted(p for p in gold_dir.glob("*.json") if not p.is_dir())
    if not gold_files:
        raise UserError(f"no gold *.json files in {gold_dir}")
    tables = open_tables(pred_dir, require=TABLES)
    predictions = {table: to_frame(tables[table]) for table in TABLES}
    scores = {table: Score() for table in TABLES}
    for path in gold_files:
        gold = load_gold(path)
        doc_id = gold.get("doc_id") or path.stem
        for table in TABLES:
            frame = predictions[table]
            rows = frame[frame["doc_id"] == doc_id]
            gold_counter, gold_labels = _gold_keys(table, gold)
            pred_counter, pred_labels = _pred_keys(table, rows)
            scores[table].add(doc_id, gold_counter, pred_counter, {**pred_labels, **gold_labels})
    return scores


def add_arguments(parser) -> None:
    parser.add_argument("--gold", required=True, help="folder of gold JSON files")
    parser.add_argument("--pred", required=True, help="folder written by `policy-extract run`")
    parser.add_argument("--show", action="store_true", help="list misses and false positives per document")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def main(args) -> int:
    scores = evaluate(args.gold, args.pred)
    if args.json:
        print(json.dumps({t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                              "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                          for t, s in scores.items()}, indent=2))
        return 0
    print(f"{'table':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
    for table, s in scores.items():
        print(f"{table:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    if args.show:
        for table, s in scores.items():
            docs = sorted(set(s.misses) | set(s.false_positives))
            if not docs:
                continue
            print(f"\n== {table}")
            for doc_id in docs:
                if doc_id in s.misses:
                    print(printable(f"  {doc_id} missed: {' | '.join(s.misses[doc_id])}"))
                if doc_id in s.false_positives:
                    print(printable(f"  {doc_id} extra:  {' | '.join(s.false_positives[doc_id])}"))
    return 0
