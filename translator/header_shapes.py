"""Shapes a header's words take beyond its plain vocabulary (see `translator.headers`).

- a title before the kind: "Maintenance Phase Inclusion Criteria", "Bevacizumab-Specific Exclusion Criteria";
- a verb that lists after it: "Exclusion criteria include:", "Inclusion criteria are as follows:";
- a sentence it runs on into: "Exclusion criteria for the study are patient refusal …".
"""

from __future__ import annotations

import re

# Up to three capitalised words before the kind, on a line of its own; not a sentence saying it meets them ("Meets
# All Inclusion Criteria", "Does Not Meet Exclusion Criteria").
_TITLED = re.compile(
    r"(?:[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*\s+){1,3}(?:Inclusion|Exclusion|INCLUSION|EXCLUSION)\s+(?:Criteria|CRITERIA)"
)
_NOT_TITLE = re.compile(
    r"\b(?:meets?|met|meeting|does|do|did|not|no|none|all|any|see|per|fulfil\w*|satisf\w*|has|have|must|without)\b",
    re.IGNORECASE,
)
_LISTING = re.compile(r"\s+(?:includes?|are|comprises?)(?:\s+(?:as\s+follows|the\s+following))?\s*", re.IGNORECASE)
# A lower-case word after "Inclusion criteria" that is no "for whom" tail; a part or stage it names ("Inclusion criteria
# stage 2") is a label of the header, not a sentence.
_GOES_ON = re.compile(r"\s+(?!(?:parts?|cohorts?|stages?|phases?|arms?|groups?)\s+\w{1,4}\s*$)(?-i:[a-z])")


def titled(label: str) -> bool:
    """Whether a colon-less label is a title and its kind ("Disease-Specific Inclusion Criteria")."""
    return _TITLED.fullmatch(label) is not None and _NOT_TITLE.search(label) is None


def lists(between: str) -> bool:
    """Whether the words between "Exclusion criteria" and its colon are a verb that lists (" include", " are")."""
    return _LISTING.fullmatch(between) is not None


def goes_on(rest: str) -> bool:
    """Whether the rest of a line after "Exclusion criteria" runs on as a sentence (" for the study are …")."""
    return _GOES_ON.match(rest) is not None
