"""The study doctor's judgement said after the reader, where it opened the bullet (offline backend): "In the study
doctor's view, you are capable of understanding and complying with study rules." → "You are capable of understanding
and complying with study rules. The study doctor decides this."

translator.offline_asides already moves a judgement inside a sentence or at its end to a sentence after it ("You have
uncontrolled hypertension. The study doctor decides this."); a judgement that opens the bullet stayed first, so the
same rule read two ways and the reader came second. Here the reader comes first, with the judge said right after in
the same words as offline_asides ("study doctor" is still said, which translator.fidelity_frames looks for).

Only where the whole bullet is one sentence opening "In the study doctor's view, you …" (the reader, as
offline_judged_readers puts it after the judge's comma), with one judge and no second clause of its own after a
";" or ":" (a list-lead): the judgement then covers exactly that sentence, as "The study doctor decides this." after
it does. A bullet of two sentences keeps its order ("…, you are unlikely to follow the protocol. For example, …"),
where "this" would be read as the example.
"""

from __future__ import annotations

import re

_JUDGE_FIRST = re.compile(r"In the study doctor['’]s view,\s+you\s+(?=[a-z])")
_JUDGED = "The study doctor decides this."
_SECOND_SENTENCE = re.compile(r"[.!?;:](?=\s)")


def judge_last(text: str) -> str:
    """`text` with an opening "In the study doctor's view, you X." said "You X. The study doctor decides this." (see
    the module); unchanged otherwise."""
    m = _JUDGE_FIRST.match(text)
    if m is None:
        return text
    rest = text[m.end() :].rstrip()
    body = rest[:-1] if rest.endswith(".") else rest
    if not body or _SECOND_SENTENCE.search(body) or body.endswith((",", ":", ";", "?", "!")):
        return text  # a second sentence, a list-lead or a clause of its own: the judgement's scope would move
    if len(re.findall(r"study\s+doctor|investigator|judg(?:e)?ment|discretion", text, re.IGNORECASE)) != 1:
        return text  # a second judge or judgement
    return f"You {body}. {_JUDGED}"
