"""A group narrowed by being sexually active, put to the reader (offline backend).

"Sexually active males not using reliable birth control", "Sexually active subjects must be willing to use …" were
left in the third person: translator.offline_narrowed knows only groups narrowed by child-bearing, and the subject
rules no "sexually active" before the noun. Here, with the narrowing said of the reader:

- with a duty right after the group: "Sexually active males must agree to use a condom" → "If you are a sexually
  active male, you must agree to use a condom"; "Sexually active subjects must be willing to …" → "If you are
  sexually active, you must be willing to …";
- with no duty, in an exclusion, a description of the group: "Sexually active males not using reliable birth
  control" → "You are a sexually active male and are not using reliable birth control"; "Sexually active
  participants of reproductive potential who are not willing to follow X" → "You are sexually active and able to
  have children, and are not willing to follow X".

A group described further than by child-bearing ("(men and women)", "… and their partners", "enrolled in the
study"), a second group, "she"/"they" in the sentence, a second verb after the description, or a comma before the
duty ("…, unless surgically sterile, must …"): no edit.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_sentence_ends import blank_asides, group_stop
from translator.offline_subjects_words import BE_REQUIRED, DUTY, LEXICAL
from translator.word_keys import word_key

_GROUP = re.compile(
    r"sexually\s+active\s+(?P<head>wom[ae]n|females?|m[ae]n|males?|(?P<plain>patients?|subjects?|participants?|"
    r"individuals?|people|persons?))(?P<narrow>\s+of\s+(?P<what>child-?\s?bearing|reproductive)\s+potential)?\b",
    re.IGNORECASE,
)
_ONE = {"women": "woman", "woman": "woman", "females": "female", "female": "female", "men": "man", "man": "man",
        "males": "male", "male": "male"}  # fmt: skip
_WOMEN = frozenset({"woman", "female"})
_DUTY = re.compile(rf"\s+{DUTY.pattern}|\s+(?P<agree>agrees?\s+to)\b", re.IGNORECASE)
# what the group does or is, said of the reader after "and are"/"and": "not using", "unwilling to", "who do not use"
_STATE = re.compile(
    r"\s+(?P<state>(?:not\s+)?(?:using|practicing|practising|employing|willing|unwilling|able|unable)\b)"
    r"|\s*,?\s+who\s+(?P<verb>are|do|did|have)\s+(?P<neg>not\s+)",
    re.IGNORECASE,
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:she|her|hers|herself|he|him|his|himself|they|them|those|theirs|m[ae]n|wom[ae]n|males?|females?|patients?|"
    r"subjects?|participants?|partners?|children|child(?![-\s]?(?:pugh|bearing))|infants?)\b",
    re.IGNORECASE,
)

_FATHER = re.compile(r"\bfather(?:ing)?\s+(?:a\s+)?child(?:ren)?\b", re.IGNORECASE)  # what men must not do, no person


def sexually_active_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that put "Sexually active <group> …" to the reader, or none (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _GROUP.match(text, start)
    if m is None:
        return []
    masked = blank_asides(text)
    stop = group_stop(masked, m.end())
    end = stop.start() if stop else len(text)
    if stop is not None and stop.group().startswith(":"):
        return []  # "Sexually active males:" heads a list of what is asked of them
    aside = re.compile(r"\s*\([^()]*\)").match(text, m.end())
    if aside is not None and _SOMEONE_ELSE.search(aside.group()):
        return []  # "Sexually active subjects (male and female) must …": the aside names the groups
    subject, plain = _subject(m)
    # "Sexually active males (unless surgically sterilized …) should use …": the aside stays the group's
    duty = _DUTY.match(masked, aside.end() if aside else m.end())
    if duty is not None:
        if _SOMEONE_ELSE.search(_FATHER.sub("", masked[duty.end() : end])):
            return []  # "… should use a condom and his partner …": someone besides the reader
        word = duty.start("duty") if duty.group("duty") else duty.start("agree")
        if aside is None:
            return [Edit(start, word, f"If you are {subject}, you ", "person"), *duty_form(duty)]
        return [Edit(start, m.end(), f"If you are {subject}", "person"), Edit(aside.end(), word, ", you ", "person"),
                *duty_form(duty)]  # fmt: skip
    if aside is not None:
        return []
    if kind is not SectionKind.EXCLUSION:
        return []  # in an inclusion, "Sexually active males not using X" is no requirement to be one
    state = _STATE.match(masked, m.end(), end)
    if state is None:
        return []
    rest = masked[state.end() : end]
    if _SOMEONE_ELSE.search(_FATHER.sub("", rest)) or _second_verb(rest):
        return []  # "… unwilling to use a condom and agree not to father a child": a second verb for the group
    join = ", and" if plain and m.group("narrow") else " and"
    if state.group("state"):
        return [Edit(start, state.start("state"), f"You are {subject}{join} are ", "person")]
    verb = word_key(state.group("verb"))
    return [Edit(start, state.start("neg"), f"You are {subject}{join} {verb} ", "person")]


def _subject(m: re.Match[str]) -> tuple[str, bool]:
    """ "Sexually active women of childbearing potential" → ("a sexually active woman who can become pregnant",
    False); "Sexually active subjects of reproductive potential" → ("sexually active and able to have children",
    True)."""
    able = ""
    if m.group("narrow"):
        able = "able to become pregnant" if "child" in m.group("what").lower() else "able to have children"
    if m.group("plain"):
        return ("sexually active" + (f" and {able}" if able else ""), True)
    one = _ONE[word_key(m.group("head"))]
    if able and one in _WOMEN and "child" in m.group("what").lower():
        able = "who can become pregnant"
    return (f"a sexually active {one}" + (f" {able}" if able else ""), False)


def _second_verb(rest: str) -> bool:
    """Whether the words after the description hold a verb of the group's own ("… and agree not to father")."""
    for f in re.finditer(rf"{FINITE.pattern}|{LEXICAL.pattern}", rest, re.IGNORECASE):
        before = rest[: f.start()].split()
        if before and before[-1].lower() in ("and", "or", "but") and not f.group().lower().endswith(("ed", "ing")):
            return True
    return False


_SAID = {"needs": "need", "has": "have"}


def duty_form(duty: re.Match[str]) -> list[Edit]:
    """ "needs to" / "has to" / "is required to" / "agrees to" → "need to" / "have to" / "must" / "agree to"."""
    text = duty.string
    if duty.group("agree"):
        return [Edit(duty.start("agree"), duty.end("agree"), "agree to", "person")]
    if (required := BE_REQUIRED.match(text, duty.end())) is not None:
        return [Edit(required.start("be"), required.end(), "need to", "person")]
    word = duty.group("duty")
    if re.fullmatch(r"(?:is|are)\s+required\s+to", word, re.IGNORECASE):
        return [Edit(duty.start("duty"), duty.end("duty"), "must", "person")]
    said = re.sub(r"^(?:needs|has)\b", lambda w: _SAID[word_key(w.group())], word, flags=re.IGNORECASE)
    return [Edit(duty.start("duty"), duty.end("duty"), said, "person")] if said != word else []
