"""Section headers in criteria text: "Inclusion Criteria:", "Key exclusion criteria", "DISEASE
CHARACTERISTICS:", cohort labels such as "Part A:" or "For healthy volunteers:".

A header may carry inline content after its colon ("Inclusion Criteria:a. Age ≥ 18"); the match
says where that content starts so the parser can treat it as the section's first item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from translator.criteria import SectionKind
from translator.header_shapes import ends_an_item, goes_on, lists, subheading, subheading_tail, titled
from translator.markers import find_marker

_KIND_WORDS = re.compile(
    r"\b(?P<exc>exclusions?|exclusionary|non[- ]?inclusion|non[- ]?eligibility|ineligibility)\b"
    r"|\b(?P<inc>inclusions?)\b|\b(?P<elig>eligibility|(?:selection|entry|randomi[sz]ation)\s+criteria)\b",
    re.IGNORECASE,
)
# Words a colon-less header is made of; anything else makes the line a sentence, not a header.
_HEADER_VOCAB = {
    "key",
    "main",
    "major",
    "minor",
    "principal",
    "general",
    "additional",
    "other",
    "specific",
    "study",
    "subject",
    "subjects",
    "patient",
    "patients",
    "participant",
    "participants",
    "inclusion",
    "inclusions",
    "exclusion",
    "exclusions",
    "criteria",
    "criterion",
    "eligibility",
    "selection",
    "entry",
    "for",
    "the",
    "and",
    "of",
    "all",
    "part",
    "cohort",
    "arm",
    "group",
    "phase",
    "stage",
    "healthy",
    "volunteers",
    "non-inclusion",
    "noninclusion",
    "to",
    "in",
    "a",
    "b",
    "c",
    "d",
    "1",
    "2",
    "3",
    "4",
    "only",
    "both",
    "disease",
    "characteristics",
    "candidates",
    "population",
    "randomization",
    "enrollment",
    "screening",
    "diagnosis",
}
_SENTENCE_HINTS = re.compile(
    r"\b(?:may|apply|applies|applied|see|refer|will|must not|should|listed|defined|below|above)\b", re.IGNORECASE
)
_COLON = re.compile(r"\s*:\s*")
_GLUED = re.compile(r"[^:]{1,100}:[ \t]*")
# A line that opens with "Inclusion Criteria" is a header whatever follows ("(Patients must …", "-").
_PREFIX = re.compile(
    r"(?:(?:key|main|major|general|additional|specific|study)\s+)?(?:inclusion|exclusion|non-inclusion)"
    r"(?:\s+criteria|\s+criterion)(?=\s*(?:\(|[-–—]\s|$)|\s+(?:[A-Z][a-z]|\d+[.)]\s))"
    r"|(?:(?:key|main|major|general|additional|specific|study)\s+)?(?:inclusion|exclusion|non-inclusion)"
    r"(?=\s*(?:\(|[-–—]\s|$))",
    re.IGNORECASE,
)
# A part or cohort named before a header on its line ("Part I: Inclusion criteria for …", "Cohort B: Exclusion …")
_PART = re.compile(r"(?:parts?|cohorts?|arms?|groups?|stages?|phases?)\s+[A-Za-z0-9]{1,4}\s*:\s*", re.IGNORECASE)
_DASH_ITEM = re.compile(r"\s+[-–—]\s+(?=\S)")
_NUMBERED_ITEM = re.compile(r"\s+(?:\d{1,3}[.)]|\(\w{1,4}\))\s")
# What a colon-less header may go on with and stay one: who or which step its list is for ("for Randomization",
# "for Participants with Stage II, IIIA, or Select IIIB (T3N2 only) NSCLC", "for healthy smokers Cohorts 4-5 (Part
# C)"); "for the study are …" or "for entry, patients must …" is a sentence.
_VERB = r"\b(?:are|is|must|will|should|shall|may|can|need|needs|meet|meets|include|includes)\b"
_FOR_WHOM = re.compile(
    rf"\s+(?:-\s+)?for\s+(?!(?:the|this|a)\s+(?:study|trial)\b)(?![^:;]*{_VERB})"
    r"[\w(][\w/(),.'+≥≤<>-]*(?:\s+[\w/(),.'+≥≤<>-]+){0,15}\s*"
)
# A line cut at a hard wrap ends on a word that needs the next one ("… determined by" / "elevation of …"): the
# sentence goes on, the line is no header of its own.
_DANGLING = frozenset(
    {"by", "with", "of", "and", "or", "to", "in", "at", "on", "the", "a", "an", "for", "from", "who", "whose", "whom",
     "which", "that", "than", "as"}
)


def _for_whom(text: str) -> bool:
    """Whether `text` is a whole "for whom" tail of a colon-less header (see `_FOR_WHOM`)."""
    words = text.split()
    return _FOR_WHOM.fullmatch(text) is not None and words[-1].lower() not in _DANGLING
_PDQ = re.compile(
    r"(?P<label>(?:DISEASE|PATIENT|PATIENTS|PRIOR|PRIOR/CONCURRENT|CONCURRENT)\s+(?:CHARACTERISTICS|"
    r"CONCURRENT\s+THERAPY|THERAPY)"
    # The same topics in title case, as PDQ text copied from elsewhere writes them; only the full labels, since
    # "Prior Therapy:" in title case can be an exclusion's own sub-label and must not open an inclusion section.
    r"|(?:Disease|Patient)\s+Characteristics|Prior(?:\s+|/)Concurrent\s+Therapy)\s*:",
)
_CAPS_LABEL = re.compile(r"(?P<label>[A-Z][A-Z/&,\-]+(?:\s+[A-Z][A-Z/&,\-]+){1,5})\s*:")
_POPULATION = (r"(?:patients?|participants?|subjects?|volunteers?|adults?|children|adolescents?|infants?|"
               r"women|men|people|persons?|individuals?|caregivers?|controls?|cohorts?|parts?|arms?|groups?)")
_COHORT = re.compile(
    r"(?P<label>"
    # "Part A", "Parts A, B, and C", "Cohort 2 only", "Arm B (placebo)"
    r"(?:parts?|cohorts?|arms?|groups?|stages?|steps?|phases?|sub-?stud(?:y|ies)|populations?|modules?|segments?)"
    r"\s+[A-Za-z0-9][\w.\-]{0,5}(?:\s*(?:,|and|or|&)\s*(?:and\s+)?[A-Za-z0-9][\w.\-]{0,5})*(?:\s+only)?"
    r"(?:\s*\([^)]{0,40}\))?"
    r")\s*(?::\s*$|$)"
    # "For adolescent participants:", "In patients with lupus:", "Healthy volunteers:", "All subjects:"
    rf"|(?P<label2>(?:(?:for|in)\s+[^:]{{0,40}}?\b{_POPULATION}\b[^:]{{0,40}}"
    r"|healthy\s+(?:volunteers|subjects|participants|controls)"
    r"|(?:all\s+)?(?:patients|subjects|participants)(?:\s+with\s+(?![^:]*\bfollowing\b)[^:]{1,40})?))\s*:\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeaderMatch:
    kind: SectionKind | None  # None: a cohort label that keeps the current kind
    label: str
    end: int  # offset in the content where inline text after the header starts
    cohort: bool = False
    goes_on: bool = False  # the header's words run on into a sentence ("Exclusion criteria for the study are …")


def _kind_of(label: str) -> SectionKind | None:
    exc = inc = elig = False
    for match in _KIND_WORDS.finditer(label):
        exc |= match.group("exc") is not None
        inc |= match.group("inc") is not None
        elig |= match.group("elig") is not None
    if exc and inc:
        return SectionKind.OTHER
    if exc:
        return SectionKind.EXCLUSION
    if inc:
        return SectionKind.INCLUSION
    if elig:
        return SectionKind.OTHER
    return None


def match_header(
    content: str, *, marked: bool, first: bool = False, current: SectionKind | None = None
) -> HeaderMatch | None:
    """Recognise a header at the start of `content` (a line without its indent and marker).

    `current`: the kind of the section the line is in. A header whose words run on into a sentence ("Exclusion
    criteria for the study are patient refusal …") is then no header of that kind again: the line is an item.

    `marked` says whether the line had a list marker: then only an unmistakable inclusion or
    exclusion header counts ("-  INCLUSION CRITERIA:"), never a cohort label or a caps label. `first`: the line
    opens the text, where a bare "Criteria:" is a header too.
    """
    found = _match_header(content, marked=marked, first=first)
    return None if found is not None and found.goes_on and found.kind is current else found


def _match_header(content: str, *, marked: bool, first: bool) -> HeaderMatch | None:
    # a full-width colon ("Exclusion criteria："), an underscore for a space ("Inclusion_Criteria:"): one for one
    content = content.replace("：", ":").replace("_", " ")
    stripped = content.rstrip()
    if not stripped:
        return None
    glued = _GLUED.match(stripped)
    if glued is not None and glued.end() < len(stripped) and find_marker(stripped, glued.end()) is not None:
        # "Inclusion Criteria:1. Patients must have:": the header ends at its colon, the item follows.
        head = match_header(content[: glued.end()], marked=marked, first=first)
        if head is not None:
            return head
    if len(stripped) > 200:
        return None
    found = _kind_header(content, stripped) or (bare_header(content) if first else None)
    part = _PART.match(stripped) if found is None else None
    if part is not None and (inner := _kind_header(content[part.end() :], stripped[part.end() :])) is not None:
        # "Part I: Inclusion criteria for Inadequate responders" with no colon of its own at the end
        found = HeaderMatch(inner.kind, f"{stripped[: part.end()]}{inner.label}", part.end() + inner.end, cohort=True)
    opening = _COLON_HEADER.match(stripped) if found is None and "riteri" in stripped[:48] else None
    if opening is not None:  # "Inclusion Criteria: Inclusion criteria will include:": the header, then its lead-in
        found = _kind_header(content, stripped[: opening.end()])
        found = found and HeaderMatch(found.kind, found.label, _after_colon(content, opening.end() - 1), found.cohort)
    if marked:
        # "-  INCLUSION CRITERIA:" is a header; "9. Adequate biological functions 14 days before
        # inclusion:" is an item that happens to say "inclusion".
        # and so is a bulleted sub-heading ("-  General Medical Exclusions")
        return found if found is not None and (_only_vocab(found.label.split()) or subheading(found.label)) else None
    if found is not None:
        return found
    pdq = _PDQ.match(stripped)
    if pdq:
        return HeaderMatch(SectionKind.INCLUSION, pdq.group("label"), _after_colon(content, pdq.end() - 1))
    caps = _CAPS_LABEL.match(stripped)
    if caps and sum(ch.isalpha() for ch in caps.group("label")) >= 8:
        kind = _kind_of(caps.group("label"))
        return HeaderMatch(kind, caps.group("label"), _after_colon(content, caps.end() - 1))
    cohort = _COHORT.match(stripped)
    if cohort and (stripped.endswith(":") or len(stripped.split()) <= 4):
        label = cohort.group("label") or cohort.group("label2")
        if not says_no_kind(label):  # "For inclusion in the study subjects should fulfill the following criteria:"
            return HeaderMatch(_kind_of(label), label.strip(), len(content))
        return HeaderMatch(None, label.strip(), len(content), cohort=True)
    return None


# A line that only says "Criteria:" or "Eligibility Criteria" heads the list of an older NCI record.
# "Criteria" with no colon is left alone: it is as often the tail of a header cut at a wrap ("Exclusion" / "Criteria").
_BARE = re.compile(r"criteria\s*:|eligibility\s+criteria\s*:?|eligibility\s*:", re.IGNORECASE)


def bare_header(content: str) -> HeaderMatch | None:
    """"Criteria:" as the first line of a text (the parser asks only there: inside a flattened list the same word
    and colon is as often the rest of a header cut at a wrap, "… Exclusion" / "Criteria: 1. …")."""
    stripped = content.strip()
    if _BARE.fullmatch(stripped) is None:
        return None
    return HeaderMatch(SectionKind.OTHER, stripped.rstrip(" :"), len(content))


def says_no_kind(label: str) -> bool:
    """Whether a header names neither inclusion nor exclusion ("Participant eligibility is determined according to
    the following criteria"): right under an inclusion or exclusion header it introduces that list."""
    return not any(m.group("exc") or m.group("inc") for m in _KIND_WORDS.finditer(label))


def _kind_header(content: str, stripped: str) -> HeaderMatch | None:
    """An inclusion / exclusion / eligibility header, with or without a colon or inline text."""
    prefix = _PREFIX.match(stripped)
    if stripped.endswith(":"):
        colon = len(stripped) - 1  # "Part 1: Key Inclusion Criteria For Healthy Volunteers:"
    elif prefix is not None:
        colon = stripped.find(":", prefix.end())
        between = stripped[prefix.end() : colon]
        # "Exclusion Criteria for 24-Hour Screening Holter: Any …": who the list is for belongs to the header, and so
        # does a verb that lists ("Exclusion criteria include: persons with plans to move …")
        listing = lists(between)
        if colon < 0 or (between.strip(" ()") and "(" not in between and not _for_whom(between) and not listing):
            colon = -1
    else:
        colon = stripped.find(":")
    label = (stripped if colon < 0 else stripped[:colon]).strip().strip("*_#").strip()
    if colon < 0:
        label = label.rstrip(".;").rstrip()  # "Inclusion Criteria." / "Exclusion criteria;"
    words = label.split()
    if prefix is not None and colon < 0 and (_for_whom(stripped[prefix.end() :]) or subheading(label)):
        return HeaderMatch(_kind_of(label) or SectionKind.OTHER, label, len(content))  # "… Criteria for Screening"
    if prefix is not None and colon < 0:
        # "Inclusion Criteria (Patients must meet …" wrapped over lines: the header is the prefix and
        # the rest of the line is the section's first item.
        label = prefix.group().strip()
        # A numbered first item starts after the spaces, where its marker is found ("Exclusion Criteria 1. Known …");
        # After a dash ("Inclusion Criteria - Age 18 or older") the item starts past it: the dash joins the header.
        rest = content[prefix.end() :]
        dash = _DASH_ITEM.match(rest)
        item = prefix.end() + (dash.end() if dash else 0)
        item = len(content) - len(rest.lstrip()) if _NUMBERED_ITEM.match(rest) else item
        said = _kind_of(label) or SectionKind.OTHER
        return HeaderMatch(said, label, item, cohort=_is_cohort(label), goes_on=goes_on(rest))
    # "Study Inclusion Criteria - app users will be eligible … if they:": a short header, then what it means; only
    # the header before the dash must read as one.
    head = label.split(" - ", 1)[0] if colon >= 0 else label
    head = head if len(head.split()) <= 5 and _KIND_WORDS.search(head) else label
    longest = 14 if head is label else 24
    if not 0 < len(words) <= longest or not _KIND_WORDS.search(label) or _SENTENCE_HINTS.search(head):
        return None
    kind = _kind_of(head)
    if kind is None or (colon < 0 and not _only_vocab(words) and not titled(label)):
        return None
    if colon >= 0 and not _looks_like_label(label, stripped[colon + 1 :]):
        return None
    return HeaderMatch(kind, label, _after_colon(content, colon), cohort=_is_cohort(label))


# "Patients must NOT meet any of the following:" with no exclusion header before it opens the exclusions;
# "Patients must meet ALL of the following:" before any inclusion or exclusion header opens the inclusions.
_LEAD_IN = re.compile(
    r"(?P<label>(?:[A-Za-z][\w ,/()'\-]{0,100}?\s)?must\s+(?P<neg>not\s+)?meet\s+(?:all|any|each)\b[^:]{0,100}?"
    r"\b(?:following|below|criteria)(?:\s+(?:to|in\s+order\s+to|for)\s+[^:]{1,80})?)\s*:?\s*$"
    # "All of the following criteria must be met to randomize a subject in the study:"
    r"|(?P<label2>all\s+of\s+the\s+(?:following|below)\s+(?:criteria\s+)?must\s+be\s+met\b[^:]{0,80})\s*:?\s*$"
    # "A subject who meets any of the following criteria is not eligible for participation in the study.",
    # "Patients meeting any of the following exclusion criteria are not to be enrolled in the study:"
    r"|(?P<label3>(?:an?\s+|the\s+)?(?:subjects?|patients?|participants?|persons?|individuals?)\s+"
    r"(?:who\s+meets?|meeting)\s+any\s+of\s+the\s+(?:following|below)\b[^:]{0,40}?\b(?P<neg2>(?:is|are|will\s+be)\s+"
    r"(?:not\s+eligible|ineligible|excluded|not\s+to\s+be\s+enrolled))\b[^:]{0,80}?)\s*[:.]?\s*$",
    re.IGNORECASE,
)


def lead_in_header(content: str, current: SectionKind, *, empty_lead_in: bool = False) -> HeaderMatch | None:
    """A "must (not) meet all/any of the following" line that changes the section kind, as a header.
    `empty_lead_in`: the current section was opened by such a line and holds nothing yet; a "must meet ALL" then
    opens the inclusions again (inclusions, exclusions, then a second inclusion list)."""
    match = _LEAD_IN.match(content.strip())
    if match is None:
        return None
    kind = SectionKind.EXCLUSION if match.group("neg") or match.group("neg2") else SectionKind.INCLUSION
    label = match.group("label") or match.group("label2") or match.group("label3")
    if kind is current or (kind is SectionKind.INCLUSION and current is not SectionKind.OTHER and not empty_lead_in):
        return None  # the section already says so: the line stays its lead-in criterion
    return HeaderMatch(kind, label, len(content))


def starts_with_header(content: str, before: str = "") -> bool:
    """Whether a line opens with an unmistakable header ("Exclusion Criteria", "PATIENT CHARACTERISTICS:"); `before`:
    the text of the line before it."""
    if content[:1].islower():
        return False  # "…eligible if they meet\n inclusion criteria for a current diagnosis…" continues a sentence
    if subheading(" ".join(content.split())) and ends_an_item(before):
        return True  # "… prior myocardial infarction\n Exclusions Related to Infections", not "… listed under\n …"
    return any(pattern.match(content) is not None for pattern in (_PREFIX, _PDQ, _COLON_HEADER))


# "… at the screening visit\n Exclusion Criteria: - More than one episode …": a capitalised header and its colon
# opening a wrapped line of a flattened list
_COLON_HEADER = re.compile(
    r"(?:(?:key|main|major|general|additional|specific|study)\s+)?(?:inclusion|exclusion|non-inclusion)\s+criteri(?:a|on)\s*:",
    re.IGNORECASE,
)


_TAIL = re.compile(r"\s*(?:criteria|criterion)\s*:?", re.IGNORECASE)


def header_tail(label: str, line: str, wrapped: bool = False) -> int | None:
    """Where a header cut at a hard wrap ends on its next line, or None: "Exclusion" / "Criteria", or a lead-in
    sentence's last words ("… is not eligible for participation in the" / "study."); in hard-wrapped text, the rest
    of a sub-heading's title ("Exclusions Related to Ocular" / "Disease")."""
    end = len(line.rstrip())
    if wrapped and subheading_tail(label, line.strip()):
        return end
    if label.strip().lower().split()[-1:] in (["inclusion"], ["exclusion"]):  # "Exclusion", "Key Exclusion"
        return end if _TAIL.fullmatch(line.rstrip()) else None
    if _LEAD_IN.match(label.strip()) and not label.rstrip().endswith((":", ".")) and _SENTENCE_END.fullmatch(line):
        return end
    tail = _SENTENCE_END.fullmatch(line) and line.rstrip().endswith(":") and not re.search(_VERB, line)
    if _FOR_WHOM_HEAD.search(label) and tail:
        return end  # "Additional Inclusion Criteria for HCV GT1/HIV-1 co-infected" / "patients:"
    return None


_SENTENCE_END = re.compile(r"\s*[a-z][\w ,'()-]{0,60}[.:]\s*")
_FOR_WHOM_HEAD = re.compile(r"\bcriteri(?:a|on)\s+for\s", re.IGNORECASE)


def header_word(word: str) -> bool:
    """Whether a header may open with `word` ("Main", "Part", "For", "Inclusion"), not a sentence's word."""
    return word.lower().strip("():/-") in _HEADER_VOCAB


def _only_vocab(words: list[str]) -> bool:
    return all(word.lower().strip("():/-") in _HEADER_VOCAB or not word.strip("():/-") for word in words)


def _looks_like_label(label: str, rest: str) -> bool:
    """A colon header's label is short and title-like; "Patients with X: see …" is not a header."""
    if len(label.split()) <= 6:
        return True
    # Longer labels ("Patients must meet all of the following inclusion criteria") must end the line.
    return not rest.strip() and _KIND_WORDS.search(label) is not None


def _after_colon(content: str, colon: int) -> int:
    if colon < 0:
        return len(content)
    match = _COLON.match(content, colon)
    return match.end() if match else colon + 1


def _is_cohort(label: str) -> bool:
    return re.search(r"\b(?:part|cohort|arm|group|stage|healthy)\b", label, re.IGNORECASE) is not None
