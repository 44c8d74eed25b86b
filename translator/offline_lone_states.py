"""An exclusion that is only the noun of nursing a baby, put to the reader as a state (offline backend):
"Lactation" → "You are lactating", "Breast feeding." → "You are breast feeding"; and only smoking, as a habit now:
"Smoking" → "You smoke", "Cigarette smoking" → "You smoke cigarettes".

offline_pregnancy_states says "Pregnancy or lactation" as "You are pregnant or lactating"; the noun alone was left
as written ("Lactation", "Lactation;", "breast feeding": 14 corpus and Chia criteria). The state is now, as there:
only the whole criterion, with nothing after it but a stop ("Lactation during the study" keeps its words). "Nursing"
alone stays: it may name care ("nursing home") rather than the reader's state.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_LONE = re.compile(
    r"\s*(?P<state>lactation|lactating|breast-?feeding|breast\s+feeding)\s*[.;,]?\s*$", re.IGNORECASE
)
_WORDS = {"lactation": "lactating"}


# smoking alone, or of cigarettes, the same way: a habit now ("Smoking" → "You smoke", "Cigarette smoking" → "You
# smoke cigarettes"); not "Smoking history", "Heavy smoking", "Smoking within 1 year" (more than the habit)
_SMOKING = re.compile(r"\s*(?:(?P<what>cigarette)\s+)?smoking\s*[.;,]?\s*$", re.IGNORECASE)


def lone_state_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Lactation" → "You are lactating" in an exclusion (see the module), or none."""
    if kind is not SectionKind.EXCLUSION:
        return []
    smoking = _SMOKING.match(text, start)
    if smoking is not None:
        said = "You smoke cigarettes" if smoking.group("what") else "You smoke"
        return [Edit(start, start + len(text[start:].rstrip(" .;,")), said, "person")]
    m = _LONE.match(text, start)
    if m is None:
        return []
    state = m.group("state")
    said = _WORDS.get(state.lower(), state.lower())
    return [Edit(m.start("state"), m.end("state"), f"You are {said}", "person")]
