"""A planned procedure or use, put to the reader (offline backend): "Planned major surgery during the study" → "You
plan to have major surgery during the study", "Planned use of herbal supplements" → "You plan to use herbal
supplements".

An exclusion that opens with "Planned" names something the reader plans: its time is to come, which the other
noun-phrase openings (offline_leads, offline_determined_treatments) leave, since "You have had" or "You use" would
be a guess. The plan is the reader's own: "You plan to have X" keeps every word after "Planned", "use of" is said "to
use", "participation in" "to take part in". Only in an exclusion and at the top of a criterion, as the other
noun-phrase openings; not where the phrase has a verb of its own ("Planned surgery is allowed"), is a list of plans
the source joins with "or" before it ("Planned or current"), or is "Planned for X" (a plan someone else makes for the
reader, "You are planned for" reads wrong), nor where a use follows other words ("Planned open label use of X") or
the plan is known to someone ("… known on the day of screening").

"Current or planned X" of a treatment is one had now or planned: "Current or planned treatment with pirfenidone" →
"You are now getting or plan to get treatment with pirfenidone" (as offline_openings says "Current treatment with X"
→ "You are now getting treatment with X"), "Current or planned ultrafiltration, hemofiltration, or dialysis" → "You
now have or plan to have ultrafiltration, …". Only where a treatment is named in the first three words (not
"Current or planned pregnancy", "… incarceration", which "have" would not fit), nothing else in the first sentence
says when ("during the study", "(throughout …)": "now … during the study" would clash) and no verb of its own
follows.

"Prior or planned X" is had before or planned: "Prior or planned liver transplant" → "You have had or plan to have
liver transplant" (as "Prior X" is "You have had X", offline_openings), with the same guards: nothing else in the
first sentence says when, no use or taking part ("You have had or plan to have use of X"), no verb of its own.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_PLANNED = re.compile(
    r"planned\s+(?:(?P<use>use\s+of)|(?P<part>participation\s+in)|(?P<to>to)\s+(?=[a-z])|(?!(?:or|and|and/or|for|"
    r"by|to|in|at|with|on|concurrent|concomitant|absence)\b)(?=[A-Za-z]))",
    re.IGNORECASE,
)

# a use after its own words, or a plan someone else knows of: "have" would not fit them
_NOT_HAD = re.compile(r"\b(?:use|usage|administration|intake|initiation|participation)\s+(?:of|in)\b|\bknown\b", re.I)


_NOW_OR_PLANNED = re.compile(
    r"current(?:ly)?\s+(?:or|and/or)\s+planned\s+(?:(?P<treat>treatment|therapy)\s+with\b|(?=(?:[\w-]+\s+){0,2}?"
    r"(?:treatments?|therap(?:y|ies)|psychotherapy|dialysis|ultrafiltration|ha?emofiltration|chemotherapy|"
    r"radiotherapy|immunotherapy)\b))",
    re.IGNORECASE,
)
# another time in the sentence (not a rate: "15 mg per day"), or a bracket that might hold one
_OTHER_TIME = re.compile(
    r"\b(?:during|throughout|within|until|till|after|before|prior|following|since|while|duration|screening|baseline|"
    r"randomi[sz]ation|enrol(?:l)?ment|study|trial)\b|(?<!per\s)(?<!\ba\s)\b(?:days?|weeks?|months?|years?)\b|[(\[]",
    re.IGNORECASE,
)


def _now_or_planned(text: str, start: int) -> list[Edit]:
    """ "Current or planned treatment with X" → "You are now getting or plan to get treatment with X" (see the
    module)."""
    m = _NOW_OR_PLANNED.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    if _OTHER_TIME.search(re.split(r"[.;:](?:\s|$)", text[m.end() :], maxsplit=1)[0]):
        return []
    if m.group("treat"):
        return [Edit(start, m.end(), f"You are now getting or plan to get {m.group('treat').lower()} with", "person")]
    return [Edit(start, m.end(), "You now have or plan to have ", "person")]


_HAD_OR_PLANNED = re.compile(
    r"(?:prior|previous|past)\s+(?:or|and/or)\s+planned\s+(?=[A-Za-z])(?!(?:or|and|for|by|to|in|at|with|on)\b)",
    re.IGNORECASE,
)


def _had_or_planned(text: str, start: int) -> list[Edit]:
    """ "Prior or planned liver transplant" → "You have had or plan to have liver transplant" (see the module)."""
    m = _HAD_OR_PLANNED.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    sentence = re.split(r"[.;:](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if _OTHER_TIME.search(sentence) or _NOT_HAD.search(sentence):
        return []
    return [Edit(start, m.end(), "You have had or plan to have ", "person")]


def planned_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Planned major surgery during the study" → "You plan to have major surgery during the study" (see the
    module)."""
    if kind is not SectionKind.EXCLUSION:
        return []
    m = _PLANNED.match(text, start)
    if m is None:
        return _now_or_planned(text, start) or _had_or_planned(text, start)
    if dangling_verb(text, m.end()):
        return []
    name = re.split(r"[.;:(](?:\s|$)|\s(?:during|within|in|at|for|before|after|until|from)\s", text[m.end() :])[0]
    if not (m.group("use") or m.group("part")) and _NOT_HAD.search(name):
        return []  # "Planned open label use of X": no "You plan to have … use of X"
    said = (
        "You plan to use "
        if m.group("use")
        else "You plan to take part in "
        if m.group("part")
        else "You plan to "
        if m.group("to")
        else "You plan to have "
    )
    return [Edit(start, m.end(), said, "person")]
