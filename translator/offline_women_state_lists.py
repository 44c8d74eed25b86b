"""An exclusion of women by a list of states only a woman can be in, put to the reader (offline backend).

"Female who is pregnant, breast-feeding or intends to become pregnant or is of child-bearing potential and not using
an adequate contraceptive method" and "Females who are pregnant or nursing, or who are of childbearing potential and
unwilling to use …" kept their third person: translator.offline_sexes' pregnant_group_edits says the subject only
when the states are the whole criterion ("Women who are pregnant or breastfeeding" → "You are pregnant or
breastfeeding"). Every item of these lists is a state or plan only a woman can have (pregnant, breastfeeding,
becoming pregnant, of childbearing potential), so, as there, being one already says who: "You are pregnant,
breast-feeding or intend to become pregnant or are of child-bearing potential and not using …". Each item's own verb
agrees with "you" ("intends" → "intend", "is" → "are", "or who are" → "or are"), and a "who" after an item's
description joins it with "and" ("of childbearing potential who are not using X" → "… and are not using X"): the
item's words and its restriction stay its own.

Only an exclusion of one sentence whose subject is "Women", "Females" or "Female patients/subjects/participants"
with "who is/are"; every item of the list (split at commas and "or", the last join an "or", and a "who" after a comma
only after "or") says such a state outside brackets, and no item
names people (another group, "adults", "partners", "their"): "or adults of reproductive potential" may be men, and
"those who …" is a second group.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_mentions import base_form

_HEAD = re.compile(
    r"\s*(?:females?|wom[ae]n)(?:\s+(?:patients?|subjects?|participants?))?\s+(?:who|that)\s+(?:is|are)\s+",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and/or)\s+)?|\s+(?:or|and/or)\s+", re.IGNORECASE)
_HER_STATE = re.compile(
    r"pregnan|breast-?\s?feed|lactat|nursing\b|child-?\s?bearing|reproductive\s+potential|conceiv", re.IGNORECASE
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|wom[ae]n|m[ae]n|females?|males?|partners?|adults?|those|persons?|people|"
    r"individuals?|child(?:ren)?(?![-\s]?bearing)|infants?|bab(?:y|ies)|she|her|he|his|him|they|their|them)\b",
    re.IGNORECASE,
)
# an item's own verb, at its start or after its "and": said as "you" says it
_VERB = re.compile(
    r"(?:(?P<who>(?:who|that)\s+)|(?<=\band\s))(?:(?:also|not|currently)\s+)?"
    r"(?P<verb>is|are|has|have|was|were|does|do|intends?|plans?|wants?|wish(?:es)?|expects?|desires?|refuses?|agrees?)\b",
    re.IGNORECASE,
)
# the list's verdict or a duty (the subject's own verb after the list, which "You are …" cannot take), or the
# study's reason for it ("… because of teratogenic potential"), which offline_reasons says apart
_VERDICT = re.compile(
    r"\b(?:excluded|eligible|ineligible|included|enrolled|allowed|permitted|participate|take\s+part|must|should|shall|"
    r"will\s+(?:not\s+)?be|because|due\s+to|since|owing\s+to)\b",
    re.IGNORECASE,
)
_SAID = {"is": "are", "has": "have", "was": "were", "does": "do"}


def woman_state_list(text: str, kind: SectionKind) -> list[Edit]:
    """ "Female who is pregnant, breast-feeding or intends to become pregnant …" → "You are pregnant, breast-feeding or
    intend to become pregnant …" (see the module), or none."""
    head = _HEAD.match(text)
    if kind is not SectionKind.EXCLUSION or head is None:
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text)
    end = len(masked.rstrip().rstrip(".").rstrip())
    rest = masked[head.end() : end]
    if re.search(r"[.;:()\[\]]", rest) or _PEOPLE.search(rest) or _VERDICT.search(rest):
        return []  # a second sentence, an unclosed bracket, another group or the list's verdict ("… are excluded")
    items = [(m.start(), m.end()) for m in _ITEM_SPLIT.finditer(rest)]
    bounds = [0, *(b for a, b in items)]
    ends = [*(a for a, b in items), len(rest)]
    if len(bounds) < 2 or not all(_HER_STATE.search(rest[a:b]) for a, b in zip(bounds, ends, strict=True)):
        return []  # one item, or one a man could be in ("not willing to use contraception")
    joins = [rest[a:b] for a, b in items]
    if not re.search(r"\bor\b", joins[-1]) or any(
        re.match(r"(?:who|that)\b", rest[b:]) and not re.search(r"\bor\b", rest[a:b]) for a, b in items
    ):
        return []  # "pregnant, who are of childbearing potential": a restriction or a list, not surely a list
    starts = {a for a in bounds} | {m.end() for m in re.finditer(r"\b(?:who|that|and)\s+(?:(?:also|not)\s+)?", rest)}
    if any(m.start() not in starts for m in re.finditer(r"\b(?:is|are|was|were)\b", rest, re.IGNORECASE)):
        return []  # a verb of the whole list ("pregnant or breastfeeding are …"), not an item's own
    edits = [Edit(0, head.end(), "You are ", "person")]
    for a, b in zip(bounds, ends, strict=True):
        for v in _VERB.finditer(rest, a, b):
            if v.start() != a and not v.group("who") and not re.search(r"\band\s$", rest[a : v.start()]):
                continue
            if v.group("who") and v.start() != a:  # "… potential who are not using X" → "… potential and are …"
                edits.append(Edit(head.end() + v.start("who"), head.end() + v.end("who"), "and ", "person"))
            elif v.group("who"):  # "or who are of childbearing potential" → "or are …"
                edits.append(Edit(head.end() + v.start("who"), head.end() + v.end("who"), "", "person"))
            verb = v.group("verb")
            said = _SAID.get(verb.lower()) or (base_form(verb) if verb.lower().endswith("s") else verb)
            if said != verb:
                edits.append(Edit(head.end() + v.start("verb"), head.end() + v.end("verb"), said, "person"))
    return edits
