"""A second "be" joined to the reader's first verb, said as "are" (offline backend).

A criterion written as a bare verb list ("Be pregnant or be attempting to conceive", "Have a condition or be in a
situation which …") or whose subject the second person rewrote ("Patients who have received prior or be receiving
radiation therapy", "Participation in X … or be under the exclusion period") keeps its second "be" once the opening
says "You are" / "You have": "You are pregnant or be attempting to conceive" reads as an order, or as broken English.
Joined to the reader's own verb, that "be" is the reader's present: "or are attempting", "or are in a situation".

Left alone: a "be" a modal, "to" (not "to the …", a preposition's) or "do" governs ("You must have X and be willing
to …", "unable to X or be Y", "may interfere with or be adversely affected by"), and one in a clause of its own
("which … would preclude X or be of potential harm": the "which" is its subject), or in another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit

_JOINED_BE = re.compile(r"\b(?:and|or|and/or)\s*,?\s+(?P<be>be)\b", re.IGNORECASE)
# what makes "be" the bare form it is: a modal, "to", "do", or a verb that takes a bare infinitive
# (not the "to" of a preposition: "within 60 days prior to screening and be in sinus rhythm")
_GOVERNED = re.compile(
    r"\b(?:must|should|shall|will|would|may|might|can|cannot|could|do|does|did|let|help|make|made)\b|n't\b|"
    r"(?<!\bprior )(?<!\bdue )(?<!\baccording )(?<!\bup )(?<!\bsecondary )(?<!\brelated )(?<!\bequal )"
    r"(?<!\bsimilar )(?<!\ballergic )(?<!\bexposure )(?<!\baddition )(?<!\bcompared )(?<!\bresistant )"
    r"(?<!\brefractory )(?<!\bintolerant )(?<!\bintolerance )(?<!\bhypersensitivity )(?<!\bcontraindication )"
    r"(?<!\bcontraindications )\bto\b"
    # nor a "to" before a determiner, a preposition's ("understand the commitment to the study and be likely to …")
    r"(?!\s+(?:the|a|an|this|these|those|its|all|any|each|every)\b)",
    re.IGNORECASE,
)
# a clause with a subject of its own between the opening and "be"
_OWN_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|whenever|if|unless|because|although|while|whereas|until|so)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")


def coordinated_be(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "or be" → "or are" after an opening that made the reader the subject ("You are", "You have", …); none when
    the opening said no "you" as its subject (see the module)."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    if opening is None or not re.match(r"you\b(?!r)", opening.text, re.IGNORECASE):
        return []  # "Your …", "If you …": the reader is not the subject of the first verb
    start = _sentence_start(text, opening.start)
    edits = []
    for m in _JOINED_BE.finditer(text, opening.end):
        if _SENTENCE_END.search(text, opening.end, m.start()):
            break
        if _GOVERNED.search(text, start, m.start()) or _OWN_CLAUSE.search(text, opening.end, m.start()):
            break  # a later "be" is governed too, or in the same clause of its own
        edits.append(Edit(m.start("be"), m.end("be"), "are", "person"))
    return edits


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


# A use joined to "You have X" by "or"/"and": "Patients with ongoing coagulopathies and/or receiving oral
# anticoagulants", "Patients with an active bleeding diathesis or on oral anti-vitamin K medication", "Subject has
# arrhythmia and treated with class 1a anti-arrhythmic drugs". The people's "with"/"has" carried both halves; once
# it is "You have", the second reads as something the reader has ("You have X or getting Y"). Its own "are" makes it
# the reader's present: "or are getting Y", "or are on …", "and are treated with …". Only a use (a treatment is
# received by a person, not by a disease), only when nothing before it may be what it goes with (another
# participle, "either", a clause of its own) and never under a negation or an exception, whose scope "are" would end
# ("No history of X or receiving Y" denies both).
_JOINED_USE = re.compile(
    r"\b(?:and|or|and/or)\s+(?P<use>(?:currently\s+)?(?:receiving|taking|undergoing|treated\s+with|on\s+(?:(?:stable|"
    r"oral|renal|chronic|long-term|maintenance|current|regular|\w+-\w+)\s+){0,3}(?:\w+\s+){0,3}?(?:dialysis|"
    r"hemodialysis|medications?|therap(?:y|ies)|treatments?|insulin|anticoagulants?|anticoagulation|steroids?)\b))",
    re.IGNORECASE,
)
_NOT_ITS_OWN = re.compile(
    r"\b(?:no|not|never|without|none|neither|nor|except|excluding|unless|other\s+than|either|that|which|who|whom|"
    r"whose|where|when|while|if|because|requiring|needing|receiving|getting|taking|undergoing|using|treated|managed|"
    r"controlled|caused|associated|linked|related|induced|compromising|affecting|leading|resulting|defined|"
    r"determined|confirmed|documented|measured|assessed|judged|according)\b|n't\b"  # "as defined by X and on Y"
    # a gerund after a preposition, which the use may finish ("before enrolling in X and receiving Y")
    r"|\b(?:before|after|while|when|since|by|without|from|of|for|in|on|upon)\s+(?!(?:bleeding|clotting|screening|"
    r"imaging|staging|dosing|smoking|drinking|hearing|swallowing|breathing|wasting|functioning|vomiting|feeding|"
    r"nursing|morning|evening)\b)\w+ing\b",  # (an "-ing" noun is no gerund: "a history of bleeding disorders")
    re.IGNORECASE,
)


def coordinated_uses(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "You have X or receiving Y" → "… or are receiving Y" (see the comment above); none unless the opening is the
    reader's "You have"."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    # the reader's "have" of having something, not a perfect ("You have taken part in X or are having Y" would move
    # Y out of the perfect's window)
    perfect = r"(?:had|been|taken|given|received|used|undergone|got|gotten|done|\w+ed)\b"
    # ("You are known to have X or on Y" too: "… or are on Y")
    # (nor a negated "have": "You have never had seizures or at risk" denies both, and "… or are at risk" would
    # take the risk out of the denial)
    if opening is None or not re.match(rf"You (?:are known to )?have\b(?!\s+(?:{perfect}|never|not|no)\b)",
                                       opening.text):
        return []
    if _NOT_ITS_OWN.search(text, 0, opening.end):
        return []
    end = _SENTENCE_END.search(text, opening.end)
    m = _JOINED_USE.search(text, opening.end, end.start() if end else len(text))
    m = m or _JOINED_RISK.search(text, opening.end, end.start() if end else len(text))
    if m is None or _NOT_ITS_OWN.search(text, opening.end, m.start()) or "(" in text[opening.end : m.start()]:
        return []
    return [Edit(m.start("use"), m.start("use"), "are ", "person")]


# a risk joined to "You have X" the same way: "Severe depression or at suicidal risk", "Patient with active bleeding
# or at a high risk of bleeding", "a history of, or at imminent risk for, colectomy". The reader is at the risk
# ("… or are at suicidal risk"); "You have X or at risk" reads as a risk the reader has at something. Only "or":
# "and at risk" may still be the first noun's ("X and at-risk Y").
_JOINED_RISK = re.compile(
    r"\b(?:or|and/or)\s*,?\s+(?P<use>at\s+(?:an?\s+)?(?:(?:very|high|higher|increased|significant|imminent|elevated|"
    r"suicidal|great|greater|substantial|known)\s+)*risk\b)",
    re.IGNORECASE,
)
