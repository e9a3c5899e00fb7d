"""The Korean spaCy pipeline: a blank Language whose tokenizer is Kiwi.

spaCy's own Korean tokenizer needs MeCab, so the pipeline is built from a config
that names a Kiwi tokenizer registered here. spaCy takes half a second to import
and Kiwi most of a second to build, so both are loaded lazily, once per process (`run`
does it once in the parent and forks its workers; its Kiwi runs in a service
process, pipeline/kiwi.py), and callers should hand the pipeline short spans (a
candidate item, one list sentence), never whole documents.
"""
from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.kiwi import LocalKiwi, ServiceKiwi, kiwi_backend

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Kiwi tags that are nouns or noun-like (foreign words, numbers, Hanja, noun suffixes).
NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XSN", "XPN", "XR"})


class KiwiTokenizer:
    """Words are exact slices of the text, so ``doc.text == text`` always holds.

    Kiwi tokens can overlap (관한 → 관하 + ᆫ) or have no surface (an elided copula);
    overlapping ones are merged into one word and empty ones are dropped. The word
    keeps the Kiwi tags of all its parts joined by '+' in ``token.tag_``.
    """

    def __init__(self, vocab: Vocab, user_words: Iterable[str] = ()):
        self.vocab = vocab
        self._user_words = tuple(user_words)
        self._kiwi: LocalKiwi | ServiceKiwi | None = None

    @property
    def kiwi(self) -> LocalKiwi | ServiceKiwi:
        """Kiwi in this process, or this process's server of the run's Kiwi service (pipeline/kiwi.py)."""
        if self._kiwi is None or not self._kiwi.usable():
            self._kiwi = kiwi_backend(self._user_words)
        return self._kiwi

    def add_user_words(self, words: Iterable[str]) -> None:
        """Teach Kiwi domain nouns. Cheap before Kiwi's first analysis; after it, the next
        analysis rebuilds the dictionary (a third of a second), so add them before analysing."""
        new = [w for w in words if w and " " not in w]
        self._user_words += tuple(new)
        if self._kiwi is not None and self._kiwi.usable():
            self._kiwi.add_user_words(new)

    def __call__(self, text: str) -> Doc:
        spans: list[list] = []  # [start, end, tags]
        for start, length, tag in self.kiwi.tokenize(text) if text.strip() else ():
            end = start + length
            if end <= start:
                continue
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
                spans[-1][2].append(tag)
            else:
                spans.append([start, end, [tag]])
        return _doc_from_spans(self.vocab, text, spans)


def _doc_from_spans(vocab: Vocab, text: str, spans: list[list]) -> Doc:
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []

    def gap(chunk: str) -> None:
        # One space after a word is its trailing space; anything else between
        # Kiwi tokens (more whitespace, symbols Kiwi skipped) is a word of its own.
        if chunk.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            chunk = chunk[1:]
        if chunk:
            words.append(chunk)
            spaces.append(False)
            tags.append("_SP" if chunk.isspace() else "SW")

    cursor = 0
    for start, end, token_tags in spans:
        gap(text[cursor:start])
        words.append(text[start:end])
        spaces.append(False)
        tags.append("+".join(token_tags))
        cursor = end
    gap(text[cursor:])
    doc = Doc(vocab, words=words, spaces=spaces)
    for token, tag in zip(doc, tags):
        token.tag_ = tag
    return doc


def create_kiwi_tokenizer():
    """spaCy's tokenizer factory, registered as ``kiwi_tokenizer.v1`` when spaCy is first needed."""
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)
    return make


def _import_spacy():
    """spaCy without the command line its package imports for `spacy.info` (typer, weasel, requests:
    a third of spaCy's import, on every run's critical path). `spacy.info()` still works: the stand-in
    imports the real one when it is called."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        from spacy.cli.info import info as spacy_info

        return spacy_info(*args, **kwargs)

    stand_in.info = info
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    return spacy


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline. Kiwi itself loads on the first call of ``nlp(text)`` (or on
    ``nlp.tokenizer.kiwi``); extractors add their domain nouns first, with ``nlp.tokenizer.add_user_words``."""
    spacy = _import_spacy()
    spacy.registry.tokenizers.register("kiwi_tokenizer.v1", func=create_kiwi_tokenizer)
    return spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "kiwi_tokenizer.v1"}}})


def connect_kiwi() -> None:
    """In a process forked from one that has the pipeline (a worker), open this process's Kiwi now:
    the run's Kiwi service starts its server while the worker reads its first document."""
    if get_nlp.cache_info().currsize:
        get_nlp().tokenizer.kiwi  # noqa: B018 (the property connects)


def is_nominal(token) -> bool:
    """A word made only of noun-like morphemes (or symbols joining them)."""
    parts = token.tag_.split("+") if token.tag_ else []
    return bool(parts) and all(t in NOUN_TAGS or t in ("SO", "SW") for t in parts)
