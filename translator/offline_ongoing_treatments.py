"""An ongoing treatment put to the reader (offline backend): "Ongoing treatment with CYP3A4 inducers or strong
inhibitors" → "You are getting ongoing treatment with CYP3A4 inducers or strong inhibitors"; "Ongoing
immunosuppressive therapy (other than corticosteroids)" → "You are getting ongoing immunosuppressive treatment (other
than corticosteroids)".

A treatment that is going on is one the reader is getting now: "You are getting", as offline_leads says "Current
treatment with X" → "You are now getting treatment with X", and the source's "ongoing" stays where it is, so the
sentence says no more and no less of when. The words after it keep their own plain wording ("therapy" →
"treatment").

Only at the top of a criterion (offline_leads' noun-phrase openings), in either kind of criterion (an inclusion's
"Ongoing treatment with a stable dose of MTX" is the reader's state too); only "treatment" or "therapy" with what it
is with, or with up to two words that say its kind before it ("immunosuppressive", "antibiotic"); not with another
time that one verb cannot carry ("… or use of those medications within 3 months", "prior to study entry", "planned"),
a second noun phrase ("Ongoing dementia treatment or anti-depressive disorder medication"), a verb of its own, or a
lead-in (":").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_ONGOING = re.compile(
    r"(?P<ongoing>on-?going\s+)(?:(?:treatment|therapy)\s+with\s+(?=[A-Za-z0-9(])|"
    r"(?!(?:treatment|therapy|need|use|participation|or|and|with)\b)(?:[a-z][\w-]*\s+){1,2}?(?:treatment|therapy)\b"
    r"(?=\s*(?:$|[.;(]|(?:at|for|with)\b)))",
    re.IGNORECASE,
)
_NOT_SAID = re.compile(
    r"\b(?:within|prior|before|past|previous(?:ly)?|recent(?:ly)?|ago|plann?ed|planning|will|during|after|following|"
    r"since|until|history|expected|anticipated)\b|:"
    r"|\b(?:or|and|and/or|nor)\s+(?:the\s+)?(?:use|usage|need|participation|receipt|exposure|failure|inability|presence|"
    r"evidence|intolerance|contraindication)\b",
    re.IGNORECASE,
)


def ongoing_treatment(text: str, start: int) -> list[Edit]:
    """ "Ongoing treatment with X" → "You are getting ongoing treatment with X" (see the module)."""
    m = _ONGOING.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    if _NOT_SAID.search(text, m.end(), sentence_end(text, m.end(), colon=False)):
        return []
    return [Edit(start, m.end("ongoing"), "You are getting ongoing ", "person")]
