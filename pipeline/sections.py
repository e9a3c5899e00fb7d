"""Split a document's blocks into sections and give each a PIPC guideline category.

Headings are found in all their Korean forms, but a heading alone is not trusted:
policies lose their headings when scraped, or list them first and the bodies
later. So every section is also scored on its content, and a strong change of
topic in the body opens a new section even where no heading marks it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from pipeline.model import Block, Section
from pipeline.tables import HEADER_WORDS as _FIELD_LABEL

CATEGORIES = (
    "purpose", "items", "retention", "destruction", "third_party", "processors", "overseas_transfer",
    "rights", "security", "cookies", "behavioral_ads", "pseudonymized", "officer", "remedies",
    "changes", "children", "preamble", "other",
)

# (pattern, rank): lower rank = higher in the outline.
_MARKERS = [
    (re.compile(r"^제\s*\d+\s*장"), 0),
    (re.compile(r"^제\s*\d+\s*조(\s*의\s*\d+)?"), 1),
    (re.compile(r"^\d{1,2}\s*\.(?!\d)"), 2),
    (re.compile(r"^[■□◆◇▣▶►◎◈]"), 2),
    (re.compile(r"^\[[^\]]{2,60}\]$"), 2),
    (re.compile(r"^【[^】]{2,60}】"), 2),
    (re.compile(r"^<[^<>]{2,60}>$"), 2),
    (re.compile(r"^\d{1,2}\s*\)"), 3),
    (re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?(?=\s)"), 3),  # 4.1, 4.1.2: decimal outline numbers
    (re.compile(r"^<\d{1,2}>"), 3),
    (re.compile(r"^[가나다라마바사아자차카타파하]\s*\.(?![가-힣])"), 3),
    (re.compile(r"^[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ]\s*[.)](?![가-힣])"), 3),
    (re.compile(r"^[가나다라마바사아자차카타파하]\s*\)"), 4),
    (re.compile(r"^\(\d{1,2}\)"), 4),
    (re.compile(r"^[①-⑳]"), 4),
    (re.compile(r"^\([가나다라마바사아자차카타파하]\)"), 4),
]
# All markers in one pattern, tried in the list's order (the first alternative that matches wins, as in a
# loop over the list), so a line is matched once, not once per marker; the group names the marker.
_MARKER = re.compile("|".join(f"(?P<m{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(_MARKERS)))
_MARKER_RANK = {f"m{i}": rank for i, (_, rank) in enumerate(_MARKERS)}
_SENTENCE_END = re.compile(r"(다|요|음|함|임|됨|니다)\s*[.。]?\s*$|[.。]\s*$")
_ORDINAL = re.compile(r"^(\d{1,2}[.)]|[가나다라마바사아자차카타파하ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ][.)]|[①-⑳]|\(\d{1,2}\)|"
                      r"\([가나다라마바사아자차카타파하]\))")
# A paragraph needs this much evidence for another topic to open a section of its own.
_TOPIC_SWITCH_SCORE = 5


@dataclass
class _Lexicon:
    heading: dict[str, re.Pattern]  # one alternation per category, in priority order
    content: dict[str, list[tuple[re.Pattern, float]]]
    # One alternation per category: most blocks match few categories, so their cues are skipped at once.
    content_any: dict[str, re.Pattern]
    table: dict[str, re.Pattern]


def _any_of(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = json.loads(resources.files("pipeline").joinpath("data/section_lexicon.json").read_text("utf-8"))
    cats = data["categories"]
    unknown = set(cats) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"section_lexicon.json names categories outside the guideline: {sorted(unknown)}")
    return _Lexicon(
        heading={c: _any_of(v["heading"]) for c, v in cats.items()},
        content={c: [(re.compile(p, re.I), w) for p, w in v["content"].items()] for c, v in cats.items()},
        content_any={c: _any_of(list(v["content"])) for c, v in cats.items()},
        table={c: _any_of(v["table"]) for c, v in cats.items()},
    )


@lru_cache(maxsize=8192)
def heading_category(text: str) -> str | None:
    body = _strip_marker(text)
    for category, pattern in lexicon().heading.items():
        if pattern.search(body):
            return category
    return None


def content_scores(blocks: list[Block]) -> dict[str, float]:
    lex = lexicon()
    scores = dict.fromkeys(lex.heading, 0.0)
    for block in blocks:
        if block.table is not None:
            labels = block.table.header or block.table.rows[0]
            for category, pattern in lex.table.items():
                if any(pattern.search(cell) for cell in labels):
                    scores[category] += 4
            text = " ".join(labels)
        else:
            text = block.text
        for category, score in _cue_scores(text):
            scores[category] += score
    return scores


@lru_cache(maxsize=16384)  # policies share their template lines
def _cue_scores(text: str) -> tuple[tuple[str, float], ...]:
    """The content cues of each category found in a text, weighted (whole numbers: sums do not depend on order)."""
    lex = lexicon()
    found = []
    for category, any_cue in lex.content_any.items():
        if not any_cue.search(text):
            continue
        score = 0.0
        for pattern, weight in lex.content[category]:
            hits = len(pattern.findall(text))
            if hits:
                score += weight * min(hits, 3)
        if score:
            found.append((category, score))
    return tuple(found)


_ENCLOSING = re.compile(r"^[\[【<](.*)[\]】>]$")


def _strip_marker(text: str) -> str:
    t = text.strip()
    enclosed = _ENCLOSING.match(t)
    if enclosed:
        return enclosed.group(1).strip()
    m = _MARKER.match(t)
    if m:
        t = t[m.end():]
    return t.strip(" .)]】>:-")


def heading_rank(block: Block, bare_topics: bool = False) -> int | None:
    """The outline rank of a block that is a heading, or None for body text."""
    if block.table is not None:
        return None
    return _line_rank(block.text, block.kind == "heading", block.level, bare_topics)


@lru_cache(maxsize=16384)  # the splitter and the extractors ask again for the same lines
def _line_rank(text: str, heading: bool, level: int, bare_topics: bool) -> int | None:
    text = text.strip()
    if not text:
        return None
    marker = _MARKER.match(text)
    marker_rank = _MARKER_RANK[marker.lastgroup] if marker else None
    if heading:
        if marker_rank is not None:
            return marker_rank
        return {1: 1, 2: 1, 3: 2}.get(level, 2 if level == 0 else 3)
    body = _strip_marker(text)
    if len(body) > 60 or _SENTENCE_END.search(body) or re.search(r"[:：]\s*\S", body):
        return None
    if marker_rank is not None:
        return marker_rank
    # In a policy with no outline, a short line that names a guideline topic is a heading.
    # (A table's column label on its own line, `수탁업체` or `보유기간`, is a field, not a topic.)
    if bare_topics and len(body) <= 30 and heading_category(body) and not _FIELD_LABEL.search(body):
        return 3
    return None


@dataclass
class _Segment:
    heading: str = ""
    top: bool = False
    category: str | None = None  # None until the content decides
    blocks: list[Block] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    n_body: int = 0  # blocks that are not headings

    def add(self, block: Block, scores: dict[str, float], heading: bool = False) -> None:
        self.blocks.append(block)
        self.n_body += not heading
        for k, v in scores.items():
            self.scores[k] = self.scores.get(k, 0.0) + v

    def leading_topic(self) -> str | None:
        if self.category or not self.scores:
            return self.category
        best, score = _argmax(self.scores)
        return best if score >= 3 else None


def _argmax(scores: dict[str, float]) -> tuple[str, float]:
    category = max(scores, key=scores.get)
    return category, scores[category]


def _ordinal(text: str) -> str | None:
    m = _ORDINAL.match(text.strip())
    return m.group(1) if m else None


def _top_rank(ranks: list[int | None], blocks: list[Block]) -> int:
    """The highest outline rank that carries at least three topic headings."""
    for r in range(0, 5):
        n = sum(1 for rank, b in zip(ranks, blocks)
                if rank is not None and rank <= r and heading_category(b.text))
        if n >= 3:
            return r
    return 99


def _outline_is_contents_only(ranks: list[int | None], blocks: list[Block], top_rank: int) -> bool:
    """The numbered topic headings all stand in one unbroken run, a table of contents, and the bodies
    below carry bare headings (`<p>개인정보의 제3자 제공</p>`): those are read as in a policy with no outline."""
    at = [i for i, (rank, b) in enumerate(zip(ranks, blocks))
          if rank is not None and rank <= top_rank and heading_category(b.text)]
    return bool(at) and at[-1] - at[0] == len(at) - 1 and at[-1] < len(blocks) - 1


def _restarts_list(block: Block, last_ordinal: dict[str, str]) -> bool:
    """A list that restarts (가. after 다.) marks a new topic in policies without headings.
    `last_ordinal` keeps the last ordinal seen of each marker style."""
    ordinal = _ordinal(block.text) if block.kind != "table" else None
    if ordinal is None:
        return False
    style = re.sub(r"[\d가나다라마바사아자차카타파하ㄱ-ㅎ①-⑳]", "x", ordinal)
    restart = ordinal.strip("().") in {"1", "가", "ㄱ", "①"} and last_ordinal.get(style) not in (None, ordinal)
    last_ordinal[style] = ordinal
    return restart


def _is_enumeration(block: Block) -> bool:
    """`IP주소, 쿠키, 이용기록 등`: a list continues the topic that introduced it."""
    text = block.text
    return (block.table is None and text.count(",") >= 2 and not _SENTENCE_END.search(text)
            and not re.search(r"[:：]", text))


def _switches_topic(segment: _Segment, scores: dict[str, float]) -> str | None:
    """The category a body block moves to, when its evidence clearly outweighs the current topic."""
    best, best_score = _argmax(scores)
    current = segment.leading_topic()
    if best_score < _TOPIC_SWITCH_SCORE or current is None or best == current:
        return None
    return best if scores.get(current, 0) < best_score / 2 else None


def split_sections(blocks: list[Block]) -> list[Section]:
    if not blocks:
        return []
    ranks = [heading_rank(b) for b in blocks]
    top_rank = _top_rank(ranks, blocks)
    if top_rank == 99 or _outline_is_contents_only(ranks, blocks, top_rank):
        ranks = [heading_rank(b, bare_topics=True) for b in blocks]
        top_rank = _top_rank(ranks, blocks)
    segments: list[_Segment] = []
    last_ordinal: dict[str, str] = {}

    def open_segment(heading: str = "", top: bool = False, category: str | None = None) -> _Segment:
        seg = _Segment(heading=heading, top=top, category=category)
        segments.append(seg)
        return seg

    current: _Segment | None = None
    for block, rank in zip(blocks, ranks):
        if rank is not None:
            own = heading_category(block.text)
            if rank <= top_rank:
                current = open_segment(block.text, top=True, category=own)
                last_ordinal.clear()
            elif current is None or (own and own != current.leading_topic()):
                current = open_segment(block.text, category=own)
            current.add(block, {}, heading=True)
            continue
        scores = content_scores([block])
        if current is None:
            current = open_segment()
        else:
            restart = _restarts_list(block, last_ordinal)
            # The first body block under a heading is that heading's body (its table, its lead sentence).
            keeps_heading = current.heading and not current.n_body
            switch = None if _is_enumeration(block) or keeps_heading else _switches_topic(current, scores)
            if switch:
                current = open_segment(category=switch)
            elif restart:
                current = open_segment()
        current.add(block, scores)

    _mark_table_of_contents(segments)
    parent = "preamble"
    for seg in segments:
        switched = seg.category is not None and not seg.heading  # opened by a change of topic in the body
        if seg.category is not None and seg.heading and not seg.top and _body_belongs_to(seg, parent):
            seg.category = parent
        if seg.category is None:
            best, best_score = _argmax(seg.scores) if seg.scores else ("other", 0)
            # A heading that names no topic over a thin body is a subsection of what came before.
            seg.category = best if best_score >= 3 else parent
        if (seg.top or seg is segments[0] or switched) and seg.category != "preamble":  # a title is no topic
            parent = seg.category
    return _merge(segments)


def _body_belongs_to(seg: _Segment, parent: str) -> bool:
    """A sub-heading whose body says nothing of its own topic but much of the enclosing one stays in it:
    `<네이버 계정 정보의 제3자 제공 동의>` over `필수항목 : 별명, 생일` lists collected items, not recipients."""
    if parent == seg.category or parent == "preamble":
        return False
    return seg.scores.get(seg.category, 0) < 2 and seg.scores.get(parent, 0) >= 3


def _mark_table_of_contents(segments: list[_Segment]) -> None:
    """Three or more headings in a row with no body between them are a table of contents."""
    run: list[_Segment] = []
    for seg in segments + [None]:
        if seg is not None and seg.heading and len(seg.blocks) == 1:
            run.append(seg)
            continue
        if len(run) >= 3 and len({heading_category(item.heading) for item in run}) >= 3:
            for item in run:
                item.category, item.top = "preamble", False
        run = []


def _merge(segments: list[_Segment]) -> list[Section]:
    sections: list[Section] = []
    index = 0
    for seg in segments:
        first, last = seg.blocks[0], seg.blocks[-1]
        end_index = index + len(seg.blocks)
        if sections and sections[-1].category == seg.category and (not seg.top or seg.category == "preamble"):
            prev = sections[-1]
            prev.end, prev.block_end = last.end, end_index
        else:
            sections.append(Section(
                section_no=len(sections) + 1, heading=seg.heading, category=seg.category,
                start=first.start, end=last.end, block_start=index, block_end=end_index,
            ))
        index = end_index
    return sections
