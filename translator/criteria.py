"""The parsed shape of an eligibilityCriteria text: sections and a tree of criteria with exact spans.

`translator.outline.parse_criteria(raw)` never raises: any string gives a CriteriaDoc whose spans lie inside `raw`,
do not overlap, and together with section headers and list markers cover every non-whitespace
character. Ids are stable for the same text: "I3" is the third top-level inclusion criterion,
"E2.1" the first child of the second exclusion criterion, "O1" the first criterion outside both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from translator.text import clean_segments, raw_offset


class SectionKind(StrEnum):
    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"
    OTHER = "other"


class Logic(StrEnum):
    """How a criterion's children combine, when the text says so."""

    ALL = "all"
    ANY = "any"


class Section(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: SectionKind
    label: str | None = Field(description="The header as written, without its colon, or None if implied.")
    cohort: str | None = Field(default=None, description="A cohort/part label in force, e.g. 'Part A'.")
    start: int
    end: int
    header_start: int | None = None
    header_end: int | None = None


class Criterion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    kind: SectionKind
    section: int = Field(description="Index into CriteriaDoc.sections.")
    parent: str | None = None
    depth: int = 0
    start: int = Field(description="Start of the criterion's own text in the raw string (children excluded).")
    end: int
    text: str = Field(description="Clean text: CT.gov escapes undone, hard wraps joined.")
    logic: Logic | None = Field(default=None, description="How the children combine, when stated.")
    marker: str | None = Field(default=None, description="The list marker as written ('-', '1.', '(a)').")
    marker_start: int | None = None
    marker_end: int | None = None
    children: list[str] = Field(default_factory=list)
    _raw: str = PrivateAttr(default="")
    _segments: list[tuple[int, int]] = PrivateAttr(default_factory=list)

    @property
    def sha(self) -> str:
        """Content hash of what the criterion says and where: kind and clean text."""
        return hashlib.sha256(f"{self.kind.value}\x1f{self.text}".encode()).hexdigest()[:16]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `text` back to the raw string (for highlighting facts in the source)."""
        if not self._segments or not self.text:
            return (self.start, self.end)
        runs = clean_segments(self._raw, self._segments)[1]  # built on demand: most parses never need it
        return self._mapped(runs, start, end)

    def raw_spans(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """`raw_span` of each span, with the offset map built once for them all (the checks map every fact)."""
        if not spans or not self._segments or not self.text:
            return [(self.start, self.end) for _ in spans]
        runs = clean_segments(self._raw, self._segments)[1]
        return [self._mapped(runs, start, end) for start, end in spans]

    def _mapped(self, runs: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
        start = min(max(start, 0), len(self.text) - 1)
        last = min(max(end - 1, start), len(self.text) - 1)
        return (raw_offset(runs, start), raw_offset(runs, last) + 1)


class CriteriaDoc(BaseModel):
    raw: str = Field(repr=False)
    sections: list[Section]
    criteria: list[Criterion] = Field(description="Every criterion, in document order (pre-order).")
    uncovered: list[tuple[int, int]] = Field(
        default_factory=list, description="Non-whitespace ranges covered by nothing (should be empty)."
    )

    def get(self, criterion_id: str) -> Criterion | None:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        return None

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.raw.encode()).hexdigest()
