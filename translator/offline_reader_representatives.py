"""The reader and whoever may act for them, put to the reader (offline backend).

"Patients or their legal representative must be able to sign a written informed consent", "Subject or the subject's
legally acceptable representative has voluntarily signed …", "Patient or caregiver unwilling or unable to provide
informed consent" named the reader in the third person beside someone who acts for them, which no other rule reads
(a second person is "another group" there). Here the subject is the reader and the other person is theirs: "You or
your legal representative must be able to sign …", "You or your legally acceptable representative has voluntarily
signed …", "You or your caregiver is unwilling or unable to provide informed consent".

Only a plain subject (patients, subjects, participants) joined by "or", "and", "and/or" or an "(or …)" aside to a
person who acts for them (a legal representative, guardian, parent, caregiver, health care proxy, relative) or
their one partner ("Subject or subject's partner is willing to use condoms" → "You or your partner is willing …";
"Patients or their partners" stays: "your partners" would give the reader several); their
join word stays, so who must do what is the source's. The person's "their"/"the subject's" becomes "your"; a bare
one takes "your" ("Patient or guardian" → "You or your guardian"); "a"/"the" stay. The verb after them stays as
written; with none ("Patient or guardian able to sign …"), "is" for one person joined by "or", "are" otherwise;
"who are" loses its "who". Not where the sentence names them again ("they", "their", "the subject", "patients"):
"they" would stand for both or either. One sentence only.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_reader_ifs import if_the_reader_edits

_SUBJECT = r"(?:patients?|subjects?|participants?)"
_OWNER = rf"(?:their|his/her|his\s+or\s+her|(?:the\s+)?{_SUBJECT}'?s|(?P<kept>an?|the))\s+"
# one person who may act for the reader, "(s)" for one or more ("legal guardian(s)")
_PERSON = (
    r"(?:(?:legal(?:ly)?\s+)?(?:authori[sz]ed\s+|acceptable\s+|designated\s+)?(?:representative|guardian)"
    r"|parent|caregiver|care-giver|health\s*care\s+prox(?:y|ie)|relative|next\s+of\s+kin|designee|LAR"
    r"|(?:(?:female|male|sexual)\s+)?partner(?![s(]))(?:s|\(s\))?"
)
# one, or two as one ("parent/legal guardian", "parent or legal guardian")
_ACTOR = rf"{_PERSON}(?:\s*/\s*{_PERSON}|\s+or\s+{_PERSON})?(?:\s*\((?:LAR|LAR's|if\s+applicable)\))?"
_OPENING = re.compile(
    rf"\s*(?:the\s+)?{_SUBJECT}(?P<join>\s*\(\s*or\s+|\s+or\s+|\s+and/or\s+|\s+and\s+)(?:{_OWNER})?(?P<actor>{_ACTOR})"
    r"(?P<close>\s*\))?(?=[\s,])",
    re.IGNORECASE,
)
# the verb that follows them, or the description that takes "is"/"are" ("able to", "unwilling or unable to")
_VERB = re.compile(
    r"\s*,?\s*(?P<who>who\s+)?(?P<verb>must|should|shall|will|can|cannot|may|is|are|has|have|had|agree|agrees|"
    r"understand|understands|provides?|signs?|sign(?:ed)?)\b",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(r"\s*,?\s*(?=(?:willing|unwilling|able|unable|capable|incapable|not\s+able)\b)", re.IGNORECASE)
_AGAIN = re.compile(
    rf"\b(?:they|them|their|theirs|themselves|he|she|his|her|{_SUBJECT}|{_SUBJECT}'s)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s+\S|\s*$)")


def representative_edits(text: str) -> list[Edit]:
    """ "Patients or their legal representative must …" → "You or your legal representative must …" (see the
    module), or none."""
    m = _OPENING.match(text)
    if m is None:
        return []
    join = m.group("join")
    if "(" in join and m.group("close") is None:
        return []  # "Patients (or legally acceptable representative must …": an aside left open
    finish = _SENTENCE_END.search(text, m.end())
    if finish is not None and text[finish.end() :].strip():
        return []  # a second sentence may say "they" or "the patient" of either
    rest = text[m.end() : finish.start() if finish else len(text)]
    if _AGAIN.search(re.sub(r"\([^()]*\)", " ", rest)):
        return []  # "… understand that they must comply": both, either or the reader
    start = len(text) - len(text.lstrip())
    owner = f"{m.group('kept')} " if m.group("kept") else "your "
    said = "You" + (" (or " if "(" in join else f" {' '.join(join.split()).lower()} ") + owner
    opening = Edit(start, m.start("actor"), said, "person")
    verb = _VERB.match(text, m.end())
    if verb is not None:
        if verb.group("who") is None:
            # "The subject (or the legal guardian) understands …": the verb is the subject's, and "you" takes another
            if "(" in join and re.fullmatch(r"is|has|\w+s", verb.group("verb"), re.IGNORECASE):
                return []
            return [opening]
        if verb.group("verb").lower() not in ("is", "are", "has", "have"):
            return []
        return [opening, Edit(verb.start("who"), verb.end("who"), "", "person")]  # "or caregivers who are unwilling"
    if _DESCRIBED.match(text, m.end()) is None:
        return []
    one = " or " in said and not re.search(r"s\b|ies\b|\(s\)", m.group("actor").split("(")[0].rstrip(), re.I)
    return [opening, Edit(m.end(), m.end(), " is" if one else " are", "person")]


def named_reader_edits(text: str) -> list[Edit]:
    """The reader named beside whoever acts for them (above), or as "the patient" of an opening condition ("If the
    patient has X" → "If you have X": offline_reader_ifs); or none."""
    return representative_edits(text) or if_the_reader_edits(text)
