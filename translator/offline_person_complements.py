"""A plural complement said of one reader (offline backend): "Subjects are smokers" → "You are a smoker".

translator.offline_person puts the subject to the reader ("Subjects are" → "You are"); the people its complement
names are then one of them, with an article ("a current smoker", "a male or female"), and a "who" right after them
takes the singular ("females who are not using …" → "a female who is not using …"). A complement of people that
cannot be said of one ("… women, who agree") keeps the whole criterion in the third person.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit, wants_an
from translator.offline_subjects_words import MODALS
from translator.word_keys import word_key

# One of the people a complement names, by its plural: "current smokers", "Lilly employees", "healthy males or females"
_ONE_OF = {
    "males": "male", "females": "female", "men": "man", "women": "woman", "patients": "patient", "subjects": "subject",
    "adults": "adult", "participants": "participant", "volunteers": "volunteer", "individuals": "individual",
    "people": "person", "persons": "person", "smokers": "smoker", "non-smokers": "non-smoker", "users": "user",
    "ex-smokers": "ex-smoker",  # "Patients must be current or ex-smokers with …"
    "employees": "employee", "relatives": "relative", "friends": "friend", "members": "member", "drinkers": "drinker",
    "outpatients": "outpatient", "inpatients": "inpatient", "children": "child",
    "candidates": "candidate",  # "Patients must be candidates for surgical resection" → "You must be a candidate …"
}  # fmt: skip
_COMPLEMENT = re.compile(
    r"\s+(?P<words>(?:[\w-]+(?:/[\w-]+)?\s+){0,5}?[\w-]+(?:/[\w-]+)?)"
    r"(?=\s*(?:[,.;:(]|$|\s(?:who|with|of|in|on|for|at|from|aged|as|that)\b))",
    re.IGNORECASE,
)
_WHO_VERB = {"are": "is", "have": "has", "were": "was"}


def singular_complement(text: str, edit: Edit) -> list[Edit] | None:
    """ "Subjects are current smokers" → "You are a current smoker"; "Subjects will be males or females" → "You will
    be a male or female": the people a plural complement names, one of them. None when the complement names no people;
    [] when it does but cannot be said of one ("… women, who agree"), and the criterion stays in the third person."""
    at = edit.end
    if not edit.text.endswith((" be", " are", " were")):
        be = re.compile(r"\s+(?:not\s+)?be\b", re.IGNORECASE).match(text, at)
        if be is None or edit.text.split()[-1].lower() not in MODALS:
            return None
        at = be.end()
    m = _COMPLEMENT.match(text, at)
    if m is None or m.group("words").split()[-1].split("/")[-1].lower() not in _ONE_OF:
        return [] if _PLURAL_PEOPLE.match(text, at) else None
    edits = [Edit(m.start("words"), m.start("words"), "an " if wants_an(m.group("words")) else "a ", "person")]
    for word in re.finditer(r"[\w-]+", m.group("words")):  # "males or females", "close friends/relatives"
        if word.group().lower() in _ONE_OF:
            edits.append(Edit(m.start("words") + word.start(), m.start("words") + word.end(),
                              _ONE_OF[word_key(word.group())], "person"))  # fmt: skip
    # "who" right after, or after what names them ("females of childbearing potential who are not using …")
    who = re.compile(r"(?:\s*,|\s+(?:of|with|in|on|at|from|aged)\b[^,;:.()]*?)?\s+who\s+(?P<verb>\w+)\b", re.I).match(
        text, m.end()
    )
    if who is not None:
        verb = who.group("verb").lower()
        if verb not in _WHO_VERB and verb not in ("had", "can", "must", "will", "may", "should", "would", "could"):
            return []  # "… females who agree to …" would need its verb in the singular too
        if verb in _WHO_VERB:
            edits.append(Edit(who.start("verb"), who.end("verb"), _WHO_VERB[verb], "person"))
    return edits


_PLURAL_PEOPLE = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,3}?)(?:\w+-)?(?:males|females|men|women|patients|subjects|adults|children|participants|"
    r"volunteers|persons|people|individuals|outpatients|inpatients|smokers|users|employees)\b",  # "ex-smokers"
    re.IGNORECASE,
)
