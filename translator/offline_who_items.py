"""A list item that opens on "Who", put to the reader (offline backend): "Who previously received GFT505." → "You
previously received GFT505."; "Who have taken fibrates within 6 weeks prior to the first dose" → "You have taken
fibrates in the 6 weeks before the first dose".

Some lists leave the subject ("Subjects …") out of every item and start each with the relative clause that would
have followed it. The person that "who" stands for is the reader, so "You" takes its place and the verb keeps its
words and tense; only a singular verb ("Who has", "Who is") becomes the reader's ("You have", "You are").

Only at the top of a criterion or under a topic heading ("Part I:"), where an item is a rule of its own: under a
lead-in ("Risk index:", "Use of antibiotics as follows:") the "who" may be a point of a score or a use, not the
reader. Not where the clause goes on with a verb of its own ("Who agreed to take part …, will be considered
eligible"), names other people, starts with a lower-case "who" (the rest of the item before it, which a line break
cut off: "patients with abnormal coagulation function (…)" / "who are not on anti-coagulation"), or opens "Who are"
before a noun ("Who are known or suspected drug abusers" would need "a … abuser"): "are" only before a word that is
no noun.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_subject_sentences import NAMES_PEOPLE
from translator.offline_subjects_words import ADVERB

_READERS = {"has": "have", "is": "are", "was": "were", "does": "do"}
_WHO = re.compile(
    rf"\s*(?P<who>who)\s+(?P<adv>{ADVERB}*)(?P<verb>"
    r"ha(?:ve|s|d)|(?:do|does|did)(?=\s+not\b)|cannot|(?:are|is|was|were)(?=\s+(?:not\b|currently\b|(?:un)?able\b|"
    r"(?:un)?willing\b|allergic\b|pregnant\b|breast-?feeding\b|on\b|in\b|\w+ing\b))|"
    r"drink|smoke|use|take|took|need|require|plan|intend|refuse|suffer|show|weigh|live|receive|undergo|underwent|"
    r"\w{3,}ed)\b",
    re.IGNORECASE,
)


def who_item(text: str, lead: str | None) -> list[Edit]:
    """ "Who …" → "You …" (see the module), or none; `lead` is the lead-in the item sits under, if any."""
    m = _WHO.match(text)
    if m is None or lead is not None or not m.group("who")[0].isupper():
        return []  # a lower-case "who" goes on from the item before ("…, platelets < 80,000)" / "who are not on X")
    if NAMES_PEOPLE.search(re.sub(r"\([^()]*\)", "", text)) or dangling_verb(text, m.end()):
        return []
    edits = [Edit(m.start("who"), m.end("who"), "You", "person")]
    verb = m.group("verb")
    if verb.lower() in _READERS:
        edits.append(Edit(m.start("verb"), m.end("verb"), _READERS[verb.lower()], "person"))
    return edits
