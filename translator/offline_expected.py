"""A criterion opening with what is expected of the reader, put to the reader (offline backend).

"Anticipated need for liver transplantation in one year", "Expected to require any other form of antineoplastic
therapy while on study", "Anticipated use of antacids during the trial" were left as the source's noun phrase (the
lexicon says "anticipated" as "expected"), which is no sentence under "You cannot join if:". What is expected is the
reader's need, use or act:

- "Anticipated/Expected to require X" → "You are expected to need X" (other verbs stay the source's);
- "Anticipated/Expected need for X", "Anticipation of (the) need for X" → "You are expected to need X" (who
  expects it the source leaves unsaid, and so does the passive);
- "Anticipated/Expected use of X" → "You are expected to use X".

Not a thing expected of someone else or of the disease ("Anticipated patient survival under 3 months", "Expected
lifespan less than 18 months" keep their words), not before a list-lead, and only when the first clause has no verb
of its own (offline_openings.dangling_verb).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_EXPECTED = r"(?:anticipated|expected)"
_VERB = re.compile(
    rf"{_EXPECTED}\s+to\s+(?P<verb>require|need|use|receive|undergo|take|start|begin|initiate|work|travel|move|"
    r"relocate|have)\b(?!\s*:)",
    re.IGNORECASE,
)
# (or "Anticipation of (the) need for X", "Anticipation of needing X": the same expectation said with a noun)
_NEED_FOR = re.compile(
    rf"(?:{_EXPECTED}\s+need\s+for|anticipation\s+of\s+(?:the\s+|a\s+)?need\s+for|anticipation\s+of\s+needing)\s+"
    r"(?=[A-Za-z])(?!(?:any\s+of|the\s+following)\b)",
    re.IGNORECASE,
)
_USE_OF = re.compile(rf"{_EXPECTED}\s+use\s+of\s+(?=[A-Za-z])(?!(?:any\s+of|the\s+following)\b)", re.IGNORECASE)


def expected_opening(text: str, start: int) -> list[Edit]:
    """ "Anticipated need for X" → "You are expected to need X" (see the module), or no edit."""
    if (m := _VERB.match(text, start)) is not None:
        verb = m.group("verb").lower()
        said = f"You are expected to {'need' if verb == 'require' else verb}"  # the plain word, which this edit covers
    elif (m := _NEED_FOR.match(text, start)) is not None:
        said = "You are expected to need "
    elif (m := _USE_OF.match(text, start)) is not None:
        said = "You are expected to use "
    else:
        return []
    return [] if dangling_verb(text, m.end()) else [Edit(start, m.end(), said, "person")]
