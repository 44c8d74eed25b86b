"""The one who judges a criterion, told apart from the people it is about (offline backend).

translator.offline_subjects leaves a description that names another person ("Patients whose partner is pregnant
must …"), and a doctor is one: "… must be clinically stable in the investigator's opinion" names the investigator.
But there the investigator only judges what the sentence says of the reader, and the rewrite keeps the judgement
word for word ("If you have multiple sclerosis, you must be clinically stable in the study doctor's view"), so the
judge is no second person. Only one judge, in one of the set phrases ("in the opinion of the investigator", "in
the investigator's judgment", "as judged by the treating physician"); two judges ("the investigator or
sub-investigator", "the investigator and the sponsor") and a plural ("the investigators") keep the criterion's words.

Past the subject's main verb a doctor named in any words only grants or checks what the sentence says of the reader
("Participants with minimal pleural effusion may be eligible upon request by Investigator and approval by Sponsor",
"Subjects who answer "yes" … must be referred to the Investigator"): the reader is still the one the description
names, so there too the doctor is no second person. In the description itself ("Patients whose physician …") the
doctor still is.
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


# a doctor named with no set phrase: past the main verb, one who decides on the reader or sees the reader
_DOCTOR = re.compile(r"\b(?:investigators?|physicians?|doctors?)\b", re.IGNORECASE)
# "The participants with controlled blood pressure will not need any change in the dose … as assessed by the
# investigator": a requirement worded as what the doctor will find, which "If you have X, you will not need …" would
# make a promise
_FORESEEN = re.compile(r"[\s,]*will\s+(?:not\s+)?(?:need|require)\b", re.IGNORECASE)
# a second duty past the main verb may have a subject of its own ("… must be on a stable dose and short acting
# analogues must be judged … by the investigator"), which "If you …, you must …" would put under the condition
_DUTY = re.compile(r"\b(?:must|should|shall|will|would|may|might|can|cannot|could)\b", re.IGNORECASE)


def without_deciders(text: str, verb: int) -> str:
    """`text` with each judge's phrase blanked, and past `verb` (where the subject's main verb starts) each doctor's
    name too, at the same length."""
    judged = without_judges(text)
    if _FORESEEN.match(judged, verb) or len(_DUTY.findall(judged, verb)) > 1:
        return judged
    return judged[:verb] + _DOCTOR.sub(lambda m: " " * len(m.group()), judged[verb:])
