"""Nouns of doing said as verbs where no time anchor hangs on them (offline backend, on the final text).

- "study drug administration" beside "taking part in the study" is the reader getting the drug: "… risk linked to
  taking part in the study or study drug administration" → "… or getting the study drug"; for a tube or instructions
  it is the drug being given: "feeding tubes for study drug administration" → "for giving the study drug".
- "completion of" after a verb of hindering or allowing is the reader completing something: "would get in the way of
  the completion of study procedures" → "of completing study procedures", "prevent completion of the trial" →
  "prevent completing the trial".
Time anchors keep their words ("within 28 days of study drug administration", "before completion of
radiotherapy"): the fact rules and the checks read the anchor there, and "the end of" already says those
(translator.offline_plain).
"""

from __future__ import annotations

import re

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<=\btaking part in the study )(?P<and>or|and) (?:the )?study drug administration\b"),
     r"\g<and> getting the study drug"),
    (re.compile(r"\b(?P<for>for|instructions for) (?:the )?study drug administration\b"),
     r"\g<for> giving the study drug"),
    (re.compile(
        r"\b(?P<verb>get in the way of|gets in the way of|prevent|prevents|preclude|precludes|allow|allows|"
        r"compromise|compromises|affect|affects|hinder|hinders|including) (?:the )?completion of (?=the |this |all |"
        r"any |study |treatment\b|[a-z]+ (?:visits?|procedures|questionnaires?|diar(?:y|ies))\b)"
     ), r"\g<verb> completing "),
]  # fmt: skip


def study_drug_words(text: str) -> str:
    """`text` with the nouns of doing above said as verbs."""
    if "administration" not in text and "completion of" not in text:
        return text
    for pattern, wording in _RULES:
        text = pattern.sub(wording, text)
    return text
