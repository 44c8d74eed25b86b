"""A bare "Patient refusal", put to the reader (offline backend).

"Patient refusal to participate in the study" is said already ("You refuse to take part in the study"); a refusal
named alone ("Patient refusal", "patients' refusal.") kept its third person, since no rule had a verb to give it. It
says the reader refuses, as the longer ones do, with nothing refused named: "You refuse." Only the whole criterion:
"Patient refusal or environment", "Patient refusal for supraclavicular block" keep their words.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_BARE = re.compile(r"\s*(?:patient|subject|participant)s?(?:['’]s?)?\s+refusal\s*\.?\s*$", re.IGNORECASE)


def refusal_edits(text: str) -> list[Edit]:
    """ "Patient refusal" → "You refuse", or none."""
    m = _BARE.match(text)
    if m is None:
        return []
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip().rstrip("."))
    return [Edit(start, end, "You refuse", "person")]
