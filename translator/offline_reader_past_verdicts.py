"""A study's past-tense verdict on who took part, as a header, put to the reader (offline backend).

Criteria copied from a results report say who was let in, in the past: "Participants who met the following criteria
were eligible for this study:", "Participants with the following criteria were excluded from this study:". The subject
rules leave any sentence that judges its subject ("… were eligible") as written. Here the verdict is said of the
reader, in the source's own tense, with the description as its condition: "You were eligible for this study if you met
the following criteria:", "You were excluded from this study if you met the following criteria:" (a criterion one is
"with" is one met). The verdict said first ("Patients were excluded if they had …") is the subject rules' already.

Only a plain subject (patients, subjects, participants) whose whole sentence is such a header over its items: anything
after the colon, or any other description, and the criterion keeps its words.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_HEADER = re.compile(
    r"\s*(?:patients|subjects|participants)\s+(?:who\s+met|with)\s+(?P<what>(?:the\s+following|these)\s+criteria)\s+"
    r"(?P<verdict>were\s+(?:not\s+)?(?:eligible|ineligible|excluded|included|enrolled))"
    r"(?P<where>\s+(?:for|from|in|into)\s+(?:this|the)\s+(?:study|trial))?\s*:\s*$",
    re.IGNORECASE,
)


def past_verdict_edits(text: str) -> list[Edit]:
    """ "Participants who met the following criteria were eligible for this study:" → "You were eligible for this study
    if you met the following criteria:", or none (see the module)."""
    m = _HEADER.match(text)
    if m is None:
        return []
    verdict = " ".join(m.group("verdict").split())
    where = " ".join((m.group("where") or "").split())
    said = f"You {verdict}{' ' + where if where else ''} if you met {' '.join(m.group('what').split())}"
    return [Edit(len(text) - len(text.lstrip()), text.rstrip().rindex(":"), said, "person")]
