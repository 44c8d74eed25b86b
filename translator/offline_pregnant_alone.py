"""An exclusion opening with the states "Pregnant or breastfeeding" and no group, put to the reader (offline backend).

"Pregnant or lactating." is said "You are pregnant or breastfeeding." (offline_openings) and "Pregnant or lactating
women" so too (offline_pregnant); with anything after the states the criterion stayed a fragment: "Pregnant or
breastfeeding (females only)", "Pregnant or breastfeeding, or expecting to conceive or father children within …",
"Pregnant or breastfeeding at screening or has a positive pregnancy test". The states are the reader's, and so is
what the sentence goes on to say of the same subject:

- "Pregnant or breastfeeding (females only)" → "You are pregnant or breastfeeding (females only)";
- "Pregnant or breastfeeding, or expecting to conceive …" → "You are pregnant or breastfeeding, or expecting to …";
- "Pregnant or lactating at screening or has a positive pregnancy test" → "You are pregnant or lactating at screening
  or have a positive pregnancy test" (the later verb agrees with "you").

Only "Pregnant" is rewritten; the states keep their words (the lexicon says "lactating" plainly). Only in an
exclusion (an inclusion may ask for the state of a group), only states joined by "or" ("Pregnant and breastfeeding"
may mean both; "Pregnant, breastfeeding, or expecting to …" is a list that "or" closes), only with no group noun
after them ("Pregnant or nursing women" is offline_pregnant's), and only when the rest of the first sentence names
no one else ("…, or those women who plan to get pregnant", "… or male partners of …") outside an aside, and has no
verb of its own ("Pregnant or breastfeeding is an exclusion").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_mentions import agreeing
from translator.offline_openings import dangling_verb

_STATE = r"(?:possibly\s+pregnant|(?:currently\s+)?(?:lactating|nursing|breast-?\s?feeding))"
_OR = r"(?:\s*,\s*or\s+|\s+or\s+|\s+and/or\s+|\s*/\s*)"
# "Pregnant or lactating", "Pregnant/nursing"; "Pregnant, breastfeeding, or expecting to …": a list whose commas an
# "or" closes (not "Pregnant, breastfeeding, and probably pregnant patients")
_STATES = re.compile(
    rf"(?P<pregnant>pregnant)(?P<states>(?:{_OR}{_STATE})+\b|(?:\s*,\s*{_STATE})+\b(?=\s*,?\s+(?:and/)?or\s+\w))",
    re.IGNORECASE,
)
_GROUP_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:fe)?male\s+)?(?:wom[ae]n|females?|males?|mothers?|patients?|subjects?|participants?|"
    r"girls?|adolescents?|individuals?|persons?|people|volunteers?)\b",
    re.IGNORECASE,
)
# someone the rest of the sentence may be about instead of the reader
_SOMEONE_ELSE = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|females?|males?|mothers?|partners?|spouses?|those|who|whom|whose|patients?|"
    r"subjects?|participants?|she|her|he|his|him|they|them|their|infants?|bab(?:y|ies)|newborns?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", re.IGNORECASE)


def pregnant_alone(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Pregnant or breastfeeding (females only)" → "You are pregnant or breastfeeding (females only)" in an
    exclusion (see the module), or no edit."""
    if kind is not SectionKind.EXCLUSION:
        return []
    m = _STATES.match(text, start)
    if m is None or _GROUP_AFTER.match(text, m.end()):
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text)
    stop = _SENTENCE_END.search(masked, m.end())
    rest = masked[m.end() : stop.start() if stop else len(text)]
    if _SOMEONE_ELSE.search(rest) or dangling_verb(text, m.end()):
        return []
    return [Edit(start, m.end("pregnant"), "You are pregnant", "person"), *agreeing(text, m.end())]
