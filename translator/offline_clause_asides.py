"""Words that tell dangling_verb (offline_openings) a verb in a clause is not one left dangling: a closing note in
brackets that names people or has a verb after a comma, and whose judgement stands between a clause's opener and its
verb. Moved out of offline_openings.py, which is at its 400-line limit."""

from __future__ import annotations

import re

# people named in a closing note in brackets ("(the patient … is eligible)"): a rewrite to the reader would make
# them "you"
NOTE_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|persons?|people|individuals?|wom[ae]n|m[ae]n|females?|males?|child|"
    r"children|partners?|representatives?|guardians?|parents?|caregivers?|they|them|their|he|she|his|her|you|your)\b",
    re.IGNORECASE,
)
VERB_AFTER_COMMA = re.compile(r",\s*(?:is|has|was|does)\b", re.IGNORECASE)
# whose judgement it is, between the opener and its verb, with or without commas: "… that in the opinion of the
# investigator may …", "… which according to the investigator would …", "… which the investigator feels may …",
# "… that in the investigator's opinion will …"
ASIDE_BEFORE = re.compile(
    r"(?:(?<=\bwhich)|(?<=\bthat)|(?<=\bwho))(?:\s*,[^,;:]{1,60},|\s+(?:in\s+the\s+(?:opinion|view|judge?ment)\s+of|"
    r"according\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:investigators?|doctors?|physicians?|PI|clinicians?)(?:['’]s)?"
    r"|\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:investigators?|doctors?|physicians?|PI|clinicians?)\s+"
    r"(?:feels?|believes?|considers?|thinks?|judges?|deems?)"
    # "… that in the investigator's opinion will …": the judge named first
    r"|\s+in\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:investigator|doctor|physician|PI|clinician)['’]s\s+"
    r"(?:opinion|view|judge?ment))\s*,?\s*$",
    re.IGNORECASE,
)
