"""A criterion about the people "in whom" something is so, put to the reader (offline backend).

"Patients in whom the qualifying event was due to a complication of angiography", "Subjects in whom IV fluid
hydration is contraindicated" name the reader by what is so in them; the clause after "in whom" is whole, so it
reads as the reader's case: "In your case, the qualifying event was due to …", "In your case, IV fluid hydration is
contraindicated". Not where the sentence goes on to say the section's verdict itself ("… in whom X will not be
eligible"), nor where "in whom" is followed by an aside ("Patients in whom, in the doctor's view, …"): those keep
the source's words.

"For whom" names the reader the same way ("Patients for whom endoscopic techniques are contraindicated" → "In your
case, endoscopic techniques are contraindicated"), but its clause is more often not whole: "Patients for whom
surgical resection is indicated and are amenable to …" goes on with the patients' own verb, "… for whom English is
not their native language" with their own "their", a second sentence with "Subjects in Stratum 1 …": none of these
(no verb of the subject's after "and"/"or", no they/their, no other subject anywhere in the text).

After a "with" description the same clause says the reader's case too: "Patients with a prior malignancy in whom life
expectancy is more likely to be determined by the prior malignancy than the myeloma" → "You have a prior malignancy,
and in your case, life expectancy is …". Only a plain description (no verb, -ing word, participle before a
preposition, clause word, comma or bracket: "Patients with brain metastases receiving X for whom …" would leave
"receiving X" hanging off the metastases) and a clause with no comma of its own (", with adequate kidney function"
after it is said of the patients, not of the case).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_IN_WHOM = re.compile(
    r"\s*(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people|those)\s+"
    r"(?P<how>in|for)\s+whom\s+(?=[\w(])",
    re.IGNORECASE,
)
# "Patients with X in whom": X is a plain description, no word of a verb or clause in it (see the module)
_WITH_IN_WHOM = re.compile(
    r"\s*(?:the\s+)?(?P<who>patients|subjects|participants|individuals|persons|people)\s+with\s+"
    r"(?P<what>(?:(?!(?:who|whom|whose|which|that|but|is|are|was|were|has|have|had|\w+ing)\b)"
    r"(?!\w+ed\s+(?:with|by|for|in|to|on|at|from|after|before|during|within|since)\b)[^\W\d][\w'-]*\s+)+?)"
    r"(?:and\s+)?(?P<how>in|for)\s+whom\s+(?=\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
# the section's own verdict, or a second subject, in the same sentence: no clause to put to the reader
_VERDICT = re.compile(
    r"\b(?:eligib\w*|ineligib\w*|exclud\w*|includ\w*|enrol\w*|allowed|permitted|take\s+part|participat\w*|"
    r"patients?|subjects?|participants?|who|whom)\b",
    re.IGNORECASE,
)

# "before enrollment": a time, not the section's verdict ("… is confirmed in the lesion assessment before enrollment")
_ENROLMENT_TIME = re.compile(
    r"\b(?:before|prior\s+to|after|at|until|since|from)\s+(?:the\s+)?(?:study\s+)?enrol(?:l)?ment\b", re.IGNORECASE
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# after "for whom …": a verb whose subject is the patients ("and are amenable to …"), or a "their" of theirs
_OWN_VERB = re.compile(
    r"\b(?:(?:and|or)\s+(?:(?:is|are|was|were|have|has|had|can|cannot|will|must|do|does|did)\b|(?:\w+ly\s+)?not\b)|"
    r"they|their|them|themselves|he|she|his|her)\b",
    re.IGNORECASE,
)


def in_whom_edits(text: str) -> list[Edit]:
    """ "Patients in whom X" → "In your case, X" (see the module), or none."""
    m = _IN_WHOM.match(text)
    if m is None:
        return _with_in_whom(text)
    masked = _ENROLMENT_TIME.sub(_blank, re.sub(r"\([^()]*\)|\[[^\[\]]*\]", _blank, text))  # "(e.g. due to …)"
    end = _SENTENCE_END.search(masked, m.end())
    if _VERDICT.search(masked, m.end(), end.start() if end else len(text)):
        return []
    if m.group("how").lower() == "for" and (_VERDICT.search(masked, m.end()) or _OWN_VERB.search(masked, m.end())):
        return []
    start = len(text) - len(text.lstrip())
    return [Edit(start, m.end(), "In your case, ", "person")]


def _with_in_whom(text: str) -> list[Edit]:
    """ "Patients with X in whom Y" → "You have X, and in your case, Y" (see the module), or none."""
    m = _WITH_IN_WHOM.match(text)
    if m is None:
        return []
    end = _SENTENCE_END.search(text, m.end())
    clause = text[m.end() : end.start() if end else len(text)]
    if re.search(r"\b(?:or|nor)\s*$", m.group("what"), re.IGNORECASE):
        return []  # "Participants with IDA or in whom …": either, not both
    if re.search(r"[,()\[\]]", clause) or _VERDICT.search(clause) or _OWN_VERB.search(clause):
        return []
    if m.group("how").lower() == "for" and _VERDICT.search(_ENROLMENT_TIME.sub(_blank, text), m.end()):
        return []
    start = len(text) - len(text.lstrip())
    return [
        Edit(start, m.start("what"), "You have ", "person"),
        # ("with X and in whom": one "and")
        Edit(m.start("what") + len(m.group("what").rstrip()), m.end(), ", and in your case, ", "person"),
    ]
