"""Subjects named by their place in the study, put to the reader (offline backend).

"Patients included in the study must be 18 years or older" names everyone who joins: it says "You must be 18 years or
older", with no condition ("If you are included in the study, you must …" would read as a rule for some). Only the
whole study ("the study", "this trial") counts: "Patients enrolled in Part 2 must …" is a condition on some, which
translator.offline_subject_heads says ("If you are enrolled in Part 2, you must …").

"Subjects eligible for enrollment in the study must meet all of the following:" names who may join by what they must
meet: "To be eligible for enrollment in the study, you must meet all of the following:". An "If you are eligible …"
would turn the requirement round.

Each rule rewrites only the subject and the words before its duty; the duty and what follows stay as written.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

# (both sexes together are every reader, as translator.offline_sexes says "Male and female patients must use X")
_BOTH = r"(?:m[ae]n|males?)\s+(?:and|or)\s+(?:wom[ae]n|females?)|(?:wom[ae]n|females?)\s+(?:and|or)\s+(?:m[ae]n|males?)"
_PEOPLE = rf"(?:(?:the\s+)?(?:(?:{_BOTH})\s+)?(?:patients|subjects|participants|volunteers)|{_BOTH})"
_DUTY = r"(?P<duty>must|should|shall|will|may|cannot|can|need\s+to|have\s+to|are\s+required\s+to)\b"
_WHOLE = r"(?:the|this)\s+(?:clinical\s+)?(?:study|trial|protocol|research)"
_MEMBERS = re.compile(
    rf"\s*{_PEOPLE}\s+(?:(?:who\s+are\s+)?(?:included|enrolled|enrolling|randomi[sz]ed|participating|taking\s+part)|"
    rf"who\s+(?:participate|take\s+part|enroll|join))\s+in\s+{_WHOLE}\s*,?\s+{_DUTY}",
    re.IGNORECASE,
)
_ELIGIBLE = re.compile(
    rf"\s*{_PEOPLE}\s+(?:who\s+are\s+)?(?P<what>eligible\s+(?:for|to)\s+[^,:;.()]{{3,80}}?)\s*,?\s+"
    r"(?P<duty>must|have\s+to|need\s+to|should|are\s+required\s+to)\s+(?=(?:not\s+)?(?:meet|fulfil|fulfill|satisfy)\b)",
    re.IGNORECASE,
)


def study_member_edits(text: str) -> list[Edit]:
    """ "Patients included in the study must …" → "You must …"; "Subjects eligible for X must meet …" → "To be
    eligible for X, you must meet …"; none for any other text (see the module)."""
    if (m := _MEMBERS.match(text)) is not None:
        return [Edit(0, m.end("duty"), "You " + _duty(m), "person")]
    if (m := _ELIGIBLE.match(text)) is not None:
        return [Edit(0, m.end(), f"To be {m.group('what')}, you {_duty(m)} ", "person")]
    return []


def _duty(m: re.Match[str]) -> str:
    """The duty as "you" says it: "are required to" → "must" (not "you are needed to" once plain words apply)."""
    return "must" if re.fullmatch(r"are\s+required\s+to", m.group("duty"), re.I) else m.group("duty").lower()
