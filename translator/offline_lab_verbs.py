"""A lab named before a verb of its own and its value, put to the reader (offline backend): "Platelet count must be
greater than/equal to 100,000/mm^3" → "Your platelet count must be 100,000 per mm³ or more", "The ECOG performance
status must be 0, 1, or 2" → "Your ECOG performance status must be 0 to 2", "The total GCS score is greater than 8"
→ "Your total GCS score is more than 8".

translator.offline_labs says "Your <lab> is <value>" where the value follows the name with no verb; a name with a
verb of its own ("must be", "should be", "is") kept the note form ("Hemoglobin must be 10 g/dL or more"), which says
nobody's hemoglobin. This adds only "Your" before the name (in the place of a "The" that opens it) and lower-cases
the name's first word when it is an ordinary word: the verb, the value and all after it stay as written.

Only where the name is one lab (offline_labs.is_a_lab: a lexicon's lab at its end, or a name ending in a lab word;
no comma, no "and"/"or", which may join things that are not labs), the value is the first fact of the criterion and
follows the verb right away, and nothing after the value makes it some other thing's (offline_labs.not_its_value:
"LVEF must be < 45% or history of heart failure").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.offline_case import ordinary
from translator.offline_edits import Edit
from translator.offline_labs import is_a_lab, not_its_value

_NAMED = re.compile(
    r"(?P<the>the\s+)?(?P<name>[A-Za-z][\w\-/()' ]{0,80}?)\s+"
    r"(?P<verb>(?:must|should|shall|will|has\s+to|have\s+to|needs?\s+to)\s+be|is|are)\s+(?=\S)",
    re.IGNORECASE,
)

_JOINED = re.compile(r"\b(?:and|or|and/or)\b|&", re.IGNORECASE)


def lab_verb_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Hemoglobin must be ≥ 10 g/dL" → "Your hemoglobin must be …" (see the module)."""
    m = _NAMED.match(text, start)
    if m is None:
        return []
    first = min(facts, key=lambda f: f.start, default=None)
    if first is None or first.kind is not FactKind.VALUE or first.start != m.end() or first.comparator is None:
        return []  # "Hemoglobin must be at castrate levels (< 50 ng/dL)": not the value right after the verb
    if first.age or first.label is not None:
        return []
    name = m.group("name")
    if "," in name or _JOINED.search(name) or not is_a_lab(name, lexicon, ends_it=True):
        return []
    if not_its_value(text, first, facts, lexicon):
        return []
    at = start + (len(m.group("the")) if m.group("the") else 0)
    edits = [Edit(start, at, "Your ", "person")]
    words = name.split()
    titled = len(words) > 1 and words[1][:1].isupper()  # "Eastern Cooperative Oncology Group" keeps its capitals
    if not titled and ordinary(words[0]):
        edits.append(Edit(at, at + len(words[0]), words[0].lower(), "case"))
    return edits
