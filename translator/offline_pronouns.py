"""The reader's own pronouns after an opening that made the criterion "you": "them", "him", "his", "her", "he", "she".

offline_mentions turns "their", "themselves", "they <verb>" and "he/she <verb>" round; these are the rest, which a
rewritten subject left behind: "You have conditions that prevent them from performing spirometry", "You have lung
disease that puts them at risk", "You must have a chaperone accompany them home", "You must be in complete
response from her first line treatment", "… if he were to take part".

A pronoun is the reader's only where nothing else it could mean stands between the opening and it: it must sit in
the opening's own sentence, with no other person named before it ("If the mother is treated, she …", "a partner
… them"), and "them" only as the object of a verb whose object is a person ("prevent them from doing",
"place them at risk", "accompany them", "stay with them"), so that no plural thing before it ("drugs that …
them") can be what it means. A person named only as the doer of that very verb ("a chaperone accompany them",
"an adult who can stay with them") cannot be its object, so does not stop it.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
# anyone a pronoun could mean other than the reader (the reader's own words, "female", "male", were the opening's)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|wom[ae]n|m[ae]n|females?|males?|people|persons?|"
    r"volunteers?|smokers?|relatives?|famil(?:y|ies)|siblings?|partners?|spouses?|parents?|"
    r"child(?:ren)?(?![-\s]?pugh)|mothers?|fathers?|doctors?|physicians?|investigators?|sub-?investigators?|staff|"
    r"donors?|caregivers?|guardians?|employees?|members?|representatives?|infants?|bab(?:y|ies)|sons?|daughters?|"
    r"adults?|chaperones?|escorts?|companions?|friends?|someone|somebody|anyone|others|he|she|they|him|her|his|"
    r"their|them|(?:the\s+)?(?:study\s+)?(?:team|sponsor|nurses?|surgeons?|clinicians?|providers?))\b",
    re.IGNORECASE,
)
# a verb whose object is a person, with what follows that object
_PERSON_OBJECT = (
    r"(?:prevents?|preventing|prevented|precludes?|precluding|keeps?|keeping|stops?|stopping)\s+them\s+from"
    r"|predispos(?:es?|ing|ed)\s+them\s+to\b"
    r"|(?:puts?|putting|places?|placing|exposes?|exposing|renders?|rendering|makes?|making|"
    r"leaves?|leaving)\s+them\s+(?=at\s+(?:\w+\s+){0,2}risk\b|to\s+(?:\w+\s+){0,2}(?:risks?|seizures?|harm|"
    r"infections?|bleeding|complications?)\b|(?:un)?(?:suitable|eligible|ineligible|able|unable|fit|unfit)\b)"
    r"|(?:qualif(?:y|ies|ied|ying))\s+them\s+for"
    r"|(?:deems?|deemed|considers?|considered|judges?|judged)\s+them\s+(?=(?:to\s+be\s+)?(?:in|un|not\s+)?"
    r"(?:appropriate|suitable|eligible|ineligible|fit|unfit|able)\b)"
    r"|(?:accompany|accompanies|drive|drives|escort|escorts|take|takes|bring|brings)\s+them(?=\s+(?:home|to|back)\b)"
    r"|(?:stay|stays|remain|remains|live|lives)\s+with\s+them\b"
)
# the same verbs with "him" or "her" for their object ("a disorder rendering her unable to understand")
_THEM = re.compile(rf"\b(?:{_PERSON_OBJECT}|{_PERSON_OBJECT.replace('them', '(?:him|her)')})", re.IGNORECASE)
_THEM_WORD = re.compile(r"\b(?:them|him|her)\b", re.IGNORECASE)
# a person who does the very verb that has "them" for its object ("a chaperone accompany them", "an adult who can
# stay with them"): the doer is not its own object, so it stops nothing
_DOER = re.compile(
    r"\s*(?:,\s*)?(?:(?:who|that)\s+)?(?:(?:can|could|will|would|must|should|may|is\s+able\s+to)\s+)?$", re.IGNORECASE
)
# "his", "her" and "he", "she" alone (offline_person says "his or her", "he or she <verb>" and "him or her")
_NOT_AFTER = r"(?<![/-])(?<!\bor\s)(?<!\band\s)"
_NOT_BEFORE = r"(?!\s*(?:/|-|or\b|and\b))"
# "his", "her" before a noun ("her first line treatment"), not the object ("allow her to"), nor "His bundle", "HER2"
_POSSESSIVE = re.compile(
    rf"{_NOT_AFTER}\b(?P<word>his|her){_NOT_BEFORE}(?=\s+(?!(?:bundle|purkinje|own|to|from|at|in|into|with|for|if|"
    r"and|or|that|as|by|on|home|until|when|while|during|before|after|up|out|off|back|down|not|is|was|be)\b)[a-z][\w-]*)"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|from|in|on|to|for|with|after|before|during|throughout|by|at|into|about|under|over|since|until|within|"
    r"upon|following)\s+$",
    re.IGNORECASE,
)
_HE_SHE = re.compile(
    rf"{_NOT_AFTER}\b(?P<word>he|she){_NOT_BEFORE}\s+(?P<verb>is|was|were|has|had|does|did|will|would|can|could|must|should|may|"
    r"might|cannot|agrees|wishes|needs|meets|takes|receives|understands|lives)\b"
)
_THEIR_VERB = {"is": "are", "was": "were", "has": "have", "does": "do", "agrees": "agree", "wishes": "wish",
               "needs": "need", "meets": "meet", "takes": "take", "receives": "receive", "understands": "understand",
               "lives": "live"}  # fmt: skip
# a person named only as whose view it is ("in the study doctor's view", "in the opinion of the investigator"):
# a judge, not someone the pronoun may mean
_JUDGE = re.compile(
    r"\bin\s+the\s+(?:opinion|judge?ment|view)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:investigator|doctor|"
    r"physician|clinician)s?\b|\b[\w-]+['’]s?\s+(?:opinion|view|judge?ment|discretion|determination|assessment)\b",
    re.IGNORECASE,
)
_OWN_PEOPLE = re.compile(r"\b(?:he\s+or\s+she|she\s+or\s+he|his\s+or\s+her|her\s+or\s+his|him\s+or\s+her)\b", re.I)


def reader_pronouns(text: str, after: int) -> list[Edit]:
    """Edits that say "you" / "your" for the reader's own pronouns in the opening's sentence after `after`."""
    end_m = _SENTENCE_END.search(text, after)
    end = end_m.start() if end_m else len(text)
    edits: list[Edit] = []
    for m in _THEM.finditer(text, after, end):
        them = _THEM_WORD.search(text, m.start(), m.end())
        if them is not None and not _someone_before(text, after, m.start(), doer=True):
            edits.append(Edit(them.start(), them.end(), "you", "person"))
    for m in _POSSESSIVE.finditer(text, after, end):
        # only after a preposition ("from her first line treatment"): after a verb it may be the object ("rendering
        # her unable", "help her walk")
        if _PREPOSITION_BEFORE.search(text, 0, m.start()) and not _someone_before(text, after, m.start()):
            edits.append(Edit(m.start(), m.end(), "your", "person"))
    for m in _HE_SHE.finditer(text, after, end):
        if not _someone_before(text, after, m.start()):
            verb = m.group("verb")
            edits.append(Edit(m.start(), m.end(), f"you {_THEIR_VERB.get(verb, verb)}", "person"))
    return edits


def _someone_before(text: str, start: int, at: int, doer: bool = False) -> bool:
    """Whether a person other than the reader is named between the opening's end and the pronoun: the pronoun
    may mean them. With `doer`, not the doer of the pronoun's own verb ("a chaperone accompany them")."""
    between = _JUDGE.sub(_blank, _OWN_PEOPLE.sub(_blank, text[start:at]))
    for person in _PEOPLE.finditer(between):
        if doer and _DOER.fullmatch(between, person.end()) and not person.group().lower().endswith("s"):
            continue
        return True
    return False


def _blank(m: re.Match[str]) -> str:
    """The match as spaces: the words gone, the offsets kept."""
    return " " * len(m.group())
