"""Marker-like tokens opening a hard-wrapped line that are words of the sentence, not list markers."""

from __future__ import annotations

from translator.lines import Line
from translator.markers import Marker, counts_on, ordinal
from translator.runs import WRAPPED_VALUE_WORDS, is_value


def wrapped_number(line: Line, marker: Marker, previous: str, continuation: bool, last_indent: int | None) -> bool:
    """A number ("2.", "1)") opening a hard-wrapped line at the item's text column, after a value word, is the
    value ("ECOG 0, 1, or\n 2.", "… on Day\n 1)", "… between 60 and\n 100)")."""
    if marker.style not in ("num.", "num)"):
        return False
    deeper = continuation and last_indent is not None and line.indent > last_indent
    return deeper and is_value(previous, len(previous), WRAPPED_VALUE_WORDS)


def word_o(text: str, marker: Marker, previous: str, last_marker: Marker | None) -> bool:
    """An "o " opening a hard-wrapped line is a Word bullet after a colon or another "o" item; elsewhere it
    may be a word of the sentence (Spanish, Italian, Portuguese "o": or)."""
    if text[marker.end : marker.end + 2] == "  " or previous.endswith((":", ";")):
        return False
    return not (last_marker is not None and last_marker.text == "o")


def wrapped_letter(marker: Marker, open_markers: list[Marker | None]) -> bool:
    """A letter past the first opening a hard-wrapped line ("… Metastasis\n (M) 0.", "… Child-Pugh class\n C)",
    "… (Appendix\n J)") is a word of the sentence, unless the letter before it opens an item still open above."""
    value = ordinal(marker) if "alpha" in marker.style.lower() else None
    if value is None or value <= 1:
        return False
    return not any(other is not None and counts_on(other, marker) for other in open_markers)
