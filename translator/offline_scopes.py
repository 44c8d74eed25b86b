"""Headers that turn their items around, for the offline backend.

Outside the exclusions, an item under a header that denies it ("No other serious illness, including any of
the following:", "None of the following within the past 6 months:") or says it excludes ("A subject who
meets any of the following criteria is not eligible", "Any of the following laboratory values at Screening
will be exclusionary") is something the reader must NOT have. Put as "You have unstable angina." under
"You can join if…" (or among the other things the study says about who can join), the bullet would say
the opposite of its source, and the fact checks cannot see it: the "no" is in another bullet. Such items
keep their own words (the header that denies them stands just above them).

Under the exclusions the heading already says "You cannot join if…", so "You have X" is what the header
meant there ("Patients with any of the following are excluded:"), and nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind

_WHO = r"(?:(?:the|a|an|all|any)\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people|volunteers?)"
# The header opens with its denial: "No …", "None of …", "Without …", "Patient must not have …", "Has no …".
_DENIED = re.compile(
    rf"^\W*(?:{_WHO}\s+)?(?:(?:must|should|may|shall|will|can|do|does|did)\s+)?(?:not|cannot|never)\b"
    rf"|^\W*(?:{_WHO}\s+)?(?:has|have|had)\s+(?:not|no|never)\b"
    r"|^\W*(?:no|none|neither|without|absence\s+of|free\s+(?:of|from))\b",
    re.IGNORECASE,
)
# The header says its items exclude: "… is not eligible", "… will be exclusionary", "… are excluded",
# "… will exclude the patient", "The following are not allowed:".
_EXCLUDING = re.compile(
    r"\b(?:(?:not\s+(?:be\s+)?eligible|ineligible)(?!\s+(?:to|for)\s+(?!(?:the|this)\s+(?:study|trial)|participation|"
    r"inclusion|enrol))|exclu(?:ded|des?|sionary|sion\s+criteria)|disqualif\w*"
    r"|(?:not|never)\s+(?:be\s+)?(?:allowed|permitted|enrolled|included|accepted)|prohibited)\b",
    re.IGNORECASE,
)

_LEADS = re.compile(r"\b(?:following|below)\b|:\W*$", re.IGNORECASE)


def denied_by_a_header(headers: Sequence[str], kind: SectionKind) -> bool:
    """Whether `headers` (the texts of the items this one sits under, nearest first) deny or exclude it in a
    section that is not the exclusions (see the module's docstring)."""
    if kind == SectionKind.EXCLUSION:
        return False
    for header in headers:
        body = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", header)  # an aside denies nothing of the items
        # of a header of several sentences, the one that leads to the items ("The following laboratory values must
        # be obtained. Patient with aplastic anemia will be excluded." excludes no laboratory value)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body) if s.strip()] or [body]
        body = next((s for s in sentences if _LEADS.search(s)), sentences[-1])
        if _DENIED.search(body) or _EXCLUDING.search(body):
            return True
    return False
