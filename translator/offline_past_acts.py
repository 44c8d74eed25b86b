"""A donation, a meal or drink, or a start of a treatment that an exclusion times before the study, put to the reader
(offline backend): "Donation of blood in excess of 500 mL within 56 days before dosing" → "You have donated blood in
excess of 500 mL in the 56 days before dosing", "Consumption of grapefruit within 7 days prior to dosing" → "You have
had grapefruit …", "Initiation of bisphosphonate therapy within 4 weeks prior to first dose" → "You have started
bisphosphonate therapy …".

These nouns name an act the reader does, as "Use of X" does, and translator.offline_leads already knows when such an
act can be said in the past: a window before the study ("within 30 days of screening", "prior to Day 1"), nothing
that puts it now or later ("during", "planned", "concurrent"), no second noun phrase the verb would not fit, no
relative clause with its own time, nobody else named. So the criterion is read by offline_leads as "Use of X …" and,
where it says "You have used X …", the act gets its own verb. With no window before the study it says nothing
("Consumption of alcohol > 2 units per day" may be now; "Blood donation during the study" is still to come).

Not a donation beside a loss or a transfusion ("Donation of blood or loss of blood (> 500 mL)": "You have donated …
loss of blood"), an "Initiation of or change in X" (the verb would have to be shared), and a "Blood donation" only
when a window or an amount follows it ("Blood donation within 90 days", "Blood donation (≥ 450 mL) …").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_edits import Edit
from translator.offline_leads import lead_edits

_ACT = re.compile(
    r"(?:(?P<donation>donations?\s+of)|(?P<blood>blood\s+donations?)(?=\s+(?:within|in\s+the|during\s+the|of\s+"
    r"(?:more|greater|at\s+least)|\(|[≥>]|\d))|(?P<consumption>(?:consumption|intake|ingestion)\s+of)|"
    r"(?P<start>(?:initiation|start)\s+of)(?!\s+or\b))\s+(?=[A-Za-z0-9(])",
    re.IGNORECASE,
)
_VERBS = {"donation": "donated ", "blood": "donated blood ", "consumption": "had ", "start": "started "}
# a second act the verb would be given too: "Donation of blood or loss of blood", "… or a blood transfusion"
_OTHER_ACT = re.compile(
    r"\b(?:loss|lost|transfusions?|change|changes|modification|discontinuation|donations?|consumption|intake|"
    r"ingestion|initiation)\b",
    re.IGNORECASE,
)
# a medicine is taken; a food or a drink is had ("You have had grapefruit juice")
_MEDICINE = re.compile(r"\b(?:drugs?|medicines?|medications?|agents?|vitamins?|supplements?|tablets?|pills?)\b", re.I)
_FOOD = re.compile(
    r"\b(?:foods?|beverages?|drinks?|juices?|alcohol\w*|grapefruits?|caffeine|coffee|tea|wine|fruits?|oranges?)\b", re.I
)
_FIRST_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", re.IGNORECASE)
_SHADOW = "Use of "
_USED = "You have used "


def past_act(text: str, kind: SectionKind, lexicon: Lexicon, parent: str | None = None) -> list[Edit]:
    """ "Donation of blood within 56 days before dosing" → "You have donated blood …" (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _ACT.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    stop = _FIRST_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    if _OTHER_ACT.search(text, m.end(), end) or (stop and re.match(r"\s*(?:or|and)\b", text[stop.end() :], re.I)):
        return []  # a second act, or a second clause that goes on with "or taking part in …"
    what = next(name for name, said in m.groupdict().items() if said)
    shadow = _SHADOW + ("blood " if what == "blood" else "")
    # offline_leads reads the criterion as a use, with all its guards on when a use can be said in the past
    read = text[:start] + shadow + text[m.end() :]
    shift = m.end() - start - len(shadow)
    edits = lead_edits(read, kind, lexicon, None, parent)
    opening = [e for e in edits if e.start == start]
    if len(opening) != 1 or opening[0].text != _USED or opening[0].end != start + len(_SHADOW):
        return []
    later = [Edit(e.start + shift, e.end + shift, e.text, e.what) for e in edits if e.start >= start + len(shadow)]
    if len(later) != len(edits) - 1:
        return []  # an edit inside the words the shadow stands for
    verb = _VERBS[what]
    if what == "consumption" and _MEDICINE.search(text, m.end(), end) and not _FOOD.search(text, m.end(), end):
        verb = "taken "  # "Intake of drugs with a long half-life" → "You have taken drugs …"
    return [Edit(start, m.end(), "You have " + verb, "person"), *later]
