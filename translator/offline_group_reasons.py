"""A criterion that gives the study's reason for ruling out a whole group, which stays in the third person.

"Patients with known brain metastases should be excluded from this clinical trial because of their poor prognosis"
says why the study leaves out everyone with brain metastases: "their poor prognosis" is what is known of the group.
Put to the reader ("If you have known brain metastases, you should be excluded … because of your poor prognosis")
it becomes a statement about the reader's own outlook, which no one has judged. So where a verdict on the group
("excluded", "not eligible", "cannot take part", "eligible", "allowed") is followed in its sentence by a reason
about them ("because of their …", "because they …", "due to their …"), the criterion keeps its own subject (the
same words as the longer form of this sentence, "… and because they often develop …", which no rule could put to
the reader). A reason that is no pronoun's ("because of the risk of bleeding") is offline_reasons' to word.
"""

from __future__ import annotations

import re

_GROUPS_REASON = re.compile(
    r"\b(?:excluded|ineligible|eligible|included|enrolled|allowed|permitted|take\s+part|participate|join)\b"
    r"[^.;]*?\b(?:because|due\s+to|owing\s+to|as\s+a\s+result)\b(?:\s+of)?\s+(?:their|they|them|these\s+patients)\b",
    re.IGNORECASE,
)


def gives_the_groups_reason(text: str) -> bool:
    """Whether `text` says why a group is ruled in or out with a reason about the group itself (see the module)."""
    return _GROUPS_REASON.search(text) is not None
