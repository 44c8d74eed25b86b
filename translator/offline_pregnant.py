"""Criteria opening with the pregnant (or nursing) as a group, put to the reader (offline backend).

offline_openings says "Pregnant or lactating women" as "You are pregnant or lactating"; it leaves the shapes where
the group is singular or qualified ("Pregnant or nursing woman", "Pregnant/Lactating female subjects"), has an
aside ("Pregnant or nursing (lactating) women"), is said twice ("Pregnant women or nursing mothers"), or is judged
("Pregnant women are excluded from this study because …", which offline_person leaves for its word of eligibility).
Here:

- the group alone, in an exclusion only (an inclusion may ask for it): "Pregnant or nursing woman" → "You are
  pregnant or nursing"; "Pregnant women or nursing women" → "You are pregnant or nursing"; the group's noun goes,
  since being pregnant or nursing already says it; "Pregnant and nursing women" are two groups, either of which is
  named, so their "and" is said "or" (one "pregnant and nursing woman" is both, and keeps her words);
- the group judged, in any section: "Pregnant women are excluded from this study because X" → "If you are
  pregnant, you are excluded from this study because X": the judgement and its reason stay as written.

Only when the group is the whole subject: another group after it ("… or women of childbearing potential", "… and
male partners of pregnant women"), a description ("Pregnant women with preeclampsia", "… who …"), or anything else
in the sentence but the judgement and its reason: no edit. Later sentences ("Women of childbearing potential must
…") are about others and stay as written.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_pregnant_alone import pregnant_alone

_STATE = r"(?:possibly\s+pregnant|(?:currently\s+)?(?:lactating|nursing|breast-?\s?feeding))"
_GROUP = r"(?:(?:female\s+)?(?:patients?|subjects?|participants?)|wom[ae]n|females?|mothers?)"
# "and" too: "Pregnant and nursing women" are two groups, either of which the criterion names (said with "or")
_JOIN = r"(?:\s*,\s*(?:or\s+|and/or\s+)?|\s+or\s+|\s+and/or\s+|\s+and\s+|\s*/\s*)"
# "Pregnant or nursing (lactating) women", "Pregnant, possibly pregnant, or nursing women", "Pregnant/Lactating
# female subjects"
_LISTED = re.compile(
    rf"(?P<pregnant>pregnant)(?P<states>(?:{_JOIN}{_STATE})*)(?:\s*\((?:{_STATE})\))?\s+(?P<group>{_GROUP})\b",
    re.IGNORECASE,
)
# "Pregnant women or nursing mothers", "Pregnant woman or woman breastfeeding"
_TWICE = re.compile(
    rf"(?P<pregnant>pregnant)\s+(?P<group>{_GROUP}(?:\s+or\s+(?:(?P<before>{_STATE})\s+{_GROUP}|{_GROUP}\s+"
    rf"(?P<after>{_STATE}))))\b",
    re.IGNORECASE,
)
# where the sentence stops: its end, or its end before a later sentence
_ALONE = re.compile(r"\s*(?:[.;]\s+(?=[A-Z])|[.;]?\s*$)")
_JUDGED = re.compile(
    r"\s+(?P<verb>(?:are|is|will\s+be|shall\s+be|should\s+be)(?=\s+(?:not\s+eligible|ineligible|excluded)\b))"
    r"(?P<judged>\s+(?:not\s+eligible|ineligible|excluded)(?:\s+(?:from|for)\s+(?:this|the)\s+(?:study|trial|protocol))?"
    r"(?:\s+to\s+(?:participate|take\s+part)\s+in\s+(?:this|the)\s+(?:study|trial))?)"
    # its reason, or nothing more in the sentence
    r"(?=\s*(?:[.;]|$)|\s*,?\s+(?:because|as|due\s+to|since)\b)",
    re.IGNORECASE,
)
_PLAIN_STATE = re.compile(r"\blactating\b|\bbreast[- ]feeding\b", re.IGNORECASE)
_ANOTHER_IN_REASON = re.compile(r"[;]|\b(?:wom[ae]n|m[ae]n|males?|partners?)\b", re.IGNORECASE)


def pregnant_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that put an exclusion opening with the pregnant as a group to the reader, or none (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _TWICE.match(text, start) or _LISTED.match(text, start)
    if m is None:  # "Pregnancy or lactation"; "Pregnant or breastfeeding (females only)"
        return _pregnancy_states(text, start, kind) or pregnant_alone(text, start, kind)
    if m.re is _TWICE:
        state = _PLAIN_STATE.sub("breastfeeding", " ".join((m.group("before") or m.group("after")).lower().split()))
        said = [Edit(start, m.end(), f"You are pregnant or {state}", "person")]
    else:  # the states as written, in the word the lexicon gives them (these edits cover the group it would reach)
        joined = list(re.finditer(r"\s+and\s+", m.group("states"), re.IGNORECASE))
        if joined and not m.group("group").lower().endswith(("s", "women")):
            return []  # "pregnant and lactating woman": one who is both
        said = [
            Edit(start, m.end("pregnant"), "You are pregnant", "person"),
            *(
                Edit(w.start(), w.end(), "breastfeeding", "person")
                for w in _PLAIN_STATE.finditer(text, m.end("pregnant"), m.start("group"))
            ),
            *(Edit(m.start("states") + j.start(), m.start("states") + j.end(), " or ", "person") for j in joined),
            Edit(len(text[: m.start("group")].rstrip()), m.end(), "", "person"),
        ]
    if _ALONE.match(text, m.end()):
        return said if kind is SectionKind.EXCLUSION else []
    judged = _JUDGED.match(text, m.end())
    if judged is None:
        return []
    sentence = re.split(r"[.;](?:\s|$)", text[judged.end() :], maxsplit=1)[0]
    if _ANOTHER_IN_REASON.search(sentence):
        return []  # "… because X; breastfeeding should be discontinued if the mother …": more than the reader
    opening = [Edit(e.start, e.end, "If you are" + e.text[len("You are") :], "person") if i == 0 else e
               for i, e in enumerate(said)]  # fmt: skip
    # "is" agrees with "you"; "are excluded from this study" stays the source's, for the plain words to say
    agree = [Edit(judged.start("verb"), judged.end("verb"), "are", "person")] if judged.group("verb") == "is" else []
    return [*opening, Edit(m.end(), judged.start("verb"), ", you ", "person"), *agree]


# "Pregnancy or lactation", "Pregnancy/lactation", "Current pregnancy or lactation": the states alone, an exclusion's
# whole item; offline_openings says "Pregnancy or breastfeeding" already, not "lactation", which has no "You are" form
_STATES_JOINED = r"(?:\s*,\s*(?:or\s+)?|\s+or\s+|\s+and/or\s+|\s*/\s*)"
_PREGNANCY = re.compile(
    rf"(?:(?:current|ongoing)\s+)?pregnancy(?P<states>(?:{_STATES_JOINED}(?:lactation|lactating|nursing|"
    r"breast-?\s?feeding))+)(?=\s*[.;]?\s*$)",
    re.IGNORECASE,
)


def _pregnancy_states(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Pregnancy or lactation" → "You are pregnant or breastfeeding" (an "and" of two states keeps its words: the
    reader need not be both)."""
    m = _PREGNANCY.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    said, seen, join = "You are pregnant", set(), ""
    each = re.compile(rf"(?P<join>{_STATES_JOINED})(?P<state>[\w -]+?)(?={_STATES_JOINED}|$)", re.IGNORECASE)
    for joined in each.finditer(m.group("states")):
        state = "nursing" if joined.group("state").lower() == "nursing" else "breastfeeding"
        if state in seen:
            return []  # "Pregnancy, lactation or breastfeeding": one state said twice
        seen.add(state)
        join = " or " if joined.group("join").strip() == "/" else joined.group("join").lower()
        said += join + state
    if not seen or join.strip() == ",":
        return []  # "Pregnancy, lactation": a list with no word that joins it ("You are pregnant, breastfeeding")
    return [Edit(start, m.end(), said, "person")]
