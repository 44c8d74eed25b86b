"""A condition on "the patient" that opens a criterion, put to the reader (offline backend).

"If the patient has co-morbid medical illness, life expectancy attributed to this must be greater than 6 months",
"If the subject has a positive drug screen for ADHD medications at screening, the subject must have a negative repeat
UDS …", "If the subject does not meet the above reversibility criteria at Visit 1 then …" name the reader as "the
patient" in a condition; no opening rule reads a criterion that starts with "If". Said to the reader: "If you have
co-morbid medical illness, …", "If you have a positive drug screen …, you must have …" (the later mentions of the
same patient are the reader's too: translator.offline_mentions), "If you do not meet …".

Only "If the patient/subject/participant" with its verb right after (an adverb between: "recently", "currently"),
a verb the reader can take (offline_subjects_words.reader_verb: "has" → "have", "is" → "are", "does" → "do",
"received" as written). Not where a "he"/"she"/"his"/"her" speaks of them ("If the subject is a man he must …":
that pronoun's reader is a man only, which "you" would not say), nor where another person joins them ("If the subject
or subject's partner is …": no verb after the noun), nor where the criterion names a group of people too ("patients",
"subjects"), whom "you" would not cover, or a sex ("If the patient is a woman …, the woman must …"), nor where a
later "the patient" is not said as "you" too.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_mentions import later_mentions
from translator.offline_subjects_words import HE_SHE, reader_verb

_IF_THE = re.compile(
    r"\s*If\s+(?P<the>the\s+(?:patient|subject|participant)\s+)"
    r"(?P<adverb>(?:recently|currently|previously|already|still|also|now)\s+)?(?P<verb>[a-z]+(?:n['’]t)?)\b"
)
_MENTION = re.compile(r"\b(?:patient|subject|participant)\b", re.IGNORECASE)
# (one sex too: "If the patient is a woman …, the woman must agree …" names her again as "the woman")
_GROUP = re.compile(r"\b(?:patients|subjects|participants|people|individuals|wom[ae]n|m[ae]n|females?|males?)\b", re.I)


def if_the_reader_edits(text: str) -> list[Edit]:
    """ "If the patient has X, …" → "If you have X, …" (with the patient's later mentions), or none."""
    m = _IF_THE.match(text)
    if m is None or HE_SHE.search(text) or _GROUP.search(text):
        return []
    verb = m.group("verb")
    said = reader_verb(verb.lower())
    if said is None:
        return []
    edits = [Edit(m.start("the"), m.end("the"), "you ", "person")]
    if said != verb:
        edits.append(Edit(m.start("verb"), m.end("verb"), said, "person"))
    later = later_mentions(text, m.end())
    for mention in _MENTION.finditer(text, m.end()):
        if not any(e.start <= mention.start() < e.end for e in later):
            return []  # "… and the patient undergoes another resection": "you" and "the patient" would both be said
    return edits + later
