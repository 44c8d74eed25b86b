""""History or …" openings that had no rule, put to the reader with each word kept (offline backend).

offline_openings says "History or evidence of X" ("You have had or have signs of X"), "History or presence of X"
("You have or have had X") and "History or diagnosis of X" ("You have a history or diagnosis of X"); the same
shapes with one more word were left as the source's noun phrase, which reads as no sentence under "You cannot join
if:":

- "History or active X", "History or ongoing X" → "You have had or now have active X", "… now have ongoing X": had it
  then, or has it now, as offline_past_or_current_conditions says "Previous or current X"; the adjective stays
  (what is had now is the active disease); only for a condition (the same guard as that module: no treatment, use,
  procedure, second time word or colon) and not "History or active state of X" ("now have active state of": no
  English);
- "History or current signs or symptoms of X" → "You have had or now have signs or symptoms of X": the "current"
  becomes the "now" of its verb;
- "History or other evidence of X" → "You have a history or other signs of X" (the lexicon's plain word for
  "evidence"): the source's two nouns after "You have a", as "History or diagnosis of X" is said;
- "History or diagnosis (in either eye) of X" → "You have a history or diagnosis (in either eye) of X": the aside
  stays where it was.

Only at the top of a criterion and only when the first clause has no verb of its own, as offline_openings.dangling_verb
judges.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_evidence_openings import NOT_A_LIST  # not before a list-lead ("… of the following:")
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_NOW_OR_THEN = re.compile(r"history\s+(?:or|and/or)\s+(?=(?:active|ongoing)\s+(?!state\b)[A-Za-z])", re.IGNORECASE)
# what is no condition, or another time (as offline_past_or_current_conditions judges)
_NOT_A_CONDITION = re.compile(
    r"\b(?:use|usage|treatments?|therap(?:y|ies)|medications?|medicines?|drugs?|agents?|participation|enrol\w*|"
    r"exposure|administration|receipt|surgery|surgeries|procedures?|transplant\w*|\w+plasty|\w+ectomy|smok\w*|"
    r"within|prior|before|past|last|previous|during|after|planned|since|until|ago|days?|weeks?|months?|years?)\b"
    r"|:",
    re.IGNORECASE,
)
_OPENINGS = [
    (re.compile(rf"history\s+(?:or|and/or)\s+current\s+signs\s+(?:or|and/or)\s+symptoms\s+of\b{NOT_A_LIST}", re.I),
     "You have had or now have signs or symptoms of"),
    (re.compile(rf"history\s+(?:or|and/or)\s+other\s+evidence\s+of\b{NOT_A_LIST}", re.I),
     "You have a history or other signs of"),
    (re.compile(rf"history\s+(?:or|and/or)\s+diagnosis\s+(?P<aside>\([^()]{{1,40}}\))\s+of\b{NOT_A_LIST}", re.I),
     "You have a history or diagnosis {aside} of"),
]  # fmt: skip


def history_or_opening(text: str, start: int) -> list[Edit]:
    """ "History or active X" → "You have had or now have active X", "History or other evidence of X" → "You have a
    history or other signs of X" and the like (see the module), or no edit."""
    m = _NOW_OR_THEN.match(text, start)
    if m is not None:
        if dangling_verb(text, m.end()) or _NOT_A_CONDITION.search(
            text, m.end(), sentence_end(text, m.end(), colon=False)
        ):
            return []
        return [Edit(start, m.end(), "You have had or now have ", "person")]
    for pattern, said in _OPENINGS:
        m = pattern.match(text, start)
        if m is None:
            continue
        if dangling_verb(text, m.end()):
            return []
        return [Edit(start, m.end(), said.format(aside=m.groupdict().get("aside") or ""), "person")]
    return []
