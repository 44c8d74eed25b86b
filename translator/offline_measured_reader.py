"""A measure the reader "has" is said as the reader's measure: "Have a baseline QTc > 470 ms" → "Your baseline QTc
is more than 470 ms", "Participants with a BSA < 1.4 m²" → "Your BSA is less than 1.4 m²", where the subject's
"You have a QTc more than 470 ms" counts QTcs rather than giving one its value.

Only where offline_labs reads a lab, test or scale named right after "You have" (or after its "a"/"an"), with its
value: the lab rules' own guards decide ("Have a history of …", "Have a cervical smear of class III" stay).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact
from translator.lexicon import Lexicon
from translator.offline_edits import Edit, overlaps
from translator.offline_findings import article_lab_opening
from translator.offline_labs import lab_opening
from translator.offline_openings import dangling_verb

# (and a value's group said to the reader: "in patients with" → "if you have", offline_value_groups)
_JOINS = frozenset({"your", "is", "are", "and", "or", "if", "you", "have"})
_WORDISH = re.compile(r"[\w/-][\w/-]")  # two characters of one word ("NYHA-" | "FC")


def _only_joins(text: str, edit: Edit) -> bool:
    """Whether a value edit of the lab rules only joins a name to its value ("is", "or your … are"), between words:
    one that names the measure itself ("NYHA" + " score is ") or cuts a word ("WHO/NYHA-" | "FC of II") reads the
    name wrongly, which the checks catch, and every fallback level would keep that reading where "You have" was
    right."""
    inside = 0 < edit.start < len(text) and _WORDISH.match(text[edit.start - 1] + text[edit.start]) is not None
    replaced = set(text[edit.start : edit.end].lower().split())  # a name's case ("Ferritin" → "your ferritin")
    return not inside and set(edit.text.lower().split()) <= _JOINS | replaced



def measured_lead(text: str, lead: list[Edit], facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """`lead` (an opening's edits, the opening first) with its "You have" turned into the lab's "Your", or as is."""
    if not lead or lead[0].text != "You have":
        return lead
    at = len(text) - len(text[lead[0].end :].lstrip())
    lab = article_lab_opening(text, at, facts, lexicon)  # "a QTc > 470 ms": the article becomes "Your"
    if not lab and not dangling_verb(text, at):
        lab = lab_opening(text, at, facts, lexicon)
        if lab and (lab[0].start != at or lab[0].end != at):
            lab = []  # not the lab's "Your" put before the name
    if not lab or not all(_only_joins(text, edit) for edit in lab[1:]):
        return lead
    said = [Edit(lead[0].start, lab[0].end, lab[0].text, lead[0].what), *lab[1:]]
    kept = [e for e in lead[1:] if not any(overlaps((e.start, e.end), (s.start, s.end)) for s in said)]
    return [*said, *kept]
