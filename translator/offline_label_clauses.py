"""A sex label whose sentence goes on with a "who" clause, put to the reader (offline backend): "Male or female
subjects, 18 years or older who meet the ACR criteria for fibromyalgia" → "You are male or female and 18 years or
older, and meet the ACR criteria for fibromyalgia".

translator.offline_sexes puts a label with an age or a "with" description to the reader ("You are male or female
and have X"), and leaves the label alone when a "who" follows, since its age or description would have to carry the
clause. A "who" after the label's own words (its noun, its age, its "with" description) is said of the same
people, the reader: the words before it are read by offline_sexes alone, with all its guards, and the "who" becomes
", and", its verb kept. Only a verb that already agrees with "you" ("who are", "who have", "who meet"; not "who
has", "who is"), one "who" in a sentence that is the whole criterion, no other person or pronoun in the clause
("who have not reached their 18th birthday", "who have a partner …": the source's words), and no verb of the
label's own after it ("who are fertile must agree to …"). A label of one sex only in an exclusion: in an inclusion
"Female participants who are postmenopausal" is a condition on the women of a trial open to both (offline_sexes
says it "If you are female, …"), which "You are female, and …" would make a condition on every reader.
Tried after the other opening rules (translator.offline_fragment_openings), which say some such criteria better
("Women who are pregnant or breastfeeding because …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_sexes import sex_label_edits

# the label, then its words up to the "who" (no full stop, semicolon or colon before it)
_LABEL = re.compile(r"\s*(?:(?:fe)?males?|m[ae]n|wom[ae]n)\b", re.IGNORECASE)
_WHO = re.compile(
    r"\s*,?\s*\bwho\s+(?=(?:(?:are|have|had|were|meet|met|live|can|cannot|will|would|agree|understand|require|need|"
    r"present|suffer|fulfil+|satisfy|demonstrate|show)\b|(?:also|currently|still|now|already|either)\s))",
    re.IGNORECASE,
)
# someone besides the reader in the clause, or a second relative or sentence the "and" could not carry
_OTHERS = re.compile(
    r"\b(?:who|whom|whose|he|she|his|her|him|they|their|them|theirs|themselves|partners?|spouses?|wives|husbands?|"
    r"children|child(?![-\s]?bearing)|infants?|parents?|caregivers?|guardians?|patients?|subjects?|participants?|"
    r"wom[ae]n|m[ae]n|females?|males?|people|persons?|individuals?|those)\b",
    re.IGNORECASE,
)
# the label's second sex: "Male or female", "Men and women" (a label of one sex only in an exclusion)
_BOTH = re.compile(r"\s*(?:,?\s*(?:or|and|and/or|&)\s+|\s*/\s*)(?:(?:fe)?males?|m[ae]n|wom[ae]n)\b", re.IGNORECASE)
# a verb of the label's own after the clause's ("who are fertile must agree")
_DUTY = re.compile(
    r"\b(?:must|should|shall|will|may|can|cannot|could|would|need\s+to|is|are\s+(?:required|to))\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.;:](?=\s|$)", re.IGNORECASE)


def sex_label_edits_with_clause(
    text: str, kind: SectionKind, facts: Sequence[Fact], parent: str | None = None
) -> list[Edit]:
    """When a "who" clause follows a sex label's words, offline_sexes' edits for the words before it with the "who"
    as ", and" (see the module); none otherwise."""
    label = _LABEL.match(text)
    if label is None or (kind is not SectionKind.EXCLUSION and not _BOTH.match(text, label.end())):
        return []  # "Female participants who are postmenopausal" in an inclusion: a condition on women only
    whos = list(_WHO.finditer(text))
    if len(whos) != 1:
        return []
    who = whos[0]
    end = _SENTENCE_END.search(text, who.end())
    if _SENTENCE_END.search(text, 0, who.start()) or (end and text[end.end() :].strip()):
        return []  # a lead-in, a second sentence before or after: the clause may not be the label's
    clause = text[who.end() : end.start() if end else len(text)]
    said = re.sub(r"\([^()]*\)", "", clause)
    if _OTHERS.search(said) or _DUTY.search(said, len(said) - len(said.lstrip()) + 1):
        return []  # "… who are fertile must agree to …": the clause ends and a duty of the label's begins
    before = text[: who.start()]
    said_label = sex_label_edits(before, kind, [f for f in facts if f.end <= len(before)], parent)
    if not said_label or any(e.end > len(before) for e in said_label):
        return []
    edits = [*said_label, Edit(who.start(), who.end(), ", and ", "person")]
    # the check reads "…, and have not undergone X" as a list item that lost the negation of the rest: a rewrite it
    # faults would cost the criterion every other level's rewrite, so the label keeps its words instead
    item = RequestItem(ref="1", text=text, facts=list(facts))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    faulted = errors(check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet])))
    return [] if faulted else edits
