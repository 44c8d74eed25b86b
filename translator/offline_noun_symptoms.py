"""A criterion that names symptoms as a noun phrase, put to the reader (offline backend): "Symptoms of olfactory
dysfunction" → "You have symptoms of olfactory dysfunction", "Symptoms of allergic rhinitis within 2 weeks prior to
screening" → "You have had symptoms of allergic rhinitis within 2 weeks prior to screening".

offline_evidence_openings says "Signs of X" and "Signs or symptoms of X" so; "Symptoms of X" alone was left as the
source's noun phrase (about 20 corpus and Chia criteria), which reads as no sentence under "You may be able to join
if:" or "You cannot join if:". The tense is the source's time, never a guess:

- no time at all in the sentence: symptoms one has now ("You have symptoms of X");
- every window of the sentence before the study, as translator.offline_windows reads it ("within 28 days prior to
  randomization", "for at least 3 months before Screening"): symptoms had up to then ("You have had symptoms of X");
- any other time ("during run-in", "at the time of screening", "for more than 20 years", "current", "planned") keeps
  the words; the times are those of the whole text, since a later sentence may go on about the symptoms.

Only "Symptoms of" or "Clinical symptoms of" at the top of a criterion, not before a list's lead ("of the
following:"), with no verb of its own after the noun phrase ("Symptoms of brain metastases cannot be controlled"), no
participle joined to it, and no colon (a heading over a rule of its own: "Symptoms of COPD: You must score …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_evidence_openings import NOT_A_LIST
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import before_the_study

_SYMPTOMS = re.compile(rf"(?P<adj>clinical\s+)?symptoms\s+of\b{NOT_A_LIST}", re.IGNORECASE)
# a time now, later or beside something: "You have" / "You have had" would move it
NOT_BEFORE = re.compile(
    r"\b(?:during|throughout|plann?ed|planning|will|after|following|while|current(?:ly)?|now|ongoing|at|until|"
    r"concurrent\w*|concomitant\w*|expected|anticipated|since|persist\w*|new|recent(?:ly)?|last)\b",
    re.IGNORECASE,
)
# a time word the extractor may not read: its tense is not sure
TIME_WORDS = re.compile(
    r"\b(?:within|past|prior|previous(?:ly)?|before|ago|days?|weeks?|months?|years?|hours?|visit|screening|"
    r"baseline|randomi[sz]ation|enrol(?:l)?ment|entry)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\b(?:or|and|and/or)\s+(?:needing|requiring|receiving|taking|using|having|on)\b", re.IGNORECASE)


def symptom_opening(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Symptoms of X" → "You have symptoms of X" (no time), "You have had symptoms of X" (a window before the
    study), or no edit (see the module)."""
    m = _SYMPTOMS.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    sentence = text[start : sentence_end(text, m.end())]
    verb = had_or_have(text, facts)
    if ":" in sentence or _JOINED.search(sentence) or verb is None:
        return []
    return [Edit(start, m.end(), f"You {verb} {'clinical ' if m.group('adj') else ''}symptoms of", "person")]


def had_or_have(text: str, facts: Sequence[Fact]) -> str | None:
    """ "have" when the text says no time, "have had" when every window of it lies before the study, or None (any
    other time, or one the extractor did not read). The times of the whole text: a later sentence may go on with the
    condition ("Symptoms of X. including weight loss during the last three months")."""
    if NOT_BEFORE.search(text):
        return None
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL]
    if not windows:
        return None if TIME_WORDS.search(text) else "have"
    return "have had" if all(before_the_study(f) for f in windows) else None
