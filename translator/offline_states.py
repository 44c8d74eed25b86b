"""A third-person subject followed by a state rather than a verb, put to the reader (offline backend).

"Patients known to be HIV positive", "Patient unable or unwilling to comply with the protocol", "Patients at high
risk of bleeding", "Subjects presently classified as being in NYHA Class IV": the subject has no verb, so
offline_person (which wants "who", "with", a verb or a participle after it) and offline_subjects leave it. The
state says what the reader is: "You are known to be HIV positive", "You are unable or unwilling to comply …",
"You are at high risk of bleeding", "You are presently classified as …". Only the subject is rewritten; the state
and the rest stay as written.

A verb of the subject's own later in the clause ("Patients known to be HIV positive may be enrolled if …"),
another person anywhere in the criterion ("… such as those with pacemakers"), or a second description of the
subject ("… or with malabsorption", "… who must be treated"): no edit.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_mentions import later_mentions
from translator.offline_openings import dangling_verb
from translator.offline_positive_groups import positive_group_edits

_STATE = re.compile(
    r"(?:the\s+)?(?:patients?|subjects?|participants?)\s+(?P<adv>(?:currently|presently|now)\s+)?"
    r"(?P<state>known\s+to\b|(?:not\s+)?(?:un)?(?:able|willing)\s+(?:(?:and|or|and/or)\s+(?:un)?(?:able|willing)\s+)?to\b|"
    r"at\s+(?:(?:high|higher|increased|significant|very\s+high|low)\s+)?risk\s+(?:of|for)\b|classified\s+as\b|"
    r"in\s+good\s+(?:general\s+)?health\b)",
    re.IGNORECASE,
)
# someone besides the reader in the sentence: "their" would be unclear, "you" would take another's place
_OTHERS = re.compile(
    r"\b(?:patients?|subjects?|participants?|partners?|caregivers?|parents?|guardians?|spouses?|child(?![-\s]?(?:bearing|"
    r"pugh))|children|wom[ae]n|m[ae]n|females|males|people|persons|those|he|she|him|her|his)\b",
    re.IGNORECASE,
)


# a second description of the subject, which "You are …" cannot take: "… unable to swallow or with malabsorption",
# "… at high risk of fracture who must be treated …"
_SECOND = re.compile(r"\b(?:who|whom|whose)\b|\b(?:or|and|and/or)\s+(?:with|without|having|who)\b", re.IGNORECASE)


def state_edits(text: str) -> list[Edit]:
    """Edits that put a subject with a state ("Patients known to be …") to the reader, or none (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _STATE.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return positive_group_edits(text)  # "HIV-positive patients on X are ineligible …": a state before the noun
    rest = re.sub(r"\([^()]*\)", "", text[m.end() :])
    if _OTHERS.search(rest) or _SECOND.search(rest):
        return []
    adverb = (m.group("adv") or "").lower()
    return [Edit(start, m.start("state"), f"You are {adverb}", "person"), *later_mentions(text, m.start("state"))]
