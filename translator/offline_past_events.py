"""Events in a window that looks back, said in the past to the reader (offline backend, on the composed bullet).

An opening rule that puts "You have" before a noun phrase leaves an event in the present when a window after it
looks back: "Acute myocardial infarction within 7 days" became "You have acute heart attack within 7 days", "Stroke
in the 3 months before screening" became "You have stroke in the 3 months before screening". An event happens and
ends, so in a window before the study it was had: "You have had an acute heart attack within 7 days", "You have had
a stroke in the 3 months before screening". This pass makes that change on the composed bullet:

- only after a sentence's opening "You have", and only when every item of the phrase before the window is an EVENT
  (a heart attack, stroke, surgery, infection, fracture, transfusion, hospital stay, seizure, bleeding, a flare-up…):
  "You have type 1 diabetes, heart attack or stroke in the past 6 months" keeps its words (diabetes goes on), and
  so does a state said as one ("active infection", "ongoing bleeding", "unstable angina", "current infection");
- a disease or a treatment in that window was had too ("No other malignancy within the past 5 years" → "You have had
  no other cancer within the past 5 years", "No major surgery or radiotherapy within the past 4 weeks"), but only
  where none was had, or where the window follows it right away (no clause or example between them, which the
  window may be the last part of) in a list of at most two; never one said as a state that goes on or is measured now
  ("measurable disease", "metastatic disease", "concurrent cancer", "stable" or "unchanged" treatment);
- only before a window that looks back: "in the 3 months before X", "within the past year", "in the last 30 days",
  "within 4 weeks of screening" (a start of the study, still to come: offline_windows), and, in an exclusion, a bare
  "within 3 months"; not "within 24 hours of onset", "within 48 hours after vaccination", "in the next 6 months";
- an article goes before a first singular event that has no determiner ("You have had a stroke", "an acute heart
  attack"; none where the spelling leaves the sound open: "upper" and "urinary" differ), never before a mass noun
  ("surgery", "bleeding") or a plural.

Nothing else changes: the event's words, the window's numbers and its anchor stay as written.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind

# heads of an event one has had: a singular one takes an article ("a stroke"), a mass noun none ("surgery")
_COUNTED = (
    r"(?:heart|asthma|ischemic|ischaemic|panic|gout)\s+attacks?|transient\s+isch(?:a)?emic\s+attacks?|infarctions?|"
    r"strokes?|mini-strokes?|seizures?|fractures?|transfusions?|(?:hospital|ICU|intensive\s+care)\s+stays?|"
    r"hospitali[sz]ations?|admissions?|infections?|embolisms?|emboli|(?:blood\s+)?clots?|flare-?ups?|"
    r"exacerbations?|episodes?|events?|injury|injuries|attempts?|bleeding\s+events?|bleeds?|operations?|procedures?|"
    r"vaccinations?|immuni[sz]ations?|(?:blood\s+|plasma\s+)?donations?|revasculari[sz]ations?|angioplasty|"
    r"angioplasties|accidents?|h(?:a)?emorrhages?|illness(?:es)?|TIA|flares?|acute\s+coronary\s+syndromes?|"
    r"(?:coronary\s+)?(?:artery\s+)?bypass(?:\s+graft(?:s|ing)?)?"
)
_MASS = r"surgery|surgeries|bleeding|trauma|radiotherapy|chemotherapy|chemo"  # "chemo": the lexicon's word for it
# a disease or a treatment had at some time in the window ("No other malignancy within the past 5 years", "No
# radiotherapy within the past 4 weeks"): said with "had" too, but with no article (the source gives none, and "a
# cancer" reads as one kind of it); a state that goes on or is measured now ("measurable disease") is kept below
_HAD_NO_ARTICLE = (
    r"cancers?|malignanc(?:y|ies)|tumou?rs?|carcinomas?|neoplasms?|diseases?|disorders?|thrombos[ie]s|embol(?:us|i)|"
    r"fistulas?|perforations?|abscess(?:es)?|abcess|(?:radiation\s+)?treatments?|therapy|therapies|"
    r"immunotherapy|radiation|(?:experimental\s+)?drugs?|medicines?|agents?|biops(?:y|ies)|aspirations?|stenting|"
    r"transplant(?:ation)?s?|regimens?"
)
_EVENT = re.compile(
    rf"(?:.*\s)?(?P<head>{_COUNTED}|{_MASS}|{_HAD_NO_ARTICLE})(?:\s*\([^()]*\))?", re.IGNORECASE
)
_ONLY_EVENTS = re.compile(rf"(?:.*\s)?(?:{_COUNTED}|{_MASS})(?:\s*\([^()]*\))?", re.IGNORECASE)
_SINGULAR_COUNTED = re.compile(rf"(?:{_COUNTED})", re.IGNORECASE)
# words that make an event a state that goes on, or not the reader's: "active infection", "ongoing bleeding"
_STATE = re.compile(
    r"\b(?:active|ongoing|on-going|current|currently|chronic|persistent|uncontrolled|unstable|untreated|recurrent|"
    r"recurring|unhealed|non-?healing|unresolved|planned|scheduled|expected|no|not|never|without|risk|history|"
    r"measurable|evaluable|stable|unchanged|adequate|good|residual|known|concurrent|concomitant|metastatic|"
    r"signs?|evidence|symptoms?|diagnosis|need|needs|or\s+have|have|has)\b",
    re.IGNORECASE,
)
# where the event's own phrase ends and what qualifies it begins ("infection needing IV antibiotics")
_QUALIFIED = re.compile(
    r"\s+(?:needing|requiring|that|which|who|with|of|from|due|leading|resulting|caused|including|such|like|"
    r"followed|in\s+which)\b",
    re.IGNORECASE,
)
_ITEM_JOINS = re.compile(r"\s*,\s*(?:or\s+|and\s+|and/or\s+)?|\s+(?:or|and|and/or)\s+|\s*/\s*", re.IGNORECASE)
_DETERMINED = re.compile(
    r"(?:a|an|the|any|another|others?|one|two|three|some|more|at|less|multiple|several|repeated|\d[\d.,]*)\b",
    re.IGNORECASE,
)

_UNIT = r"(?:hours?|days?|weeks?|months?|years?|h|hrs?|wks?|mos?)"
_COUNT = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
_START = (
    r"(?:the\s+)?(?:screening|study\s+(?:entry|start|enrol(?:l)?ment)|entry|joining|enrol(?:l)?ment|randomi[sz]ation|"
    r"registration|baseline|inclusion|visit\s*1|day\s*1|cycle\s*1|(?:the\s+)?first\s+(?:dose|day|administration)|"
    r"start(?:ing)?|"
    r"signing|(?:informed\s+)?consent|the\s+(?:start|beginning)|beginning|study\s+(?:day|drug|treatment))\b"
)
# windows that look back from the study; the first shapes say so themselves, the last needs an exclusion
_BACK = re.compile(
    rf",?\s+(?:(?:in|within|during)\s+(?:the\s+)?(?:last|past|previous|preceding|prior)\b"
    rf"|in\s+the\s+{_COUNT}[\s-]+{_UNIT}(?:\s+period)?\s+(?:before|prior\s+to|preceding)\b"
    rf"|within\s+(?:the\s+)?{_COUNT}[\s-]+{_UNIT}\s+(?:before|prior\s+to|preceding|of\s+{_START})"
    rf"|in\s+the\s+{_COUNT}[\s-]+{_UNIT}\s+prior\b)",
    re.IGNORECASE,
)
_BARE = re.compile(rf",?\s+within\s+{_COUNT}[\s-]+{_UNIT}\s*(?:[.;,]|$)", re.IGNORECASE)
# (with its "no": "You have no heart attack within the past year" is "You have had no heart attack …")
# (after a topic the source names first too: "Lung resection: You have …", translator.offline_topic_labels)
_OPENING = re.compile(r"(?:^(?:[A-Z][\w'’ &/-]{0,60}:\s+)?|(?<=[.;]\s))You\s+have\s+(?P<no>no\s+)?", re.IGNORECASE)
# a verb after "You have" ("You have undergone surgery", "You have received X"), where "had" is already said; an
# adjective on "-ed" is no verb ("You have documented infections", "a recorded hospital admission")
_VERB = re.compile(
    r"(?!(?:documented|recorded|confirmed|closed|suspected|complicated|repeated|prolonged|locali[sz]ed|"
    r"uncomplicated|unexplained|unprovoked|related|associated|isolated|combined|sustained|advanced|severe|red)\b)"
    r"(?:\w+ed|\w+en|undergone|gone|done|begun|got|gotten|made|had|been|recently|undertaken|shown|seen|known|grown|"
    r"drawn|thought|felt|kept|met|led|bled|lost)\b",
    re.IGNORECASE,
)
# a state said after the window, which "had" would put in the past too ("… within 4 weeks, or a chronic infection")
_STATE_LATER = re.compile(
    r"\b(?:or|and|and/or)\b.*\b(?:chronic|active|ongoing|on-going|current|currently|persistent|uncontrolled|"
    r"unstable|untreated)\b",
    re.IGNORECASE,
)


def _plural(head: str) -> bool:
    word = head.lower().split()[-1]
    return word in ("injuries", "emboli", "angioplasties") or (word.endswith("s") and not word.endswith("ss"))


def _is_event(item: str) -> bool:
    m = _EVENT.fullmatch(item.strip())
    return m is not None and not _STATE.search(item)


def _phrase_end(text: str, at: int, kind: SectionKind) -> int | None:
    """Where the event phrase from `at` meets a window that looks back, or None (also when a state follows it)."""
    sentence_end = re.search(r"[.;](?:\s|$)", text[at:])
    stop = at + sentence_end.start() if sentence_end else len(text)
    window = _BACK.search(text, at, stop)
    if window is None and kind is SectionKind.EXCLUSION:
        window = _BARE.search(text, at, stop + 1)
    if window is None or _STATE_LATER.search(text, window.end(), stop):
        return None
    return window.start()


def _article(word: str) -> str:
    """ "a " or "an " before `word` where its first sound is plain from its spelling, else "" (no article is
    better than a wrong one: "a upper", "an urinary")."""
    lower = word.lower()
    if lower[:1] in ("a", "e", "i", "o") or re.match(r"u(?:n|p|l|m)", lower):
        return "an "
    if lower[:1] == "u" or re.match(r"h(?:our|onest|onou?r|eir|erb)", lower) or not lower[:1].isalpha():
        return ""
    return "a "


def had_events(text: str, kind: SectionKind) -> str:
    """`text` with "You have <event> <window before the study>" said as "You have had …" (see the module)."""
    for m in reversed(list(_OPENING.finditer(text))):
        if _VERB.match(text, m.end()):
            continue
        end = _phrase_end(text, m.end(), kind)
        if end is None:
            continue
        phrase = text[m.end() : end]
        qualified = _QUALIFIED.search(phrase)
        core = phrase[: qualified.start()] if qualified else phrase
        if qualified and _STATE.search(phrase[qualified.start() :].split(",")[0]):
            continue  # "infection that has not resolved": a state
        masked = re.sub(r"\([^()]*\)", lambda p: "x" * len(p.group()), core)
        cuts = [0, *[j for c in _ITEM_JOINS.finditer(masked) for j in (c.start(), c.end())], len(core)]
        items = [core[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2)]
        if not core.strip() or not all(_is_event(item) for item in items) or phrase.count("(") != phrase.count(")"):
            continue  # (a window inside brackets is the bracket's: "hypertension (defined as a change within 3 months")
        if ":" in phrase:
            continue  # "heart event such as heart attack: NYHA class 2 that … within 3 months": the list's window
        # a disease or a treatment ("cancer", "radiotherapy") had in the window: unless none was had ("no treatment
        # with X in the 28 days before"), only where the window follows it right away and in a list of at most two
        # ("metastatic disease, …, other cancers within 5 years": the window is the last item's)
        diseases = not all(_ONLY_EVENTS.fullmatch(item.strip()) for item in items)
        if diseases and not m.group("no") and (qualified or len(items) > 2):
            continue
        first = _EVENT.fullmatch(items[0].strip())
        assert first is not None  # every item is an event
        if m.group("no"):  # none had: no article
            text = text[: m.start("no")] + "had " + text[m.start("no") :]
            continue
        head = first.group("head")
        counted = _SINGULAR_COUNTED.fullmatch(head) and not _plural(head)
        article = _article(items[0].strip()) if counted and not _DETERMINED.match(items[0].strip()) else ""
        text = text[: m.end()] + "had " + article + text[m.end() :]
    return text
