"""Pairwise precision and recall of the canonical names against hand-labelled clusters.

    python bench/normalization.py            # both files, per split

data/normalization/entity_clusters.csv and item_clusters.csv hold each distinct surface name seen
(pipeline output and gold on the tune set and data/heldout, and names collected from other public
policies) with a hand-assigned cluster: names of one provider, or true synonyms of one item, share it.
A pair of names is *merged* when the normalizer gives both the same value, and *should be merged* when
they share a cluster. `build` pairs are among the names the registry and taxonomy were written from;
`holdout` pairs have at least one name from outside them (data/heldout and collected policies).
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_FILES = {
    "entities": ROOT / "data/normalization/entity_clusters.csv",
    "items": ROOT / "data/normalization/item_clusters.csv",
}


@dataclass(frozen=True)
class PairScore:
    pairs: int  # pairs that should be merged
    merged: int  # pairs the normalizer merged
    correct: int  # merged and should be

    @property
    def precision(self) -> float:
        return self.correct / self.merged if self.merged else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.pairs if self.pairs else 1.0


def load_clusters(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def pair_scores(rows: list[dict], normalize: Callable[[str], str]) -> dict[str, PairScore]:
    """Scores over `build` pairs (both names from the build split) and `holdout` pairs (at least one not)."""
    norms = {r["name"]: normalize(r["name"]) for r in rows}
    counts = defaultdict(lambda: [0, 0, 0])
    # Only pairs that share a cluster or a norm can count; index both to avoid the full cross product.
    by_key = defaultdict(set)
    for i, r in enumerate(rows):
        by_key[("cluster", r["cluster"])].add(i)
        by_key[("norm", norms[r["name"]])].add(i)
    candidates = {tuple(sorted(p)) for members in by_key.values() for p in combinations(members, 2)}
    for i, j in candidates:
        a, b = rows[i], rows[j]
        split = "build" if a["split"] == b["split"] == "build" else "holdout"
        should = a["cluster"] == b["cluster"]
        merged = norms[a["name"]] == norms[b["name"]]
        counts[split][0] += should
        counts[split][1] += merged
        counts[split][2] += should and merged
    return {split: PairScore(*counts[split]) for split in ("build", "holdout")}


def normalizers() -> dict[str, Callable[[str], str]]:
    from extractors.item_names import canonical_item
    from extractors.orgs import normalize_org

    return {"entities": normalize_org, "items": lambda item: canonical_item(item)[0]}


def main() -> int:
    sys.path.insert(0, str(ROOT))
    for kind, normalize in normalizers().items():
        rows = load_clusters(CLUSTER_FILES[kind])
        for split, score in pair_scores(rows, normalize).items():
            names = sum(r["split"] == split for r in rows)
            print(f"{kind:8} {split:7} names {names:4}  pairs {score.pairs:5}  merged {score.merged:5}  "
                  f"precision {score.precision:.3f}  recall {score.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
