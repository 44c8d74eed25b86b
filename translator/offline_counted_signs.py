"""A count of signs or events the reader has had, put to the reader (offline backend): "At least 3 swollen and 3
tender joints" → "You have at least 3 swollen and 3 tender joints", "More than one episode of diabetic ketoacidosis
requiring hospitalization in the 90 days prior to the screening visit" → "You have had more than one episode of …".

offline_findings says a counted lesion so ("At least one measurable lesion" → "You have at least one …") and
offline_counted_openings a counted treatment ("At least 1 prior regimen" → "You have had …"); a count of symptoms,
joints, metastases or of episodes, relapses and attacks was left as a noun phrase (about 25 corpus criteria). The
count keeps its words (bound and number, lowered after the opening), and the section heading says whether it lets the
reader in.

- signs one has now (symptoms, tender or swollen joints, joint erosions, metastases, infarcts, ulcers, abnormalities,
  risk factors, features): "You have …", but not beside a time before now ("experienced in the past 30 days",
  "prior to enrollment"): a sign had then may be gone;
- events (episodes, relapses, attacks, exacerbations, flare-ups, hospitalizations): "You have had …", since a count of
  events is of ones that happened; not beside a time to come ("during the study", "planned", "after").

Never for a rate ("More than 15 episodes per 24 hours", "3 urgency episodes per 3-day diary", "3 attacks a month":
how often, said now), nor when the
criterion has a verb of its own ("At least 3 symptoms must be present"), nor under a lead-in that negates or defines
("No multiple myeloma defined by 1 of the following:", "Gout defined as:", "adverse-risk cytogenetics, including any
one of the following:": the item is read after it), nor in the
"other" section. offline_leads checks each result with the fidelity check.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# (not "No more than": an exclusion's negation reads against its heading, as offline_counted_openings keeps it)
_BOUND = r"(?P<bound>at\s+least|more\s+than|fewer\s+than|less\s+than|greater\s+than|a\s+minimum\s+of)"
# signs one has now, and events one has had
_SIGNS = (
    r"symptoms?|joints|(?:joint\s+)?erosions?|metastas[ie]s|infarcts?|ulcers|abnormalities|risk\s+factors?|features?"
)
_EVENTS = (
    r"episodes?|relapses?|attacks?|exacerbations?|flare-?ups?|hospitali[sz]ations?"
)
# words between the count and the noun: adjectives, a second count ("3 swollen and 3 tender joints", "8 of 68 tender
# joints"), "of these"; no verb, no preposition that starts a phrase of its own, no time
_WORD = (
    r"(?!(?:for|with|in|on|to|from|by|per|must|is|are|was|were|has|have|had|be|been|that|which|who|since|within|"
    r"hours?|days?|weeks?|months?|years?|times?|the|a|an|no|not|other|new)\b)"
    r"(?:[A-Za-z][\w/-]*|\d+(?:/\d+)?)"
)
_COUNT = re.compile(
    rf"{_BOUND}\s+{_NUMBER}\s+(?P<words>(?:{_WORD}\s+){{0,5}}?)(?:(?P<sign>{_SIGNS})|(?P<event>{_EVENTS}))\b",
    re.IGNORECASE,
)
# a rate: how often, not how many
_RATE = re.compile(
    r"\bper\b|\b(?:a|each|every)\s+(?:\d+[\s-]+)?(?:hours?|days?|weeks?|months?|years?)\b|/\s*(?:day|week|month)",
    re.IGNORECASE,
)
# a time before now, which "You have" (a sign now) would not say
_BEFORE_NOW = re.compile(
    r"\b(?:prior|previous(?:ly)?|before|past|last|ago|history|experienced|had|since|preceding|recent(?:ly)?)\b",
    re.IGNORECASE,
)
# a time to come or beside the study, which "You have had" (an event over) would not say
_TO_COME = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|will|after|following|until|while|ongoing|current(?:ly)?|"
    r"concurrent|throughout)\b|\bduring\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|treatment|participation|"
    r"screening|run-?in)\b",
    re.IGNORECASE,
)
# a lead-in that negates, defines or sets a condition: its items are read after it
_READ_AFTER = re.compile(r"\b(?:no|not|none|without|except|excluding|unless|if|defined|definition|means?|including)\b",
                         re.IGNORECASE)  # fmt: skip


def counted_sign_opening(text: str, start: int, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "At least 3 swollen and 3 tender joints" → "You have at least 3 …" (see the module)."""
    if kind is SectionKind.OTHER or (parent is not None and _READ_AFTER.search(parent)):
        return []
    m = _COUNT.match(text, start)
    if m is None or _RATE.search(text) or dangling_verb(text, m.end()):
        return []
    if re.match(r"\s*(?:[:;]|$)", text[m.end() :]) and text.rstrip().endswith(":"):
        return []  # "At least 2 of the following symptoms:" keeps its lead-in as written
    if m.group("sign"):
        if _BEFORE_NOW.search(text, m.end("bound")):
            return []
        opening = "You have "
    else:
        if _TO_COME.search(text, m.end("bound")):
            return []
        opening = "You have had "
    return [Edit(start, m.end("bound"), opening + m.group("bound").lower(), "person")]
