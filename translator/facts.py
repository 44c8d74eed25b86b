"""Facts a translation must keep: numbers, comparators, units, time windows, negations.

CONTRACT (settled first; extraction lands with the facts work). A `Fact` is found in a piece of
text (a criterion's clean text or a bullet) and carries a normalised form, so that "≥ 18 years",
"\\>= 18 years", "18 years or older" and "at least 18 years old" all produce the same `key`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class FactKind(StrEnum):
    VALUE = "value"
    TEMPORAL = "temporal"
    NEGATION = "negation"


class Comparator(StrEnum):
    EQ = "="
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="
    RANGE = "range"


class Fact(BaseModel):
    """One fact with its span in the text it was found in and its normalised form."""

    model_config = ConfigDict(frozen=True)

    kind: FactKind
    start: int = Field(description="Start offset of the fact in the text it was extracted from.")
    end: int = Field(description="End offset (exclusive) of the fact in that text.")
    text: str = Field(description="The surface form, exactly as written.")
    comparator: Comparator | None = Field(
        default=None, description="How the value is bounded; RANGE means between low and high, inclusive."
    )
    low: float | None = Field(default=None, description="Value for =, >, >=; lower bound for a range.")
    high: float | None = Field(default=None, description="Value for <, <=; upper bound for a range.")
    unit: str | None = Field(default=None, description="Canonical unit, e.g. 'year', 'mg/dL', 'x ULN', '%'.")
    relation: str | None = Field(
        default=None, description="Temporal relation to the anchor: 'before', 'after', 'during', 'since'."
    )
    anchor: str | None = Field(
        default=None, description="Canonical anchor event of a time window, e.g. 'randomization'."
    )
    cue: str | None = Field(default=None, description="Canonical negation cue, e.g. 'no', 'not', 'without'.")

    @property
    def key(self) -> str:
        """The normalised form two facts are compared by."""
        if self.kind is FactKind.NEGATION:
            return "negation"
        parts = [self.kind.value, self.comparator.value if self.comparator else "", _num(self.low), _num(self.high)]
        parts += [self.unit or "", self.relation or "", self.anchor or ""]
        return "|".join(parts)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"
