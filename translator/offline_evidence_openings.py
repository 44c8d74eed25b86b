"""Openings that pair signs now with a past, put to the reader with each word kept (offline backend).

offline_openings says "Evidence of X" ("You have signs of X"), "History or evidence of X" ("You have had or have
signs of X") and "History or presence of X" ("You have or have had X"); the same words in another order or with a
word before them were left as the source's noun phrase, which reads as no sentence under "You cannot join if:":

- "Clinical evidence of X", "Clinical signs of X" → "You have clinical signs of X" (the lexicon's plain word for
  "evidence"); "Signs of X", "Signs or symptoms of X" → "You have signs of X", "You have signs or symptoms of X";
- "Evidence or history of X" → "You have signs of, or have had, X": signs now, or had it before, in the source's
  order (the commas close the aside, so that "of" reaches X);
- "History or symptoms of X" → "You have had or have symptoms of X", as "History or evidence of X" is said;
- "History or known presence of X" → "You have had or are known to have X";
- "History or current use of X" → "You have used or are now using X".

Only at the top of a criterion and only when the first clause has no verb of its own ("Clinical evidence of X is
required": "You have clinical signs of X is required" would dangle), as offline_openings.dangling_verb judges, nor a
participle joined to it ("Clinical signs of malabsorption or needing parenteral nutrition": "You have … or needing …").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

# not before a list-lead ("Clinical evidence of any of the following:"), whose items the header's rules say
NOT_A_LIST = r"(?!\s*(?:any\s+)?(?:of\s+)?(?:the\s+)?following\b)(?=\s*[A-Za-z])"
_OPENINGS = [
    (re.compile(rf"clinical\s+(?:evidence|signs)\s+of\b{NOT_A_LIST}", re.IGNORECASE), "You have clinical signs of"),
    # "Signs of X", "Signs or symptoms of X", "Signs and/or symptoms of X": the source's words after "You have"
    (re.compile(rf"(?P<said>signs(?:\s+(?:or|and|and/or)\s+symptoms)?)\s+of\b{NOT_A_LIST}", re.IGNORECASE),
     "You have {said} of"),
    (re.compile(rf"(?:evidence|signs)\s+(?:or|and/or)\s+history\s+of\b{NOT_A_LIST}", re.IGNORECASE),
     "You have signs of, or have had,"),
    (re.compile(rf"history\s+(?:or|and/or)\s+symptoms\s+of\b{NOT_A_LIST}", re.IGNORECASE),
     "You have had or have symptoms of"),
    (re.compile(rf"history\s+(?:or|and/or)\s+known\s+presence\s+of\b{NOT_A_LIST}", re.IGNORECASE),
     "You have had or are known to have"),
    (re.compile(rf"history\s+(?:or|and/or)\s+current\s+use\s+of\b{NOT_A_LIST}", re.IGNORECASE),
     "You have used or are now using"),
]  # fmt: skip


# a second predicate joined to the first clause, which "You have …" would leave without its verb
_JOINED_PARTICIPLE = re.compile(
    r"\b(?:or|and|and/or)\s+(?:(?:currently|now|still)\s+)?(?:needing|requiring|receiving|taking|using|undergoing|"
    r"having|getting|on)\b",
    re.IGNORECASE,
)


def evidence_opening(text: str, start: int) -> list[Edit]:
    """ "Clinical evidence of X" → "You have clinical signs of X", "Evidence or history of X" → "You have signs of,
    or have had, X" and the like (see the module), or no edit."""
    for pattern, said in _OPENINGS:
        m = pattern.match(text, start)
        if m is None:
            continue
        clause = re.split(r"[.;:](?:\s|$)", text[m.end() :], maxsplit=1)[0]
        if dangling_verb(text, m.end()) or _JOINED_PARTICIPLE.search(clause):
            return []
        words = " ".join((m.groupdict().get("said") or "").lower().split())
        return [Edit(start, m.end(), said.format(said=words), "person")]
    return []
