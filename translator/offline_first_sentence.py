"""A criterion's first sentence put to the reader when later sentences are notes on other groups (offline backend).

"Known HIV infection. Patients without prior HIV testing will not be required to be tested." holds the rule (its
first sentence) and a note about a group of people (a sentence with its own subject). The opening rules read the
whole text as one sentence and leave it when a later sentence names people, so the rule stays a noun phrase
("Known HIV infection."). Read alone, the first sentence says of the reader what the opening rules would say of it
("You have known HIV infection."), and a later sentence that opens with its own subject ("Patients without …",
"Subjects who …", "Those who …") says who it is about in its own words, so it stays as written.

Only when every later sentence that names people opens with such a subject: a later "they", "their", "his", "the
patient" or "these patients" may mean the reader of the first sentence, and "you" beside it would split one person
in two. Nor when the first sentence names a group itself ("… to participant safety"), or runs a second criterion in
("… normal 8 Female subjects …"). The first sentence's edits must all start at its opening (a rule that rewrote it
elsewhere is not an opening). translator.offline_subject_sentences takes a criterion whose first sentence has a
subject of its own; this takes one whose first sentence has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit
from translator.offline_note_connectives import subject_after_connective
from translator.offline_semicolon_notes import semicolon_spans
from translator.offline_subject_sentences import NAMES_PEOPLE, opening_subject, sentences
from translator.offline_subjects_words import PEOPLE, RUN_ON

# "the patient" of a single criterion is the reader (offline_mentions says "you")
_THE_READER = re.compile(r"\bthe\s+(?:patient|subject|participant)\b(?:['’]s)?", re.IGNORECASE)
_SHORT_FORM = re.compile(r"\b(?:e\.g|i\.e|etc|vs)\.", re.IGNORECASE)


def first_sentence(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of the first sentence of `text`, when later sentences only name people as
    subjects of their own (see the module); none otherwise."""
    spans = sentences(text)
    spans = spans if len(spans) > 1 else semicolon_spans(text)  # "X; patients with Y are eligible": two parts
    if len(spans) < 2:
        return []
    start, end = spans[0]
    if opening_subject(text, start):
        return []  # a subject of its own: offline_subject_sentences, or the subject rules on the whole text
    for later_start, later_end in spans[1:]:
        said = text[later_start:later_end]
        subject = opening_subject(said, 0) or subject_after_connective(said)  # (or "However, subjects who …")
        if subject and re.match(r"[-‐]", said[subject.end() :]):
            subject = None  # "Patient-reported status is …": a compound, not a subject
        if NAMES_PEOPLE.search(said) and not subject:
            return []  # "They must …", "… by their doctor": maybe the reader of the first sentence
    first = text[start:end]
    if PEOPLE.search(_THE_READER.sub("", first)) or RUN_ON.search(first):
        return []  # "… participant safety", "… normal 8 Female subjects …": a group, or a second criterion run in
    if _SHORT_FORM.search(first):
        return []  # the opening rules end a clause at a full stop: "(e.g. X)" would cut the sentence short
    own = edits_for(first)
    if not own or min(e.start for e in own) != 0 or max(e.end for e in own) > len(first):
        return []
    return [Edit(e.start + start, e.end + start, e.text, e.what) for e in own]
