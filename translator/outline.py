"""Build a CriteriaDoc from raw eligibilityCriteria text.

The text comes in three conventions (see ../shared/data/ctgov/SOURCES.md): current markdown
("* item", two-space nesting, backslash escapes), classic XML text blocks (hyphen bullets, deep
indents, hard wraps at ~100 columns) and legacy plain lines (markers stripped). The parser reads
lines, recognises headers and list markers, joins hard-wrapped lines in the XML convention, and
nests items by indentation first and by marker style when indentation is flat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

from translator.bullet_counts import counted_after_bullet, nested_marker, sub_item
from translator.connectives import fold_connectives
from translator.criteria import CriteriaDoc, Criterion, Logic, Section, SectionKind
from translator.headers import HeaderMatch, header_tail, lead_in_header, match_header, says_no_kind, starts_with_header
from translator.implied_kinds import implied_inclusions
from translator.lead_in_kinds import turned_kinds
from translator.line_markers import bare_number, letter_or_roman
from translator.lines import BREAK, Line, broken_sentence, read_lines
from translator.logic import infer_logic
from translator.marker_order import is_sub_style
from translator.markers import Marker, counts_on, find_marker, opens_no_list, ordinal, wrapped_value
from translator.text import clean_text, uncovered
from translator.trailing_lead_ins import lift_trailing_lead_ins
from translator.wrapped_markers import word_o, wrapped_letter, wrapped_number

_PREFIX = {SectionKind.INCLUSION: "I", SectionKind.EXCLUSION: "E", SectionKind.OTHER: "O"}
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
# "Age:", "Performance status:", "Hematopoietic:" — up to four words and a colon, not "… following:".
# A section's lead-in: "Subjects must NOT meet any of the following exclusion criteria:".
_LEAD_IN = re.compile(r"\bmust\s+(?:not\s+)?meet\s+(?:all|any|each|both)\b", re.IGNORECASE)
_MEET = re.compile(r"meet| met", re.IGNORECASE)  # a lead-in's verb, in any case ("PATIENTS MEETING ANY OF …")
_LABEL = re.compile(r"(?!.*\bfollowing\b)[A-Za-z][\w/,()'\- ]{0,40}?(?:\s+\S+){0,3}:", re.IGNORECASE)


@dataclass
class _Node:
    section: int
    indent: int
    marker: Marker | None
    marker_span: tuple[int, int] | None
    segments: list[tuple[int, int]] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None

    label: bool = False  # an unmarked short "Age:" / "Hematopoietic:" line that heads a group
    nested: bool = False  # a bulleted item whose letter or number makes it a sub-item ("-  a) Signs …")
    stray: bool = False  # a lone "i)" left from a converted list: a sibling of the bullets around it

    @property
    def key(self) -> str:
        return self.marker.key if self.marker else "none"

    @property
    def level(self) -> int:
        return self.marker.level if self.marker else 1


@dataclass
class _SectionDraft:
    kind: SectionKind
    label: str | None
    cohort: str | None
    start: int
    header: tuple[int, int] | None
    roots: list[_Node] = field(default_factory=list)


class _Builder:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.sections: list[_SectionDraft] = []
        self.stack: list[_Node] = []
        self.last: _Node | None = None  # the node the previous non-blank line belonged to
        self.decorations: list[tuple[int, int]] = []
        self.cohort: str | None = None
        self.wrapped = False

    # -- sections ---------------------------------------------------------------------------
    def open_section(self, header: HeaderMatch | None, start: int, span: tuple[int, int] | None) -> None:
        current = self.sections[-1].kind if self.sections else SectionKind.OTHER
        if header is not None and header.cohort:
            self.cohort = header.label
        kind = header.kind if header is not None and header.kind is not None else current
        if header is not None and kind is SectionKind.OTHER and self.sections and not self.sections[-1].roots:
            kind = current if says_no_kind(header.label) else kind  # "Inclusion Criteria:" / "Eligibility is …:"
        label = header.label if header is not None else None
        self.sections.append(_SectionDraft(kind, label, self.cohort, start, span))
        self.stack = []
        self.last = None

    # -- items ------------------------------------------------------------------------------
    def add_item(self, line: Line, at: int, blank_before: bool, wrapped: bool) -> None:
        """Place the text of `line` from column `at` (a new item or a continuation)."""
        text = line.text
        open_items = [(node.indent, node.marker) for node in self.stack]
        marker = letter_or_roman(find_marker(text, at), line, self.raw, open_items)
        end = len(text.rstrip())
        # "0.25 IU/kg/day" opening a wrapped line is a decimal, not "0.25" as a list marker.
        decimal = marker is not None and marker.style == "hier" and wrapped and not line.cut and not blank_before
        if decimal and self.last and not raw_tail(self.raw, self.last).endswith((".", ":", ";")):
            marker = None
        previous = raw_tail(self.raw, self.last) if self.last is not None else ""
        continuation = wrapped and not line.cut and not blank_before and self.last is not None
        bare = bare_number(line, self.raw, open_items) if marker is None and at == line.first else None
        marker, indent = bare if bare is not None and not continuation else (marker, line.indent)
        last_indent, last_marker = (self.last.indent, self.last.marker) if self.last else (None, None)
        if marker is not None and continuation and wrapped_value(text, marker, previous):
            marker = None
        if marker is not None and wrapped_number(line, marker, previous, continuation, last_indent):
            marker = None  # "… at Visit\n 1. The Investigator …", "ECOG 0, 1, or\n 2.", "… on Day\n 1)": a value
        if marker is not None and marker.style == "num-" and continuation and not previous.endswith((".", ":", ";")):
            marker = None  # "overall NAPSI >\n 14 - Target nail is defined …": the value, then a dash
        if marker is not None and marker.text == "o" and continuation and word_o(text, marker, previous, last_marker):
            marker = None  # "(cohort\n 1)." or "rate 30\n - 59 mL/min": a hard wrap before a value, not an item
        if marker is not None and continuation and wrapped_letter(marker, [node.marker for node in self.stack]):
            marker = None  # "… Metastasis\n (M) 0.", "… Child-Pugh class\n C)": a letter of the sentence
        inner = counted_after_bullet(text, marker)
        nested = marker is not None and inner is not None and self._sub_item(line, inner)
        if marker is not None and inner is not None and nested:
            marker = nested_marker(marker, inner)  # "-  a) Signs …" under "… a trial partner who:"
        continues = self.last is not None and (wrapped or line.indent > self.last.indent)
        joined = not blank_before or (wrapped and broken_sentence(previous, text[at:]))  # "… than\n\n the ULN"
        if marker is None and joined and continues and self.last is not None and not line.topic:
            self.last.segments.append((line.start + at, line.start + end))
            return
        if marker is None and not _HAS_WORD.search(text, at, end):
            self.decorations.append((line.start + at, line.start + end))  # "-----", "***" separators
            self.last = None
            return
        if not self.sections:
            self.open_section(None, line.start + at, None)
        content = marker.content if marker else at
        stray = continuation and marker and self.last and opens_no_list(self.raw, line.start + end, marker)  # a sibling
        node = _Node(
            section=len(self.sections) - 1,
            indent=self.last.indent if stray and self.last and line.indent > self.last.indent else indent,
            marker=marker,
            marker_span=(line.start + marker.start, line.start + marker.end) if marker else None,
            nested=nested,
            stray=bool(stray),
        )
        node.indent += 1 if nested else 0  # a sub-item at its bullet's indent sits under the item before it
        if content < end and _HAS_WORD.search(text, content, end):
            node.segments.append((line.start + content, line.start + end))
            node.label = marker is None and not line.topic and _LABEL.fullmatch(text[content:end]) is not None
        elif content < end:  # "--  ;": punctuation alone says nothing (an empty bullet), like a lone marker
            self.decorations.append((line.start + content, line.start + end))
        self._place(node)
        self.last = node

    def _sub_item(self, line: Line, inner: Marker) -> bool:
        """A bulleted item opened by a counted marker, under the item before it (`translator.bullet_counts`)."""
        last = self.last
        if last is None or last.marker is None:
            return False
        if last.nested and last.indent == line.indent + 1:
            return sub_item(inner, "", last.marker)  # "-  b) …" after "-  a) …": the sub-list goes on
        bullet = last.marker.style == "bullet" and not last.nested
        return bullet and last.indent == line.indent and sub_item(inner, raw_tail(self.raw, last), None)

    def _place(self, node: _Node) -> None:
        while self.stack and not self._is_child(self.stack[-1], node):
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            self.sections[-1].roots.append(node)
        else:
            node.parent = parent
            parent.children.append(node)
        self.stack.append(node)

    def _is_child(self, top: _Node, node: _Node) -> bool:
        """Whether `node` nests under `top`; when not, `top` is popped and its parent is tried."""
        if node.indent != top.indent:
            if self.wrapped and 0 < node.indent - top.indent < 3 and top.key == node.key != "none":
                return False  # XML text: the first item sits at the block's 8 spaces, the rest at 10
            counted = top.marker and node.marker and not top.children and counts_on(top.marker, node.marker)
            if node.indent > top.indent and counted:
                return False  # "22. …" then "23. …" at the wrapped text's column: the next item, not a child
            return node.indent > top.indent
        if node.label:
            return False  # a group label never nests under the item above it
        if top.parent is None and _LEAD_IN.search(raw_tail(self.raw, top)) and _introduces(self.raw, top):
            return True  # "A participant must meet all of the following criteria:" holds the list after it
        if top.label and node.marker is None:
            return True  # PDQ style: "Age:" then "18 and over" on the next line
        if top.key == node.key and node.marker is not None and top.marker is not None and node.marker.style != "hier":
            return _restarts_under(self.raw, top, node)
        if _numbered(top) and _numbered(node):
            return node.level > top.level  # "1.2" under "1.", "2." closes "1.2"
        if top.key == node.key or node.marker is None:
            return False
        if any(n.indent == node.indent and _same_family(n, node) for n in self.stack):
            return False  # the style is already open above: the node closes back to it
        if top.marker is None or top.stray:
            return _introduces(self.raw, top)  # a stray "i) Adequate renal function …" holds no bullets after it
        return _introduces(self.raw, top) or is_sub_style(top.key, node.key)


def _restarts_under(raw: str, top: _Node, node: _Node) -> bool:
    """A list of the same style at the same indent nests by its count: "i. … one or more of the following:" then
    "i. High LDH", "ii. Marrow involvement" is a list under the first "i."; the "ii." after its last item goes
    back to the outer list."""
    value = ordinal(node.marker) if node.marker else None
    if value is None:
        return False
    last = top.children[-1] if top.children else None
    if last is not None and last.key == node.key and last.indent == node.indent and last.marker is not None:
        return ordinal(last.marker) == value - 1
    return last is None and value == 1 and _introduces(raw, top)


def _same_family(a: _Node, b: _Node) -> bool:
    """Same marker style; "-" and "*" bullets at one indent are one list written carelessly."""
    return a.key == b.key or (a.key.startswith("bullet") and b.key.startswith("bullet"))


def _numbered(node: _Node) -> bool:
    return node.marker is not None and node.marker.style in ("num.", "hier")


def raw_tail(raw: str, node: _Node) -> str:
    return raw[node.segments[-1][0] : node.segments[-1][1]].rstrip() if node.segments else ""


def _introduces(raw: str, node: _Node) -> bool:
    if not node.segments:
        return False
    tail = raw[node.segments[-1][0] : node.segments[-1][1]].rstrip().rstrip(".")
    return tail.endswith(":") or tail.lower().endswith(("following", "including", "include"))


def parse_criteria(raw: str) -> CriteriaDoc:
    """Parse eligibilityCriteria text. Never raises; see `translator.criteria` for the invariants."""
    lines, wrapped = read_lines(raw)
    builder = _Builder(raw)
    builder.wrapped = wrapped
    if "<" in raw:
        builder.decorations.extend(m.span() for m in BREAK.finditer(raw))  # "<br/>" line breaks
    blank_before = True
    for line in lines:
        if line.blank:
            blank_before = True
            continue
        # a header cut at a hard wrap: "Exclusion" then "Criteria" on the next line
        draft = builder.sections[-1] if builder.sections and builder.last is None and not blank_before else None
        if draft and draft.header and draft.label and (tail := header_tail(draft.label, line.text, wrapped)):
            draft.header, draft.label = (draft.header[0], line.start + tail), f"{draft.label} {line.text.strip(' :')}"
            continue
        marker = find_marker(line.text, line.first)
        at = marker.content if marker else line.first
        opens = not builder.sections and not builder.last  # the text's first line
        current = builder.sections[-1].kind if builder.sections else None
        header = match_header(line.text[at:], marked=marker is not None, first=opens, current=current)
        if header is not None and builder.last is not None and not blank_before and wrapped and marker is None:
            # A hard-wrapped continuation ("…within 4 weeks before\n  study entry") is not a header
            # unless it opens with one outright ("Exclusion Criteria:" cut out of a flattened paragraph).
            header = header if line.cut or starts_with_header(line.text[at:], raw_tail(raw, builder.last)) else None
        if header is None and (blank_before or not wrapped) and _MEET.search(line.text):
            current = builder.sections[-1].kind if builder.sections else SectionKind.OTHER
            last = builder.sections[-1] if builder.sections else None
            empty = last is not None and not last.roots and "meet" in (last.label or "")
            header = lead_in_header(line.text[at:], current, empty_lead_in=empty)
        if header is None:
            builder.add_item(line, line.first, blank_before, wrapped)
        else:
            head_start = line.start + (marker.start if marker else line.first)
            inline = at + header.end
            head_end = line.start + at + len(line.text[at:inline].rstrip())
            builder.open_section(header, head_start, (head_start, head_end))
            if inline < len(line.text.rstrip()):
                builder.add_item(line, inline, True, wrapped)
        blank_before = False
    return _finish(raw, builder)


def _finish(raw: str, builder: _Builder) -> CriteriaDoc:
    sections: list[Section] = []
    criteria: list[Criterion] = []
    counters: dict[SectionKind, int] = {}
    for index in implied_inclusions([(d.kind, d.label, _opening(raw, d)) for d in builder.sections]):
        builder.sections[index].kind = SectionKind.INCLUSION
    for index, draft in enumerate(builder.sections):
        roots = lift_trailing_lead_ins(_prune(draft.roots, builder.decorations), _children, partial(_lead_in, raw))
        roots = fold_connectives(raw, roots, builder.decorations)  # a line "OR" between two items
        end = draft.header[1] if draft.header else draft.start
        for node in roots:
            counters[draft.kind] = count = counters.get(draft.kind, 0) + 1
            end = max(end, _emit(raw, node, f"{_PREFIX[draft.kind]}{count}", None, 0, draft.kind, index, criteria))
        header_start, header_end = draft.header if draft.header else (None, None)
        sections.append(
            Section(
                kind=draft.kind,
                label=draft.label,
                cohort=draft.cohort,
                start=draft.start,
                end=end,
                header_start=header_start,
                header_end=header_end,
            )
        )
    criteria = turned_kinds(criteria, sections)  # exclusions listed inside an inclusion section
    covered = [(c.start, c.end) for c in criteria]
    covered += [
        (c.marker_start, c.marker_end) for c in criteria if c.marker_start is not None and c.marker_end is not None
    ]
    covered += [
        (s.header_start, s.header_end) for s in sections if s.header_start is not None and s.header_end is not None
    ]
    covered += builder.decorations
    return CriteriaDoc(raw=raw, sections=sections, criteria=criteria, uncovered=uncovered(raw, covered))


def _children(node: _Node) -> list[_Node]:
    return node.children


def _lead_in(raw: str, node: _Node) -> bool:
    return node.marker is None and not node.children and raw_tail(raw, node).endswith(":")


def _opening(raw: str, draft: _SectionDraft) -> str:
    """The first words of a section's first criterion, or ""."""
    return raw[draft.roots[0].segments[0][0] :][:80] if draft.roots and draft.roots[0].segments else ""


def _prune(nodes: list[_Node], orphans: list[tuple[int, int]]) -> list[_Node]:
    """Drop items with no text (a lone marker), lifting their children into their place; the lone
    markers are remembered so that coverage still counts them."""
    kept: list[_Node] = []
    for node in nodes:
        node.children = _prune(node.children, orphans)
        if node.segments:
            kept.append(node)
        else:
            if node.marker_span:
                orphans.append(node.marker_span)
            kept.extend(node.children)
    return kept


def _emit(
    raw: str,
    node: _Node,
    cid: str,
    parent: str | None,
    depth: int,
    kind: SectionKind,
    section: int,
    out: list[Criterion],
) -> int:
    text = clean_text(raw, node.segments)
    child_texts = [raw[c.segments[0][0] : c.segments[-1][1]] for c in node.children]
    criterion = Criterion(
        id=cid,
        kind=kind,
        section=section,
        parent=parent,
        depth=depth,
        start=node.segments[0][0],
        end=node.segments[-1][1],
        text=text,
        logic=infer_logic(text, child_texts),
        marker=node.marker.text if node.marker else None,
        marker_start=node.marker_span[0] if node.marker_span else None,
        marker_end=node.marker_span[1] if node.marker_span else None,
        children=[f"{cid}.{i}" for i in range(1, len(node.children) + 1)],
    )
    criterion._raw = raw
    criterion._segments = node.segments
    out.append(criterion)
    end = criterion.end
    for i, child in enumerate(node.children, start=1):
        end = max(end, _emit(raw, child, f"{cid}.{i}", cid, depth + 1, kind, section, out))
    return end


__all__ = ["Logic", "parse_criteria"]
