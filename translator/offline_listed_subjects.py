"""A criterion that names its subject again for each thing it lists, put to the reader (offline backend).

"Patients with a history of drug allergy, or patients with known hypersensitivity to memantine" lists two
groups of the same people: everyone with the first thing, or everyone with the second. Once the first subject
reads "You have had drug allergy", the second must read "you" too, or the bullet would speak of two kinds of
people ("You have had drug allergy, or patients with …"). So each listed subject that is the bare noun
("patients", "subjects", "participants", …) is put to the reader by the same rule as the first, lower case:

- "Patients with X, or patients with Y" → "You have X, or you have Y"
- "Patients who have completed X or patients who are currently in Y" → "You have completed X or you are now in Y"
- "Patients who have had X, Patients who have received Y" → "You have had X, you have received Y"
- "Patients with a history of asthma, Patients requiring oxygen, …" → "You have had asthma, you need oxygen, …" (a
  participle or an adjective describes the group as "with" does; such a group is said only where the first rule can
  say it, and otherwise read as before these words were listed: "…; patients previously treated with X must …")

Two groups joined by "and" are either one ("Subjects with a history of MI and subjects with a bypass graft" are each
excluded; "Patients with stage III and patients with stage IV disease" are each eligible): the "and" becomes "or", as
"You have had a heart attack and you have a bypass graft" would need both.

The listed subject must be one the first rule can say ("patients for whom the score …", "patients in whom the risk
…", "patients whose …" cannot), in the first subject's sentence ("… disease. For cirrhotics, participants who are …"
is another's), with no relative clause after it that "you" would leave with no noun ("… or subjects with X and in
whom Y", "… or who have Y"), and every group named after the first must be one of them ("either patients who are X;
or patients on Y"); otherwise nothing is said (the caller keeps the source's words). Left alone:
- a narrowed group listed after ("…, or women who can become pregnant not using …", "or adults of reproductive
  potential …"): only part of the readers, which "you" would apply to everyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit

_DESCRIBED = (
    r"requiring|needing|unable|unsuitable|undergoing|using|treated|currently|previously|known|suffering|without|"
    r"scheduled|planning|presenting|intolerant|allergic|refractory|already|awaiting|enrolled|participating"
)
_NEWLY_LISTED = re.compile(_DESCRIBED, re.IGNORECASE)
# a subject listed after the first one: a join, then the noun, then what describes it
_LISTED = re.compile(
    r"(?:,\s*(?:(?P<listed>or|and|and/or)\s+)?|\b(?P<joined>or|and|and/or)\s+)"
    r"(?:(?P<noun>(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people))"
    r"|(?:adults|adolescents|women|men|females|males))"  # a narrowed group: "…, or adults of …"
    r"\s+(?P<next>who|with|that|having|diagnosed|receiving|taking|on|in|whose|of|"
    # a participle or an adjective that says what the group is, as "with" does ("Patients with a history of asthma,
    # Patients requiring the use of supplemental oxygen, …", "…, and patients unsuitable for other treatment")
    rf"{_DESCRIBED})\b",
    re.IGNORECASE,
)
# a group named in the plural: each must be one of the listed subjects said to the reader
# ("…, or patients who have other contraindications to MRI, including those with implanted metal": "those" too)
_GROUP = re.compile(
    r"\b(?:patients|subjects|participants|individuals|persons|people)\b|\bthose\s+(?:with|who|whose)\b", re.IGNORECASE
)
# a sentence's end: "… disease. For cirrhotics, participants who are …" starts a new one, which its own rules read
_SENTENCE_END = re.compile(r"[.:](?:\s|$)")
# a relative clause after a listed subject, which "you …" would leave with no noun: "… and in whom …", "… or who …"
_DANGLING = re.compile(r"\bwhom\b|\b(?:and|or)\s+(?:who|whose)\b", re.IGNORECASE)
# "patients in whom …", "patients on which …": a relative clause with a subject of its own
_OWN_SUBJECT = re.compile(r"\s+(?:whom|which)\b", re.IGNORECASE)


def _masked(text: str) -> str:
    """`text` with its asides blanked: a subject named in parentheses is a note, not a listed subject."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)


def listed_subject_edits(text: str, at: int, subject: Callable[[int], list[Edit]]) -> list[Edit] | None:
    """The edits that put every subject listed after `at` to the reader, [] when none is listed, or None when one
    cannot be (see the module). `subject(i)` is the first subject's rule applied at `i` ("Patients with X" →
    "You have X"), or [] when it says nothing."""
    edits: list[Edit] = []
    skipped: list[tuple[int, int]] = []
    for m in _LISTED.finditer(_masked(text), at):
        said = _listed(text, at, m, subject)
        if said is None and _NEWLY_LISTED.fullmatch(m.group("next")):
            # ("…, patients previously treated with X must have recovered", "… This includes …, subjects requiring
            # X"): a group these words describe is said only where the first rule can say it; elsewhere the
            # criterion reads as it did before they were listed
            skipped.append(m.span())
            continue
        if said is None:
            return None
        edits += said
    spans = [(e.start, e.end) for e in edits] + skipped
    for group in _GROUP.finditer(_masked(text), at) if edits else ():
        if not any(s <= group.start() and group.end() <= e for s, e in spans):
            return None  # "either patients who are X; or patients on Y": a group not said to the reader
    return edits


def _listed(text: str, at: int, m: re.Match[str], subject: Callable[[int], list[Edit]]) -> list[Edit] | None:
    """The edits that put the listed subject `m` to the reader, or None when it cannot be."""
    if m.group("noun") is None or _OWN_SUBJECT.match(text, m.end()) or _SENTENCE_END.search(text, at, m.start()):
        return None  # a narrowed group, "patients in whom …", or a subject of the next sentence ("For X, …")
    if _DANGLING.search(text, m.end()):
        return None  # "… or patients with X and in whom Y": "you have X and in whom Y" has no subject for Y
    said = subject(m.start("noun"))
    if not said or said[0].start != m.start("noun") or not said[0].text.startswith("You"):
        return None
    first = said[0]
    edits = [Edit(first.start, first.end, "you" + first.text[3:], first.what), *said[1:]]
    conj = "listed" if m.group("listed") else "joined"
    if (m.group(conj) or "").lower() == "and":  # two groups, either one: "you have X or you have Y"
        edits.append(Edit(m.start(conj), m.end(conj), "or", "person"))
    return edits
