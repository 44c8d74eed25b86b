"""An exclusion that opens on "Not" with its subject left off, put to the reader (offline backend).

"Not able to provide informed consent", "Not willing to participate in the study", "Not fluent in English", "Not
competent to give consent.", "Not fit for surgery, radiotherapy or adjuvant systemic therapy" and "Not recovered from
toxic effects of previous anti-cancer treatments or surgery" drop "Patients who are"/"who have". Under the exclusion
heading each says what keeps the reader out: "You are not able to provide informed consent", "You have not recovered
from toxic effects of …" ("not" kept once, and every word after it).

translator.offline_counted_openings reads an inclusion's "Not <state>" and leaves an exclusion's, since an
exclusion's "Not pregnant" or "Not on X" is mostly a slip of the source's (an inclusion listed under the wrong
heading), which "You are not pregnant" under "You cannot join if" would put in the reader's mouth. An inability, an
unwillingness, a lack of fitness or of recovery is what an exclusion means to keep out, so only those are read here:
"able", "willing", "capable", "competent", "fluent", "fit", "accessible", "available" (with "mentally", "physically"
or "medically" before), and "recovered from". Only at the top of a criterion (a "Not …" under a lead-in is one of
the states it lists); offline_leads' guards apply (no one else named, the fidelity check on the result).
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_NOT_STATE = re.compile(
    r"not\s+(?=(?:(?:mentally|physically|medically)\s+)?(?:able|willing|capable|competent|fluent|fit|accessible|"
    r"available)\b)",
    re.IGNORECASE,
)
_NOT_RECOVERED = re.compile(r"not\s+recovered(?=\s+from\b)", re.IGNORECASE)


def not_exclusion(text: str, start: int, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "Not able to X" → "You are not able to X", "Not recovered from X" → "You have not recovered from X" (an
    exclusion at the top of a criterion; see the module), or none."""
    if kind is not SectionKind.EXCLUSION or parent is not None:
        return []
    not_word = text[start : start + 3].lower()
    recovered = _NOT_RECOVERED.match(text, start)
    if recovered is not None:
        if dangling_verb(text, recovered.end()):
            return []
        return [Edit(start, recovered.end(), f"You have {not_word} recovered", "person")]
    state = _NOT_STATE.match(text, start)
    if state is None or dangling_verb(text, state.end()):
        return []
    return [Edit(start, state.end(), f"You are {not_word} ", "person")]
