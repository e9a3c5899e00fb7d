"""Pairwise precision and recall of the canonical names against hand-labelled clusters.

    python bench/normalization.py                      # both files, build and holdout pairs
    python bench/normalization.py --by-document        # a held-out share of the source documents
    python bench/normalization.py --blind              # names from the blind-annotated policies

data/normalization/entity_clusters.csv and item_clusters.csv hold each distinct surface name seen
(pipeline output and gold on the tune set and data/heldout, and names collected from other public
policies) with a hand-assigned cluster: names of one provider, or true synonyms of one item, share it,
and the documents it occurs in (`docs`). A pair of names is *merged* when the normalizer gives both the
same value, and *should be merged* when they share a cluster. `build` pairs are among the names the
registry and taxonomy were written from; `holdout` pairs have at least one name from outside them
(data/heldout and collected policies).

The registry and the taxonomy list every labelled name, so these scores say little about names never
seen. `--by-document` measures that: it holds out a random share of the source documents, and every
registry alias or taxonomy variant that only names occurring in those documents use is taken out of the
lexicon (as if it had been written from the other documents). It then scores the pairs among the names
of the held-out documents (as a blind-annotated batch of new policies would be scored) and the pairs
with a `new` name, one that occurs in held-out documents only.

`--blind` scores data/normalization/holdout_names.csv: names from the gold of policies annotated blind
(data/heldout/raw/hod*), clustered by hand before the normalizer ever saw them; no lexicon entry was
written from them. It scores the pairs among those names, and the pairs of a blind name with any name
of the cluster files.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_FILES = {
    "entities": ROOT / "data/normalization/entity_clusters.csv",
    "items": ROOT / "data/normalization/item_clusters.csv",
}
BLIND_NAMES = ROOT / "data/normalization/holdout_names.csv"


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


def grouped_pair_scores(rows: list[dict], norms: dict[str, str],
                        groups: Callable[[dict, dict], tuple[str, ...]]) -> dict[str, PairScore]:
    """Scores of the pairs of each group; `groups(a, b)` names the groups the pair of rows a, b counts in."""
    counts = defaultdict(lambda: [0, 0, 0])
    # Only pairs that share a cluster or a norm can count; index both to avoid the full cross product.
    by_key = defaultdict(set)
    for i, r in enumerate(rows):
        by_key[("cluster", r["cluster"])].add(i)
        by_key[("norm", norms[r["name"]])].add(i)
    candidates = {tuple(sorted(p)) for members in by_key.values() for p in combinations(members, 2)}
    for i, j in candidates:
        a, b = rows[i], rows[j]
        should = a["cluster"] == b["cluster"]
        merged = norms[a["name"]] == norms[b["name"]]
        for group in groups(a, b):
            counts[group][0] += should
            counts[group][1] += merged
            counts[group][2] += should and merged
    return {group: PairScore(*c) for group, c in counts.items()}


def pair_scores(rows: list[dict], normalize: Callable[[str], str]) -> dict[str, PairScore]:
    """Scores over `build` pairs (both names from the build split) and `holdout` pairs (at least one not)."""
    norms = {r["name"]: normalize(r["name"]) for r in rows}
    scores = grouped_pair_scores(
        rows, norms, lambda a, b: ("build",) if a["split"] == b["split"] == "build" else ("holdout",))
    return {split: scores.get(split, PairScore(0, 0, 0)) for split in ("build", "holdout")}


def normalizers() -> dict[str, Callable[[str], str]]:
    from extractors.item_names import canonical_item
    from extractors.orgs import normalize_org

    return {"entities": normalize_org, "items": lambda item: canonical_item(item)[0]}


def blind_scores(kind: str, rows: list[dict], blind: list[dict], normalize: Callable[[str], str]) -> dict[str, PairScore]:
    """Pairs among the blind names of `kind` (`blind`), and pairs of a blind name with any other (`blind+all`)."""
    blind_names = {r["name"] for r in blind if r["kind"] == kind}
    merged = [r for r in rows if r["name"] not in blind_names] + [r for r in blind if r["kind"] == kind]
    norms = {r["name"]: normalize(r["name"]) for r in merged}

    def groups(a: dict, b: dict) -> tuple[str, ...]:
        n_blind = (a["name"] in blind_names) + (b["name"] in blind_names)
        return ("blind", "blind+all") if n_blind == 2 else ("blind+all",) if n_blind else ()

    return grouped_pair_scores(merged, norms, groups)


# --- held-out documents -------------------------------------------------------------------------


def documents(row: dict) -> set[str]:
    return set(row["docs"].split("|"))


def heldout_documents(files: dict[str, list[dict]], fraction: float, seed: int) -> set[str]:
    """A random `fraction` of all source documents (the same for providers and items)."""
    docs = sorted({d for rows in files.values() for r in rows for d in documents(r)})
    return set(random.Random(seed).sample(docs, round(fraction * len(docs))))


class _RecordingIndex(dict):
    """A lexicon index that remembers which of its keys a lookup found."""

    def __init__(self, entries: dict):
        super().__init__(entries)
        self.found: set = set()

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.found.add(key)
        return value

    def __contains__(self, key) -> bool:
        present = super().__contains__(key)
        if present:
            self.found.add(key)
        return present

    def get(self, key, default=None):
        return self[key] if key in self else default


@dataclass(frozen=True)
class _Lexicon:
    module: object
    index: str  # name of the module's function giving its lexicon index (key → entry)
    caches: tuple  # cached functions that depend on the index
    derived: str | None = None  # name of a function giving an index derived from it (form → entry)
    form_of: Callable[[str], str] | None = None  # the form of the derived index a key of the index gives


def _lexicon(kind: str) -> _Lexicon:
    from extractors import entities, item_names

    if kind == "entities":
        return _Lexicon(entities, "alias_index", (entities.canonical_entity,))
    return _Lexicon(item_names, "canonical_index", (item_names.canonical_item, item_names.reduced_index),
                    "reduced_index", lambda key: item_names.reduced_key(key))


@contextmanager
def lexicon_index(kind: str, index: dict, derived: dict | None = None) -> Iterator[None]:
    """Normalize with `index` in place of the lexicon's own (and `derived` in place of the index derived from
    it, else one derived from `index`); the caches are cleared around it."""
    lexicon = _lexicon(kind)
    replaced = {lexicon.index: index} | ({lexicon.derived: derived} if derived is not None else {})
    originals = {name: getattr(lexicon.module, name) for name in replaced}
    for name, entries in replaced.items():
        setattr(lexicon.module, name, lambda entries=entries: entries)
    for cached in lexicon.caches:
        cached.cache_clear()
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(lexicon.module, name, original)
        for cached in lexicon.caches:
            cached.cache_clear()


def without_new_entries(kind: str, rows: list[dict], new: set[str]) -> tuple[dict, int]:
    """The lexicon index less the keys that only `new` names use, and how many keys that removes. A name uses
    the keys its lookups find, and the keys of the derived index's forms it finds come from."""
    lexicon = _lexicon(kind)
    recording = _RecordingIndex(getattr(lexicon.module, lexicon.index)())
    derived = _RecordingIndex(getattr(lexicon.module, lexicon.derived)()) if lexicon.derived else None
    sources = defaultdict(set)
    for key in recording:
        if lexicon.form_of:
            sources[lexicon.form_of(key)].add(key)
    users = defaultdict(set)
    normalize = normalizers()[kind]
    with lexicon_index(kind, recording, derived):
        for r in rows:
            recording.found.clear()
            if derived is not None:
                derived.found.clear()
            normalize(r["name"])
            found = set(recording.found) | {k for form in (derived.found if derived else ()) for k in sources[form]}
            for key in found:
                users[key].add(r["name"])
    kept = {k: v for k, v in recording.items() if not (users[k] and users[k] <= new)}
    return kept, len(recording) - len(kept)


def document_split_scores(kind: str, rows: list[dict], heldout: set[str]) -> tuple[dict[str, PairScore], int]:
    """Scores of `dev` pairs (no new name), `heldout docs` pairs (both names occur in a held-out document)
    and `new` pairs (a new name and any other), normalized without the entries only new names use."""
    new = {r["name"] for r in rows if documents(r) <= heldout}
    index, removed = without_new_entries(kind, rows, new)
    normalize = normalizers()[kind]
    with lexicon_index(kind, index):  # the normalizer looks the index up when called
        norms = {r["name"]: normalize(r["name"]) for r in rows}

    def groups(a: dict, b: dict) -> tuple[str, ...]:
        found = []
        if a["name"] not in new and b["name"] not in new:
            found.append("dev")
        if documents(a) & heldout and documents(b) & heldout:
            found.append("heldout docs")
        if a["name"] in new or b["name"] in new:
            found.append("new")
        return tuple(found)

    return grouped_pair_scores(rows, norms, groups), removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--by-document", action="store_true", help="score a held-out share of the documents")
    parser.add_argument("--fraction", type=float, default=0.3, help="share of documents held out (0.3)")
    parser.add_argument("--seed", type=int, default=10, help="seed of the random choice of documents (10)")
    parser.add_argument("--blind", action="store_true", help="score the names of the blind-annotated policies")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    files = {kind: load_clusters(path) for kind, path in CLUSTER_FILES.items()}
    if args.blind:
        blind = load_clusters(BLIND_NAMES)
        for kind, normalize in normalizers().items():
            scores = blind_scores(kind, files[kind], blind, normalize)
            for group in ("blind", "blind+all"):
                s = scores.get(group, PairScore(0, 0, 0))
                print(f"{kind:8} {group:9}  names {sum(r['kind'] == kind for r in blind):4}  pairs {s.pairs:5}  "
                      f"merged {s.merged:5}  precision {s.precision:.3f}  recall {s.recall:.3f}")
        return 0
    if not args.by_document:
        for kind, normalize in normalizers().items():
            for split, score in pair_scores(files[kind], normalize).items():
                names = sum(r["split"] == split for r in files[kind])
                print(f"{kind:8} {split:7} names {names:4}  pairs {score.pairs:5}  merged {score.merged:5}  "
                      f"precision {score.precision:.3f}  recall {score.recall:.3f}")
        return 0
    heldout = heldout_documents(files, args.fraction, args.seed)
    print(f"held out {len(heldout)} documents (seed {args.seed})")
    for kind, rows in files.items():
        scores, removed = document_split_scores(kind, rows, heldout)
        new = sum(documents(r) <= heldout for r in rows)
        print(f"{kind:8} names {len(rows)}, new {new}, lexicon keys only new names use (removed) {removed}")
        for group in ("dev", "heldout docs", "new"):
            s = scores.get(group, PairScore(0, 0, 0))
            print(f"{kind:8} {group:12}  pairs {s.pairs:5}  merged {s.merged:5}  "
                  f"precision {s.precision:.3f}  recall {s.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
