"""A "they" that can only mean people, after a group named with plural things (offline backend).

"Patients with brain metastases are eligible if they have been stable …" names the patients and the metastases, and
its "they" may be either: translator.offline_eligible_groups keeps such a criterion's words. But some of what "they"
do or are can only be said of people: "Patients with a history of brain metastases are eligible provided they are
clinically stable and not taking steroids", "Patients with psychiatric disorders will be included, if they could be
off their medications, and if their psychiatric diagnosis clearly occurred after their fatigue symptoms began",
"Patients with known brain metastases are eligible … if their disease has been treated and they are clinically stable".
A tumour takes no steroids and has no disease of its own: there the pronouns are the patients', which is the reader.

Only where every "they" is followed by a person's verb or state (taking, receiving, meeting, agreeing; clinically or
neurologically stable; willing, able; off their medicines) and every "their" by a person's thing (their disease,
medications, symptoms, physician: offline_subjects_words.PERSONAL); one "they" that is not ("if they can be controlled
by hydroxyurea" of "high blast counts", "if they have been stable" of "brain metastases") keeps the source's words.
"""

from __future__ import annotations

import re

from translator.offline_subjects_words import PERSONAL

# what only a person does or is, after "they" (and its auxiliary, "not")
_PERSONS = re.compile(
    r"\s+(?:(?:are|were|have|had|could|can|will|would|did|do|must|should|may)(?:\s+not|n['’]t)?\s+(?:be\s+)?)?"
    r"(?:(?:not\s+)?(?:taking|take|took|receiving|receive|received|meet|meeting|met|agree|agreed|consent|consented|"
    r"failed|undergo|underwent|undergone)\b"
    r"|(?:clinically|neurologically)\s+stable\b|(?:un)?willing\b|(?:un)?able\s+to\b|off\s+(?:their|all|any)\b)",
    re.IGNORECASE,
)
_ONE_WORD_ON = re.compile(rf"\s+[a-z-]+(?={PERSONAL.pattern})", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?P<p>they|their|them|themselves)\b", re.IGNORECASE)


def only_people_meant(text: str, at: int, end: int) -> bool:
    """Whether every plural pronoun in `text[at:end]` (one at least) can only mean people (see the module)."""
    found = False
    for p in _PRONOUN.finditer(text, at, end):
        word = p.group("p").lower()
        if word == "they" and not _PERSONS.match(text, p.end()):
            return False
        if word == "their" and not (PERSONAL.match(text, p.end()) or _ONE_WORD_ON.match(text, p.end())):
            return False  # ("their psychiatric diagnosis", "their fatigue symptoms": one word before the thing)
        if word in ("them", "themselves"):
            return False  # "… to control them": whom or what is not said by the verb alone
        found = True
    return found
