"""The Korean spaCy pipeline: a blank Language whose tokenizer is Kiwi.

spaCy's own Korean tokenizer needs MeCab, so the pipeline is built from a config
that names a Kiwi tokenizer registered here. spaCy takes half a second to import
and Kiwi a second to load and warm up, so both are loaded lazily, once per process
(`run` does it once in the parent and forks its workers), and callers should hand
the pipeline short spans (a candidate item, one list sentence), never whole documents.
"""
from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Kiwi tags that are nouns or noun-like (foreign words, numbers, Hanja, noun suffixes).
NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XSN", "XPN", "XR"})

_USER_WORD_SCORE = 10.0  # high enough that domain nouns stay one token in any context


class KiwiTokenizer:
    """Words are exact slices of the text, so ``doc.text == text`` always holds.

    Kiwi tokens can overlap (관한 → 관하 + ᆫ) or have no surface (an elided copula);
    overlapping ones are merged into one word and empty ones are dropped. The word
    keeps the Kiwi tags of all its parts joined by '+' in ``token.tag_``.
    """

    def __init__(self, vocab: Vocab, user_words: Iterable[str] = ()):
        self.vocab = vocab
        self._user_words = tuple(user_words)
        self._kiwi = None
        self._lock = threading.Lock()

    @property
    def kiwi(self):
        if self._kiwi is None:
            with self._lock:  # a background preload may be loading it right now
                if self._kiwi is None:
                    self._kiwi = self._load()
        return self._kiwi

    def _load(self):
        from kiwipiepy import Kiwi

        # The typo and multi-word dictionaries serve free text; without them Kiwi loads in
        # 0.9 s instead of 2.3 s and analyses a short span 30% faster, same tags on policy text.
        # The default dictionary stays: without it Kiwi loads 0.5 s faster but splits words
        # such as 식별자 and 크래시 로그 differently, which changes the items found on the tune set.
        # num_workers=0: no native thread pool, so a process forked after loading Kiwi can use it.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*num_workers=0", category=DeprecationWarning)
            kiwi = Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)
        for word in self._user_words:
            kiwi.add_user_word(word, "NNP", _USER_WORD_SCORE)
        kiwi.tokenize("준비")  # the first analysis builds the dictionary: the warm-up
        return kiwi

    def add_user_words(self, words: Iterable[str]) -> None:
        """Teach Kiwi domain nouns. Cheap before Kiwi's first analysis; after it, the next
        analysis rebuilds the dictionary (half a second), so add them before analysing."""
        new = [w for w in words if w and " " not in w]
        with self._lock:
            self._user_words += tuple(new)
            if self._kiwi is not None:
                for word in new:
                    self._kiwi.add_user_word(word, "NNP", _USER_WORD_SCORE)

    def __call__(self, text: str) -> Doc:
        spans: list[list] = []  # [start, end, tags]
        for token in self.kiwi.tokenize(text) if text.strip() else ():
            start, end = token.start, token.start + token.len
            if end <= start:
                continue
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
                spans[-1][2].append(token.tag)
            else:
                spans.append([start, end, [token.tag]])
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


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline. Kiwi itself loads on the first call of ``nlp(text)`` (or on
    ``nlp.tokenizer.kiwi``); extractors add their domain nouns first, with ``nlp.tokenizer.add_user_words``."""
    import spacy

    spacy.registry.tokenizers.register("kiwi_tokenizer.v1", func=create_kiwi_tokenizer)
    return spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "kiwi_tokenizer.v1"}}})


def is_nominal(token) -> bool:
    """A word made only of noun-like morphemes (or symbols joining them)."""
    parts = token.tag_.split("+") if token.tag_ else []
    return bool(parts) and all(t in NOUN_TAGS or t in ("SO", "SW") for t in parts)
