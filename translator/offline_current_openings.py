""""Current need for X", "Current involvement in X", "Current tobacco use" and "Known pregnancy", put to the reader
(offline backend).

offline_openings says "Current use of X" ("You are now using X") and "Current treatment with X"; these nouns of the
present had no rule and were left as the source's noun phrase, which reads as no sentence under "You cannot join
if:":

- "Current need for X" → "You now need X" ("Current need for a colostomy or ileostomy" → "You now need a colostomy
  or ileostomy"): the noun's verb, with "now" for "current";
- "Current involvement in X" → "You are now involved in X" ("Current involvement in another comparable study");
- "Current tobacco use" (the whole criterion; also alcohol, nicotine, cannabis, marijuana: things with no plural
  that "use" takes as they are) → "You now use tobacco";
- "Known pregnancy" (the whole criterion) → "You are known to be pregnant", as offline_openings says "Current
  pregnancy" ("You are pregnant") and "Known history of X" ("You are known to have had X").

Only at the top of a criterion, only when the first clause has no verb of its own (offline_openings.dangling_verb),
and not before a second noun that shares the object ("Current need for or use of X": "You now need or use of X").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_OPENINGS = [
    (re.compile(r"current\s+need\s+for\s+(?!(?:or|and|and/or)\b)(?=[A-Za-z])", re.IGNORECASE), "You now need "),
    (re.compile(r"current\s+involvement\s+in\s+(?!(?:or|and|and/or)\b)(?=[A-Za-z])", re.IGNORECASE),
     "You are now involved in "),
    (re.compile(r"current\s+(?P<what>tobacco|alcohol|nicotine|cannabis|marijuana)\s+use(?=\s*[.;]?\s*$)", re.I),
     "You now use {what}"),
    (re.compile(r"known\s+pregnancy(?=\s*[.;]?\s*$)", re.IGNORECASE), "You are known to be pregnant"),
]  # fmt: skip


def current_opening(text: str, start: int) -> list[Edit]:
    """ "Current need for X" → "You now need X", "Current involvement in X" → "You are now involved in X", "Current
    tobacco use" → "You now use tobacco", "Known pregnancy" → "You are known to be pregnant" (see the module), or no
    edit."""
    for pattern, said in _OPENINGS:
        m = pattern.match(text, start)
        if m is not None:
            what = (m.groupdict().get("what") or "").lower()
            return [] if dangling_verb(text, m.end()) else [Edit(start, m.end(), said.format(what=what), "person")]
    return []
