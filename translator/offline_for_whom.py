"""A rule for some of the participants, put to the reader as a condition (offline backend).

"For patients on corticosteroids, the dose must be stable for at least one week" says what holds for those
patients: "If you are on corticosteroids, the dose must be stable for at least one week". The group becomes the
condition ("For patients with X" → "If you have X"; "For subjects taking X" → "If you are taking X"; "For patients
who had X" → "If you had X"), and the rule after the comma stays as written.

Only where that rule is a clause of its own (a subject, then a verb: "the dose must …", "there must be …", "no manual
read of QTc is required") and names nobody: "…, the patient must …" or "… while they are receiving X" would leave a
second name for the reader, "For patients on pirfenidone, have been on a steady dose" has no subject for the verb,
and a header ("For subjects with type 2 diabetes:") introduces items this rule does not read.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_subjects_words import OTHERS, STATES, reader_verb

_FOR = re.compile(
    r"for\s+(?:(?:the|all)\s+)?(?:patients?|subjects?|participants?)\s+"
    r"(?P<how>with(?!\s+(?:and|or)\b)|on|(?:currently\s+)?(?:taking|receiving|using|requiring|needing)|"
    r"who\s+(?P<verb>have|had|are|were|received|take|receive|use|require|need))\s+"
    r"(?P<desc>[^,;:.]{3,120}?)\s*,\s*(?P<rule>[^;:]+?)\s*(?:[.;]\s*$|$)",
    re.IGNORECASE,
)
_SAID = {"with": "have", "on": "are on"}
# a rule that starts with a verb has no subject of its own ("…, have been on a steady dose"); one that names its own
# thing does ("the dose", "at least 1 of the PSA values", "there", "potassium", "no manual read")
_VERB_FIRST = re.compile(rf"(?:{FINITE.pattern}|be|been|being|not)\b", re.IGNORECASE)


def for_whom_opening(text: str, start: int) -> list[Edit]:
    """ "For patients with X, the dose must …" → "If you have X, the dose must …", or none (see the module)."""
    m = _FOR.match(text, start)
    if m is None:
        return []
    desc, rule = m.group("desc"), m.group("rule")
    if OTHERS.search(desc) or OTHERS.search(rule) or re.search(r"\b(?:his|her|he|she|their)\b", desc + rule, re.I):
        return []  # "… while they are receiving X", "…, the patient must …": another name for the reader
    if FINITE.search(desc) or not FINITE.search(rule) or _VERB_FIRST.match(rule):
        return []  # "… who relapse while …", "For patients with diabetes, inability to …", "…, have been on …"
    if desc.count("(") != desc.count(")"):
        return []
    how = " ".join(m.group("how").lower().split())
    if how == "with" and re.search(r"[\d<>≤≥=]", desc):
        return []  # "For patients with heart rate 60-100 bpm": a measure, not a thing one has ("If you have heart …")
    if m.group("verb"):
        said = reader_verb(m.group("verb").lower())
        if said is None:
            return []
        opening = f"If you {said}"
    elif how in _SAID:
        opening = f"If you {_SAID[how]}"
    else:
        verb = how.split()[-1]
        now = "now " if how.startswith("currently") else ""
        opening = f"If you {now}{STATES[verb]}" if verb in STATES else f"If you are {now}{verb}"
    first = text[start]
    return [Edit(start, m.start("desc"), (opening if first.isupper() else opening.lower()) + " ", "person")]
