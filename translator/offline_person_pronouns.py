"""The second person's pronouns for the one participant a criterion is about (offline backend).

translator.offline_person puts a criterion's opening to the reader; these are the later words that name the same
person: "his/her" → "your", "he or she is" → "you are", "him or her" → "you", "the patient's" → "your", "the risk
to the subject" → "the risk to you". A "his/her" after a doctor ("the investigator and his/her staff") stays theirs.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_mentions import AGREE

_TO_BE = AGREE
_PRONOUNS = [
    (re.compile(r"\b(?:his\s*/\s*her|her\s*/\s*his|his\s+or\s+her|her\s+or\s+his)\b", re.IGNORECASE), "your"),
    (re.compile(r"\b(?:he\s*/\s*she|she\s*/\s*he|he\s+or\s+she|she\s+or\s+he|s/he)\s+(?P<verb>is|has|was|were|does|"
                r"will|must|can|cannot|may|should|would|could|had|did)\b", re.IGNORECASE), "you {verb}"),
    (re.compile(r"\b(?:him\s*/\s*her|her\s*/\s*him|him\s+or\s+her)\b", re.IGNORECASE), "you"),
    (re.compile(r"\b(?:himself\s*/\s*herself|herself\s*/\s*himself|himself\s+or\s+herself)\b", re.IGNORECASE),
     "yourself"),
]  # fmt: skip


# Later mentions of the one participant: "the risk to the subject" → "the risk to you".
_OBJECT = re.compile(
    r"\b(?:to|for|by|with|from|about|makes?|making|puts?|putting|renders?|rendering|places?|placing|exposes?|"
    r"exposing)\s+(?P<who>the\s+(?:patient|subject|participant))\b(?![’'\w-])", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\bthe\s+(?:patient|subject|participant)['’]s\b", re.IGNORECASE)
# "the study investigator and his/her staff": the doctor's staff, not the reader's
_AFTER_AN_AGENT = re.compile(r"\b(?:investigator|physician|doctor|sponsor)s?\s+(?:and|or)\s+$", re.IGNORECASE)


def pronoun_edits(text: str) -> list[Edit]:
    """ "his/her" → "your", "he or she is" → "you are", "the patient's" → "your", "to the subject" → "to you"."""
    edits = []
    edits += [Edit(m.start("who"), m.end(), "you", "person") for m in _OBJECT.finditer(text)]
    edits += [Edit(m.start(), m.end(), "your", "person") for m in _POSSESSIVE.finditer(text)]
    for pattern, template in _PRONOUNS:
        for m in pattern.finditer(text):
            verb, agent = (m.groupdict().get("verb") or "").lower(), _AFTER_AN_AGENT.search(text, 0, m.start())
            plain = "their" if agent and template == "your" else template.format(verb=_TO_BE.get(verb, verb))
            edits.append(Edit(m.start(), m.end(), plain, "person"))
    return edits
