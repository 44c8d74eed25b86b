"""Lines of criteria text: physical lines with offsets and indents, and virtual lines cut from
lines that hold several items (see `translator.inline`).

Some sources joined a whole criteria list into one wrapped paragraph: "Inclusion Criteria: - Age
≥18 years; - Written informed consent … Exclusion Criteria: - …". Left alone, the exclusions would
be read as inclusions. This module cuts such lines into virtual lines at inline headers, inline
hyphen bullets and inline numbered or lettered sequences ("1. … 2. …", "a) … b) …").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from translator.chains import chain_cuts
from translator.headers import match_header
from translator.inline import MAYBE, NO, YES, cut_points, flattens_items, inline_bullets
from translator.markers import SYMBOL_BULLETS, find_marker, letter_after
from translator.topic_labels import topic_cuts

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Older exports kept HTML line breaks: "Age 18 or over<br/>Signed consent" is two lines. A line ends
# before its "<br>" (the tag itself is covered as decoration by the parser).
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LINE_OR_BREAK = re.compile(r"((?:[^\r\n<]|<(?!br\s*/?>))*)(?:\r\n|\r|\n|<br\s*/?>|$)", re.IGNORECASE)


_INTRODUCES = re.compile(r"(?::|\bfollowing(?:\s+\w+){0,3}[.:;]?|\bi\.\s?e\.[;:,]?|\beither)\Z", re.IGNORECASE)


# A sentence a blank line cuts in two ("… equal to or greater than" / "" / "the institutional lower limit …"): the
# first part ends on a word that needs the next one, or the second opens with one that needs a word before it.
_NEEDS_MORE = re.compile(r"\b(?:and|or|of|to|with|than|by|on|the|a|an|for|from|per|at|as|nor)\Z")
_NEEDS_BEFORE = re.compile(r"(?:and|or|of|to|with|than|by|for|at|from|nor|but)\s", re.ASCII)


def broken_sentence(before: str, after: str) -> bool:
    """Whether `after`, an unmarked paragraph after a blank line, goes on with the sentence `before` ends with."""
    return _NEEDS_MORE.search(before) is not None or _NEEDS_BEFORE.match(after) is not None


@dataclass(frozen=True)
class Line:
    start: int  # offset of the line in the raw text
    text: str  # the line without its line break
    indent: int  # columns of leading whitespace (a tab counts 4)
    first: int  # offset in `text` of the first non-space character
    cut: bool = False  # a virtual line cut from a longer one (its marker was found by translator.inline)
    topic: bool = False  # cut at a topic label ("… Renal: Creatinine …"): an item with no marker, not a continuation

    @property
    def blank(self) -> bool:
        return self.first >= len(self.text)


def _physical_lines(raw: str) -> list[Line]:
    lines = []
    pattern = _LINE_OR_BREAK if "<" in raw and BREAK.search(raw) else _LINE
    for match in pattern.finditer(raw):
        body = match.group(1) if pattern is _LINE_OR_BREAK else match.group().rstrip("\r\n")
        if not body and match.start() == len(raw):
            break
        lines.append(_make_line(match.start(), body))
    return lines


def _make_line(start: int, body: str) -> Line:
    stripped = body.lstrip(" \t\f\v\u00a0")
    lead = body[: len(body) - len(stripped)]
    indent = sum(4 if ch == "\t" else 1 for ch in lead)
    first = len(lead) if stripped.strip() else len(body)
    return Line(start, body, indent, first)


def is_wrapped(lines: list[Line]) -> bool:
    """Classic XML text blocks are indented by 8+ spaces and hard-wrapped; markdown and legacy are not."""
    indents = sorted(line.indent for line in lines if not line.blank)
    return bool(indents) and indents[len(indents) // 2] >= 5


def read_lines(raw: str) -> tuple[list[Line], bool]:
    """The lines of `raw` (blank ones kept), flattened lists cut into virtual lines, and whether
    the text is hard-wrapped."""
    lines = _physical_lines(raw)
    wrapped = is_wrapped(lines)
    out: list[Line] = []
    paragraphs = list(_paragraphs(lines, wrapped))
    blocks = [raw[p[0].start : p[-1].start + len(p[-1].text)] if not p[0].blank else "" for p in paragraphs]
    flat = [inline_bullets(block) if block else NO for block in blocks]
    # one item holding one more " - " is two items where the same text flattens other items
    consistent = MAYBE in flat and any(f == YES and flattens_items(b) for f, b in zip(flat, blocks, strict=True))
    chained = chain_cuts(
        raw,
        lambda: [
            (p[0].start, p[-1].start + len(p[-1].text), [(x.start, x.first, x.indent) for x in p])
            for p in paragraphs
            if not p[0].blank
        ],
    )
    placed: dict[int, int] = {}  # raw offset of a line's marker -> the line's indent (a chain member's column)
    seen = 0
    for paragraph, block, dashes in zip(paragraphs, blocks, flat, strict=True):
        if paragraph[0].blank:
            out.extend(paragraph)
            continue
        first = paragraph[0]
        cuts = [first.start + c for c in cut_points(block, dashes=dashes == YES or (dashes == MAYBE and consistent))]
        topics = {first.start + c for c in topic_cuts(block)}
        cuts = sorted(set(cuts) | topics)
        anchors: dict[int, int] = {}
        if chained:
            placed.update((line.start + line.first, line.indent) for line in out[seen:])
            seen = len(out)
            end = first.start + len(block)
            for at, (before, after) in chained.items():
                if first.start + first.first < at < end:
                    cuts.append(at)
                    column = placed.get(before, after)
                    if column >= 0:
                        anchors[at] = column
            cuts = sorted(set(cuts))
        if not cuts:
            out.extend(paragraph)
            continue
        own = find_marker(first.text, first.first)
        opens = find_marker(first.text, own.content) if own is not None else None
        if own is not None and own.style != "bullet" and opens is not None and opens.style in _COUNTED:
            # "1. a) Primary … b) …": an item cannot be empty, so its text keeps its first sub-item
            cuts = [c for c in cuts if c != first.start + own.content]
        # The column of a numbered list cut out of an item that introduces it ("2. Patients must have one of
        # the following diseases. 1) … 2) …"): under the item's text, so its children.
        columns: dict[str, int] = {"inner": first.indent + own.content - own.start} if own is not None else {}
        if own is not None:
            columns[own.key] = first.indent
        for line in paragraph[1:]:
            # a counted marker opening a wrapped line ("including:\n   i) quinidine … ii) amiodarone …") keeps
            # its column for the same style cut later in the paragraph
            marker = find_marker(line.text, line.first)
            if marker is not None and marker.style in _COUNTED:
                columns.setdefault(marker.key, line.indent)
        for line in paragraph:
            inside = [c - line.start for c in cuts if line.start + line.first < c < line.start + len(line.text)]
            cut_lines = _cut(line, inside, columns, anchors) if inside else [line]
            out.extend(replace(p, topic=True) if p.start + p.first in topics else p for p in cut_lines)
    return out, wrapped


# Marker styles that count (1. 2. 3., a) b) c), i. ii. iii.): a run of them cut from a paragraph is one list.
_COUNTED = frozenset({"num.", "num)", "(num)", "alpha.", "ALPHA.", "roman.", "(alpha)", "(roman)"})


def _cut(line: Line, inside: list[int], columns: dict[str, int], anchors: dict[int, int]) -> list[Line]:
    # Virtual lines keep the physical line's indent so that the items they hold are siblings, except
    # bullet symbols after an item's colon ("criteria for: ○ Dementia ○ Schizophrenia"): they sit at
    # their own column, under the item, and the run of them stays there. A marker style already cut from
    # an earlier line of the same paragraph keeps that line's indent (`columns`): "… Syndrome 2. The patient
    # …\n   … in 2 weeks 3. The patient …" holds items 2 and 3 of one list, though the wrap indents the second.
    out: list[Line] = []
    nested: int | None = None
    for offset, piece in pieces(line.text, inside):
        if offset == 0:
            out.append(Line(line.start, piece, line.indent, line.first))
            continue
        virtual = _make_line(line.start + offset, piece)
        indent = line.indent
        if piece[virtual.first : virtual.first + 1] in SYMBOL_BULLETS or piece.startswith("--", virtual.first):
            before = out[-1].text[out[-1].first :].rstrip()
            if nested is None and before.endswith(":") and match_header(before, marked=False) is None:
                nested = line.indent + offset - line.first
            indent = nested if nested is not None else indent
        else:
            nested = None
            marker = find_marker(virtual.text, virtual.first)
            previous = find_marker(out[-1].text, out[-1].first)
            if marker is not None and previous is not None:  # "h) … i) …": the ninth letter, not a numeral
                marker = letter_after(marker, previous) or marker
            anchor = anchors.get(virtual.start + virtual.first) if marker is not None else None
            if marker is not None and anchor is not None:
                columns[marker.key] = anchor  # a list continued from another paragraph: the column of its items
            elif marker is not None and marker.style in _COUNTED and marker.key not in columns:
                before = out[-1].text[out[-1].first :].rstrip()
                # letters and numerals cut out of a numbered or bulleted item are its sub-items ("1. a) … b) …")
                # and so is a run from "1)" inside an item numbered "3." ("… must either 1) have … 2) be …")
                inner = "inner" in columns and (
                    _INTRODUCES.search(before)
                    or not marker.style.startswith("num")
                    or (marker.text == "1)" and "num." in columns)
                )
                # "… for which either 1) … or 2) …" on an unmarked line: the alternatives sit under their lead-in
                lead_in = "inner" not in columns and _INTRODUCES.search(before) is not None
                lead_in = lead_in and match_header(before, marked=False) is None
                columns[marker.key] = columns["inner"] if inner else indent + 1 if lead_in else indent
            if marker is not None and (marker.style in _COUNTED or anchor is not None):
                indent = columns[marker.key]
        out.append(Line(virtual.start, virtual.text, indent, virtual.first, cut=True))
    return out


def _paragraphs(lines: list[Line], wrapped: bool) -> Iterator[list[Line]]:
    """Runs of non-blank lines (wrapped text) or single lines (one item per line); blank lines alone."""
    run: list[Line] = []
    for line in lines:
        if line.blank or not wrapped:
            if run:
                yield run
            run = []
            yield [line]
            continue
        run.append(line)
    if run:
        yield run


def pieces(text: str, cuts: list[int]) -> Iterator[tuple[int, str]]:
    """The virtual lines of `text`: (offset, piece) pairs, whitespace between them dropped."""
    bounds = [0, *cuts, len(text)]
    for start, end in itertools.pairwise(bounds):
        piece = text[start:end].rstrip()
        if piece.strip():
            yield start, piece
