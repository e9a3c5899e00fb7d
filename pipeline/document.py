"""Build the PolicyDoc: cleaned text, blocks with offsets, sections."""
from __future__ import annotations

import re
import time

from pipeline.clean import (assemble, html_blocks, korean_part, markdown_blocks, module_blocks,
                            split_inline_articles, text_blocks)
from pipeline.jsx import is_module
from pipeline.model import PolicyDoc
from pipeline.sections import split_sections

_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<div|<p[\s>]|<table|<meta|<%@)", re.I)
_PAGE_TITLE = re.compile(r"<title[^<>]{0,200}>([^<>]{1,300})</title", re.I)


_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)


def sniff_format(text: str, declared: str) -> str:
    """A .txt that is really an HTML page is parsed as HTML, one written in Markdown (headings `## …`) as Markdown."""
    if declared == "text" and _HTML_SNIFF.match(text):
        return "html"
    if declared == "text" and len(_ATX_HEADING.findall(text, 0, 100_000)) >= 3:
        return "markdown"
    return declared


def build_document(doc_id: str, source: str, text: str, fmt: str = "text", encoding: str | None = None,
                   timings: dict[str, float] | None = None) -> PolicyDoc:
    """Clean the text into blocks and split them into sections; `timings` collects seconds per stage."""
    started = time.perf_counter()
    fmt = sniff_format(text, fmt)
    if fmt in ("python", "dart"):
        blocks = module_blocks(text, fmt)
    elif fmt == "module" or is_module(text):  # a module saved as a page is read as a module too
        blocks = module_blocks(text)
    elif fmt == "html":
        blocks = html_blocks(text)
    elif fmt == "markdown":
        blocks = markdown_blocks(text)
    else:
        blocks = text_blocks(text)
    clean_text, blocks = assemble(split_inline_articles(korean_part(blocks)))
    title = _PAGE_TITLE.search(text) if fmt == "html" else None
    doc = PolicyDoc(doc_id=doc_id, source=source, text=clean_text, blocks=blocks, encoding=encoding, fmt=fmt,
                    title=title.group(1).strip() if title else "")
    cleaned = time.perf_counter()
    doc.sections = split_sections(blocks)
    if timings is not None:
        timings["clean"] = timings.get("clean", 0.0) + cleaned - started
        timings["sections"] = timings.get("sections", 0.0) + time.perf_counter() - cleaned
    return doc
