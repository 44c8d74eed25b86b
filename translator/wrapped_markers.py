"""Marker-like tokens opening a hard-wrapped line that are words of the sentence, not list markers."""

from __future__ import annotations

from translator.lines import Line
from translator.markers import Marker
from translator.runs import WRAPPED_VALUE_WORDS, is_value


def wrapped_number(line: Line, previous: str, continuation: bool, last_indent: int | None) -> bool:
    """A number opening a hard-wrapped line at the item's text column, after a value word, is the value."""
    deeper = continuation and last_indent is not None and line.indent > last_indent
    return deeper and is_value(previous, len(previous), WRAPPED_VALUE_WORDS)


def word_o(text: str, marker: Marker, previous: str, last_marker: Marker | None) -> bool:
    """An "o " opening a hard-wrapped line is a Word bullet after a colon or another "o" item; elsewhere it
    may be a word of the sentence (Spanish, Italian, Portuguese "o": or)."""
    if text[marker.end : marker.end + 2] == "  " or previous.endswith((":", ";")):
        return False
    return not (last_marker is not None and last_marker.text == "o")
