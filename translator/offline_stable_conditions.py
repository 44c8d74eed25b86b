"""A condition named as stable or confirmed, put to the reader (offline backend): "Stable coronary artery disease" →
"You have stable coronary artery disease", "Stable, active plaque psoriasis" → "You have stable, active plaque
psoriasis", "Confirmed HER2+ ve metastatic breast cancer" → "You have confirmed HER2+ ve metastatic breast cancer".

offline_conditions reads a bare condition's name as "You have X" but declines a first word that says more than
"you have" ("stable" among them: "Stable dose of X" is a dose one is on, offline_results' to say; "confirmed":
"Confirmed hemoglobin less than 8.5 g/dL" is a value, "Confirmed diagnosis of X" a diagnosis). Here the name after
the word is read by offline_conditions itself, with all its guards (a value, a result, a negation, people, a verb
or a second sentence: no edit), and its "You have" stands before the word, which stays as written: what is
confirmed is the condition the reader has. Only a present "You have": a window or a length ("Stable schizophrenia …
for 2 months before Screening") is how long it has been stable, which "You have had stable X" would not say, so it
keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact
from translator.lexicon import Lexicon
from translator.offline_conditions import condition_opening
from translator.offline_edits import Edit

_STABLE = re.compile(r"\s*(?P<word>stable|confirmed)(?:\s*,)?\s+(?=[A-Za-z])", re.IGNORECASE)


def stable_condition_opening(text: str, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Stable X" → "You have stable X" ("Confirmed X" → "You have confirmed X") when X alone is a condition
    offline_conditions puts to the reader, or none."""
    m = _STABLE.match(text)
    if m is None:
        return []
    opened = condition_opening(text, m.end(), facts, lexicon)
    if not opened or opened[0].text != "You have " or opened[0].start != m.end():
        return []  # no condition, or "You have had" (a time the stability lasts), or an article the name took
    start = m.start("word")
    word = Edit(start, m.end("word"), m.group("word").lower(), "case")
    return [Edit(start, start, "You have ", "person"), word, *opened[1:]]
