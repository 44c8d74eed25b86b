"""The study doctor's judgement of the reader, put to the reader (offline backend).

"Subjects who, in the investigator's judgment, pose a significant suicide risk" (or "Subject, who …", "Patient which
…", "Those who …") judges the patient it names: "You, in
the investigator's judgment, pose a significant suicide risk" (the plain words say the judge as "the study doctor",
and translator.offline_asides moves the judgement to a sentence of its own: "You pose a significant suicide risk. The
study doctor decides this."). Only the subject and its "who" change, and the verb agrees with "you" ("poses" →
"pose", "is" → "are"); the judge, the verb's words and everything after stay as written.

Only for one judge, the investigator ("the Sponsor and Investigator", "the investigator or sub-investigator" keep
their words), and a judgement of a state, not of taking part: "Subjects who in the opinion of the investigator should
not be enrolled" under "You cannot join if…" would say the exclusion twice. Nor where the sentence names other people
("… and/or patients who started it") or a plural of them ("… would not be good candidates"), which "you" would not
agree with; "the patient's safety" is the reader's (translator.offline_mentions says "your safety").

The judge said first, then the reader ("In the opinion of the investigator, the participant is capable of
understanding and complying with protocol requirements", "In the opinion of the investigator, able to participate in
the study"): the reader put after the judge's comma ("In the study doctor's view, you are capable of …", "…, you are
able to take part in the study"), with the judge's words as written (any judge: "the investigator or
sub-investigator" too, since the comma ends them). Only "the patient/subject/participant" and a verb the reader can
take, or a bare word of capacity ("able", "capable", "willing" and their negatives); not where the sentence goes on
to name another person ("the participant or legal guardian is …"), and not a judgement of taking part itself ("…,
the subject should not be enrolled") other than being able or willing to.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_subjects_words import MODALS, OTHERS, reader_verb

# (with a comma before "who", "which" for "who", or "Those who": "Subject, who in the opinion of the investigator, is")
_JUDGED_WHO = re.compile(
    r"(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s*,?\s*(?:who|which)|those\s+who)\s*,?\s*"
    r"(?P<judge>in\s+the\s+(?:(?:opinion|judge?ment|view)\s+of\s+the\s+(?:site\s+)?investigator|"
    r"investigator['’]s\s+(?:opinion|judge?ment|view)))"
    r"(?P<gap>\s*,?\s+)(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# taking part judged ("should not be enrolled", "are not eligible"): the exclusion said again, under its heading
_TAKING_PART = re.compile(
    r"\b(?:eligible|ineligible|enrol(?:l)?(?:ed|ment)?|participat\w*|included|excluded|take\s+part|join)\b", re.I
)

# what a judged risk is said with, beside the verbs translator.offline_subjects_words knows
_RISK = {"pose": "pose", "poses": "pose", "represent": "represent", "represents": "represent"}


def judged_reader(text: str, start: int) -> list[Edit]:
    """ "Patients who, in the opinion of the investigator, are X" → "You, in the opinion of the investigator, are X",
    or none (see the module)."""
    m = _JUDGED_WHO.match(text, start)
    if m is None:
        return judge_first(text, start)
    sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if _TAKING_PART.search(sentence):
        return []
    if OTHERS.search(re.sub(r"\bthe\s+(?:patient|subject|participant)\b(?:['’]s)?", "", sentence, flags=re.I)):
        return []  # "… and/or patients who started it", "… would not be good candidates": not one reader

    verb = m.group("verb")
    said = verb.lower() if verb.lower() in MODALS else _RISK.get(verb.lower()) or reader_verb(verb.lower())
    if said is None:
        return []  # "… of the investigator or sub-investigator, is …": a second judge, no verb
    edits = [Edit(start, m.start("judge"), "You, ", "person"), Edit(m.start("gap"), m.end("gap"), ", ", "person")]
    if said != verb:
        edits.append(Edit(m.start("verb"), m.end("verb"), said, "person"))
    return edits


# the judge first, its comma, then the reader: "In the opinion of the investigator, the participant is capable …"
_JUDGE_FIRST = re.compile(
    r"(?P<judge>in\s+(?:the\s+)?(?:(?:opinion|judge?ment|view)\s+of\s+(?:the\s+)?[^,.;:()]{2,60}?|"
    r"[^,.;:()\s]+(?:\s+[^,.;:()\s]+){0,3}?['’]s\s+(?:opinion|judge?ment|view))\s*(?P<comma>,\s*|\s(?=the\s)))"
    r"(?:(?:(?:the\s+)?(?:patient|subject|participant)\s+)(?P<verb>[a-z]+)\b|(?P<bare>has|is)\b"
    r"|(?P<adj>(?:able|unable|capable|incapable|willing|unwilling|likely|unlikely)\b))",
    re.IGNORECASE,
)
_CAPACITY_TO_TAKE_PART = re.compile(r"\b(?:able|willing)\s+to\s+(?:participate|take\s+part|join)\b", re.IGNORECASE)


def judge_first(text: str, start: int) -> list[Edit]:
    """ "In the opinion of the investigator, the participant is X" → "…, you are X"; "…, able to X" → "…, you are
    able to X"; or none (see the module)."""
    m = _JUDGE_FIRST.match(text, start)
    if m is None:
        return []
    said = m.group("adj") or m.group("bare") or m.group("verb")
    said_at = m.end() - len(said)
    sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[said_at:], maxsplit=1)[0]
    if _TAKING_PART.search(_CAPACITY_TO_TAKE_PART.sub("", sentence)):
        return []  # "…, the subject should not be enrolled": the exclusion said again (not "able to take part")
    if OTHERS.search(re.sub(r"\bthe\s+(?:patient|subject|participant)\b(?:['’]s)?", "", sentence, flags=re.I)):
        return []  # "…, the participant or legal guardian is …": not the reader alone
    if m.group("adj"):
        return [Edit(m.start("adj"), m.start("adj"), "you are ", "person")]
    verb = said.lower()
    # the plain words' "need" for "require", which this edit (over the verb) would otherwise leave unsaid
    said = "need" if verb in ("require", "requires") else verb if verb in MODALS else reader_verb(verb)
    if said is None:
        return []
    if not m.group("comma").startswith(","):  # "In the opinion of the Investigator the patient has X": the comma that
        return [Edit(m.start("comma"), m.end(), f", you {said}", "person")]  # ends the judge, then the reader
    at = m.start("bare") if m.group("bare") else m.end("judge")
    return [Edit(at, m.end(), f"you {said}", "person")]
