"""A condition had before or had now, put to the reader (offline backend): "Previous or current cancer" → "You have had
or now have cancer"; "Previous or ongoing Coronavirus Disease-19 (COVID-19)" → "You have had or now have Coronavirus
Disease-19 (COVID-19)".

offline_openings says "History of or current X" as "You have had or now have X": the two times, each with its verb.
"Previous (past, prior) or current (ongoing, present) X" names the same two times with adjectives, so it is said the
same way, and what is had keeps its words.

Only at the top of a criterion (offline_leads' noun-phrase openings), and only for a condition: not a treatment, a
use, a procedure or a taking part in the first sentence ("Previous or current lamivudine therapy": had, but not
"have"; offline_past_and_present_uses says "Previous or current use of X"), nor a second time word ("in past 2
years", "planned"), nor "concurrent" or "concomitant" (at the same time as the study's treatment, which "now" would
not say), nor a comma after the adjectives ("Previous or current, tumour or malignancy …"), nor a verb of its own.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_OPENING = re.compile(
    r"(?:previous|past|prior)\s+(?:or|and/or)\s+(?:current|ongoing|on-going|present)\s+(?=[A-Za-z])", re.IGNORECASE
)
# what is no condition, or another time
_NOT_A_CONDITION = re.compile(
    r"\b(?:use|usage|treatments?|therap(?:y|ies)|medications?|medicines?|drugs?|agents?|participation|enrol\w*|"
    r"exposure|administration|receipt|surgery|surgeries|procedures?|transplant\w*|\w+plasty|\w+ectomy|smok\w*|"
    r"within|prior|before|past|last|previous|during|after|planned|since|until|ago|days?|weeks?|months?|years?)\b"
    r"|:",
    re.IGNORECASE,
)


def past_or_current_condition(text: str, start: int) -> list[Edit]:
    """ "Previous or current X" → "You have had or now have X" (see the module)."""
    m = _OPENING.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    if _NOT_A_CONDITION.search(text, m.end(), sentence_end(text, m.end(), colon=False)):
        return []
    return [Edit(start, m.end(), "You have had or now have ", "person")]
