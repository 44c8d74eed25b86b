"""A reader who is eligible for, or a candidate for, a treatment, put to the reader (offline backend).

"Patients eligible for intensive chemotherapy for AML" and "Participants who are candidates for systemic therapy"
say what the reader is fit for: "You are eligible for intensive chemotherapy for AML", "You are a candidate for
systemic therapy". translator.offline_person leaves every "eligible" and "candidates" alone, since most judge the
subject's taking part ("Patients eligible for enrollment must meet …", "… are not eligible"); here only a treatment
is what they are fit for, so the criterion says a state of the reader, not a judgement of them.

Only where the sentence goes on with nothing but what they are fit for: the study itself after "for" ("eligible for
the study", "for enrollment", "for inclusion"), another group ("… OR patients with relapsed …"), or a verb of the
subject's own ("Patients eligible for X will be those who …") and the criterion keeps its words. "and who are …"
after it is the reader's second description ("… and who are naive to …" → "… and are naive to …").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_subjects_words import OTHERS

_FIT = re.compile(
    r"(?:patients?|subjects?|participants?)\s+(?:who\s+are\s+)?(?:(?P<eligible>eligible)|(?P<candidates>candidates?))"
    r"\s+(?P<for>for|to)\s+(?=\S)",
    re.IGNORECASE,
)
# the study, not a treatment: "eligible for enrollment", "candidates for this trial", "eligible to participate"
_THE_STUDY = re.compile(
    r"(?:the|this|that)\s+(?:study|trial|protocol)|enrol\w*|inclusion|entry|participat\w*|take\s+part|join|"
    r"randomi[sz]\w*|screening|the\s+(?:\w+\s+){0,3}(?:part|phase|cohort|arm)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", re.IGNORECASE)
_AND_WHO = re.compile(r"\s+(?:and|or)\s+(?P<who>who\s+)(?=are\b)", re.IGNORECASE)


def candidate_reader(text: str, start: int) -> list[Edit]:
    """ "Patients eligible for X" → "You are eligible for X"; "Participants who are candidates for X" → "You are a
    candidate for X", or none (see the module)."""
    m = _FIT.match(text, start)
    if m is None or _THE_STUDY.match(text, m.end()):
        return []
    stop = _SENTENCE_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text[:end])
    if OTHERS.search(masked, m.end()) or re.search(r"\b(?:eligible|ineligible|excluded|included)\b", masked[m.end() :]):
        return []  # "… OR patients with relapsed …", "… are not eligible for this study"
    if re.search(r"(?<!\band\s)(?<!\bor\s)\bwho(?:m|se)?\b", masked[m.end() :], re.IGNORECASE):
        return []  # "eligible for transplant who are unable to …": the "who" would be the reader's, with no "and"
    if dangling_verb(masked, m.end()):  # ("and who are …" is the reader's second description, no verb of its own)
        return []
    and_who = list(_AND_WHO.finditer(masked, m.end()))
    said = "eligible" if m.group("eligible") else "a candidate"
    return [Edit(start, m.end("for"), f"You are {said} {m.group('for').lower()}", "person"),
            *(Edit(w.start("who"), w.end("who"), "", "person") for w in and_who)]  # fmt: skip
