"""Shapes a header's words take beyond its plain vocabulary (see `translator.headers`).

- a title before the kind: "Maintenance Phase Inclusion Criteria", "Bevacizumab-Specific Exclusion Criteria";
- a verb that lists after it: "Exclusion criteria include:", "Inclusion criteria are as follows:";
- a sentence it runs on into: "Exclusion criteria for the study are patient refusal …";
- a sub-heading that names the topic of the items after it: "Exclusions Related to Cardiovascular Disease",
  "Inclusion Criteria Specific to Obinutuzumab-Containing Cohorts", "General Medical Exclusions", "Cancer-Specific
  Exclusions". Only these title shapes, every word capitalised but the small ones: "Criteria Related to a cardiac
  condition:" (no kind of its own) and a sentence that says "exclusions" are no sub-heading.
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


# A title's word: capitalised ("Cardiovascular", "Obinutuzumab-Containing", "HIV") or a small word between two
_TITLE_WORD = r"(?:[A-Z][\w'’/]*(?:-[A-Za-z]+)*|and|or|of|to|the|for|with|in|a|an)"
_SUBHEADING = re.compile(
    # "Exclusions Related to Ocular Disease", "Exclusion Criteria Specific to …"; a title cut at a hard wrap may end on
    # "to" or "and" ("Exclusions Related to" / "Cardiovascular Disease"): the parser joins the next line to it
    rf"(?:Exclusions?|Inclusions?|(?:Inclusion|Exclusion)\s+Criteria)\s+(?:Related|Relating|Specific)\s+to"
    rf"(?:\s+{_TITLE_WORD}){{0,8}}"
    # "General Medical Exclusions", "Cancer-Specific Exclusions", "Bevacizumab- and Sunitinib-Specific Exclusions"
    r"|General(?:\s+[A-Z][a-z]+){1,2}\s+(?:Exclusions|Inclusions)"
    r"|(?:[A-Z][\w'’]*-\s+and\s+)?[A-Z][\w'’]*-Specific\s+(?:Exclusions|Inclusions)"
)
_SMALL_END = re.compile(r"\s(?:and|or|of|to|the|for|with|in|a|an)\Z")


def titled(label: str) -> bool:
    """Whether a colon-less label is a title and its kind ("Disease-Specific Inclusion Criteria")."""
    return subheading(label) or (_TITLED.fullmatch(label) is not None and _NOT_TITLE.search(label) is None)


def subheading(label: str) -> bool:
    """Whether `label` (a line, or words glued at an item's end) is a sub-heading's title ("Exclusions Related to
    Cardiovascular Disease")."""
    return _SUBHEADING.fullmatch(label) is not None


def subheading_tail(label: str, line: str) -> bool:
    """Whether `line` is the rest of a sub-heading title cut at a hard wrap: "Exclusions Related to Ocular" /
    "Disease", "Exclusions Related to Autoimmune Conditions and" / "Immunomodulatory Drugs"."""
    words = line.split()
    if not subheading(label) or not words or len(words) > 4 or not words[0][:1].isupper():
        return False
    return subheading(f"{label} {' '.join(words)}") and _SMALL_END.search(f" {' '.join(words)}") is None


def lists(between: str) -> bool:
    """Whether the words between "Exclusion criteria" and its colon are a verb that lists (" include", " are")."""
    return _LISTING.fullmatch(between) is not None


def goes_on(rest: str) -> bool:
    """Whether the rest of a line after "Exclusion criteria" runs on as a sentence (" for the study are …")."""
    return _GOES_ON.match(rest) is not None


# A word before a title that makes it a reference, not a heading: "meets all Inclusion Criteria", "as listed under
# Exclusions Related to …"
_REFERS = re.compile(
    r"\b(?:the|these|those|of|meets?|met|all|any|following|above|below|other|listed|in|with|for|and|"
    r"or|to|as|per|see|no|none|without|under|by|from|on|each|its|their|specific|related)\s*\Z",
    re.IGNORECASE,
)


def ends_an_item(before: str) -> bool:
    """Whether `before` is an item's text, ended by a word in lower case, a number or punctuation, so that a header
    after it is glued on ("… capable of all self-care"), not the end of a title ("Maintenance Phase", "General")."""
    words = before.split()
    if len(words) < 3 or _REFERS.search(before):
        return False
    last = words[-1]
    return last[0].islower() or last[-1].isdigit() or last[-1] in ".,;)%"
