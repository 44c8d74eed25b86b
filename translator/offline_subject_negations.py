"""A subject described by what it is not doing, put to the reader (offline backend).

"Patients not exhibiting a photo-paroxysmal-EEG response", "Patient not accepting polysomnography …", "Participants
not receiving statins must have …" kept their third person: the subject rules read a participle right after the
subject ("Patients taking warfarin" → "You are taking warfarin"), and "not" stood between. Read without the "not"
("Patients exhibiting X"), the criterion is one they put to the reader ("You are exhibiting X", "If you are getting
statins, you must have …"); the "not" then goes back right after the opening's "are": "You are not exhibiting X",
"If you are not getting statins, you must have …". Nothing else of theirs changes; every guard of theirs (a verb of
the subject's own, another group named later) applies as it does to the sentence with its "not".

Only a plain subject ("Patients", "Subjects", "Participants", "Individuals", one or many) with "not" right before a
word in "-ing" or one of being fit ("eligible", "suitable", "able", "willing": "Patients not eligible for surgical
resection" → "You are not eligible for surgical resection", a fact of the reader's about a treatment), and only when
the rules' opening starts at the subject and says "You are …" or "If you are …" with that word right after "are"
(so the "not" is said of the word it negated); an edit of theirs across the cut leaves the criterion as it was. A later
"who" must be one their edits join to the reader ("Patient not receiving X who has an INR ≤ 1.5" → "You are not getting
X and have an INR …", offline_reader_who); any other keeps the criterion's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit
from translator.offline_subject_sentences import aside_subject_edits, edits_past_cut

_NOT = re.compile(
    r"\s*(?P<subject>(?:the\s+)?(?:patients?|subjects?|participants?|individuals?))\s+(?P<not>not\s+)"
    r"(?=(?P<word>[a-z]+ing|eligible|suitable|able|willing)\b)",
    re.IGNORECASE,
)
_ARE = re.compile(r"(?:You|If you) are ")


def cut_subject_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """A subject parted from its verb, read as if it were not: by an aside ("Patients who, within the past 6 months,
    met X"; offline_subject_sentences) or by "not" ("Patients not taking X"; `negated_subject_edits`)."""
    return aside_subject_edits(text, edits_for) or negated_subject_edits(text, edits_for)


def negated_subject_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Patients not exhibiting X" → "You are not exhibiting X", or none (see the module)."""
    m = _NOT.match(text)
    if m is None:
        return []
    cut_start, cut_end = m.start("not"), m.end("not")
    said = text[:cut_start] + text[cut_end:]  # "Patients exhibiting X"
    shift = cut_end - cut_start  # where a position after the cut lies in the source
    own = edits_for(said)
    for who in re.finditer(r"\bwho(?:m|se)?\b", said[cut_start:], re.IGNORECASE):
        if not any(e.start <= cut_start + who.start() < e.end for e in own):
            return []  # "Patient not receiving X whose …": "You are not getting X whose …" would not agree
    if not own:
        return []
    opening = min(own, key=lambda e: e.start)
    are = _ARE.match(opening.text)
    if opening.start != m.start("subject") or are is None or opening.end < cut_start:
        return []  # the rules' opening is not the subject's
    # "If you are " over the subject alone (the participle stays the source's), or "You are taking" over both, with the
    # word "not" negated right after "are"; not "You are currently taking …", where it would go before another word
    alone = opening.end == cut_start and are.end() == len(opening.text)
    if not alone and not opening.text[are.end() :].lower().startswith(m.group("word").lower()):
        return []
    worded = opening.text[: are.end()] + "not " + opening.text[are.end() :]
    rest = edits_past_cut(own, opening, cut_start, cut_start, shift)
    return [] if rest is None else [Edit(opening.start, opening.end + shift, worded, opening.what), *rest]
