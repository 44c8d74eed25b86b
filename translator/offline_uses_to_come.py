"""A use, a treatment or a taking part that an exclusion bans before the study and during it too, put to the reader
(offline backend): "Use of glucocorticoids within 14 days prior to Day 1 and while on study" → "You have used or will
use glucocorticoids in the 14 days before Day 1 and while on study"; "Use of CYP3A4 inhibitors during the trial" →
"You will use CYP3A4 inhibitors during the trial".

translator.offline_leads says "Use of X within 30 days before Y" as "You have used X …" and declines when a word puts
the use now or later ("during", "until"), since one tense would be a guess. When that later time is the closing
phrase of the criterion and names the study itself ("or at any time during the study period", "and throughout the
study", "until follow-up"), the tenses are not a guess: the window before the study is the past and the study is
still to come at enrolment. So the closing phrase is set aside, the rest is read by offline_leads as before (with all
its guards: someone else named, a second noun phrase, a relative clause's own time, a window it cannot place), and
its past opening is given the future beside it: "You have used or will use X …", "You have had or will have treatment
with X …", "You have taken part or will take part in X …", "You have received or will receive X …". The closing
phrase stays as written, so the window, its anchor and the "and"/"or" between the two times are the source's own.
A use with no time but the study's ("Use of X during the trial") is one still to come: "You will use X …".

Not a "planned use during the study" (a second noun phrase), a time in brackets, a phrase in the middle of the
criterion ("during the study period, or within 4 weeks prior to day 1": the edit would have to move it), a later
sentence, or a "during" of something other than the study ("during index hospitalization").

The acts of translator.offline_past_acts get the same ("Consumption of alcohol within 3 days prior to dosing or during
the study" → "You have had or will have alcohol …"). And a word that times the study's own start rather than the act
("within 30 days prior to the planned first drug administration", "within 4 weeks of planned enrollment", "prior to
the first dose in the current study") is no sign of a use now or later: offline_leads reads the criterion with it set
aside, and only a past opening (or this module's) is kept; the word itself stays in the bullet.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_counted_exclusions import counted_exclusion
from translator.offline_edits import Edit
from translator.offline_leads import lead_edits
from translator.offline_past_acts import past_act

# the study, or the part of it still to come after enrolment, as a closing time: "during the study period", "while on
# study", "throughout the entire trial", "during the course of the study", "during the phase I portion of the study",
# "during study treatment", "during participation in this study", "until follow-up", "until the end of study"
_STUDY = (
    r"(?:the\s+|this\s+)?(?:(?:entire|whole)\s+)?(?:(?:course|conduct|duration|end|rest)\s+of\s+(?:the\s+|this\s+)?|"
    r"(?:[\w-]+\s+){0,2}(?:part|phase|portion)\s+of\s+(?:the\s+|this\s+)?)?"
    r"(?:(?:study|trial)(?:\s+(?:period|treatment|participation))?|participation\s+in\s+(?:the\s+|this\s+)?(?:study|trial))"
)
_TO_COME = re.compile(
    r"(?P<lead>\s*,?\s*(?:(?P<conj>or|and|and/or)\s+)?)"
    r"(?P<phrase>(?:(?:at\s+)?any\s*time\s+(?:point\s+)?|anytime\s+)?"
    rf"(?:(?:during|throughout|while\s+(?:on|in))\s+{_STUDY}|(?P<until>until)\s+(?:{_STUDY}\s+completion|"
    rf"(?:the\s+)?follow[-\s]?up(?:\s+visit)?|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:study|trial)|"
    r"(?:the\s+)?last\s+dose\s+of\s+(?:the\s+)?study\s+(?:drug|treatment|medication)))"
    r")\s*[.;]?\s*$",
    re.IGNORECASE,
)
# the past verbs of the openings offline_leads and offline_past_acts give the rest, and their futures
_FUTURES = {"used": "use", "taken part": "take part", "received": "receive", "had": "have", "donated": "donate",
            "started": "start", "taken": "take"}  # fmt: skip
_PAST = re.compile(rf"You have (?P<verb>{'|'.join(_FUTURES)})\b(?P<rest>.*)", re.DOTALL)
# a present opening (no time at all in the rest): with the study as its only time, the use is one still to come
_NOW = {"You use ": "You will use ", "You are taking part in ": "You will take part in "}


# a word that times the study's start still to come, not the act: "within 30 days prior to the planned first drug
# administration", "within 4 weeks of planned enrollment", "… prior to the first dose in the current study"
_PLANNED_ANCHOR = re.compile(
    r"\b(?:prior\s+to|before|of|preceding)\s+(?:the\s+)?(?P<word>(?:planned|anticipated|expected|scheduled)\s+)"
    r"(?=(?:first\s+)?(?:(?:study|trial)\s+)?(?:(?:drug|medication|product)\s+)?(?:start|initiation|dos|administration|"
    r"randomi[sz]ation|enrol|registration|study|trial|treatment|day\b))"
    r"|\b(?:in|of|on)\s+the\s+(?P<current>current\s+)(?=(?:study|trial)\b)",
    re.IGNORECASE,
)
_SAID_IN_TIME = re.compile(r"You (?:have (?:had|used|taken part|received|donated|started|taken)|will) ")


def acts_in_time(text: str, kind: SectionKind, lexicon: Lexicon, parent: str | None = None) -> list[Edit]:
    """A use before and during the study (this module), an act before it (offline_past_acts), or a count of past
    treatments (offline_counted_exclusions); read as well with the words that time the study's own start set aside
    ("the planned first dose"), which are no time of the act."""
    said = uses_to_come(text, kind, lexicon, parent) or past_act(text, kind, lexicon, parent)
    said = said or counted_exclusion(text, kind, parent)
    blanked = [m.span("word") if m.group("word") else m.span("current") for m in _PLANNED_ANCHOR.finditer(text)]
    if said or not blanked or kind is not SectionKind.EXCLUSION:
        return said
    read = text
    for start, end in blanked:  # the same length, so the edits' spans stay the text's own
        read = read[:start] + " " * (end - start) + read[end:]
    edits = lead_edits(read, kind, lexicon, None, parent) or uses_to_come(read, kind, lexicon, parent)
    edits = edits or past_act(read, kind, lexicon, parent)
    if not edits or any(e.start < end and start < e.end for e in edits for start, end in blanked):
        return []
    first = min(edits, key=lambda e: e.start)
    return edits if first.start == len(text) - len(text.lstrip()) and _SAID_IN_TIME.match(first.text) else []


def uses_to_come(text: str, kind: SectionKind, lexicon: Lexicon, parent: str | None = None) -> list[Edit]:
    """ "Use of X within 14 days prior to Day 1 and while on study" → "You have used or will use X …" (see the
    module). `parent`: the text of the item this one sits under, as offline_leads takes it."""
    if kind is not SectionKind.EXCLUSION:
        return []
    m = _TO_COME.search(text)
    if m is None or "(" in text[m.start() :] or re.search(r"[.;:](?:\s|$)", text[: m.start()].rstrip()):
        return []  # one sentence, its closing phrase outside any bracket
    rest = text[: m.start()]
    edits = lead_edits(rest, kind, lexicon, None, parent) or past_act(rest, kind, lexicon, parent)  # (no closing)
    if not edits or any(e.end > len(rest) for e in edits):
        return []
    first = min(edits, key=lambda e: e.start)
    start = len(text) - len(text.lstrip())
    if first.start != start or first.what != "person":
        return []
    said: str | None
    if m.group("conj") or m.group("until"):  # a window before the study, then the study: "or during the study"
        past = _PAST.fullmatch(first.text)
        said = f"You have {past['verb']} or will {_FUTURES[past['verb']]}{past['rest']}" if past else None
    else:  # "Use of X during the trial": no window before it
        said = _NOW.get(first.text)
    if said is None:
        return []
    return [Edit(first.start, first.end, said, first.what), *(e for e in edits if e is not first)]
