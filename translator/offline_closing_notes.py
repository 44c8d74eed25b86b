"""A criterion put to the reader when it closes with a bracketed note on a group of its own (offline backend).

"Able to take aspirin (81 or 325 mg) daily as prophylactic anticoagulation (patients intolerant to ASA may use
warfarin or low molecular weight heparin)." holds the rule and, in brackets, a note on some patients. The opening
rules read the whole text and leave it when the note names people, so the rule stayed a fragment ("Able to take
…"). translator.offline_first_sentence reads a first sentence alone when later sentences are such notes; this does
the same for a note in closing brackets: the words before it are read alone by the opening rules ("You can take
aspirin … daily as prophylactic anticoagulation"), and the note, which opens with its own subject ("patients
intolerant to ASA …", "Subjects may be enrolled …"), says whom it is about in its own words and stays as written.

Only when the note is the criterion's last words (a full stop after it at most), opens with such a subject, says
something of it with a verb or a clause (not a scope on the rule: "(females only)"), and
names people only as that subject does (no "they", "their", "the patient", which might mean the reader); and when
the words before it name no group themselves, hold no second sentence, and the rules rewrite them from their
opening.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit
from translator.offline_first_sentence import first_sentence
from translator.offline_subject_sentences import NAMES_PEOPLE, opening_subject, sentences
from translator.offline_subjects_words import PEOPLE, RUN_ON

CLOSING_BRACKET = _CLOSE = re.compile(r"\)\s*[.;]?\s*$")  # (offline_later_clauses reads it too)
# a note says something of its group: a verb or a clause ("may use", "are eligible", "who have …")
_SAYS = re.compile(
    r"\b(?:is|are|was|were|will|would|may|might|can|cannot|could|must|should|shall|has|have|had|who|whose)\b", re.I
)
_SHORT_FORM = re.compile(r"\b(?:e\.g|i\.e|etc|vs)\.", re.IGNORECASE)
# what in a note may mean the reader of the rule before it
_THE_READER = re.compile(r"\b(?:they|them|their|theirs|themselves|he|she|his|her|him|you|your|the\s+(?:patient|"
                         r"subject|participant)|these|such)\b", re.IGNORECASE)  # fmt: skip


def noted_first_sentence(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """offline_first_sentence's edits, or the edits `edits_for` makes of the words before a closing bracketed note on
    a group (see the module); none otherwise."""
    return first_sentence(text, edits_for) or _before_the_note(text, edits_for)


def note_start(text: str) -> int | None:
    """Where the bracket that closes `text` opens, or None (no closing bracket, or one left unmatched)."""
    close = _CLOSE.search(text)
    if close is None:
        return None
    depth = 0
    for at in range(close.start(), -1, -1):
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            return at
    return None


def _before_the_note(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    start = len(text) - len(text.lstrip())
    opened = note_start(text)
    if opened is None or opened <= start:
        return []
    note = text[opened + 1 : _CLOSE.search(text).start()].strip()  # type: ignore[union-attr]
    subject = opening_subject(note, 0)
    if subject is None or re.match(r"[-‐]", note[subject.end() :]):
        return []
    rest = note[subject.end() :]
    if not _SAYS.search(rest):
        return []  # "(females only)", "(women of childbearing potential only)": a scope on the rule, no note
    if _THE_READER.search(note) or (NAMES_PEOPLE.search(rest) and not re.match(r"\s*(?:who|with|in|on)\b", rest)):
        return []  # "(patients … their doctor)", "(… as decided by the investigator)": maybe the reader
    before = text[:opened].rstrip()
    said = re.sub(r"\bthe\s+(?:patient|subject|participant)\b(?:['’]s)?", "", before, flags=re.IGNORECASE)
    if PEOPLE.search(said) or RUN_ON.search(before) or _SHORT_FORM.search(before) or len(sentences(before)) > 1:
        return []  # a group before the note, a second criterion run in, or a sentence the rules would cut short
    own = edits_for(before)
    if not own or min(e.start for e in own) != start or max(e.end for e in own) > len(before):
        return []
    return own
