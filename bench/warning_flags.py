"""How well `documents.extraction_warnings` finds the documents where extraction failed.

    python bench/warning_flags.py --gold /tmp/tune/gold --pred /tmp/tune-out

A document *failed* when its gold has rows the pipeline missed (any FN in `policy-extract eval`), and
failed *badly* when one table lost at least 3 rows and a third of its gold rows. Precision: of the
flagged documents, the share that failed; recall: of the failed documents, the share flagged. Per
code, `table hit` counts flagged documents that missed rows of the table the code is about.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.errors import UserError  # noqa: E402
from pipeline.evaluate import TABLES, evaluate, load_gold  # noqa: E402
from pipeline.extraction_warnings import TABLE_OF  # noqa: E402

# Warning codes start with the section category they are about (`items_section_without_items`).
_TABLE_OF_CODE = {**TABLE_OF, "few_items": "collected_items"}


def _gold_sizes(gold_dir: Path) -> dict[str, dict[str, int]]:
    sizes = {}
    for path in gold_dir.glob("*.json"):
        if path.is_dir():
            continue
        gold = load_gold(path)
        sizes[gold.get("doc_id") or path.stem] = {t: len(gold.get(t) or []) for t in TABLES}
    return sizes


def _table_of(code: str) -> str | None:
    return next((table for prefix, table in _TABLE_OF_CODE.items() if code.startswith(prefix)), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--show", action="store_true", help="list flagged and failed documents")
    args = parser.parse_args()
    try:
        scores = evaluate(args.gold, args.pred)
    except UserError as exc:
        print(f"warning_flags: error: {exc}", file=sys.stderr)
        return 2
    sizes = _gold_sizes(Path(args.gold))
    docs = pd.read_parquet(Path(args.pred) / "documents", columns=["doc_id", "extraction_warnings"])
    warnings = {d: list(w) if w is not None else [] for d, w in zip(docs["doc_id"], docs["extraction_warnings"])}
    missed = defaultdict(dict)  # doc_id → table → missed rows
    for table, score in scores.items():
        for doc_id, rows in score.misses.items():
            missed[doc_id][table] = len(rows)
    gold_docs = set(sizes)
    failed = {d for d in gold_docs if missed.get(d)}
    badly = {d for d in failed if any(n >= 3 and n * 3 >= sizes[d][t] for t, n in missed[d].items())}
    flagged = {d for d in gold_docs if warnings.get(d)}
    print(f"documents {len(gold_docs)}, failed {len(failed)} (badly {len(badly)}), flagged {len(flagged)}")
    hit = flagged & failed
    precision = len(hit) / len(flagged) if flagged else 1.0
    print(f"any failure:  precision {precision:.2f} ({len(hit)}/{len(flagged)}), "
          f"recall {len(hit) / max(len(failed), 1):.2f} ({len(hit)}/{len(failed)})")
    print(f"bad failure:  precision {len(flagged & badly) / max(len(flagged), 1):.2f} "
          f"({len(flagged & badly)}/{len(flagged)}), recall {len(flagged & badly) / max(len(badly), 1):.2f} "
          f"({len(flagged & badly)}/{len(badly)})")
    by_code: dict[str, set[str]] = defaultdict(set)
    for doc_id in flagged:
        for warning in warnings[doc_id]:
            by_code[warning.split(":", 1)[0]].add(doc_id)
    print(f"\n{'code':<40} {'docs':>5} {'failed':>7} {'table hit':>10}")
    for code, flagged_docs in sorted(by_code.items()):
        table = _table_of(code)
        table_hit = sum(1 for d in flagged_docs if table and missed.get(d, {}).get(table))
        print(f"{code:<40} {len(flagged_docs):>5} {len(flagged_docs & failed):>7} "
              f"{(str(table_hit) if table else '-'):>10}")
    if args.show:
        print()
        for doc_id in sorted(flagged | failed):
            misses = ", ".join(f"{t} {n}/{sizes[doc_id][t]}" for t, n in missed.get(doc_id, {}).items())
            print(f"{doc_id:<24} missed: {misses or '-'}")
            for warning in warnings.get(doc_id, []):
                print(f"{'':<26}{warning}")
    counts = Counter(len(warnings.get(d, [])) for d in gold_docs)
    print("\nwarnings per document:", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
