"""Clean text from raw criteria spans: CT.gov backslash escapes undone, hard wraps joined.

Every character of the clean text remembers the raw offset it came from, so spans found in clean
text (facts, findings) can be highlighted in the original.
"""

from __future__ import annotations

# CT.gov's markdown escapes ASCII punctuation with a backslash: "\\>=", "10\\^8", "\\[", "\\*".
_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>^~|=&:;,'\"%/$@?")


def clean_segments(raw: str, segments: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Join raw segments (one per line) into one clean string and its clean→raw offset map."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = -1  # raw offset of a whitespace run not yet written
    for start, end in segments:
        i = start
        while i < end:
            ch = raw[i]
            if ch.isspace():
                if pending_space < 0:
                    pending_space = i
                i += 1
                continue
            if pending_space >= 0 and out:
                out.append(" ")
                offsets.append(pending_space)
            pending_space = -1
            if ch == "\\" and i + 1 < end and raw[i + 1] in _ESCAPABLE:
                i += 1
                ch = raw[i]
            out.append(ch)
            offsets.append(i)
            i += 1
        pending_space = end if pending_space < 0 else pending_space
    return "".join(out), offsets


def unescape(text: str) -> str:
    """Undo CT.gov backslash escapes and collapse whitespace in any string."""
    return clean_segments(text, [(0, len(text))])[0]
