"""A procedure or treatment had "within N weeks of" the start of the study, put to the reader (offline backend):
"Major surgery within 4 weeks of starting study treatment" → "You have had major surgery within 4 weeks of starting
study treatment", "Radiotherapy within 2 weeks of first dose of study medications" → "You have had radiation
treatment …", "Hormone therapy within 4 weeks of study entry" → "You have had hormone treatment …".

translator.offline_openings says "You have had X" of an event a window "before" the study puts in the past; "within 4
weeks of randomization" says the same of an event still to come at enrolment (the weeks up to it: translator.
offline_windows), as offline_leads reads "Use of X within 30 days of screening". Only "You have had" goes before the
source's words, so their plain words ("radiation treatment", "surgery") are still said.

Only for a procedure or treatment named first (a single event such as "stroke" would want an article the source does
not have, and keeps its other openings), and only where every window of the first sentence lies before the study
and at least one is "within" its start; nothing in the sentence puts the event now or later ("planned", "during",
"concurrent"); no verb of its own follows ("Surgery within 4 weeks is allowed"); and no second noun phrase that
"had" would not fit ("… or participation in another trial", "… or failure to recover …"). Only in an exclusion and at
the top of a criterion, as the other noun-phrase openings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import before_the_study, day_of_cycle

EVENT = re.compile(
    r"(?:(?:major|minor|significant|extensive|invasive|open)\s+)*(?:surgery|surgeries|surgical\s+procedures?|"
    r"operations?|radiotherapy|radiation(?:\s+(?:therapy|treatment))?|chemotherapy|immunotherapy|chemoradiotherapy|"
    r"(?:blood\s+)?transfusions?|vaccinations?|immuni[sz]ations?|hospitali[sz]ations?|(?:hormon(?:e|al)|endocrine)\s+"
    r"therapy)\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|anticipation|during|after|following|will|ongoing|current|"
    r"currently|concurrent|concomitant|same\s+time|need|needed|requir\w+)\b",
    re.IGNORECASE,
)
# a second noun phrase "You have had" would not fit
_ANOTHER_NOUN = re.compile(
    r"\b(?:or|and|and/or)\s+(?:the\s+)?(?:failure|inability|unwillingness|history|presence|participation|taking\s+part|"
    r"receipt|use|administration|exposure|evidence|need)\b",
    re.IGNORECASE,
)

# a closing bracket that defines the event: its words ("requiring general anesthesia") say what it is, not when
_DEFINITION = re.compile(r"\(\s*(?:an?\s+|the\s+)?[\w -]{1,40}\b(?:is\s+defined\s+as|means)\b[^()]*\)", re.IGNORECASE)


def had_within_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Major surgery within 4 weeks of starting study treatment" → "You have had major surgery …" (see the
    module)."""
    m = EVENT.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    end = sentence_end(text, m.end(), colon=False)
    sentence = text[start:end]
    said = _DEFINITION.sub("", sentence)  # "(major surgery is defined as a procedure requiring …)": not its time
    if _NOT_PAST.search(said) or _ANOTHER_NOUN.search(said) or text.startswith(":", m.end()):
        return []
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and start <= f.start < end and not day_of_cycle(text, f)]
    if not any(f.relation == "within" for f in windows) or not all(before_the_study(f) for f in windows):
        return []
    return [Edit(start, start, "You have had ", "person")]
