"""A treatment at the same time as the study's said allowed, put to the reader (offline backend): "Concurrent
bisphosphonates allowed" → "You may use bisphosphonates at the same time"; "Concurrent radiotherapy for brain
metastases allowed" → "You may have radiation treatment for brain metastases at the same time"; "Concurrent
endocrine therapy is not allowed" → "You cannot join if you have endocrine therapy at the same time".

Older NCI (PDQ-style) inclusions list what the reader may go on with during the study as "Concurrent X allowed".
offline_leads says "Prior X allowed" as "You may have had X"; the same permission of a treatment now keeps the
present, and "concurrent"/"concomitant" its plain words "at the same time", after what is allowed. A permission
stays a permission and a prohibition a prohibition (with the section's "You cannot join if", as offline_leads).
The verb follows the noun: a therapy, treatment, surgery or radiation is had, a drug or anything else used, a
"participation in" or "enrollment on" taken part in.

Only in an inclusion, and only where what is allowed is a noun phrase that the permission ends (a full stop at
most) and names no condition ("Concomitant resectable pulmonary metastases are allowed"): no condition after it
("provided the patient …"), no clause, verb, exception or list of its own, no bracket left open.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_conditions import CONDITION_NOUNS
from translator.offline_edits import Edit

_PERMISSION = re.compile(
    r"\s*(?P<adj>concurrent|concomitant)\s+(?P<what>[^.;:]+?)\s*,?\s+(?:(?:is|are)\s+)?(?P<neg>not\s+)?"
    r"(?:allowed|permitted)\s*\.?\s*$",
    re.IGNORECASE,
)
_TOO_MUCH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|will|may|can|cannot|which|who|whom|that|but|however|if|"
    r"unless|provided|except|excluding|other\s+than|allowed|permitted|not|no|patients?|subjects?|participants?|"
    r"they|their|prior|previous|past|before|after|within|during|until)\b|\bw/",
    re.IGNORECASE,
)
_HAD = re.compile(
    r"\b(?:therap(?:y|ies)|treatments?|chemotherapy|radiotherapy|radiation|surgery|surgeries|irradiation|"
    r"transfusions?|dialysis|procedures?|immunotherapy|hormonotherapy)\b",
    re.IGNORECASE,
)
_USE_OF = re.compile(r"(?:use|usage)\s+of\s+", re.IGNORECASE)
_PART = re.compile(r"(?:participation|enrol(?:l)?ment)\s+(?:in|on)\s+", re.IGNORECASE)


def same_time_permission(text: str, kind: SectionKind) -> list[Edit]:
    """ "Concurrent X allowed" → "You may use X at the same time" (see the module), or none."""
    m = _PERMISSION.match(text)
    if kind is not SectionKind.INCLUSION or m is None:
        return []
    what = m.group("what")
    head = re.split(r"\s+(?:for|of|in|to|with|against|on)\s+", what, maxsplit=1)[0]  # not what it is for
    if any(w.lower() in CONDITION_NOUNS for w in re.findall(r"[A-Za-z]+", head)):
        return []  # "Concomitant resectable pulmonary metastases are allowed": a condition, not a treatment to use
    if _TOO_MUCH.search(what) or what.count("(") != what.count(")") or what.count("[") != what.count("]"):
        return []
    at = m.start("what")
    if used := _USE_OF.match(text, at):
        verb, at = "use", used.end()
    elif part := _PART.match(text, at):
        verb, at = "take part in", part.end()
    else:
        verb = "have" if _HAD.search(re.sub(r"\([^()]*\)", "", what)) else "use"
    opening = f"You cannot join if you {verb} " if m.group("neg") else f"You may {verb} "
    return [
        Edit(m.start("adj"), at, opening, "person"),
        Edit(m.end("what"), len(text.rstrip()), " at the same time.", "person"),
    ]
