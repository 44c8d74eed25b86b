"""The one who judges a criterion, told apart from the people it is about (offline backend).

translator.offline_subjects leaves a description that names another person ("Patients whose partner is pregnant
must …"), and a doctor is one: "… must be clinically stable in the investigator's opinion" names the investigator.
But there the investigator only judges what the sentence says of the reader, and the rewrite keeps the judgement
word for word ("If you have multiple sclerosis, you must be clinically stable in the study doctor's view"), so the
judge is no second person. Only one judge, in one of the set phrases ("in the opinion of the investigator", "in
the investigator's judgment", "as judged by the treating physician"); two judges ("the investigator or
sub-investigator", "the investigator and the sponsor") and a plural ("the investigators") keep the criterion's words.
"""

from __future__ import annotations

import re

_WHO = r"(?:the\s+)?(?:(?:treating|site|study|principal|attending)\s+)?(?:investigator|physician|doctor)"
JUDGE = re.compile(
    rf"\b(?:in\s+the\s+(?:opinion|view|judge?ment)\s+of\s+{_WHO}"
    r"|in\s+the\s+(?:(?:treating|site|study|principal|attending)\s+)?(?:investigator|physician|doctor)['’]s\s+"
    r"(?:opinion|view|judge?ment)"
    rf"|as\s+(?:judged|determined|assessed)\s+by\s+{_WHO})\b"
    r"(?![-/'’]|\s*(?:/|\(|,?\s*(?:or|and|and/or|nor)\b))",  # a second judge after it
    re.IGNORECASE,
)


def without_judges(text: str) -> str:
    """`text` with each single judge's phrase blanked, at the same length."""
    return JUDGE.sub(lambda m: " " * len(m.group()), text)
