"""Openings with a relative clause on the patients, put to the reader (offline backend).

"Patients with X who are Y"
---------------------------

`offline_relatives.verb_of_its_own` refuses "Patients with X" whenever a verb follows and a "who" points back to
the patients, so "Patients with symptomatic CNS metastases who are neurologically unstable or have needed …" stayed
in the third person. Yet `offline_reader_who.reader_who_edits` joins such a clause to the reader's verbs ("You have
symptomatic CNS metastases and are neurologically unstable or have needed …"): when every verb of the first clause
sits in one of the clauses it joins (the auxiliaries right after each joined "who", or after an "and"/"or" that
goes on with it), the criterion is a sentence about the reader. Any other verb ("… who are stable must have …",
"… for whom …", "… or who received …") still counts as the subject's own, and the criterion keeps its words. Nor
where a negation might reach more than one joined verb ("with no X who have been treated … and have Y", "who are
not getting X, or who are getting Y"), which the fidelity check reads as a dropped negation; nor "with and
without X" (two groups).

"Patients whose X is Y"
-----------------------
"Patients whose sitting diastolic blood pressure is 110 mm Hg or more" → "Your sitting diastolic blood pressure is
110 mm Hg or more": the patients' X is the reader's, and the verb after X agrees with X, so only the subject
changes. Only where the first sentence has a verb and no other word for the patients as a subject of their own
("… or whose symptoms …", "… or to whom …", "… put them at risk"), and no duty ("Patients whose X is Y must Z"
says what some must do: offline_subjects' shape). Criteria that judge their subject ("… are not eligible") never
reach here (offline_person's guard).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_reader_who import reader_who_edits
from translator.offline_relatives import verb_of_its_own
from translator.offline_subjects_words import LEXICAL, SENTENCE_END

# the joined "who" and the auxiliaries that open its clause ("who have not been", "who are now")
_AUXILIARIES = (
    r"(?:(?:is|are|was|were|have|has|had|been|do|does|did|not|never|can|cannot|could|will|would|may|might|"
    r"must|should|also|already|previously|currently|still|now|ever)\b\s*)*"
)
_WHO_CHAIN = re.compile(rf"who\s+{_AUXILIARIES}", re.IGNORECASE)
# a verb the "who" clause goes on with ("who are neurologically unstable or have needed …"): the patients' too
_AND_CHAIN = re.compile(rf"(?:,\s*)?\b(?:and|or|and/or|nor)\s+{_AUXILIARIES}", re.IGNORECASE)

# people named in the plural as what the patients are ("who are deemed candidates", "who are current smokers")
_PLURAL_COMPLEMENT = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:candidates|patients|subjects|participants|individuals|people|persons|members|users|"
    r"smokers|drinkers|employees|volunteers|adults|children|wom[ae]n|m[ae]n|males|females|recipients|carriers|"
    r"responders|non-responders)\b",
    re.IGNORECASE,
)
_JOINED_ALREADY = re.compile(r"\b(?:but|yet|and|or|nor)\s*,?\s*$", re.IGNORECASE)
_TWO_GROUPS = re.compile(r"\s+(?:and|or|and/or)\s+without\b", re.IGNORECASE)
# a word that points to the patients which no rule here joins to the reader's verbs
_ANOTHER_SUBJECT = re.compile(r"\b(?:who|whom|whose|they|them|their|theirs)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nor|without|cannot|can't)\b|n't\b", re.IGNORECASE)


def only_who_verbs(text: str, start: int, after: int) -> bool:
    """Whether "Patients with" (`start` to `after`) is followed by a clause whose only verbs are in the patients'
    "who" clauses that reader_who_edits joins (see the module)."""
    if _TWO_GROUPS.match(text, after):
        return False  # "Patients with and without CAD who …": two groups, no "You have and without …"
    if text[:start].strip():
        return False  # a group later in a list ("…, patients with X who have Y"): the "who" rules see the opening only
    joined = [e for e in reader_who_edits(text, Edit(start, after, "You have", "person")) if e.start >= after]
    if not joined or any(_JOINED_ALREADY.search(text, 0, e.start) for e in joined if e.text == "and"):
        return False  # ", but who have cleared" → "but and have cleared"
    blanked = text
    for edit in joined:
        chain = _WHO_CHAIN.match(text, edit.start)
        if chain is None:
            return False
        if _PLURAL_COMPLEMENT.match(text, chain.end()):
            return False  # "… who are deemed candidates for X": "You are also judged candidates" keeps the plural
        blanked = blanked[: chain.start()] + " " * (chain.end() - chain.start()) + blanked[chain.end() :]
    ands = list(_AND_CHAIN.finditer(text, joined[0].start, _clause_end(text, after)))
    for chain in ands:
        blanked = blanked[: chain.start()] + " " * (chain.end() - chain.start()) + blanked[chain.end() :]
    clause = blanked[after : _clause_end(text, after)]
    if _ANOTHER_SUBJECT.search(clause):
        return False  # "… or for whom no therapy exists", "… or who received Y" (a "who" left unjoined)
    if _NEGATION.search(text, after, _clause_end(text, after)) and len(joined) + len(ands) > 1:
        return False  # "with no X who have been treated … and have Y": whether the "no" reaches the later verbs
    return not verb_of_its_own(blanked, after)


def _clause_end(text: str, at: int) -> int:
    """Where the first sentence after `at` ends (as reader_who_edits reads it)."""
    return at + len(re.split(r"[.;:](?:\s|$)", text[at:], maxsplit=1)[0])


_WHOSE = re.compile(
    r"(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people)\s+whose\s+(?=[\w(])",
    re.IGNORECASE,
)
# a second relative or the patients named again: whose X, whose Y, whom, they
_ANOTHER_MENTION = re.compile(r"\b(?:who|whom|whose|they|them|their|theirs|themselves)\b", re.IGNORECASE)
# verbs of a thing the general lists miss ("whose stool culture tests positive", "whose schedule prevents …")
_THINGS_VERB = re.compile(r"\b(?:tests|prevents|exceeds|shows|demonstrates|indicates|remains|falls|reaches)\b", re.I)
_DUTY = re.compile(r"\b(?:must|should|shall|may|can|cannot|will|need\s+to)\b", re.IGNORECASE)


def whose_opening(text: str, start: int) -> list[Edit]:
    """ "Patients whose X is Y" → "Your X is Y" (see the module), or none."""
    m = _WHOSE.match(text, start)
    if m is None:
        return []
    stop = SENTENCE_END.search(text, m.end())
    sentence = text[m.end() : stop.start() if stop else len(text)]
    if _ANOTHER_MENTION.search(sentence) or _DUTY.search(sentence):
        return []
    if not FINITE.search(sentence) and not LEXICAL.search(sentence) and not _THINGS_VERB.search(sentence):
        return []  # "Patients whose ages >18 years old": no verb to make a sentence of "Your ages …"
    return [Edit(start, m.end(), "Your ", "person")]
