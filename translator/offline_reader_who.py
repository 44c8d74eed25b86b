"""A "who" that pointed back to the patients, once they are "you" (offline backend).

When "Patients taking X" becomes "You are taking X", a later "who" of the source still points to the patients,
but it now reads as X's: "Participants taking non-steroidal anti-inflammatory drugs who cannot interrupt the
treatment" → "You are taking non-steroidal anti-inflammatory drugs who cannot …" (the drugs cannot?). The reader
is the one who does it, so the clause joins the reader's verbs:

- "Participants taking NSAIDs who cannot interrupt the treatment" → "You are taking NSAIDs and cannot interrupt …";
- "Subjects with NHL who present exclusively with non-measurable lesions" → "You have NHL and present …";
- "Patients with severe depression or other serious illness, who are left-handed, or who are pregnant" →
  "You have severe depression or other serious illness, are left-handed, or are pregnant".

Only a "who" whose verb is the plural patients' own, right after something that is not a person ("Patients with
a family member who has had X", "Patients with relatives who have X": the relatives have it, and keep their "who";
nor after any person named since the subject),
outside brackets and in the first sentence; the subject's words must be a plural of the patients. One patient named
in the singular ("Patient receiving anticoagulant medication who has an INR ≤ 1.5") has a "who" with a verb for one
person: "… and have an INR …", for "is", "has", "was" and "does" only, and only a single bare "who".
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

# the source's subject: the plural people that "You" now stands for
_PLURAL_SUBJECT = re.compile(
    r"(?:the\s+|all\s+|eligible\s+)?(?:patients|subjects|participants|individuals|persons|people)\b", re.IGNORECASE
)
# what a "who" may describe instead of the patients: a person named before it ("a relative who has …", "a donor
# (related or unrelated) who are mismatched", "or untreated patients with del17p who do not have …")
_PERSON_BEFORE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|persons?|people|m[ae]n|wom[ae]n|males?|females?|"
    r"children|child|infants?|babies|baby|boys?|girls?|adults?|adolescents?|relatives?|members?|family|partners?|"
    r"spouses?|parents?|mothers?|fathers?|siblings?|brothers?|sisters?|sons?|daughters?|twins?|donors?|recipients?|"
    r"caregivers?|carers?|contacts?|friends?|someone|anyone|anybody|somebody|those|workers?|staff|"
    r"employees?|physicians?|doctors?|investigators?|smokers?|users?|drinkers?|guardians?|students?|residents?|"
    r"volunteers?|themselves)\b",
    re.IGNORECASE,
)
# a verb the plural patients do ("who are", "who cannot", "who present"); not one of a single thing ("who has")
_PLURAL_VERB = re.compile(
    r"\s+(?:are|have|were|do|did|had|can|cannot|can't|could|will|would|may|might|must|should|need|require|"
    r"present|experience|develop|suffer|receive|take|use|plan|intend|live|refuse|fail|meet|satisfy|show)\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"(?P<join>,\s*|\s+(?:and|or|and/or)\s+|\s+)(?P<who>who)\b", re.IGNORECASE)


def reader_who_edits(text: str, lead: Edit) -> list[Edit]:
    """Edits that join the patients' own "who" clauses to the reader's verbs after `lead` (see the module), or
    none."""
    if not lead.text.startswith("You "):
        return []
    if not _PLURAL_SUBJECT.match(text, lead.start):
        return _one_who(text, lead) if _ONE_SUBJECT.match(text, lead.start) else []
    stop = lead.end + len(re.split(r"[.;:](?:\s|$)", text[lead.end :], maxsplit=1)[0])
    edits: list[Edit] = []
    for m in _WHO.finditer(text, lead.end, stop):
        before = text[lead.end : m.start()]
        if before.count("(") != before.count(")") or before.count("[") != before.count("]"):
            continue  # inside brackets: an aside of its own ("(i.e. those who satisfy …)")
        if not _PLURAL_VERB.match(text, m.end()) or _PERSON_BEFORE.search(text, lead.end, m.start()):
            return edits  # "with a relative who has …": the relative's
        joined = m.group("join").strip(" ,")
        if edits or joined:
            if not edits:
                return []  # "… or who are …" right after the subject's words: the rules of agreement's
            edits.append(Edit(m.start("who"), m.end("who"), "", "person"))  # ", or who are Y" → ", or are Y"
            continue
        comma = m.group("join").startswith(",")
        listed = comma and re.search(r"(?:,\s*|\s+)(?:or|and|and/or)\s+who\b", text[m.end() : stop], re.IGNORECASE)
        # ", who are X, or who are Y" → ", are X, or are Y"; "X who cannot" → "X and cannot"
        edits.append(Edit(m.start("who"), m.end("who"), "" if listed else "and", "person"))
    return edits


# one patient as the subject ("Patient receiving anticoagulant medication who has an INR ≤ 1.5", "Subject is 65 years
# old who is able …"): the "who" is the patient's too, with a verb for one person, which "you" says in its own form
_ONE_SUBJECT = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:patient|subject|participant|individual|person)\b(?!['’]?s)", re.I)
_ONE_VERB = re.compile(r"\s+(?P<verb>is|has|was|does)\b", re.IGNORECASE)
_YOURS = {"is": "are", "has": "have", "was": "were", "does": "do"}


def _one_who(text: str, lead: Edit) -> list[Edit]:
    """ "You are getting X who has Y" → "You are getting X and have Y": one bare "who" after a thing, in the first
    sentence, with "is"/"has"/"was"/"does"; none where a person is named before it or another "who" follows."""
    stop = lead.end + len(re.split(r"[.;:](?:\s|$)", text[lead.end :], maxsplit=1)[0])
    found = list(_WHO.finditer(text, lead.end, stop))
    if len(found) != 1 or found[0].group("join").strip(" ,") or "," in found[0].group("join"):
        return []  # "… or who is …", ", who is …", two clauses: the rules of agreement's, or not surely the reader's
    m = found[0]
    before = text[lead.end : m.start()]
    verb = _ONE_VERB.match(text, m.end())
    if verb is None or _PERSON_BEFORE.search(before) or before.count("(") != before.count(")"):
        return []  # "a female who is …", "a donor who has …": the person's own clause
    said = _YOURS[verb.group("verb").lower()]
    return [Edit(m.start("who"), m.end("who"), "and", "person"), Edit(verb.start("verb"), verb.end("verb"), said,
                                                                       "person")]
