"""A co-infection named as a noun phrase, put to the reader (offline backend): "Co-infection with hepatitis B virus
(HBV) or human immunodeficiency virus (HIV)" → "You have co-infection with hepatitis B virus (HBV) or HIV".

About a dozen corpus criteria (mostly hepatitis C trials' exclusions) name the infection and nothing else, which
reads as no sentence under "You cannot join if:". A co-infection is a state one is in, so the sentence is the present
"You have", and only when the text says no time outside its brackets (the bracket's "(positive HIV antibodies test at
screening)" says how the infection is shown, not when it was had): "Co-infection with HBV within the past year" keeps
its words, as does a second sentence or a verb of its own after the noun phrase ("Co-infection with HIV is allowed").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_noun_symptoms import NOT_BEFORE, TIME_WORDS
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import blank_brackets, sentence_end

_COINFECTION = re.compile(r"(?P<noun>co-?infections?)\s+with\s+(?=[A-Za-z])", re.IGNORECASE)


def coinfection_opening(text: str, start: int) -> list[Edit]:
    """ "Co-infection with X" → "You have co-infection with X" (see the module), or no edit."""
    m = _COINFECTION.match(text, start)
    if m is None or dangling_verb(text, m.end()) or sentence_end(text, m.end()) < len(text.rstrip(" .;")):
        return []
    outside = blank_brackets(text)
    if NOT_BEFORE.search(outside) or TIME_WORDS.search(outside):
        return []
    return [Edit(start, m.end("noun"), "You have " + m.group("noun").lower(), "person")]
