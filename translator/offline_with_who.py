"""A group "with X who Y" put to the reader (offline backend, inclusion criteria).

"Patients with chronic lymphocytic leukemia (CLL) who have relapsed from or are refractory to at least one
fludarabine-based regimen" stayed in the third person: the opening rules leave a criterion that names patients and
then a "who", whose clause might be another person's. After "Patients with X", though, a "who" can only be the
patients (a disease is no "who"), so the criterion says two things of the reader: "You have chronic lymphocytic
leukemia (CLL) and have relapsed from or are refractory to at least one fludarabine-based regimen."

Only the subject ("Patients/Subjects/Participants with") and the "who" change, with the verb after it said for "you"
("who has" → "have", "who is" → "are"); X and the rest stay as written. Nothing changes where:

- X has a clause or a person of its own ("for whom", "which", "whose", "those", "his"), or is two groups ("with and
  without", "with or without");
- there is more than one "who", an "and who"/"or who", or a "whom" (a second description of the group, which "and"
  would join to the wrong verb: "… who are X, or for whom no therapy exists");
- the sentence names another person or says the group is eligible (offline_eligible_groups' shape, "are
  eligible", "may be included"), or a later sentence says "they", "their" or names people again;
- the fidelity check finds fault with the bullet the edits make alone.
"""

from __future__ import annotations

import re

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_subjects_words import MODALS, OTHERS, reader_verb

_GROUP_WITH = re.compile(
    r"\s*(?:the\s+)?(?:patients|subjects|participants)\s+with\s+(?!(?:and|or|and/or)\s+without\b)", re.IGNORECASE
)
_WHO = re.compile(r"\b(?P<who>who)\s+(?P<adv>(?:(?:also|currently|still|now|not|previously|already)\s+)*)"
                  r"(?P<verb>[a-z]+)\b", re.IGNORECASE)  # fmt: skip
# a clause or a person in the description, or a second description of the group
_OWN_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|where|when|if|unless|those|he|she|his|her|they|their|them|is|are|was|were|has|have|"
    r"must|should|may|can|will)\b",
    re.IGNORECASE,
)
_VERDICT = re.compile(
    r"\b(?:eligible|ineligible|included|excluded|enrolled|entered|allowed|permitted|take\s+part|participate)\b", re.I
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", re.IGNORECASE)
# a finite verb not joined by "and"/"or"/"but": the main verb of the group, after its "who" clause
_MAIN_VERB = re.compile(r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!,)\s+(?:are|is|were|will|may|must|can|should|shall)\b", re.I)
_LATER_PEOPLE = re.compile(r"\b(?:they|them|their|he|she|his|her)\b", re.IGNORECASE)


def with_who_edits(text: str, kind: SectionKind) -> list[Edit]:
    """ "Patients with X who have Y" → "You have X and have Y", or none (see the module)."""
    if kind is not SectionKind.INCLUSION:
        return []
    edits = _edits(text)
    if not edits:
        return []
    item = RequestItem(ref="1", text=text, facts=extract_facts(text))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    request = CriterionRequest(kind=kind, items=[item])
    return [] if errors(check_rendering(request, Rendering(bullets=[bullet]))) else edits


def _edits(text: str) -> list[Edit]:
    m = _GROUP_WITH.match(text)
    if m is None:
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text)  # asides hold no clause
    stop = _SENTENCE_END.search(masked, m.end())
    end = stop.start() if stop else len(text)
    who = next((w for w in _WHO.finditer(masked, m.end(), end)), None)
    if who is None:
        return []
    description = masked[m.end() : who.start("who")]
    if not description.strip() or _OWN_CLAUSE.search(description) or OTHERS.search(description):
        return []
    if re.search(r"\b(?:and|or|and/or)\s*$", description, re.IGNORECASE):
        return []  # "… treated by surgical resection and who develop …": a second description
    rest = masked[who.end() : end]
    if re.search(r"\bwho(?:m|se)?\b", rest, re.IGNORECASE) or OTHERS.search(rest) or _VERDICT.search(rest):
        return []
    if _MAIN_VERB.search(rest):
        return []  # "… who did't receive X are excepted": the group's own verb after the clause, not the reader's
    if _LATER_PEOPLE.search(masked, who.start()) or OTHERS.search(masked, end):
        return []  # "they", "his", or people named later: maybe the group again, beside "you"
    joint = len(text[: who.start("who")].rstrip(" ,"))  # an aside blanked in `masked` ends before it, kept
    verb = who.group("verb")
    said = verb.lower() if verb.lower() in MODALS else reader_verb(verb.lower())
    if said is None:
        return []
    return [
        Edit(m.start(), m.end(), "You have ", "person"),
        Edit(joint, who.start("adv") if who.group("adv") else who.start("verb"), " and ", "person"),
        *([Edit(who.start("verb"), who.end("verb"), said, "person")] if said != verb else []),
    ]
