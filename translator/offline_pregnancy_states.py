"""An exclusion that names pregnancy and nursing as nouns, put to the reader as states (offline backend).

"Pregnancy or lactation", "Pregnancy (positive pregnancy test) or breast-feeding", "Pregnancy, lactation or
breastfeeding" name states the reader may be in now: "You are pregnant or lactating", "You are pregnant (positive
pregnancy test) or breast-feeding". offline_openings says "Pregnancy" alone and "Pregnancy or breastfeeding" so; the
nouns "lactation" and "nursing" and an aside after "Pregnancy" were left as the source's noun phrase.

Each noun becomes the word of its state ("pregnancy" → "pregnant", "lactation" → "lactating"); a word that is
already one ("breastfeeding", "nursing", "lactating") stays. Only one state, joined by "or" ("/" said "or"): "and", a
bare comma or a state said twice leave the join unsure (as test_offline_plain23 has it). Only when the states are the
whole first sentence (an aside in brackets after one is kept): a window ("within 90 days", "during the study": a time
"You are" would move), a plan ("or intention to become pregnant") or a group of people after them leave the noun
phrase as written. A later sentence stays as written.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_STATES = {
    "lactation": "lactating", "lactating": "lactating", "breastfeeding": "breastfeeding",
    "breast-feeding": "breast-feeding", "breast feeding": "breast feeding", "nursing": "nursing",
}  # fmt: skip
_STATE = r"(?:lactation|lactating|breast-?feeding|breast\s+feeding|nursing)"
_ASIDE = r"(?:\s*\([^()]*\))?"
# how items of a list of states join: ", ", ", or ", " and/or ", "/" (translator.offline_sexes joins its states so too)
LIST_JOIN = r"(?:\s*,\s*(?:or\s+|and/or\s+|and\s+)?|\s+or\s+|\s+and/or\s+|\s+and\s+|\s*/\s*)"
_PREGNANCY = re.compile(
    rf"(?P<current>current\s+)?pregnancy(?P<aside>{_ASIDE})(?P<rest>(?:{LIST_JOIN}{_STATE}{_ASIDE})+)"
    # the sentence's end, or a time that is now: "at the time of study entry", "at screening"
    r"(?=(?:\s+at\s+(?:the\s+time\s+of\s+)?(?:the\s+)?(?:study\s+entry|entry|screening|enrol(?:l)?ment|baseline|"
    r"randomi[sz]ation))?\s*(?:[.;,]?\s*$|[.;]\s+(?=[A-Z])))",
    re.IGNORECASE,
)
_ONE = re.compile(rf"(?P<join>{LIST_JOIN})(?P<state>{_STATE})", re.IGNORECASE)


def pregnancy_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Pregnancy or lactation" → "You are pregnant or lactating" in an exclusion (see the module), or no edit."""
    m = _PREGNANCY.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    edits = [Edit(start, m.start("aside"), "You are pregnant", "person")]  # the aside stays the pregnancy's
    states = list(_ONE.finditer(text, m.start("rest"), m.end("rest")))
    # one state, joined by "or" (offline_plain's test_offline_plain23 leaves "and", a bare comma and a state said
    # twice: the join is not sure)
    if len(states) != 1 or not re.fullmatch(r"\s+(?:and/)?or\s+|\s*,\s*or\s+|\s*/\s*", states[0].group("join"), re.I):
        return []
    for one in states:
        join = one.group("join")
        if join != join.lower() or "/" in join:  # "Pregnancy OR breastfeeding", "Pregnancy/Lactation"
            edits.append(Edit(one.start("join"), one.end("join"), " or " if "/" in join else join.lower(), "person"))
        state = one.group("state")
        word = _STATES[re.sub(r"\s+", " ", state.lower())]
        if word != state.lower():
            edits.append(Edit(one.start("state"), one.end("state"), word, "person"))
    return edits
