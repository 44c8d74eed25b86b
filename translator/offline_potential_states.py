"""An inclusion item that is the reader's child-bearing state, said as a sentence (offline backend).

Under "A female participant is eligible if she is:", items such as "Childbearing potential, has a negative result on
all required pregnancy tests …" or "Of non-childbearing potential (i.e., …)" were said as noun phrases ("Ability to
become pregnant, has a negative result …", "Not able to become pregnant (that is, …)"). Said as the reader's state
they read as the rest of the list does: "You are able to become pregnant, have a negative result …" (the later verbs
are made the reader's by offline_agreement on the composed text), "You are not able to become pregnant (that is, …)".

Only an inclusion item that opens with "(of) (non-)child-bearing potential" and goes on with nothing, an aside, a
comma, "and", "but", "or" or "provided", in one sentence. Not a participle after "and" ("… and practicing X", which
"You can become pregnant and practicing" would leave without a verb), a definition ("… is defined as", "… defined
as", "… means", "…, includes any female who …"), a label before a colon ("Child-bearing potential: Female subjects who
…"), or a first sentence that names someone ("…, including any female who …").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_subjects_words import OTHERS

_STATE = re.compile(
    r"\s*(?:of\s+)?(?P<non>non-?\s?)?child-?\s?bearing\s+potential\b"
    r"(?=\s*(?:$|[,;(]|\.(?:\s|$)|(?:and|but|or|provided)\b))",
    re.IGNORECASE,
)
_FIRST = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", re.IGNORECASE)
_DEFINED = re.compile(r"\b(?:defined|define|means|includes?)\b|:", re.IGNORECASE)
# "… and practicing X": "You can become pregnant and practicing" would leave the participle with no verb
_PARTICIPLE_NEXT = re.compile(r"\s*,?\s*(?:and|but|or)\s+\w+ing\b", re.IGNORECASE)


def potential_state(text: str, kind: SectionKind) -> list[Edit]:
    """ "Childbearing potential, has X" → "You are able to become pregnant, has X" (see the module), or none."""
    if kind is not SectionKind.INCLUSION:
        return []
    m = _STATE.match(text)
    if m is None:
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text)
    stop = _FIRST.search(masked, m.end())
    first = masked[m.end() : stop.start() if stop else len(text)]
    if stop is not None and text[stop.end() :].strip():
        return []  # "…; has a negative test …": offline_agreement says only the first sentence's verbs for "you"
    if _PARTICIPLE_NEXT.match(text, m.end()):
        return []
    if _DEFINED.search(first) or OTHERS.search(first) or re.search(r"\b(?:she|her|he|his|they|their)\b", first, re.I):
        return []
    said = "You are not able to become pregnant" if m.group("non") else "You are able to become pregnant"
    return [Edit(0, m.end(), said, "person")]
