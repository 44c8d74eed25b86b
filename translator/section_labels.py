"""The headings readers see over each translated section.

"You may be able to join if…" alone would hide what the source's own header said the section is for:
"Maternal Inclusion Criteria" and "Infant Inclusion Criteria", or "Inclusion Criteria (before surgery)" and
"(after surgery)", are different people or moments, and PDQ records split their inclusion criteria under
"DISEASE CHARACTERISTICS:", "PATIENT CHARACTERISTICS:" and "PRIOR CONCURRENT THERAPY:". So whatever a
header says beyond "inclusion/exclusion criteria" leads the heading, as a cohort's label does
("Part A: you may be able to join if…").
"""

from __future__ import annotations

import re

from translator.criteria import Section, SectionKind

SECTION_LABELS = {
    SectionKind.INCLUSION: "You may be able to join if…",
    SectionKind.EXCLUSION: "You cannot join if…",
    SectionKind.OTHER: "Other things the study says about who can join",
}

# The PDQ topic headers, said plainly.
_TOPICS = {
    "disease characteristics": "Your disease",
    "patient characteristics": "Your health",
    "prior concurrent therapy": "Past and current treatment",
    "prior/concurrent therapy": "Past and current treatment",
}
_KIND_WORDS = r"(?:non-?)?(?:in|ex)clusions?|(?:in)?eligibility|criteri[a-z]*|requirements?"
_KIND_RUN = rf"(?:{_KIND_WORDS})(?:\s*(?:and|or|&|/)?\s*(?:{_KIND_WORDS}))*(?:\s+(?:includes?|comprises?))?\b"
_LEADING = re.compile(
    rf"^(?:(?:(?:the|key|main|major|general|other|additional|specific|study|trial|primary|principal|select(?:ed)?|entry|selection)\s+)*{_KIND_RUN})?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_OPENS_WITH_KIND = re.compile(
    rf"(?:(?:key|main|major|general|other|additional|specific|study)\s+)*(?:{_KIND_RUN})", re.IGNORECASE
)
_TRAILING = re.compile(
    rf"\s*[:\-–—]?\s*\b(?:(?:(?<!-)(?:additional|other|specific|key|main|general)\s+)*{_KIND_RUN})?\s*[:.]?$",
    re.IGNORECASE,
)
# What is left that names no group or moment: a lone linking word, a note on the list, or a sentence.
_SAYS_NOTHING = re.compile(
    r"^(?:for|to|of|and|or|the|at|in|abbreviated|shortened|summary|(?:(?:all|any|each|one|both)\s+of\s+)?the\s+following)$"
    r"|\b(?:is|are|if|will|must|should)\b",
    re.IGNORECASE,
)
_NAMES_A_GROUP = re.compile(r"\b(?:parts?|cohorts?|arms?|groups?|stages?|phases?|for)\b", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVX]+$")
# A sub-heading's topic after its kind ("Exclusions Related to Cardiovascular Disease"): "Related to" says nothing the
# topic does not, while "Specific to" names whom the list is for ("Inclusion Criteria Specific to Obinutuzumab-
# Containing Cohorts" → "For Obinutuzumab-Containing Cohorts").
_RELATED = re.compile(r"^(?:related|relating|pertaining)\s+to\s+(?=\S)", re.IGNORECASE)
_SPECIFIC = re.compile(r"^(?:specific|applicable|that apply)\s+to\s+(?=\S)", re.IGNORECASE)


# A text with no inclusion or exclusion header at all (older NCI records: "Criteria:" and one list) says only this
# about who can join: "Other things…" would promise a main list that is not there.
ONLY_LABEL = "What the study says about who can join"


def section_label(section: Section, *, only_other: bool = False) -> str:
    """The heading over a section; `only_other`: the text has no inclusion or exclusion section."""
    label = ONLY_LABEL if only_other and section.kind is SectionKind.OTHER else SECTION_LABELS[section.kind]
    # a cohort label says its kind too at times ("Exclusion criteria for Part I"): only the rest leads
    cohort = section.cohort and (qualifier(section.cohort) or _group_before_comma(section.cohort))
    lead = cohort or qualifier(section.label)
    if lead:
        return f"{lead}: {label[0].lower()}{label[1:]}"
    return label


def _group_before_comma(cohort: str) -> str | None:
    """"For Cohort 2 of this study, eligible patients must meet …": the group named before the sentence starts."""
    first = cohort.split(",")[0]
    return qualifier(first) if _NAMES_A_GROUP.search(first) else None


def qualifier(source_label: str | None) -> str | None:
    """What a section header says beyond its kind: "Maternal Inclusion Criteria" → "Maternal"."""
    if not source_label:
        return None
    text = " ".join(source_label.split()).strip(" :")
    head, _, tail = text.partition(" - ")
    if tail and _SAYS_NOTHING.search(tail) and re.search(_KIND_RUN, head, re.IGNORECASE):
        text = head  # "Swab inclusion criteria - participants will be eligible for swab testing if they"
    part, colon, after = text.partition(": ")
    if colon and _OPENS_WITH_KIND.match(after) and not _OPENS_WITH_KIND.match(part):
        inner = qualifier(after)  # "Part I: Inclusion criteria for Inadequate responders" → "Part I, for Inadequate …"
        return f"{part.strip()}, {inner[0].lower()}{inner[1:]}" if inner else part.strip()
    topic = _TOPICS.get(text.lower())
    if topic:
        return topic
    rest = _TRAILING.sub("", _LEADING.sub("", text, count=1), count=1).strip()
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    rest = _SPECIFIC.sub("For ", _RELATED.sub("", rest, count=1), count=1)
    if not re.search(r"[A-Za-z0-9]", rest) or _SAYS_NOTHING.search(rest):
        return None
    if rest.isupper():
        rest = " ".join(w if len(w) <= 3 or _ROMAN.match(w) else w.lower() for w in rest.split())
    return rest[0].upper() + rest[1:]
