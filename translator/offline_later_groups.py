"""A second group of people listed after an exclusion put to the reader (offline backend).

An exclusion may list a thing and then a group of people: "Participation in an investigational drug study within
21 days prior to therapy or those who have not recovered from the effects of an investigational drug",
"Malabsorption, severe chronic diarrhea or patients unable to maintain adequate oral intake". Once its opening says
"You have taken part in …" / "You have malabsorption …", the group left as written reads as something the reader
has or did ("You have malabsorption … or patients unable to …"). Either group is excluded, so the group is the
reader too:

- "or those/patients who have X" → "or you have X" ("who are" → "you are", "who has" → "you have");
- "or patients/subjects/participants with X" → "or you have X";
- "or those/patients unable to X" → "or you are unable to X"; "or those unlikely/expected to X", "or patients aged at
  least 70 years" → "or you are …";
  "or those lacking X" → "or you lack X".

And the people's own "with" said again: "Patients with chronic diarrhea or with Grade 2 diarrhea", "a person with
the history of drug abuse, or with a positive reaction …" → "You have chronic diarrhea or have grade 2 diarrhea"
(not "You have … or with …"); only when the opening was "<people> with" and no other word before the "or with" may
take it ("Patients with pain at rest or with minimal exertion", "treated with X or with Y", "with discharge, or with
an abscess" keep their words).

A later group: in an exclusion or an inclusion (either group is one the criterion names), after "or" (an "and" may
start a sentence of its own: "…, and those who are sexually active … must use …"), in the opening's sentence, and only
where the rest of that sentence has no verb of the group's own ("or those who have X will be excluded"): otherwise,
and for any other shape of a group ("or those on medications known to …": "those" may be the medications), the caller
keeps the source's words (None). A group in an exception ("except for inhalers or those on a steroid taper") is no
one the criterion excludes, and stays as is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_LATER_GROUP = re.compile(
    r"\b(?P<join>or|and/or|and)\s+(?P<group>those|(?:the\s+)?(?:patients|subjects|participants|individuals|people))"
    r"\s+(?P<next>who\s+(?P<verb>have|has|are|is)\b|lacking\b|\w+)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
_EXCEPTION = re.compile(r"\b(?:except|excluding|unless|other\s+than|apart\s+from|but\s+not)\b", re.IGNORECASE)
# a verb of the group's own later in the sentence: the group is the subject of a sentence about others
_OWN_VERB = re.compile(
    r"\b(?:must|should|shall|will|would|may|might|can|cannot|could|(?:are|is)\s+(?:not\s+)?(?:eligible|ineligible|"
    r"excluded|included|allowed|permitted|exempt(?:ed)?))\b",
    re.IGNORECASE,
)
# the group's state, said with "you are" ("those expected to need X" → "you are expected to need X")
_STATES = ("unable", "unlikely", "likely", "expected", "anticipated", "scheduled", "aged")
_SAID = {"have": "you have", "has": "you have", "are": "you are", "is": "you are"}


def later_group_edits(text: str, kind: SectionKind, person: Sequence[Edit]) -> list[Edit] | None:
    """Edits that put a group listed after the reader's opening to the reader too, [] when there is none, or None
    when one is there that cannot be (see the module)."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    # (an inclusion's "or" lists either group too: "You have X or those on Y" would leave its group unsaid)
    if kind is SectionKind.OTHER or opening is None or not re.match(r"you\b", opening.text, re.I):
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    end = _SENTENCE_END.search(masked, opening.end)
    stop = end.start() if end else len(text)
    edits: list[Edit] = []
    for m in _LATER_GROUP.finditer(masked, opening.end, stop):
        if any(e.start <= m.start("group") < e.end for e in person):
            continue  # another rule said it already ("or patients with Y" → "or you have Y")
        if _EXCEPTION.search(masked, opening.end, m.start()):
            return edits  # "except for inhalers or those on a steroid taper": no one the criterion excludes
        said = _said(m)
        if said is None or m.group("join").lower() == "and" or _OWN_VERB.search(masked, m.end(), stop):
            # an inclusion's group with a clause of its own ("…, and those who are sexually active must …") or one
            # that may be things ("or those diagnosed by ultrasound") reads on after "You …" as before; only a
            # second group of people it cannot say ("or patients aged …" once) keeps the source
            own = m.group("join").lower() == "and" or _OWN_VERB.search(masked, m.end(), stop)
            return [] if kind is SectionKind.INCLUSION and (own or m.group("group").lower() == "those") else None
        # the group and the words it becomes: "those who have" → "you have", "those unable" → "you are unable"
        kept = m.group("next").lower().startswith(_STATES)
        edits.append(Edit(m.start("group"), m.end("group") if kept else m.end("next"), said, "person"))
    return edits


def without_later_groups(text: str, kind: SectionKind) -> str:
    """`text` with the later groups of an exclusion that `later_group_edits` can put to the reader blanked out: "Major
    surgery within 4 weeks or patients who have not recovered from it" names no one but the reader, once its group is
    "or you have not recovered". Where the group cannot be said after all, `later_group_edits` keeps the source."""
    if kind is not SectionKind.EXCLUSION:
        return text
    return _LATER_GROUP.sub(
        lambda m: " " * len(m.group())
        if m.group("join").lower() != "and" and _said(m) and not _in_open_bracket(text, m.start())
        else m.group(),
        text,
    )


def _in_open_bracket(text: str, at: int) -> bool:
    """Whether `at` is inside a bracket the text opens before it and never closes there: "Other illnesses, such as
    arrhythmia (rate < 60, or patients with myocardial infarction …" lists examples, and its group is one of them,
    not a second condition on the reader that "or you have" could say."""
    before = text[:at]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def _said(m: re.Match[str]) -> str | None:
    """What the group and its first words become ("those who have" → "you have"), or None for a shape not said."""
    group, following = m.group("group").lower(), m.group("next").lower()
    if m.group("verb"):
        return _SAID[m.group("verb").lower()]
    if following.startswith(_STATES):
        return "you are"
    if following == "lacking":
        return "you lack"
    if following == "with" and group != "those":  # "those with" may be things ("drugs … or those with a …")
        return "you have"
    return None


_PEOPLE_WITH = re.compile(
    r"(?:(?:an?|the|any)\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people|volunteers?)\s+with",
    re.IGNORECASE,
)
_ING_OR_WITH = re.compile(r"(?:[a-z]+ing)?\s+(?:or|and/or)\s+(?P<with>with)\s+(?:an?\s+)?(?:[\w-]+\s+)?history\b", re.I)
_OR_WITH = re.compile(r"\b(?:or|and/or)\s+(?P<with>with)\b", re.IGNORECASE)
# a word before "or with" that may be the one it goes with, or a clause of its own in between
_TAKES_WITH = re.compile(
    r"\b(?:with|treated|treatment|therapy|therapies|associated|consistent|combined|combination|compared|along|together|"
    r"rest|exertion|activity|alone|either|infected|diagnosed|managed|controlled|used|dosed|who|which|that|whom|"
    r"in|on|at)\b",  # "pleural effusion in exudate or with no other identified cause": the effusion's "with"
    re.IGNORECASE,
)


def parallel_with_edits(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "Patients with X or with Y" → "You have X or have Y" (see the module)."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    ing = None if opening is None else _ING_OR_WITH.match(text, opening.end)
    if opening is not None and ing is not None and re.fullmatch(r"You are (?:[a-z]+ing)?", opening.text):
        # "Individuals experiencing or with a history of X" → "You are experiencing or have a history of X", not
        # "You are … or with a history": the "with" of the group is the reader's "have"
        return [Edit(ing.start("with"), ing.end("with"), "have", "person")]
    if opening is None or opening.text != "You have" or not _PEOPLE_WITH.fullmatch(text, opening.start, opening.end):
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    end = _SENTENCE_END.search(masked, opening.end)
    m = _OR_WITH.search(masked, opening.end, end.start() if end else len(text))
    if m is None or _TAKES_WITH.search(masked, opening.end, m.start()):
        return []
    return [Edit(m.start("with"), m.end("with"), "have", "person")]
