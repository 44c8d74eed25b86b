"""Openings that offline_person's _JUDGED would take for a verdict or a second person, but which say what the reader
has or must do (offline backend).

_JUDGED keeps a criterion in its own words when it judges its subject ("… is required", "… are enrolled") or names a
second person (a caregiver, a partner, a mother), since "You …" would misstate it. A few openings with the subject
left off use those words of the reader: "Is required to take excluded medications" (the reader must take them),
"Has a reliable caregiver", "Must have a caregiver who is able to attend all study visits", "Has a male partner who
is sterilized" (the reader has them), "is a nursing mother", "Has previously been enrolled and randomized to this
study" (a fact of the reader's). Only the opening is blanked for the check: a caregiver or a verdict named later
still keeps the criterion's words. And one pair later in the sentence: "they or their partner" before what they use
("… must be willing to ensure that they or their partner use effective contraception"), the reader and the reader's
own partner, which translator.offline_mentions says "you or your partner" (the partner stays the partner).
"""

from __future__ import annotations

import re

# the opening only (see the module)
_READERS_OWN = re.compile(
    r"^(?:is\s+required(?=\s+to\s+(?:take|use|receive)\b)"
    r"|(?:must\s+)?ha(?:s|ve)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:caregiver|care-giver|partner)\b(?![-\s]?s\b)"
    r"|is\s+a\s+(?:nursing|breast-?\s?feeding|lactating|pregnant)\s+mother\b"  # "is a nursing mother": the reader
    r"|has\s+previously\s+been\s+enrolled\b)",  # "Has previously been enrolled and randomized to this study": a fact
    re.IGNORECASE,
)

# after "considered": the doctor's judgement of the reader ("Must be considered unsuitable for intensive
# chemotherapy", "Patients who are considered by the investigator to be alcoholics …"), a fact about them as "judged
# as" is, not the study's verdict on them ("considered eligible", "considered by the investigator to be eligible")
JUDGED_BY_A_DOCTOR = (
    # ("Be considered appropriate candidates" is no adjective of the reader's: "You are a considered … candidate")
    r"(?!\s+(?:(?:to\s+be\s+)?(?:(?:un)?suitable|(?:in)?appropriate|(?:un)?fit)\b(?!\s+candidates?\b)"
    r"|by\s+(?:the|an?|their|his|her)\s+(?:treating\s+)?(?:investigator|physician|doctor)\b"
    # (nor a plural after it, which "you" would not agree with: "… to be alcoholics not in remission")
    r"(?!\s+(?:to\s+be\s+|as\s+)?(?:eligible|ineligible|for\s+inclusion)|\s+to\s+be\s+[a-z-]+[^s\W]s\b)))"
)

# (not a judgement with its subject left off after a join: "X that compromises safety, and/or is considered by the
# investigator to be unable to tolerate …" would read "You have X …, and/or is thought …")
JUDGED_AFTER_A_JOIN = re.compile(r"\b(?:and|or|and/or)\s+(?:is|was)\s+(?:not\s+)?considered\b", re.IGNORECASE)

# the reader and the reader's own partner, as a duty names them: "… must be willing to ensure that they or their
# partner use effective contraception" (translator.offline_mentions says it "you or your partner")
THEY_OR_THEIR_PARTNER = re.compile(
    r"\b(?P<they>they)\s+(?P<join>or|and/or|and)\s+(?P<their>their)\s+(?:(?:male|female|sexual)\s+)?partners?\b"
    r"(?=\s+(?:will\s+|must\s+|should\s+)?(?:use|practi[cs]e|are|is|be)\b)",
    re.IGNORECASE,
)


def without_readers_own(said: str) -> str:
    """`said` with such an opening, and the reader's own partner named with the reader, blanked (same length), for
    _JUDGED to search."""
    said = THEY_OR_THEIR_PARTNER.sub(lambda m: " " * len(m[0]), said)
    return _READERS_OWN.sub(lambda m: " " * len(m[0]), said)
