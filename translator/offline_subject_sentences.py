"""Criteria of several sentences, each with its own third-person subject, put to the reader one sentence at a time.

"Patients with signs of metastasis in the CNS. Patients with a history of uncontrolled convulsions … should be
excluded." holds two criteria, each with its own subject. offline_subjects reads the whole text as one sentence
with one subject and leaves it when a later sentence names people again ("a list of groups, not one reader");
but each sentence with its own "Patients …" says of the reader what it would say alone: "You have signs of
metastasis in the CNS. If you have had uncontrolled convulsions …, you should be excluded."

Only when the first sentence and another open with such a subject, every sentence that names people does, and
its own rules rewrite it alone; a sentence that names people any other way ("These patients may …", "… by their
physician", "they") leaves the whole criterion as written, since whom it means may be the reader or the group of an
earlier sentence. Sentences with no people in them ("A lumbar puncture is not required …") stay as written.

A subject whose "who" is parted from its verb by an aside is read here too (`aside_subject_edits`): "Patients who,
within the past 6 months, met DSM-IV criteria for …" and "Participants who, as judged by the investigator, have
evidence of active TB" keep their third person: the subject rules want the verb right after "who". Read without the
aside ("Patients who met DSM-IV criteria …"), the criterion is one they put to the reader ("You met DSM-IV criteria
…"); the aside then goes back where it was, after the new opening: "You, within the past 6 months, met DSM-IV
criteria …". Nothing of the aside changes: it says when, or whose view, as before.

Only a plain subject ("Patients", "Subjects", "Participants", "Individuals", one or many) with "who" and one short
aside between commas, and only when the rules' opening says "You …" (not "If you …, you"): its "You" takes the
subject's place and the rest of it ("met", "have had") the verb's, after the aside; any other edit of theirs is
moved back onto the source, and one across the cut leaves the criterion as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_subject_closing_asides import closing_aside_edits
from translator.offline_subjects_words import HE_SHE, OPENING, OTHERS, RUN_ON
from translator.offline_women_state_lists import woman_state_list

# a full stop ends a sentence before a capital, not after a short form ("e.g. CT", "vs. X", "Dr. Y", "J. Smith")
_SENTENCE_END = re.compile(
    r"(?<!\b[eE]\.g)(?<!\b[iI]\.e)(?<!\betc)(?<!\bvs)(?<!\bDr)(?<!\bNo)(?<!\b[A-Z])\.\s+(?=[A-Z])"
)
# "Those who …", "Any patient with …": a subject too (offline_those says it as "Patients …")
_THOSE = re.compile(r"(?:those\s+who|any\s+(?:patients?|subjects?|participants?)\s+(?:who|with))\b", re.IGNORECASE)
_SHORT_FORM = re.compile(r"\b(?:e\.g|i\.e|etc|vs)\.", re.IGNORECASE)
NAMES_PEOPLE = re.compile(rf"{OTHERS.pattern}|\b(?:their|theirs|his|her|he|she|you|your)\b", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `text` starts and ends (its full stop included, the spaces after it not)."""
    spans, start = [], len(text) - len(text.lstrip())
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.start() + 1))
        start = stop.end()
    spans.append((start, len(text.rstrip())))
    return spans


def each_sentence(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of each sentence of `text` that opens with a subject, moved back onto `text`;
    none unless the first sentence and at least one more open with a subject, or when one of them is not
    rewritten, or another sentence names people."""
    spans = sentences(text)
    if sum(bool(opening_subject(text, start)) for start, _ in spans) < 2 or not opening_subject(text, spans[0][0]):
        return []  # one subject: the whole criterion is its sentence (offline_subjects reads on past its full stop)
    edits: list[Edit] = []
    sexes: set[str] = set()
    strict = bool(HE_SHE.search(text))  # "… or he must use a condom": whom "he" means once "you" is said is unclear
    for start, end in spans:
        said = text[start:end]
        subject = opening_subject(said, 0)
        if subject is None:
            if NAMES_PEOPLE.search(said):
                return []  # "These subjects may …", "… by their physician": the reader, or an earlier group
            continue
        # the subject rules end a clause at any full stop: "[i.e. X] and Y are also candidates" would lose its verb
        short = [m.span() for m in _SHORT_FORM.finditer(said)]
        own = edits_for(_SHORT_FORM.sub(lambda m: m.group().replace(".", "_"), said))
        if any(e.start < b and a < e.end for e in own for a, b in short):
            return []  # an edit over a short form would say it with the stand-in
        if not own or min(e.start for e in own) != 0:
            if start == spans[0][0] or strict or not group_of_its_own(said):
                return []  # a subject its rules leave (or rewrite elsewhere than at the opening): all stays
            continue  # "… Patients with X are permitted to enroll": a group the sentence names itself, as written
        opening = min(own, key=lambda e: e.start).text
        if subject.re is OPENING and not opening.startswith("If "):  # "You are male and …": not a condition
            sexes |= {sex for sex in ("female", "male") if subject.group(sex) or subject.group(_OTHER_WORD[sex])}
        edits += [Edit(e.start + start, e.end + start, e.text, e.what) for e in own]
    if len(sexes) > 1:
        return []  # "You are male and drink … . You are female and drink …": two groups, both said to be the reader
    return edits


_OTHER_WORD = {"female": "woman", "male": "man"}
# what narrows a plain subject to a group ("Subjects with vitiligo …", "Patients who are blind …", "Participant not
# meeting …"), not the bare subject's verb ("Subjects will be asked …", "The subject must …": the reader again)
_DESCRIBED = re.compile(
    r"\s+(?:with|without|who|whose|of|on|in|not|that|able|unable|[a-z]+ing|[a-z]+ed)\b|\s*[<>≤≥\d]", re.IGNORECASE
)


def group_of_its_own(sentence: str) -> bool:
    """Whether a later sentence the subject rules leave names a group of its own, which it can keep as written after
    a first sentence put to the reader ("You have active autoimmune disease. Subjects with vitiligo … are permitted to
    enroll."): a subject of one sex ("Men should …", "Female patients who …") or a plain one with its description
    ("Patients with X", "Subjects who …"). Not "Those who …" (the group the first sentence named, now "you"), not a
    bare subject ("Subjects will be asked …", "The subject must …"), which is the reader again."""
    m = OPENING.match(sentence)
    if m is None or re.match(r"the\b", sentence, re.IGNORECASE):
        return False
    return not m.group("plain") or bool(_DESCRIBED.match(sentence, m.end()))


def subject_part(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The opening of a criterion no earlier rule put to the reader: a first sentence's (`first_of_several`), a lead-in
    duty's (`duty_lead_in`), a list of states only a woman can be in (offline_women_state_lists), tried last so
    that an earlier rule's wording ("You are female and are pregnant …") stands where it has one, or else the
    criterion read without the aside in brackets that closes it (offline_subject_closing_asides: after the list of a
    woman's states, whose "You are pregnant or are planning …" says less than "You are a woman who is …")."""
    return (first_of_several(text, edits_for) or duty_lead_in(text, edits_for) or woman_state_list(text, kind)
            or closing_aside_edits(text, edits_for))  # fmt: skip


# "Subjects of childbearing potential must:", "Females of childbearing potential (not sterilized …) should:"
_DUTY_LEAD_IN = re.compile(r"\s+(?:must(?:\s+not)?|should(?:\s+not)?|will)\s*:\s*$", re.IGNORECASE)


def duty_lead_in(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Subjects of childbearing potential must:" → "If you can get pregnant, you must:": the subject rules read a duty
    by what follows it and find nothing after the colon, so the lead-in is read as if its items followed ("must meet
    these.") and its edits kept when they all end before the colon; none when the subject names no one but the
    reader alone ("Patients must:" is said already) or the rules leave it."""
    duty = _DUTY_LEAD_IN.search(text)
    if duty is None or not opening_subject(text, len(text) - len(text.lstrip())):
        return []
    colon = text.rindex(":")
    own = edits_for(text[:colon] + " meet these.")
    if not own or min(e.start for e in own) != len(text) - len(text.lstrip()) or max(e.end for e in own) > colon:
        return []
    return own


def first_of_several(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of a first sentence that opens with a subject, read alone, when no later sentence
    names people: "Patients planning on receiving other anti-cancer therapies while on this study. Hydroxyurea for
    cyto-reduction is allowed prior to the start of therapy." → "You are planning on getting other anti-cancer
    treatments while on this study. Hydroxyurea …". The subject rules read on past the full stop and leave the
    whole; the later sentences, about no one, stay as written (as offline_first_sentence keeps them after a first
    sentence with no subject). None when a later sentence names anyone ("they", "the patient", another group), when
    the first runs a second criterion in, holds a short form or an unclosed bracket ("(e.g., St." cut at its full
    stop), or is not rewritten from its opening."""
    spans = sentences(text)
    if len(spans) < 2 or not opening_subject(text, spans[0][0]):
        return []
    if any(NAMES_PEOPLE.search(text[start:end]) for start, end in spans[1:]):
        return []
    start, end = spans[0]
    first = text[start:end]
    if _SHORT_FORM.search(first) or RUN_ON.search(first) or first.count("(") != first.count(")"):
        return []
    if first.count("[") != first.count("]") or not first.endswith("."):
        return []
    own = edits_for(first)
    if not own or min(e.start for e in own) != 0 or max(e.end for e in own) > len(first):
        return []
    return [Edit(e.start + start, e.end + start, e.text, e.what) for e in own]


def opening_subject(text: str, at: int) -> re.Match[str] | None:
    """The subject opening the sentence at `at` ("Patients", "Women", "Those who"), or None."""
    return OPENING.match(text, at) or _THOSE.match(text, at)


# ---------------------------------------------------------------------------------------------
# "Patients who, within the past 6 months, met X"

_ASIDE = re.compile(
    r"\s*(?P<subject>(?:patients?|subjects?|participants?|individuals?)\s+who)"
    r"(?P<aside>\s*,(?P<words>[^,;:.()]{4,90}),)\s*(?=[a-z])",
    re.IGNORECASE,
)


def aside_subject_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Patients who, within the past 6 months, met X" → "You, within the past 6 months, met X", or none."""
    m = _ASIDE.match(text)
    if m is None or re.search(r"\bwho\b", m.group("words"), re.IGNORECASE):
        return []
    cut_start, cut_end = m.end("subject"), m.end()
    said = text[:cut_start] + " " + text[cut_end:]  # "Patients who met X"
    shift = cut_end - cut_start - 1  # where a position after the cut lies in the source
    own = edits_for(said)
    if not own:
        return []
    opening = min(own, key=lambda e: e.start)
    if opening.start != m.start("subject") or not opening.text.startswith("You"):
        return []  # the rules' opening is not the subject's ("If you …, you")
    if opening.end <= cut_start + 1:
        moved = [Edit(opening.start, cut_start, opening.text.rstrip(), opening.what)]
    else:  # "Patients who met" → "You met": "You" for the subject, the rest for the verb after the aside
        you, _, verb = opening.text.partition(" ")
        if you != "You" or not verb.strip() or not said[cut_start + 1 : opening.end].strip():
            return []
        moved = [Edit(opening.start, cut_start, you, opening.what),
                 Edit(cut_end, opening.end + shift, verb.rstrip() + (" " if verb.endswith(" ") else ""), opening.what)]
    rest = edits_past_cut(own, opening, cut_start, cut_start + 1, shift)
    return [] if rest is None else moved + rest


def edits_past_cut(own: list[Edit], opening: Edit, cut_start: int, after: int, shift: int) -> list[Edit] | None:
    """The rules' edits of a text said with a stretch cut out, but `opening`, put back in the source: those from
    `after` (the said text's first position past the cut) moved by `shift`, those before the cut as they are; None
    when an edit spans the cut."""
    placed: list[Edit] = []
    for e in own:
        if e is opening:
            continue
        if e.start >= after:
            placed.append(Edit(e.start + shift, e.end + shift, e.text, e.what))
        elif e.end <= cut_start:
            placed.append(e)
        else:
            return None
    return placed
