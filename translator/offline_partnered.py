"""A group named by a partner who can become pregnant, put to the reader before its duty (offline backend).

"Male subjects with female partners of child-bearing potential must agree to use …" names the reader by the
partner: the second person's rules leave any sentence that names a partner (the partner might be who the rule is
about), so it stayed in the third person. With the duty right after the partner, the rule is the reader's:

- "Men with a female partner of childbearing potential must …" → "If you are male and have a female partner able to
  get pregnant, you must …";
- "Subjects with female partners of child-bearing potential must …" → "If you have female partners able to get
  pregnant, you must …"; "Males who have partners of childbearing potential must …" → "If you are male and have …".

The partner's words stay the source's (term edits still say them plainly). Only a partner who can become pregnant
(of child-bearing or reproductive potential, able to become pregnant, WOCBP), an aside that names no one else, and
a duty after it with no "they", "he" or "she" in the sentence (whose "they" would be unclear): otherwise no edit.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_sentence_ends import group_stop
from translator.offline_sexually_active import duty_form
from translator.offline_subjects_words import DUTY

_GROUP = re.compile(
    r"(?:(?P<male>m[ae]n|males?|male\s+(?:subjects?|participants?|patients?))|subjects?|participants?|patients?)"
    r"\s+(?P<with>with|who\s+have)\s+(?P<partner>(?:an?\s+)?(?:female\s+)?(?:sexual\s+)?partners?(?:\s?\(s\))?\s+"
    r"(?:of\s+(?:child-?\s?bearing|reproductive)\s+potential(?:\s*\((?:WOCBP|WOCP)\))?|who\s+(?:is|are)\s+(?:WOCBP|"
    r"wom[ae]n\s+of\s+child-?\s?bearing\s+potential)|(?:who\s+(?:is|are)\s+)?able\s+to\s+(?:become|get)\s+pregnant))",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_DUTY = re.compile(rf"\s+{DUTY.pattern}|\s+(?P<agree>agrees?\s+to)\b", re.IGNORECASE)
# someone whose part in the duty "you" would blur: "… must agree that they and/or their partner will use …"
_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|he|him|his|she|her|hers)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:m[ae]n|wom[ae]n|males?|females?|patients?|subjects?|participants?|child(?:ren)?)\b", re.I)


def partnered_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that put "Men with a female partner of childbearing potential must …" to the reader, or none."""
    del kind  # a duty reads alike in an inclusion and an exclusion
    start = len(text) - len(text.lstrip())
    m = _GROUP.match(text, start)
    if m is None:
        return []
    at = m.end()
    aside = _ASIDE.match(text, at)
    if aside is not None:
        if _OTHERS.search(aside.group()) or _PRONOUN.search(aside.group()):
            return []  # "(unless they agree …)", "(including lactating women)": a second condition or person
        at = aside.end()
    duty = _DUTY.match(text, at)
    if duty is None:
        return []
    stop = group_stop(text, duty.end())
    rest = text[duty.end() : stop.start() if stop else len(text)]
    if _PRONOUN.search(rest) or _OTHERS.search(re.sub(r"\bfather(?:ing)?\s+(?:a\s+)?child(?:ren)?\b", "", rest)):
        return []  # "… that they and/or their partner will use …": whose part is unclear once "you" is said
    said = "If you are male and have " if m.group("male") else "If you have "
    word = duty.start("duty") if duty.group("duty") else duty.start("agree")
    return [
        Edit(start, m.start("partner"), said, "person"),
        Edit(at, word, ", you ", "person"),
        *duty_form(duty),
    ]
