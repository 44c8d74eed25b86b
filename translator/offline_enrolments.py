"""An enrolment or a taking part that offline_leads' "Participation in X" does not read, put to the reader (offline
backend): "Enrollment in another clinical trial involving an investigational agent" → "You are enrolled in another
clinical trial involving an investigational agent"; "Participation to another clinical trial" → "You are taking part
in another clinical trial"; "Participation on any HIV immunotherapy trials within 6 months prior to study entry" →
"You have taken part in any HIV immunotherapy trials within 6 months before study entry".

offline_leads says "Participation in X" as "You are taking part in X" when nothing says when, and "You have taken part
in X" when a window before the study does. An enrolment is the same state in other words ("You are enrolled in"), and
"participation to" or "on" is the same act with another preposition, which the reader's verb takes as "in".

Only in an exclusion and at the top of a criterion (where offline_leads reads "Participation in X"); an enrolment only
with no time said but a point that is the study's own ("at the time of the MyoRegulator study"); a taking part either
with no time or with every window of the first sentence before the study. Not with a plan ("or planned enrollment"), a
time now or later ("during", "concurrent"), a second noun phrase ("…, or use of an unapproved medication") or a verb
of its own after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import before_the_study

_OPENING = re.compile(
    r"(?:(?P<enrol>enrol(?:l)?ment)\s+in|participation\s+(?:to|on))\s+(?=(?:an?|the|any|another|other|a\s+\w+)\b)",
    re.IGNORECASE,
)
_NOT_SAID = re.compile(
    r"\b(?:during|throughout|plann?ed|planning|plans?|will|after|following|while|concurrent(?:ly)?|concomitant(?:ly)?|"
    r"simultaneous(?:ly)?|same\s+time\s+as|ongoing|current(?:ly)?|now|expected|anticipated|intend\w*|until|since|"
    r"unless|if)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:\w+\s+)?(?:use|usage|administration|participation|enrol(?:l)?ment|receipt|"
    r"exposure|treatment|therapy|history|need)\b",
    re.IGNORECASE,
)
# a time that is not the study's own point (an enrolment is said only with none)
_TIME_WORDS = re.compile(
    r"\b(?:within|prior|before|previous(?:ly)?|past|last|recent(?:ly)?|ago|days?|weeks?|months?|years?|hours?)\b",
    re.IGNORECASE,
)


def enrolment_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Enrollment in X" → "You are enrolled in X", "Participation to X" → "You are taking part in X" (see the
    module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    end = sentence_end(text, m.end())
    if _NOT_SAID.search(text, m.end(), end):
        return []
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and m.end() <= f.start < end]
    if m.group("enrol"):
        if windows or _TIME_WORDS.search(text, m.end(), end):
            return []
        return [Edit(start, m.end(), "You are enrolled in ", "person")]
    if not windows and not _TIME_WORDS.search(text, m.end(), end):
        return [Edit(start, m.end(), "You are taking part in ", "person")]
    if windows and all(before_the_study(f, unanchored=True) for f in windows):
        return [Edit(start, m.end(), "You have taken part in ", "person")]
    return []
