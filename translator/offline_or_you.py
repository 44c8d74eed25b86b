"""Shorter sentences: "… or you …" without its comma cut as ", or you …" is (translator.offline_or_clauses).

"You have had major surgery within 4 weeks of the start of study treatment or you have not recovered from the side
effects of any major surgery." → "… study treatment. Or you have not recovered from …". The second clause has its own
subject and verb, so the "or" joins two whole statements whether a comma stands before it or not, and the bullet
still says that either one is enough. offline_or_clauses' guards all hold (no condition, no ":" or ";", no relative
clause or open list before the cut, no shared window after a comma, at least 18 words); without the comma one more:

- no "and" (nor "and/or", "both") before the cut outside brackets: "You have X and Y or you have Z" may be "(X and Y)
  or Z" or "X and (Y or Z)", and a comma would have said which; two sentences would choose for the reader.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets
from translator.offline_or_clauses import or_clauses

# "or you" after a word, a bracket or a value, not after "and/" nor a comma (offline_or_clauses reads those)
_BARE_CUT = re.compile(r"(?<=[\w)%\]])\s+or\s+(?=you\s+[a-z])")
_AND = re.compile(r"\b(?:and|both)\b", re.IGNORECASE)


def bare_or_clauses(sentence: str) -> str:
    """offline_or_clauses.or_clauses, where a cut may also be "… or you" without its comma (see the module)."""
    cuts = [m for m in _BARE_CUT.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if not cuts or _AND.search(outside_brackets(sentence[: cuts[-1].start()])):
        return or_clauses(sentence)
    at = {m.start() for m in cuts}
    joined = _BARE_CUT.sub(lambda m: ", or " if m.start() in at else m.group(), sentence)
    cut = or_clauses(joined)
    return cut if cut != joined else or_clauses(sentence)
