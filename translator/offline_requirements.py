"""A thing a criterion says is (not) required, put to the reader (offline backend).

"Measurable disease not required at baseline" says the reader need NOT have measurable disease; the openings that
read a bare noun phrase as the reader's condition ("You have measurable disease …") would make it say the reader has
it, with "not needed" left dangling after. So a sentence that is only a noun phrase and its requirement word is
read here first, and no other opening rule sees it:

- in an inclusion, a prior treatment or a condition's name: "Prior chemotherapy not required" → "You do not need to
  have had chemotherapy", "Measurable disease required" → "You must have measurable disease";
- anything else (a test, a document, "optional", an exclusion's note, a tail with "if"/"but") keeps its words.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_allowed import lowered_adjective
from translator.offline_conditions import names_a_condition
from translator.offline_edits import Edit

_REQUIRED = re.compile(
    r"(?P<prior>(?:prior|previous|past)\s+)?(?P<what>[A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,5}?)\s+"
    r"(?:(?:is|are)\s+)?(?P<neg>not\s+)?(?P<word>required|needed|necessary|mandatory|obligatory|optional)\b"
    r"(?!\s+to\b)"  # "are required to use": a duty of someone named, the other rules' shape
    r"(?P<tail>[^.;:]*)[.;]?\s*",
    re.IGNORECASE,
)
# words that make the phrase before the requirement more than a thing's name: a verb, a clause, a negation
_NOT_A_NAME = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|been|must|should|will|may|can|cannot|which|who|that|if|unless|when|not|"
    r"no|to|of|for|with|by|in|on|at|as)\b",
    re.IGNORECASE,
)
# a tail the sentence can carry after the rewrite: a time, a purpose or a measure ("at baseline", "for study entry",
# "according to RECIST")
_TAIL = re.compile(
    r"\s+(?:at|for|before|prior\s+to|during|on|according\s+to|per|by)\s+[^,]*", re.IGNORECASE
)


def requirement_edits(text: str, start: int, kind: SectionKind, lexicon: Lexicon) -> list[Edit] | None:
    """The edits of a sentence that names a thing and whether it is required (see the module): `None` when the
    sentence has another shape, an empty list when its words are kept."""
    m = _REQUIRED.fullmatch(text, start)
    if m is None or _NOT_A_NAME.search(m["what"]):
        return None
    tail = m["tail"]
    if kind is not SectionKind.INCLUSION or m["word"].lower() == "optional" or (tail and not _TAIL.fullmatch(tail)):
        return []
    prior = m["prior"] is not None
    if not prior and not names_a_condition(m["what"], m["what"].split(), lexicon):
        return []
    opening = ("You do not need to have " if m["neg"] else "You must have ") + ("had " if prior else "")
    edits = [Edit(start, m.start("what"), opening, "person"), Edit(m.end("what"), m.end("word"), "", "person")]
    return edits + lowered_adjective(text, start if not prior else m.start("what"))
