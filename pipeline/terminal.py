"""Text from policies shown on a terminal: never read as rich markup or as control sequences.

A policy can hold escape sequences (ESC ] 0 ; retitles the terminal, ESC [ 2 J clears it),
other C0/C1 controls and bidirectional overrides that reorder what is shown. They carry no
meaning in a privacy policy, so table and debug output drops them; tabs and newlines stay.
Rich markup is never parsed from such text: it goes to rich as a `Text` object.
"""
from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    return _CONTROLS.sub("", text)


def plain(text: str, style: str = ""):
    """Policy text as a rich Text: printed literally, brackets and all."""
    from rich.text import Text

    return Text(printable(text), style=style)
