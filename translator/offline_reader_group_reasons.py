"""An exclusion that rules out a group for a reason about the group, its condition put to the reader (offline backend).

"Patients with known brain metastases should be excluded from this clinical trial because of their poor prognosis"
kept its third person whole (translator.offline_group_reasons): "because of your poor prognosis" would judge the
reader's own outlook. But what excludes the reader is the condition, and the reason is the study's about everyone
who has it. Said as two sentences, the condition is the reader's and the verdict and its reason stay the group's,
in the source's words: "You have known brain metastases. Such patients should be excluded from this clinical trial
because of their poor prognosis and …". "Such patients" (the source's noun) names the group the sentence named.

Only an exclusion whose whole subject is a plain "Patients/Subjects/Participants with X" (X with no verb, clause,
bracket or other person of its own) directly before its verdict ("should be excluded", "will be excluded", "must be
excluded", "are excluded", "are not eligible", "are ineligible"), in one sentence.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_group_reasons import gives_the_groups_reason

_SUBJECT = re.compile(r"\s*(?P<noun>patients|subjects|participants)\s+with\s+(?=\S)", re.IGNORECASE)
_VERDICT = re.compile(
    r"\s+(?:(?:should|will|must)\s+be\s+excluded|are\s+(?:excluded|not\s+eligible|ineligible))\b", re.IGNORECASE
)
# what X may not hold: a verb or clause of its own, a bracket, a list of groups, another person
_NOT_A_CONDITION = re.compile(
    r"[(),;:.\[\]]|\b(?:who|whom|whose|which|that|is|are|was|were|has|have|had|be|been|being|will|should|must|may|"
    r"can|cannot|if|unless|except|patients?|subjects?|participants?|they|their|them|those|people|women|men)\b",
    re.IGNORECASE,
)


def group_reason_edits(text: str, kind: SectionKind) -> list[Edit]:
    """ "Patients with X should be excluded … because of their …" → "You have X. Such patients should be excluded …
    because of their …" (see the module), or none."""
    if kind is not SectionKind.EXCLUSION or not gives_the_groups_reason(text):
        return []
    subject = _SUBJECT.match(text)
    if subject is None:
        return []
    verdict = _VERDICT.search(text, subject.end())
    if verdict is None:
        return []
    condition = text[subject.end() : verdict.start()]
    if not condition.strip() or _NOT_A_CONDITION.search(condition):
        return []
    if re.search(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s+\S)", text[verdict.end() :]):
        return []  # a second sentence: what it says of "they" or "the patient" may be the reader's
    start = len(text) - len(text.lstrip())
    such = f". Such {subject.group('noun').lower()}"
    return [Edit(start, subject.end(), "You have ", "person"), Edit(verdict.start(), verdict.start(), such, "person")]
