"""A smoker, drinker or user named at the top of a criterion, put to the reader (offline backend).

"Current smoker" → "You are a current smoker", "Current or former cigarette smokers with a history of 10
pack-years" → "You are a current or former cigarette smoker with a history of 10 pack-years", "Non-smoker or
ex-smoker (quit at least 6 months before Visit 1)" → "You are a non-smoker or ex-smoker (…)", "Current marijuana
user" → "You are a current marijuana user", "Non-smoker for at least 6 months" → "You have been a non-smoker for
at least 6 months". Every word of the noun phrase stays ("current", "former", "ex-", "non-" keep their meaning
exactly); a plural ("smokers") is said of one reader ("smoker"), as offline_person does for "Subjects are current
smokers". Such a phrase names a kind of person, so "You have current smoker" (offline_openings' "Current X" → "You
have current X") would not do: offline_openings leaves it to this rule.

Left as written: a list whose next item is no smoker ("Current smoker or cessation of smoking in the 6 months
before …"), a plural with its own clause ("Current smokers who have …", whose verb would then not agree), a clause
with a verb of its own after the phrase, and someone else named (offline_leads checks the first sentence).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_findings import lower_first_word
from translator.offline_openings import dangling_verb

# words that say which smokers, each kept: a time ("current", "former"), a habit ("heavy", "daily") or a product
_QUALIFIER = (
    r"(?:current|former|past|previous|ex|non|active|daily|regular|heavy|light|occasional|habitual|chronic|"
    r"cigarette|tobacco|e-?cigarette|cigar|pipe|nicotine|marijuana|cannabis|alcohol|intravenous|injection|drug)"
)
# "Current or former-", "Non- or ex-", "Current, "
_QUALIFIERS = rf"(?:{_QUALIFIER}(?:\s*-\s*|\s+)(?:(?:,|or|and|and/or|/)\s*)?)*"
_NOUN = r"(?:non-?|ex-?)?(?:smokers?|drinkers?|users?|vapers?|chewers?)\b"
PHRASE = re.compile(
    rf"(?P<phrase>{_QUALIFIERS}{_NOUN}(?:\s*(?:,|or|and|and/or|/)\s*{_QUALIFIERS}{_NOUN})*)", re.IGNORECASE
)
_PLURAL = re.compile(r"(?P<noun>(?:smoker|drinker|user|vaper|chewer))s\b", re.IGNORECASE)
# what may follow the phrase: its end, an aside, what the habit is of or how much, or a relative clause
_TAIL = re.compile(
    r"\s*(?:$|[.,;:(\[]|(?:with|of|who|whose|that|defined|as|for|in|at|within|during|consuming|smoking|"
    r"using|per|on|since|(?:or|and)\s+(?:has|have|had|is|was|uses|smokes|drinks))\b|[≥><≤])",
    re.IGNORECASE,
)
# the next item of a list that is no smoker: "Current smoker or cessation of smoking …"
# (a verb after it is the reader's: "Current tobacco smoker or has a smoking history of …" → "… or have …")
_LIST_GOES_ON = re.compile(
    r"\s*,?\s*(?:or|and|and/or|/)\s(?!\s*(?:has|have|had|is|was|uses|smokes|drinks)\b)", re.IGNORECASE
)
# a plural smoker further on, or a second list after a semicolon: another group ("Tobacco users with no cotinine;
# and tobacco non-users with …", "Non-smoker … or ex-smokers who have …"), not the reader
_ANOTHER_GROUP = re.compile(r"\b(?:smokers|drinkers|users|vapers|chewers)\b", re.IGNORECASE)
_SECOND_LIST = re.compile(r";\s*(?:and|or)\b", re.IGNORECASE)
# a second noun phrase joined after a comma, which "You are a smoker" would leave with no verb: "Nonsmoker or light
# smoker, i.e., …, and ability and willingness to refrain from smoking …"
_ANOTHER_NOUN = re.compile(
    r",\s*(?:and|or)\s+(?:the\s+)?(?:ability|inability|willingness|unwillingness|agreement|consent|history|presence|"
    r"absence|evidence)\b",
    re.IGNORECASE,
)
# a list of other kinds of people after a comma: "Smokers, alcoholics and drug addicts"
_PEOPLE_LISTED = re.compile(r"\s*,\s*[\w-]+(?:\s+[\w-]+)?\s*(?:,|\b(?:and|or|and/or)\b)", re.IGNORECASE)
# a length of time as a smoker or non-smoker: "Non-smoker for at least 6 months" → "You have been a non-smoker …"
_LASTING = re.compile(
    r"\s+for\s+(?:at\s+least\s+|more\s+than\s+|over\s+|a\s+minimum\s+of\s+|(?:the\s+)?(?:past|last)\s+)*"
    r"(?:\d|one|two|three|four|five|six|twelve)",
    re.IGNORECASE,
)


def smoker_opening(text: str, start: int) -> list[Edit]:
    """ "Current smoker" → "You are a current smoker" (see the module)."""
    m = PHRASE.match(text, start)
    if m is None or not _TAIL.match(text, m.end()):
        return []
    aside = re.match(r"\s*\([^()]*\)", text[m.end() :])  # "Current smoker (cigarette or e-cigarette) or …"
    after_aside = m.end() + (aside.end() if aside else 0)
    if _PEOPLE_LISTED.match(text, m.end()) or any(_LIST_GOES_ON.match(text, at) for at in (m.end(), after_aside)):
        return []
    plurals = list(_PLURAL.finditer(text, m.start(), m.end()))
    sentence = re.split(r"[.;](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if plurals and re.search(r"\b(?:who|that|which)\b", sentence, re.IGNORECASE):
        return []  # "Current smokers who have …": the clause's verb is said of many
    if _ANOTHER_GROUP.search(re.sub(r"\([^()]*\)", "", sentence)) or _SECOND_LIST.search(text, m.end()):
        return []
    if _ANOTHER_NOUN.search(sentence):
        return []
    if dangling_verb(text, m.end()):
        return []  # "Current smokers are eligible": a verb of its own
    phrase = m.group("phrase")
    article = "an" if phrase[:1].lower() in "aeio" else "a"
    lead = "You have been" if _LASTING.match(text, m.end()) else "You are"
    singular = [Edit(p.end("noun"), p.end(), "", "person") for p in plurals]
    opening = Edit(start, start, f"{lead} {article} ", "person")
    first = lower_first_word(text, start, _FIRST_WORDS)
    if first and singular and singular[0].start < first[0].end:  # "Smokers" → "You are a smoker": one word, one edit
        return [Edit(start, first[0].end, opening.text + first[0].text[:-1], "person"), *singular[1:]]
    return [opening, *first, *singular]


_FIRST_WORDS = frozenset({
    "current", "former", "past", "previous", "ex", "non", "active", "daily", "regular", "heavy", "light",
    "occasional", "habitual", "chronic", "cigarette", "tobacco", "cigar", "pipe", "nicotine", "marijuana", "cannabis",
    "alcohol", "intravenous", "injection", "drug", "smoker", "smokers", "drinker", "drinkers", "user", "users",
    "nonsmoker", "nonsmokers", "vaper", "vapers", "chewer", "chewers",
})  # fmt: skip
