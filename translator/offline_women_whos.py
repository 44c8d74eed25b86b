"""A woman described by two "who" clauses, put to the reader (offline backend): "Women who have a positive pregnancy
test or who are lactating" → "You are a woman who has a positive pregnancy test or who is breastfeeding".

translator.offline_subjects says "Women who plan to become pregnant" as "You are a woman who plans to become
pregnant", each verb of its one "who" clause made singular, and left a subject with two "who" clauses in the third
person. The clauses describe the same woman, the reader: each keeps its "who" and its joining word ("or", "and"), and
only its verb becomes singular, so what each clause says, and how they are joined, is the source's.

Only women. "Female subjects who …" too, whose "You are female who …" offline_bare_singulars says "You are a female
who …" (not "You are female and are X or have Y", where the second clause could be read as joined to "female"
alone), but only when each clause names a state only a woman has (pregnant, a pregnancy test, breastfeeding): the
rules know no section here, and in an inclusion "You are a female who is postmenopausal or who …" would make being
female a requirement (offline_sexes says "If you are female, …" there), which a pregnancy already is.

A "with" description before the clauses is the woman's too ("Women with a positive pregnancy test, or who are
lactating" → "You are a woman with a positive pregnancy test, or who is breastfeeding"): only for "women", with no
verb, list word or other person of its own, and each "who" joined to it by "or" or "and".

Only where the first "who" follows the subject directly and each later one is joined by "or", "and" or "and/or",
each verb one the singular is known for (offline_subjects_words.SINGULAR; no modal), and no clause holds a second
verb of its own after "or"/"and" ("who are pregnant or plan to …" would need the singular twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_subjects_words import LEXICAL, MODALS, SINGULAR

# a state only a woman has, in each clause of "Female subjects who …"
_WOMANS = re.compile(r"\bpregnan|\bbreast[- ]?feed|\blactat|\bnursing\b", re.IGNORECASE)


# a "with" description before the "who" clauses, with no verb of its own, no bracket and no other person
_WITH = re.compile(
    r"\s+with\s+(?!(?:and|or)\b)(?:(?!\b(?:who|whom|whose|which|that|is|are|was|were|has|have|had|and|or|partners?|"
    r"children|child|infants?|men|males?)\b)[^()\[\];:.])+?",
    re.IGNORECASE,
)


def _ends(whos: Sequence[re.Match[str]], until: int) -> list[int]:
    """Where each "who" clause ends: at the next one, the last at `until`."""
    return [w.start() for w in whos[1:]] + [until]


def several_whos(
    text: str, who: str, at: int, until: int, whos: Sequence[re.Match[str]], opening: list[Edit]
) -> list[Edit]:
    """`opening` ("You are a woman", "You are female") and each "who" clause's verb in the singular (see the module),
    or none."""
    if who not in ("woman", "female") or not whos:
        return []
    with_ = text[at : whos[0].start()]  # "Women with a positive pregnancy test, or who are lactating"
    if with_ and (who != "woman" or not _WITH.fullmatch(with_) or not all(w.group("conj") for w in whos)):
        return []
    if not with_ and (len(whos) < 2 or whos[0].group("conj")):
        return []
    ends = _ends(whos, until)
    if who == "female" and not all(_WOMANS.search(text, w.end(), end) for w, end in zip(whos, ends, strict=True)):
        return []  # "Female subjects who are postmenopausal or who …": maybe a condition on the women of an inclusion
    edits = list(opening)
    for n, clause in enumerate(whos):
        conj = (clause.group("conj") or "").lower()
        if (n or with_) and conj not in ("or", "and", "and/or"):
            return []
        verb = clause.group("verb").lower()
        singular = SINGULAR.get(verb)
        if singular is None or verb in MODALS:
            return []
        end = ends[n]
        words = text[clause.end("verb") : end]
        if not words.strip(" ,"):
            return []  # "who are" with nothing after it
        if re.search(rf"\b(?:or|and|and/or)\s+(?:{LEXICAL.pattern}|{FINITE.pattern})", words, re.IGNORECASE):
            return []  # a second verb in the clause would need the singular too
        if singular != clause.group("verb"):
            edits.append(Edit(clause.start("verb"), clause.end("verb"), singular, "person"))
    return edits
