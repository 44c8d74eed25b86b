"""A use at the same time that the use's own words run on after, put to the reader (offline backend): "Concomitant use
of drugs with a risk of causing torsades de pointes" → "You use, at the same time, drugs with a risk of causing
torsades de pointes"; "Concurrent treatment with any DMARD other than methotrexate" → "You are getting, at the same
time, treatment with any DMARD other than methotrexate".

translator.offline_use_adverbs says "Concurrent use of X" as "You use X at the same time" only where X is a plain noun
phrase that ends the sentence: after a clause ("drugs that may prolong QT") or a phrase ("drugs with a risk of causing
X") the closing "at the same time" could read as the clause's ("causing X at the same time"), so it leaves the noun
phrase. Here the time words go straight after the verb, between commas, where they can only say when the reader uses
(or gets) what follows; what follows keeps its words. "Concurrent" and "concomitant" are said "at the same time", as
the plain words say them everywhere; nothing is added about with what ("as the study treatment" is the source's only
where it says so).

Only in an exclusion and at the top of a criterion, as the other noun-phrase openings; and only where the first
sentence says no other time (a window, "prior to", "during", "planned", "at screening": "Concurrent use of X within
the past 28 days" puts two times on one use), has no verb of its own after the noun phrase ("… is not permitted while
…"), joins no second noun phrase the verb would not fit ("Concurrent use or anticipated use of X", "… or
participation in another trial") and is no lead-in (":").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import blank_asides

_OPENING = re.compile(
    r"(?:concurrent|concomitant)\s+(?:(?P<use>use|usage|administration)\s+of|(?P<treat>treatment|therapy)\s+with)"
    r"\s+(?=[A-Za-z0-9(])(?!(?:e\.g|i\.e)\.)",  # (not "treatment with e.g. warfarin": no noun phrase to say)
    re.IGNORECASE,
)
# another time in the sentence, which "at the same time" would sit beside
_OTHER_TIME = re.compile(
    r"\b(?:within|prior|before|after|during|throughout|until|till|while|since|following|preceding|previous(?:ly)?|"
    r"past|last|recent(?:ly)?|current(?:ly)?|now|ongoing|plann?ed|planning|plans?|will|expected|anticipated|intend\w*|"
    r"start\w*|initiat\w*|commence\w*|continu\w*|days?|weeks?|months?|years?|hours?|time|period|phase|visit|"
    r"screening|baseline|randomi[sz]ation|enrol(?:l)?ment|registration|entry|cycle)\b",
    re.IGNORECASE,
)
# a second noun phrase that the reader's verb would not fit ("… or failure to recover", "… or participation in")
_ANOTHER_NOUN = re.compile(
    r"\b(?:or|and|and/or)\s+(?:the\s+)?(?:\w+\s+)?(?:use|usage|administration|participation|enrol(?:l)?ment|receipt|"
    r"exposure|treatment\s+with|therapy\s+with|failure|inability|history|presence|need|requirement|contraindication)\b",
    re.IGNORECASE,
)
# "any of the following", "as follows": the items are the use's, which a lead-in keeps
_LEADS_IN = re.compile(r"\b(?:of\s+the\s+following|as\s+follows|the\s+following)\b", re.IGNORECASE)
# (nor "et al." / "et.al.", which ends a list of examples, not the sentence)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bet\.al)(?<!\bet al)[.;:](?:\s|$)", re.IGNORECASE)


def concurrent_use(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Concomitant use of X that …" → "You use, at the same time, X that …" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    masked = blank_asides(text)
    stop = _SENTENCE_END.search(masked, m.end())
    end = stop.start() if stop else len(text)
    if stop is not None and stop.group().startswith(":"):
        return []  # "Concurrent use of asthma medications: …", "Concurrent use of:": a lead-in
    sentence = text[m.end() : end]  # (brackets included: "(within 5 half-lives …)" is a time too)
    if _OTHER_TIME.search(sentence) or _ANOTHER_NOUN.search(sentence) or _LEADS_IN.search(sentence):
        return []
    if any(f.kind is FactKind.TEMPORAL and m.end() <= f.start < end for f in facts):  # (the opening word is one)
        return []
    said = "You use, at the same time, " if m.group("use") else "You are getting, at the same time, treatment with "
    return [Edit(start, m.end(), said, "person")]

