"""Time counted from the end of a stretch of time a text has just named.

"During the study treatment and for at least 1 week after it ends" counts the week from the end of the treatment,
which its source says as "during and for ≥ 1 week after completion of study treatment" (the last dose). The window
after "it ends" names no event of its own; it takes the end of the stretch the window before it ("during the study
treatment") names. So does "during" take the stretch whose end the window after it names: "during and for 4 weeks
after the last dose" is during the treatment, not during its last dose.

"Throughout the study and for at least 12 weeks after it" says the source's "… after the study": a bare "it" after
the window's "after", in the sentence of a window during the study (or its treatment), is that stretch, and the
window takes its event as the source's words do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind

# The stretch of time → the event its end is, as `translator.anchors` names both.
END_OF = {"study treatment": "last dose", "study": "end of study"}
STRETCH_OF = {end: stretch for stretch, end in END_OF.items()}
_IT_ENDS = re.compile(
    r"\s*(?:it|this|that|they|(?:the\s+)?(?:treatment|study|trial))\s+(?:ends|end|is\s+over|are\s+over|stops|stop"
    r"|finishes|finish|is\s+finished|is\s+completed|has\s+ended|have\s+ended|is\s+done)\b",
    re.IGNORECASE,
)

# ("after it." / "after it, and …": the pronoun alone, no verb of its own)
_IT_ALONE = re.compile(r"\s*(?:it|this|that)(?=\s*(?:[.,;:)]|$)|\s+(?:and|or)\b)", re.IGNORECASE)
# ("during the study and for 90 days thereafter": the same stretch, in one word)
_THEREAFTER = re.compile(r"\b(?:thereafter|afterwards?)$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")


def ended_windows(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """`facts` (sorted) with each window "after it ends" anchored on the end of the stretch named before it."""
    out: list[Fact] = []
    for fact in facts:
        if fact.kind is FactKind.TEMPORAL and fact.relation == "after" and fact.anchor is None and (
                ends := _IT_ENDS.match(text, fact.end)):
            during = next((f for f in reversed(out) if f.kind is FactKind.TEMPORAL and f.relation == "during"
                           and f.anchor in END_OF and f.end <= fact.start), None)
            if during is not None and during.anchor is not None:
                fact = fact.model_copy(update={"anchor": END_OF[during.anchor], "end": ends.end(),
                                               "text": text[fact.start:ends.end()]})
        elif fact.kind is FactKind.TEMPORAL and fact.relation == "after" and fact.anchor is None and (
                it := _IT_ALONE.match(text, fact.end) or _THEREAFTER.search(fact.text)):
            during = next((f for f in reversed(out) if f.kind is FactKind.TEMPORAL and f.relation == "during"
                           and f.anchor in END_OF and f.end <= fact.start), None)
            if during is not None and not _SENTENCE_BREAK.search(text, during.end, fact.start):
                end = fact.start + it.end() if it.re is _THEREAFTER else it.end()
                fact = fact.model_copy(update={"anchor": during.anchor, "end": end, "text": text[fact.start:end]})
        out.append(fact)
    return out
