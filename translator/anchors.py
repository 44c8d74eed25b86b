"""Anchor events of time windows: the small canonical vocabulary and its synonyms.

"in the 3 months before randomization", "prior to random assignment" and "before being randomized"
all anchor on "randomization"; "study entry", "entering the study", "joining the study" and
"registration" all anchor on "enrollment". An event outside this vocabulary gives no anchor (the
window keeps its relation), so a paraphrase of an unusual event is never reported as a changed
anchor, and a changed canonical anchor always is.
"""

from __future__ import annotations

import re

# "the TMC114-C215 screening": a study's code (capitals and digits) names whose event it is, not another event.
_THE = r"(?:(?:the|their|his|her|your|a|an|any)\s+)?(?:(?:whole|entire)\s+)?(?:(?-i:[A-Z][A-Za-z]*\d[\w-]*)\s+)?"
# ("experimental" is the plain word the offline backend says for "investigational")
_STUDY = r"(?:study|trial|investigational|experimental|protocol)"
_DRUG = (
    r"(?:drugs?|medications?|treatments?|therap(?:y|ies)|products?|agents?|interventions?|vaccines?|medicines?"
    r"|(?-i:IMPs?|IPs?))"  # "first dose of IP", "prior to IP dosing": the investigational product
)
# ("therapy" too: the plain words say "initial therapy" as "first treatment", which must read as the source does)
_EVENT_DOSE = r"(?:dose|dosing|administration|infusion|injection|vaccination|treatment|therapy|intake)"
# "the last intake of alcohol", "the last dose of chemotherapy": the dose of something else, which is
# no anchor of this vocabulary (the window keeps its relation, without an anchor).
_NOT_OTHER = r"(?!\s+of\s)"
# "the current study drug", "the investigational medicinal product", "IMP": the study's own treatment.
_OWN = rf"(?:(?:current|assigned|allocated)\s+)?(?:{_STUDY}\s+)?(?:medicinal\s+)?"

# Being given the study's own treatment, however said; not "receipt of any investigational therapy".
_RECEIVE = (
    # (not "administration of the study drug": read as the first dose, it turned the offline wording of 25 corpus rows
    # from "within 6 months before" to "in the 6 months before" and kept "trial medication" from its plain words)
    r"(?:receiving|receipt\s+of|being\s+given|getting|taking"
    r"|(?:you|they)\s+(?:(?:are|were|have\s+been|will\s+be|get|got)\s+given|receive[sd]?|get|got|take|took))"
)
_PARTICIPATE = (
    r"(?:participation|participating|taking\s+part|(?:you|they)\s+(?:participate[sd]?|take|took|takes)(?:\s+part)?)"
    r"\s+in"
)

# "before the trail": a misspelt "trial" (the corpus has it three times); not "TRAIL" (a protein) nor the
# Trail Making Test.
_TRAIL = r"(?-i:trail)(?!\s+making)"

# The reader starting the treatment, as the source's "initiation of study treatment" / "the start of treatment" says
# it: "before you started study treatment", "before you start treatment" (as "before you register" is registration).
# ("starting treatment" with no "study" stays no anchor: it says the source's bare "prior to treatment" as often.)
_STARTING = r"(?:(?:you|they)\s+(?:start(?:s|ed)?|begins?|began))"

# (canonical, pattern), most specific first; the first alternative that matches wins.
_ANCHORS: list[tuple[str, str]] = [
    # ("before you are given the first dose of trial medicine" for "preceding administration of the first dose …")
    ("first dose", rf"(?:(?:receiving|getting|receipt\s+of|administration\s+of"
                   rf"|(?:you|they)\s+(?:(?:are|were|will\s+be)\s+given|receive|get))\s+)?{_THE}(?:first|initial)\s+"
                   rf"(?:{_EVENT_DOSE})"
                   rf"(?:\s+(?:of|with)\s+{_THE}{_OWN}{_DRUG})?{_NOT_OTHER}"
                   # "the first dose of drug on this study" is the study drug's ("of the study drug")
                   r"(?:\s+(?:on|in)\s+(?:this|the)\s+(?:study|trial))?"
                   rf"|{_THE}(?:planned\s+)?(?:start|initiation|beginning|commencement)\s+of\s+{_THE}(?:{_STUDY}\s+)?"
                   rf"(?:{_DRUG}|dosing)(?:\s+administration)?|(?:starting|beginning|initiating)\s+{_THE}{_STUDY}\s+{_DRUG}"
                   rf"|{_STARTING}\s+{_THE}(?:{_STUDY}\s+)?{_DRUG}"
                   rf"|(?:study\s+)?treatment\s+(?:start|initiation)|{_THE}first\s+day\s+of\s+{_THE}(?:{_STUDY}\s+)?{_DRUG}"
                   rf"|{_THE}(?:(?:first|initial)\s+)?{_STUDY}\s+{_DRUG}\s+(?:administration|initiation|start)"
                   rf"|{_THE}(?:first|initial)\s+{_STUDY}\s+{_DRUG}|{_THE}dosing|(?-i:IMP|IP)\s+(?:dosing|administration)"
                   # "before you start the study drug" for "prior to starting study drug" (not "study start")
                   rf"|(?:you|they)\s+(?:start|begin)(?:s|ed)?\s+(?:taking\s+|receiving\s+|getting\s+)?{_THE}{_STUDY}\s+"
                   rf"{_DRUG}"),
    # ("after receiving the last dose of study drug" is after its last dose, as "receiving the first dose" is the first)
    ("last dose", rf"(?:(?:receiving|getting|receipt\s+of|(?:you|they)\s+(?:(?:are|were)\s+given|received?|got))\s+)?"
                  rf"{_THE}(?:last|final)\s+(?:{_EVENT_DOSE})(?:\s+of\s+{_THE}{_OWN}{_DRUG})?{_NOT_OTHER}"
                  rf"|{_THE}(?:last|final)\s+{_STUDY}\s+{_DRUG}(?:\s+(?:administration|dose))?"
                  rf"|{_THE}(?:end|completion|discontinuation|cessation|stopping|termination)\s+of\s+{_THE}"
                  rf"(?:{_STUDY}\s+)?(?:medicinal\s+)?(?:{_DRUG}|dosing)|(?:{_STUDY}\s+)?(?:drug|treatment)\s+discontinuation"
                  rf"|stopping\s+{_THE}{_STUDY}\s+{_DRUG}"
                  # "after treatment ends" for "after completion of treatment": the treatment's end, its last dose
                  rf"|{_THE}(?:{_STUDY}\s+)?(?:{_DRUG}|dosing)\s+(?:ends|ended|(?:is|was|has\s+been)\s+(?:over|completed"
                  r"|finished|stopped|discontinued)"
                  r"|has\s+(?:ended|finished|stopped)|finishes|finished|stops|stopped)\b"),
    # "receiving study drug", "you are given the study drug": before it, its first dose (see `match_anchor`).
    ("receipt", rf"{_RECEIVE}\s+(?!(?:any|an?|another|other)\s){_THE}{_STUDY}\s+(?:medicinal\s+)?{_DRUG}"),
    # "While on IP", "on IMP": the letters alone, as "while on investigational product (IP)" spells them out; not an
    # intraperitoneal "IP chemotherapy"
    # ("during the course of the study treatment" is during the study treatment, not the study; "the length of study
    # treatment" is the plain words' "the duration of study treatment")
    ("study treatment", rf"{_THE}(?:(?:course|duration|length)\s+of\s+{_THE})?{_STUDY}\s+(?:medicinal\s+)?{_DRUG}"
                        r"|(?-i:IMPs?|IPs?)(?![\w-]|\s+(?:chemo|inject|infus|therap|catheter|port|route|address))"),
    ("end of study", rf"{_THE}(?:end|completion)\s+of\s+{_THE}(?:study|trial)(?:\s+participation)?"
                     rf"|(?:study|trial)\s+completion|{_THE}(?:last|final)\s+study\s+visit"
                     # "before the study ends": its end, not the study (before it, joining it: `same_event_before`)
                     r"|(?:the|this)\s+(?:study|trial)\s+(?:ends|is\s+over|finishes|is\s+completed)\b"),
    ("randomization", rf"{_THE}(?:(?:date|day|time)\s+of\s+)?(?:randomi[sz]ation|random\s+assignment)(?:\s+visit)?"
                      r"|being\s+randomi[sz]ed|randomi[sz]ing"
                      # ("on randomised treatment" is the treatment assigned at random: no time)
                      r"|randomi[sz]ed(?!\s+(?:treatment|therapy|drug|medication|study|trial|arm|group|phase)\b)|random\s+allocation"
                      # "when you are randomized" for "at time of randomization"
                      r"|(?:you|they)\s+(?:are|were|get|got)\s+randomi[sz]ed"
                      r"|(?:(?:you|they)\s+(?:are|were)\s+|being\s+)?randomly\s+(?:assigned|allocated)"
                      r"(?:\s+to\s+(?:a|the|your)\s+(?:study\s+|treatment\s+)?(?:group|arm))?"),
    ("enrollment", rf"{_THE}(?:(?:study|trial|protocol)\s+)?(?:enrol(?:l)?ment|entry|inclusion|registration)"
                   rf"(?:\s+(?:in|into|to)\s+{_THE}(?:study|trial))?(?:\s+visit)?"
                   # ("entering this study" as "entry in this study")
                   rf"|(?:entering|joining|entry\s+into|enrolling\s+(?:in|on)|being\s+enrolled\s+in)\s+(?:this\s+)?"
                   rf"{_THE}(?:study|trial)"
                   rf"|admission\s+(?:in)?to\s+{_THE}(?:study|trial)|being\s+(?:enrolled|registered)|enrolling"
                   # "before you register" for "prior to registration"
                   r"|(?:you|they)\s+(?:register(?:ed|s)?|(?:are|were)\s+registered)(?!\s+(?:with|as)\b"
                   r"|\s+for\s+(?!(?:the|this)\s+(?:study|trial)|protocol\s+(?:therapy|treatment)))"
                   rf"|(?:you|they)\s+(?:enrol(?:l)?|join|enter)(?:ed|s)?\s+(?:in\s+|into\s+)?(?:this\s+)?{_THE}(?:study|trial)"
                   # "When you enroll, you take …" for "at time of enrollment"; not "enroll in another study"
                   r"|(?:you|they)\s+enrol(?:l)?(?:ed|s)?(?!\s+(?:in|into|on|for|at|with)\b)(?![\w-])"
                   # "when you enter," for "on entry": entering with no object named is entering the study
                   r"|(?:you|they)\s+enter(?:ed|s)?(?=\s*[,.;:)])"
                   # "when you entered the lead-in study" for "at the time of entry into lead in study": the entry, its
                   # study's name left to the words, as the source's "entry" leaves it
                   r"|(?:you|they)\s+enter(?:ed|s)?(?=\s+(?:into\s+)?(?:the|this|a|an)\s+(?:[\w-]+\s+){1,3}?(?:study|trial)\b)"),
    # "the start of the study" says when the study begins for the patient without saying which event
    # marks it: joining the study, or its baseline (see `same_event`).
    # (not "the start of the study plan", the plain words for "the start of the protocol")
    ("study start", rf"{_THE}(?:start|beginning|commencement|outset|initiation)\s+of\s+{_THE}(?:study|trial)"
                    r"(?!\s+plan\b)"
                    rf"|(?:study|trial)\s+start|(?:you|they)\s+(?:start|begin)(?:s|ed)?\s+{_THE}(?:study|trial)"
                    # "before the study starts" is before its start, not before the study as a whole
                    rf"|{_THE}(?:study|trial)\s+(?:starts|begins|started|began)"),
    # "the initial screening visit" is "the first screening visit"; "screen visit" is the screening visit.
    # ("the start of screening" is screening, as "before screening starts" says it)
    # ("a screening failure", "failure at screening": an outcome of screening, as "screen failure" is; no time)
    ("screening", r"(?<!failure\sat\s)(?<!failed\sat\s)(?<!fails\sat\s)"
                  rf"{_THE}(?:(?:day|date|time|start|beginning|initiation)\s+of\s+)?"
                  r"(?:(?:initial|first)\s+)?(?:screening(?!\s+fail\w*\b)"
                  r"(?:\s+(?:visit|period|assessment|evaluation|examination|phase))?|screen\s+visit)"
                  # "the SV", which the lexicon spells out as "the screening visit (SV)"
                  rf"|{_THE}(?-i:SV)"
                  # "at Screen": the screening visit, as the protocol's own word; not "screen failure". So is
                  # "within 120 days of screen", "prior to screen" (a window's anchor), said "of screening".
                  r"|(?:(?<=at\s)|(?<=of\s)|(?<=to\s)|(?<=before\s))screen(?!\s+(?:fail\w*|numbers?|for)\b)"),
    ("baseline", rf"{_THE}baseline(?:\s+(?:visit|assessment|evaluation))?"),
    ("consent", rf"(?:signing|signature|providing|giving|obtaining|provision)\s+(?:of\s+)?{_THE}(?:written\s+)?"
                rf"(?:informed\s+)?consent(?:\s+form)?|{_THE}(?:written\s+)?informed\s+consent(?:\s+form)?"
                rf"|{_THE}consent(?:\s+form)?|(?:you|they)\s+(?:signed|sign|gave|give)\s+{_THE}(?:written\s+)?"
                rf"(?:informed\s+)?consent(?:\s+form)?"
                r"|(?:signing|signature|providing|provision)\s+(?:of\s+)?(?:the\s+)?(?-i:ICFs?)"),
    ("symptom onset", rf"{_THE}(?:onset|start|beginning)\s+of\s+{_THE}(?:stroke\s+)?(?:symptoms?|stroke)"
                      r"|(?:stroke|symptoms?)\s+onset|(?:the\s+)?onset(?!\s+of)"
                      r"|(?:when\s+)?(?:your|the|their|his|her)\s+(?:stroke\s+)?symptoms?\s+(?:began|started|begin|start)"),
    ("last known well", r"(?:the\s+)?(?:time\s+)?(?:the\s+patient\s+was\s+)?last\s+(?:known|seen)\s+(?:well|normal)"),
    # "since prior surgery" / "since your last surgery": since the surgery before it, as "since any surgery you had"
    # ("recurrent after surgical treatment" is after surgery)
    ("surgery", rf"{_THE}(?:planned\s+|scheduled\s+|index\s+|prior\s+|previous\s+|past\s+|last\s+|most\s+recent\s+)?"
                r"(?:surgery|operation|surgical\s+(?:procedure|treatment|intervention))"),
    # "at the time of respiratory syncytial virus (RSV) diagnosis": a disease spelled out before its letters is one
    # name, as "RSV diagnosis" is.
    ("diagnosis", rf"{_THE}(?:(?:[A-Za-z][\w'-]*\s+){{1,4}}\([A-Za-z][\w-]{{1,9}}\)\s+|(?:[A-Za-z][\w'-]*\s+){{0,2}}?)"
                  r"(?:initial\s+|first\s+)?diagnosis|being\s+diagnosed"
                  r"|(?:your|the|their|his|her)\s+(?:[\w'()-]+\s+){0,6}?(?:was|were|has\s+been|had\s+been)\s+"
                  r"(?:first\s+)?diagnosed"),
    # ("when you are admitted" for "at admission"; not admitted to the study, which is joining it)
    # ("after being treated in hospital" for "after hospitalization")
    ("admission", rf"{_THE}(?:hospital\s+)?admission|{_THE}hospitali[sz]ation|{_THE}hospital\s+stay"  # (plain word)
                  r"|being\s+(?:treated\s+|cared\s+for\s+)?in\s+(?:a\s+|the\s+)?hospital"
                  r"|(?:a|your)\s+stay\s+in\s+(?:a\s+|the\s+)?hospital"
                  r"|(?:you|they)\s+(?:are|were|get|got)\s+admitted(?!\s+(?:to|in|into)\s+(?:the|this)\s+(?:study|trial))"
                  r"(?:\s+to\s+(?:the\s+)?hospital)?"),
    # ("6 weeks postpartum": the "post" a window's relation, "partum" its event)
    ("delivery", rf"{_THE}delivery|childbirth|giving\s+birth|(?<=post)-?partum|(?<=post\s)partum"),
    ("transplant", rf"{_THE}transplant(?:ation)?"),
    # Spirometry before or after an inhaled bronchodilator ("post-bronchodilator FEV1", see `translator.temporal`).
    ("bronchodilator", r"(?:(?:the\s+)?use\s+of\s+|using\s+|inhaling\s+|taking\s+)?(?:an?\s+|the\s+)?"
                       r"(?:bronchodilators?|albuterol|salbutamol)"),
    # ("just before the vaccine is given", "before you are given the vaccine": its administration)
    ("vaccination", rf"{_THE}(?:study\s+)?vaccination|{_THE}vaccine\s+administration"
                    rf"|{_THE}(?:study\s+)?vaccine\s+(?:is|was)\s+given|(?:you\s+)?(?:are|were)\s+given\s+{_THE}vaccine"),
    # "prior to V1": a protocol's short name of Visit 1 (a capital V glued to its number; not "V600E", "v.2")
    ("visit", rf"{_THE}(?:study\s+)?(?:visit|day|week|month|cycle)\s*(?:#|number\s+)?(?:[-−]\s?)?\d{{1,3}}"
              r"|(?-i:V)\d{1,2}(?!\w|\.\d)"),
    # Taking part in the study: before it, joining it; during or after it, the study (see `match_anchor`).
    ("participation", rf"{_THE}(?:study|trial)\s+participation|{_PARTICIPATE}\s+(?:(?:the|this)\s+)?(?:study|trial)"),
    ("study", rf"(?:{_THE}(?:course|duration|length|conduct)\s+of\s+(?:this\s+)?{_THE}(?:study|trial)(?:\s+period)?"
              rf"|(?:the|this)\s+(?:(?:whole|entire)\s+)?(?:clinical\s+)?(?:study|trial|{_TRAIL})(?:\s+period)?"
              rf"|{_THE}(?:study|trial)\s+(?:period|duration)"
              r"|(?:study|trial)(?!\s+(?:drug|medication|treatment|visit|entry))"
              # "at the study doctor's discretion", "on the study plan" (the plain words for "investigator" and
              # "protocol"): a person or a document of the study, no time in it; nor the rules one follows
              # ("adherence to study requirements" said "following the study requirements")
              r")(?!\s+(?:doctors?|team|staff|sites?|nurses?|physicians?|coordinators?|investigators?|personnel"
              # ("before the study visit(s)" names a visit, as the bare "prior to study visit(s)" does: no study)
              r"|cent(?:er|re)s?|plan|requirements?|rules|restrictions|instructions|visits?)\b)"
              # ("during this study's 24 month follow-up period": the study's period, not the study; its duration is it)
              r"(?!['’]s\b(?!\s+(?:duration|course|length|conduct)\b))"),
]  # fmt: skip

_NAMES = {f"a{i}": canonical for i, (canonical, _) in enumerate(_ANCHORS)}
# (a number glued to the "of" after it is a typo, not a longer word: "prior to Day 1of the trial")
ANCHOR_RE = re.compile(
    "|".join(rf"(?P<a{i}>{pattern})(?:(?![\w-])|(?<=\d)(?=of\s))" for i, (_, pattern) in enumerate(_ANCHORS)),
    re.IGNORECASE,
)

# Plain wording of each anchor; every one of these is itself matched by ANCHOR_RE.
ANCHOR_PHRASES = {
    "first dose": "the first dose of the study treatment",
    "last dose": "the last dose of the study treatment",
    "study treatment": "the study treatment",
    "end of study": "the end of the study",
    "randomization": "randomization",
    "enrollment": "joining the study",
    "study start": "the start of the study",
    "screening": "screening",
    "baseline": "baseline",
    "consent": "signing the consent form",
    "symptom onset": "the start of symptoms",
    "last known well": "the time last known well",
    "surgery": "surgery",
    "diagnosis": "diagnosis",
    "admission": "admission",
    "delivery": "delivery",
    "transplant": "the transplant",
    "bronchodilator": "using a bronchodilator",
    "vaccination": "vaccination",
    "study": "the study",
}


# Anchors that a faithful text may put for one another: "the start of the study" is the plain word for
# "baseline" (the measurements taken as the study begins) and a vaguer one for joining the study. Not
# "baseline" for "enrollment", nor either for screening or randomization: those are different visits.
_SAME_EVENT = {frozenset(("study start", "enrollment")), frozenset(("study start", "baseline"))}


def same_event(anchor: str | None, other: str | None) -> bool:
    """Whether two canonical anchors may name the same event ("baseline" and "the start of the study")."""
    return anchor == other or frozenset((anchor, other)) in _SAME_EVENT


# Before it, the study is the patient's joining it: "for 2 months before the study" is "for 2 months before study
# participation" (read as joining, `match_anchor`) and "before the start of the study". During or after it, not.
_JOINED = frozenset(("study", "enrollment", "study start"))


def same_event_before(anchor: str | None, other: str | None) -> bool:
    """Whether two canonical anchors of windows before their events may name the same event."""
    return same_event(anchor, other) or (anchor in _JOINED and other in _JOINED)


# The study's stretches, either of which a bare "during" names: "contraception during and for 3 months after the last
# dose" reads its "during" as the study treatment's (the event after it), and "during the study and for 3 months after
# the last dose" says the same stretch.
_STUDY_STRETCHES = frozenset(("study", "study treatment"))
_Window = tuple[str, str | None, str | None]  # a window's words, relation and anchor


def bare_during(one: _Window, other: _Window) -> bool:
    """Whether one window is a "during" with no event in its own words, and the other a "during" one of the study's
    stretches, which the bare one's inferred event is one of too."""
    return ({one[1], other[1]} == {"during"} and "during" in (one[0].strip().casefold(), other[0].strip().casefold())
            and {one[2], other[2]} <= _STUDY_STRETCHES)


# Anchors that last a while, during which is not at them: "during the study" is not "at the study treatment".
_STRETCHES = frozenset(("study", "study treatment", "end of study", "admission", "delivery", None))


def at_a_point(relations: set[str | None], anchor: str | None) -> bool:
    """Whether "at" and "during" say the same of `anchor`: "during the screening visit" is "at the screening visit",
    as a visit or an event is no stretch of time."""
    return relations == {"at", "during"} and anchor not in _STRETCHES


# "since the transthoracic echo done at inclusion" for "since inclusion transthoracic echo": since a test done at an
# event is since that event. ("during": a test done during the study is no time of its start.)
_TIMED_AT = re.compile(r"(?:the\s+|your\s+)?(?:[\w-]+\s+){1,3}(?:done|taken|performed|carried\s+out|made|recorded)"
                       r"\s+at\s+", re.IGNORECASE)


def match_anchor(text: str, pos: int, relation: str | None = None) -> tuple[str, int] | None:
    """The canonical anchor starting at `pos`, and where it ends.

    Before a window, the generic "study drug" means its first dose ("4 weeks prior to study drug", "before you
    are given the study drug"); elsewhere it stays "study treatment" ("during study treatment"). Likewise
    taking part in the study: before it, joining the study; elsewhere the study ("during study participation").
    """
    m = ANCHOR_RE.match(text, pos)
    if m is None and relation in ("since", "after") and (timed := _TIMED_AT.match(text, pos)) is not None:
        m = ANCHOR_RE.match(text, timed.end())
    if m is None or m.lastgroup is None:
        return None
    canonical = _NAMES[m.lastgroup]
    if canonical == "visit":
        canonical = point_name(m.group())
    elif canonical in ("study treatment", "receipt") and relation in ("before", "within"):
        canonical = "first dose"
    elif canonical == "receipt":
        # "after receiving study drug" is after the study treatment; "when taking the study medication" is no
        # time window of its own (as "when" is not).
        if relation not in ("after", "since", "until"):
            return None
        canonical = "study treatment"
    elif canonical == "participation":
        # Before taking part, the patient has not yet joined: "3 months before participating in the trial" is
        # "3 months before joining the trial". During or after it, taking part is the study itself.
        canonical = "enrollment" if relation in ("before", "within") else "study"
    return canonical, m.end()


def point_name(surface: str) -> str:
    """'Visit 1', 'study day 15', 'Week #12', 'Day -1' → 'visit 1', 'day 15', 'week 12', 'day -1'."""
    words = re.findall(r"visit|day|week|month|cycle|[-−]?\s?\d+", surface.casefold())
    kind = next((w for w in words if w.isalpha()), "visit")
    number = next((w for w in reversed(words) if not w.isalpha()), "0")
    # any space between the sign and the digits, a no-break one too ("Day -\u00a01"): int() takes none inside
    signed = int("".join(number.replace("−", "-").split()))
    return f"{kind} {signed}"


def anchor_phrase(anchor: str) -> str:
    """How a canonical anchor reads in plain English (unknown anchors read as themselves)."""
    return ANCHOR_PHRASES.get(anchor, anchor)


# Which way "within N of <event>" reaches, when the event says it. Criteria ask about what happened before the
# study's own entry points ("surgery within 4 weeks of randomization" is in the 4 weeks before it) unless the
# sentence looks ahead ("surgery planned within 4 weeks of randomization"); nothing in a criterion happens
# before symptoms begin, so "within 7 days of symptom onset" is after it.
_ENTRY = frozenset(("enrollment", "randomization", "screening", "consent", "baseline", "study start", "first dose"))
_ONSET = frozenset(("symptom onset", "last known well"))


def within_reads(anchor: str | None, *, ahead: bool = False) -> tuple[str, ...]:
    """The directions a "within N of `anchor`" window may be restated in (any, when the event does not say)."""
    if anchor in _ONSET:
        return ("after", "since")
    if anchor in _ENTRY and not ahead:
        return ("before",)
    return ("before", "after", "since")
