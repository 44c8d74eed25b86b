"""Clean text from raw criteria spans: CT.gov backslash escapes and HTML character references undone, hard wraps
joined.

A few records carry HTML character references from the system they came through ("Day &#8722;1", "&gt; 6
months", "investigator&#39;s"): a bullet must not show them to a patient, and a fact reads "&#8722;1" as the number
8722. Those that stand for one visible character are undone; one for a space or a control character is kept as
written (the clean text's spaces are the ones between words).

Every character of the clean text remembers the raw offset it came from, so spans found in clean
text (facts, findings) can be highlighted in the original. The map is kept as runs — (clean
offset, raw offset) pairs where a stretch of characters maps one to one — which is small and fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html import unescape as html_unescape

# An HTML character reference: numeric, or one of the few names seen in records ("&gt;", "&#39;").
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|gt|lt|amp|quot|apos);"
_CHAR_REF = re.compile(_REFERENCE)
# CT.gov's markdown escapes ASCII punctuation with a backslash: "\\>=", "10\\^8", "\\[", "\\*".
_TOKEN = re.compile(
    rf"(\\?{_REFERENCE})"  # a character reference, its "&" escaped or not
    r"|\\([\\`*_{}\[\]()#+\-.!<>^~|=&:;,'\"%/$@?])|(\s+)|([^\s\\&]+|[\\&])"
)

Runs = list[tuple[int, int]]


def _character(reference: str) -> str | None:
    """The visible character an HTML character reference stands for, or None (a space, a control, no character)."""
    character = html_unescape(reference)
    if len(character) != 1 or character.isspace() or not character.isprintable() or character == "\ufffd":
        return None
    return character


_NON_SPACE = re.compile(r"\S+")


def clean_segments(raw: str, segments: list[tuple[int, int]]) -> tuple[str, Runs]:
    """Join raw segments (one per line) into one clean string and its clean→raw runs."""
    out: list[str] = []
    runs: Runs = []
    length = 0
    space_at = -1  # raw offset of a whitespace run not yet written
    for start, end in segments:
        for match in _TOKEN.finditer(raw, start, end):
            reference, escaped, blank, word = match.groups()
            runs_at = match.start()
            if reference is not None:  # what it stands for, or as written without the markdown escape
                runs_at += reference[0] == "\\"
                word = _character(reference.lstrip("\\")) or reference.lstrip("\\")
            if blank is not None:
                if space_at < 0:
                    space_at = match.start()
                continue
            if space_at >= 0 and length:
                out.append(" ")
                runs.append((length, space_at))
                length += 1
            space_at = -1
            if escaped is not None:
                out.append(escaped)
                runs.append((length, match.start() + 1))
                length += 1
            else:
                out.append(word)
                runs.append((length, runs_at))
                length += len(word)
        if space_at < 0:
            space_at = end
    return "".join(out), runs


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>^~|=&:;,'\"%/$@?])")


def clean_text(raw: str, segments: list[tuple[int, int]]) -> str:
    """The same text as `clean_segments` gives, without building the offset map (the fast path)."""
    words: list[str] = []
    for start, end in segments:
        words.extend(raw[start:end].split())
    text = " ".join(words)
    if "&" in text and _CHAR_REF.search(text):  # rare: the mapped path splits words at escapes as it must
        return clean_segments(raw, segments)[0]
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def raw_offset(runs: Runs, clean: int) -> int:
    """The raw offset of clean character `clean` (runs as made by `clean_segments`)."""
    index = bisect_right(runs, (clean, 1 << 62)) - 1
    if index < 0:
        return runs[0][1] if runs else 0
    run_clean, run_raw = runs[index]
    return run_raw + (clean - run_clean)


def unescape(text: str) -> str:
    """Undo CT.gov backslash escapes and collapse whitespace in any string."""
    return clean_segments(text, [(0, len(text))])[0]


def uncovered(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-whitespace ranges of `raw` outside every span."""
    gaps: list[tuple[int, int]] = []
    position = 0
    for start, end in [*sorted(spans), (len(raw), len(raw))]:
        if start > position:
            for match in _NON_SPACE.finditer(raw, position, start):
                gaps.append((match.start(), match.end()))
        position = max(position, end)
    return gaps
