"""A lead-in that says each item under it is a criterion of its own (offline backend).

"Each patient must meet all of the following inclusion criteria to be enrolled in the study:", "Subjects are
eligible for the study if all of the following apply:", "Patients meeting any of the following criteria will be
excluded:": each item under such a lead-in is a whole criterion, read alone as a criterion at the top is ("Written
informed consent" → "You have given written informed consent"), not words that finish the lead-in's sentence (as
"Patients must have:" then "Measurable disease" is). offline.py reads its items as it reads the items under a topic
heading (`translator.topic_bullets.heads_rules`): with no lead-in above them, so the noun-phrase openings of
offline_leads put them to the reader.

Only a lead-in that ends with a colon, names criteria (or the following items as things that apply) and names who
must meet them; not one whose items are what someone has or is ("Patients with any of the following:", "History
of:"), nor criteria of a disease or of lab values ("AML meeting 1 of the following criteria:").
"""

from __future__ import annotations

import re

_CRITERIA = re.compile(
    r"\b(?:(?:all|any|each|one|none)\s+of\s+the\s+(?:following|below)\s+(?:\w+\s+)?criteri(?:a|on)|"
    r"the\s+following\s+(?:\w+\s+)?criteri(?:a|on)|(?:\w+\s+)?criteri(?:a|on)\s+(?:\w+\s+)?below|"
    r"if\s+(?:all|any)\s+of\s+the\s+following\s+(?:apply|applies|are\s+met|are\s+true))\b[^:]*:\s*$",
    re.IGNORECASE,
)
# the lead-in names who must meet them: not "Myelodysplastic syndromes meeting 1 of the following criteria:" nor
# "Adequate organ function as defined by the following criteria:", whose items are the disease's or the lab values'
_WHO = re.compile(r"\b(?:patients?|subjects?|participants?|individuals?|candidates?)\b", re.IGNORECASE)
# criteria a thing meets, or that define a word: "a tumor lesion that meets both of the following criteria:",
# "proven HCC according to one of the following criteria:"
_OF_A_THING = re.compile(r"\b(?:that|which)\s+meets?\b|\baccording\s+to\b|\bdefined\s+by\b", re.IGNORECASE)


def lists_criteria(text: str) -> bool:
    """Whether `text` is a lead-in whose items are each a criterion of its own (see the module)."""
    return bool(_CRITERIA.search(text) and _WHO.search(text)) and not _OF_A_THING.search(text)
