"""A drug or treatment taken beside the study's, put to the reader (offline backend): "Other concurrent
investigational agents" → "You use other experimental drugs at the same time", "Concurrent chemotherapy" → "You are
getting chemotherapy at the same time".

An exclusion that names a drug or treatment "concurrent" (or "concomitant") with the study's says the reader is
taking it now, beside the study treatment: its tense is the present, unlike a bare "Other X" (which may be before,
now or later). offline_plain already moves the adjective after the phrase ("Other experimental drugs at the same
time"), and offline_use_adverbs puts "Concurrent use of X" to the reader; this takes the phrase with no "use of".
The verb follows the noun, as offline_determined_treatments: a drug, agent or medicine is used ("You use"), a
treatment, therapy or chemotherapy is got ("You are getting", the backend's plain word for "receiving").

Only where the phrase is a plain noun phrase that ends the first sentence, as offline_plain's own move needs (no
list, clause, window or bracket after it, which "at the same time" could drift onto), and only "Other", "Any other"
or nothing before the adjective. Only in an exclusion, at the top of a criterion.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_OPENING = re.compile(
    r"(?P<det>(?:any\s+)?other\s+|any\s+)?(?:concurrent|concomitant)\s+"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4})(?=\s*(?:[.;]\s*)?$)",
    re.IGNORECASE,
)
# words that make the phrase more than a noun phrase: a list, a clause, a time, a place, a negation
_MORE = re.compile(
    r"\b(?:and|or|nor|but|except|excluding|unless|if|that|which|who|is|are|was|were|be|must|may|will|should|can|"
    r"allowed|permitted|required|needed|other|than|during|while|within|before|after|until|since|prior|following|"
    r"with|without|for|of|in|on|at|to|by|from|not|no|use|patients?|subjects?|participants?)\b",
    re.IGNORECASE,
)
_USED = frozenset({
    "drug", "drugs", "medication", "medications", "medicine", "medicines", "agent", "agents", "products", "steroids",
    "corticosteroids", "antibiotics", "supplements", "anticoagulants",
})  # fmt: skip
_GOT = frozenset({
    "treatment", "treatments", "therapy", "therapies", "chemotherapy", "chemo", "radiotherapy", "immunotherapy",
    "hormonotherapy",
})  # fmt: skip


def same_time_use(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Other concurrent investigational agents" → "You use other …" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or _MORE.search(m.group("np")):
        return []
    head = m.group("np").split()[-1].lower()
    if head not in _USED and head not in _GOT:
        return []
    return [Edit(start, start, "You use " if head in _USED else "You are getting ", "person")]
