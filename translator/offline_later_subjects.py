"""A later sentence that names the reader's group again, put to the reader too (offline backend).

"Significant ventricular or supraventricular arrhythmias. Patients with chronic rate-controlled atrial fibrillation
without other heart abnormalities are eligible." holds the rule and an exception to it for the same person: its first
sentence is put to the reader ("You have significant … arrhythmias."; offline_first_sentence and the opening rules),
and the later one kept its "Patients with …". Said alone by the subject rules (offline_subjects, offline_person) it
reads "If you have chronic rate-controlled atrial fibrillation …, you are eligible.", which is what it says of the
reader, so both sentences now speak to the same "you".

Only a later sentence that opens with its own plain subject ("Patients", "Subjects", "Participants"; after a
connective too: "However, subjects …" → "However, if you …", offline_note_connectives), that the rules rewrite
from its opening, and whose rewrite is an exception or an extra condition for the reader: a verdict on
eligibility ("you are (not) eligible", "you may be included", "you can take part", "you are not excluded") or a
duty ("you must …", "you should …"). Not a sentence about a group the reader may not be in ("Patients in the Diabetic
Expansion Cohort …", "Subjects randomized to …"), a sentence in the past ("… were eligible"), or what the study
does or finds ("… can have decreased immune competence", "… will be sought for this trial"); nor any later sentence
when another one names people without such a subject ("These patients …", "they", "their"), whom "you" might then
split in two. Every word after the subject stays as the subject rules keep it: its modal, its "not", its tense.
A clause after "; patients …" and a closing "(patients …)" note count as later sentences too (offline_later_clauses),
but not an "If you …" rewrite that a further ";" clause follows (the "if" would seem to hold for it), nor a verdict
with more of the description after it ("… are allowed, in addition to ECOG 0 and 1").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.offline_edits import Edit, apply, merge
from translator.offline_later_clauses import later_clauses
from translator.offline_note_connectives import subject_after_connective
from translator.offline_subject_sentences import NAMES_PEOPLE
from translator.offline_subjects_words import OPENING

# the plain subject only: a narrowed one ("Women who …") is a group of its own
_PLAIN = re.compile(r"(?:patients?|subjects?|participants?)\b(?![-‐'’])", re.IGNORECASE)
# a group the reader may not be in: a part of the study, not a state of the reader
_A_GROUP = re.compile(
    r"\b(?:cohorts?|arms?|groups?|parts?\s+(?:\d|[A-Z]\b|I)|phases?\s+(?:\d|I)|randomi[sz]ed|assigned|allocated|"
    r"recruited|enrolled\s+in|enrolling)\b",
    re.IGNORECASE,
)
# "These participants …" right after the first sentence (or after such sentences): the people it has just described,
# the reader
_THESE = re.compile(r"These\s+(?=(?:patients|subjects|participants)\b)")
_SHORT_FORM = re.compile(r"\b(?:e\.g|i\.e|etc|vs)\.", re.IGNORECASE)
# what the rewrite says of the reader after "you": a verdict on eligibility or a duty, in the present or the future
_NOT = r"(?:(?:not|also|still|then|only|necessarily)\s+)*"
_MODAL = r"(?:are|will|would|may|might|can|could|shall|cannot|can't)"
_VERDICT = re.compile(
    rf"(?:also\s+)?(?:"
    rf"{_MODAL}\s+{_NOT}(?:be\s+{_NOT})?(?:eligible|ineligible|excluded|included|allowed|permitted|enrolled|accepted|"
    r"acceptable|exempt|rescreened|considered\s+(?:eligible|for\s+inclusion|for\s+enrollment))"
    rf"|remain\s+eligible"
    rf"|{_MODAL}\s+{_NOT}(?:participate|take\s+part|enroll|enter|join|continue|remain\s+(?:on|in)\s+(?:the\s+)?study)"
    rf"|will\s+{_NOT}(?:need|require)|may\s+(?:not\s+)?have\s+(?:(?:previously|already)\s+)?(?:received|had|been|undergone)"
    # what the reader may keep on ("These subjects may remain on hormonal therapy during the trial if …") or may not
    # do with the study's medicine ("(patients may not chew, divide, dissolve, or crush the study medication)")
    rf"|{_MODAL}\s+{_NOT}remain\s+on\b|may\s+not\s+(?:chew|crush|divide|dissolve|split|break|open)\b"
    r"|must|should|shall|need\s+to|have\s+to|are\s+required\s+to"
    r")\b",
    re.IGNORECASE,
)
# where the rewrite's reader starts: "You must …" or "If you have X, you are eligible …" ("If your disease …")
_YOU = re.compile(r"^(?:You\s+|If\s+your?\b.*?,\s+you\s+)", re.DOTALL)
# people the rewrite still names: "(not including patients with …)" beside "you" would be someone else
_PEOPLE_LEFT = re.compile(r"\b(?:patients?|subjects?|participants?|people|persons?|individuals?)\b", re.IGNORECASE)


def later_subject_edits(text: str, person: Sequence[Edit], edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of each later sentence of `text` that says of the reader's group what it says of
    the reader (see the module), moved onto `text`; none unless `person` put the first sentence to the reader."""
    clauses = later_clauses(text)  # (and a clause after "; patients …", a closing "(patients …)")
    if len(clauses) < 2 or not _first_is_the_readers(text, person, clauses[0][:2]):
        return []
    edits: list[Edit] = []
    chain: list[Edit] = []  # the edits of the clauses after semicolons in the sentence so far
    joined = False  # whether this sentence's clauses stay joined (see below)
    these_so_far = True  # whether every later sentence so far was a "These participants …" one put to the reader
    for start, end, seams in clauses[1:]:
        said = text[start:end]
        joined = joined and len(seams) == 1
        if joined:
            continue
        # (not after "If you have X, you are eligible": "these patients" are then those with X, not every reader)
        opening = min(person, key=lambda e: e.start).text
        # (and after such sentences only: "You have X. These subjects may remain on Y. These subjects may have been …")
        these = _THESE.match(said) if these_so_far and not seams and opening[:1] == "Y" else None
        these_so_far = these is not None
        if these is not None:  # "You have X. These participants may have received Y": the reader just described
            own = _own_edits(said[these.end() :], edits_for)
            if not own or any(e.start < end and start < e.end for e in person):
                return []
            at = start + these.end()
            edits += [Edit(start if e.start == 0 else e.start + at, e.end + at, e.text, e.what) for e in own]
            continue
        subject = OPENING.match(said) or subject_after_connective(said)  # (or "However, subjects who …")
        plain = subject is not None and subject.re is OPENING and subject.group("plain")
        if subject is None or not plain or not _PLAIN.match(said, subject.start("plain")):
            if NAMES_PEOPLE.search(said):
                return []  # "These subjects may …", "… by their physician", a group of women: the reader, or not
            continue
        if any(e.start < end and start < e.end for e in person):
            continue  # the rules before this one said something of it already
        at, before = subject.start(), len(edits)
        own = _own_edits(said[at:], edits_for)
        if own and len(seams) == 1 and opening[:1] == "I" and min(own, key=lambda e: e.start).text.startswith("You"):
            # "If you have X, you may be enrolled; Patients MUST be on Y": maybe those with X, not every reader; the
            # clauses of this sentence stay joined, as written
            edits, joined = [e for e in edits if e not in chain], True
            continue
        if own and said[:at].rstrip().endswith(","):  # "However, if you have X, you are …"
            first = min(own, key=lambda e: e.start)
            own = [Edit(e.start, e.end, e.text[:1].lower() + e.text[1:], e.what) if e is first else e for e in own]
        edits += [Edit(e.start + start + at, e.end + start + at, e.text, e.what) for e in own]
        if own and seams and at > 0 and said[:1].islower():  # "(note: patients …)" → ". Note: If you …"
            edits.append(Edit(start, start + 1, said[:1].upper(), "case"))
        edits += seams if own else []  # "…; If you …" said "…. If you …"
        chain = (chain if len(seams) == 1 else []) + (edits[before:] if own else [])
    return edits


def _first_is_the_readers(text: str, person: Sequence[Edit], first: tuple[int, int]) -> bool:
    """Whether `person` opens the first sentence with the reader ("You …", "Your …", "If you …") and edits nothing
    past it (a rule that read on past its full stop has its own say about what follows)."""
    if not person:
        return False
    opening = min(person, key=lambda e: e.start)
    if opening.start != first[0] or not re.match(r"(?:You|Your|If\s+you)\b", opening.text):
        return False
    return all(e.end <= first[1] for e in person)


def _own_edits(said: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The subject rules' edits of one later sentence, when its rewrite says a verdict or a duty of the reader."""
    # the subject rules end a clause at any full stop: "(e.g. X)" would lose what follows it
    short = [m.span() for m in _SHORT_FORM.finditer(said)]
    own = edits_for(_SHORT_FORM.sub(lambda m: m.group().replace(".", "_"), said))
    if not own or min(e.start for e in own) != 0 or any(e.start < b and a < e.end for e in own for a, b in short):
        return []
    rewritten = apply(said, merge([own]))
    you = _YOU.match(rewritten)
    if you is None or not _VERDICT.match(rewritten, you.end()):
        return []
    if _A_GROUP.search(rewritten, 0, you.end()) or _PEOPLE_LEFT.search(rewritten):
        return []  # "Patients in the Diabetic Expansion Cohort must …": a group the reader may not be in
    if re.search(r"\bwho\b", rewritten[you.end() :], re.IGNORECASE):
        return []  # "… will be allowed to participate …, who had failed …": the "who" was the subject's
    if re.search(r"\b(?:they|them|their|theirs|he|she|his|her|him)\b", rewritten, re.IGNORECASE):
        return []  # a pronoun the rules left: whose it is stays unclear beside "you"
    if rewritten.startswith("If") and re.search(r";\s*\w", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", rewritten)):
        return []  # "If you have X, you may be eligible …; baseline measurements must …": the "if" would hold for both
    if re.search(r",\s+(?:in\s+addition\s+to|as\s+well\s+as|along\s+with)\b", rewritten[you.end() :], re.IGNORECASE):
        return []  # "… are allowed, in addition to ECOG 0 and 1": more of the description, now after "you can join"
    if re.search(r"\b(?:or|and|and/or)\s+with\b", rewritten[: you.end()], re.IGNORECASE):
        return []  # "If you need X or with Y": the source's "with" had "Patients" to lean on
    return own
