"""Extractors: one module per output table, each a plain function over a PolicyDoc.

They register themselves here, spaCy-style, so the pipeline finds them by table name.
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.model import PolicyDoc

Extractor = Callable[[PolicyDoc], list[dict]]
_REGISTRY: dict[str, Extractor] = {}


def register(table: str) -> Callable[[Extractor], Extractor]:
    def decorator(fn: Extractor) -> Extractor:
        _REGISTRY[table] = fn
        return fn
    return decorator


def registered() -> dict[str, Extractor]:
    """All extractors, keyed by the table they fill (importing the modules registers them)."""
    import extractors.items  # noqa: F401
    import extractors.processors  # noqa: F401
    import extractors.retention  # noqa: F401
    import extractors.third_parties  # noqa: F401

    return dict(_REGISTRY)
