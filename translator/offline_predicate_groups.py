"""A group described by an adjective or participle, put to the reader (offline backend).

"Patients allergic to local anesthetics", "Patients scheduled for elective breast mastectomy", "Patients affected by
synovitis", "Subjects unable to swallow tablets", "Adult patients scheduled for arthroscopic knee ligament
reconstruction" were left in the third person: the subject rules know "Patients with", "Patients who", "Patients
taking" and "Patients diagnosed with", not a subject with an adjective after it. Here the description is said of the
reader with "be": "You are allergic to local anesthetics", "You are scheduled for …", "You are an adult scheduled for
…", "You are not capable or willing to give informed consent"; "Patients undergone X" (a word left out) → "You have
undergone X"; in an exclusion, a group of one sex keeps it: "Male subjects unable or unwilling to use X" → "You are male
and are unable or unwilling to use X".

The description stays the source's words. A verb of the group's own after it ("Patients scheduled for surgery must
stop aspirin", "… are also excluded"), someone else named in the sentence (a parent, a partner), or a second group:
no edit.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import blank_asides, group_stop

_GROUP = re.compile(
    r"(?:(?P<adult>adult\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people)|(?P<sex>"
    r"(?P<female>(?:female\s+(?:patients?|subjects?|participants?))|females?|wom[ae]n)|(?:male\s+(?:patients?|"
    r"subjects?|participants?))|males?|m[ae]n))\s+(?P<not>not\s+)?"
    r"(?P<pred>allergic\s+(?:to|or)|affected\s+(?:by|with)|scheduled\s+(?:for|to)|planned\s+(?:for|to)|"
    r"referred\s+(?:for|to)|(?:un)?able\s+(?:to|or)|(?:in)?capable\s+(?:of|or)|(?:un)?willing\s+(?:to|or)|at\s+(?:high\s+|increased\s+)?risk\s+"
    r"(?:of|for)|intolerant\s+(?:to|of)|hypersensitive\s+to|(?:un)?likely\s+to|suitable\s+for|(?P<had>undergone))\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:partners?|caregivers?|parents?|guardians?|spouses?|relatives?|family|kin|mothers?|fathers?|donors?|"
    r"children|child(?![-\s]?(?:bearing|pugh))|infants?|patients?|subjects?|participants?|people|persons?|"
    r"individuals?|they|them|their|those|he|she|his|her)\b",
    re.IGNORECASE,
)
# a second description the reader's "be" would not fit: "… or with lack of X", "… or that cannot comply"
_SECOND = re.compile(r"\b(?:or|and|and/or)\s+(?:with|without|who|that|whose|whom|which)\b", re.IGNORECASE)


def predicate_group_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that put "Patients allergic to X" to the reader ("You are allergic to X"), or none (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _GROUP.match(text, start)
    if m is None or (m.group("adult") and m.group("not")):
        return []  # ("You are an adult not scheduled …" would read as two facts)
    if m.group("sex") and kind is not SectionKind.EXCLUSION:
        return []  # "Male subjects willing to use X" in an inclusion would make being male a requirement
    # (an aside's "eg." ends no sentence: "(eg. BRCA …), oe patients at high-risk …" goes on to a second group)
    stop = group_stop(blank_asides(text), m.end())
    sentence = text[m.end() : stop.start() if stop else len(text)]
    if _OTHERS.search(sentence) or dangling_verb(text, m.end()):
        return []  # "Patients scheduled for X must Y", "Patients unable to consent and their relatives …"
    if _SECOND.search(sentence) or re.match(r"referred\s+to\s+in\b", m.group("pred") + text[m.end() :], re.I):
        return []  # "Patients unable to take oral drugs or with X": "You cannot take oral drugs or with X"
    if m.group("had"):
        said = f"You are {'female' if m.group('female') else 'male'} and have " if m.group("sex") else "You have "
        return [Edit(start, m.start("pred"), said, "person")]
    said = "You are an adult " if m.group("adult") else "You are "
    if m.group("sex"):  # "Male subjects unable or unwilling to use X" → "You are male and are unable or unwilling …"
        said = f"You are {'female' if m.group('female') else 'male'} and are "
    return [Edit(start, m.start("pred"), said + ("not " if m.group("not") else ""), "person")]
