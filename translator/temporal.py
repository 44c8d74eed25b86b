"""Time windows, durations and their anchors: "within 24 hours of symptom onset", "in the past year".

A quantity with a time unit becomes a time window when the words around it say so: "within",
"in the past/last", "for", "ago", "before/prior to/after/following …". The relation is one of

    before   "in the 3 months before randomization", "6 months ago", "in the past year"
    after    "for 6 months after the last dose", "in the next 2 years"
    within   "within 24 hours of symptom onset" (the text gives no direction)
    for      "for at least 3 months" (a duration, no anchor)
    every    "every 3 weeks" (a frequency)
    since    "at least 4 weeks since prior chemotherapy", "<= 5 years since diagnosis" (time elapsed
             since the event up to now: the event lies that far back)
    at, during, since, until          "at screening", "during the study", "since diagnosis"
    past, current, recent             "history of", "currently", "recent" (no number)

"within N …" and "in the (past) N …" bound the window (comparator <=); "N … before X" is exact
unless "at least", "more than" or another comparator says otherwise. "for N … before/after X" reads
as the window "in the N … before/after X". "past year", "last month" carry an implicit 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from translator.anchors import match_anchor
from translator.fact_ended import STRETCH_OF
from translator.fact_spirometry import measure_second
from translator.facts import Comparator
from translator.measured_points import MEASURED_AFTER
from translator.quantities import Quantity
from translator.triggers import TriggeredPattern
from translator.units import TIME_UNITS


@dataclass(frozen=True, slots=True)
class Window:
    """A temporal fact before it becomes a `Fact`: a bounded time (optional), a relation, an anchor."""

    start: int
    end: int
    relation: str
    comparator: Comparator | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    anchor: str | None = None
    implied_bound: bool = False  # the upper bound comes from window words ("within", "in the past"), see Fact
    from_now: bool = False  # measured back from now ("ago", "in the past year"), not from a named event
    ahead: bool = False  # a "within" window in a sentence that looks ahead ("planned within"), see Fact
    label: str | None = None  # a range that is a floor or a ceiling: "at least 4-6 weeks since" ("minimum")


_PAST = r"(?:last|past|previous|preceding|prior|most\s+recent|recent)"
_LEFT_RE = re.compile(
    rf"(?P<bounded>\bwithin\s+either\s+"  # "within either 28 days, 5 half-lives …, whichever is longer"
    rf"|(?:with)?in\s+(?:the\s+)?(?:{_PAST}\s+)?|\bwithin|(?:in|during|over|for)\s+the\s+(?:{_PAST}\s+)?"
    rf"|(?:in|during|over)\s+{_PAST}\s+|{_PAST}\s+"
    # "during this study's 24 month follow-up period": the study's own period, as "during the 24 month … of this study"
    r"|during\s+(?:the\s+|this\s+)?(?:study|trial)['’]s\s+)(?P<ahead>(?:next|following|coming|upcoming|subsequent)\s+)?$"
    r"|(?P<duration>(?:for|since|lasting|over)\s+(?:a\s+(?:period|duration|minimum)\s+of\s+)?)$"
    r"|(?P<every>(?:every|each)\s+)$|(?P<point>\bat\s+)$|(?P<side>\b(?:after|before|following)\s+(?:the\s+)?)$"
    # "recent (less than 3 months)", "recently [< 6 months]": the bracket says how far back "recent" reaches.
    r"|(?P<recent>\brecent(?:ly)?\s*[(\[]\s*(?:i\.?e\.?,?\s*)?)$"
    # "for at least the past 4 weeks": the look-back is the least time, as "for the previous 4 weeks or longer" says
    rf"|(?P<least>(?:for\s+)?(?:at\s+least|a\s+minimum\s+of)\s+(?:the\s+)?{_PAST}\s+)$", re.IGNORECASE)
# "14-day period before", "a 14-day washout prior to", "21 days have passed since": words between amount and direction.
_RIGHT_RE = re.compile(
    r"(?P<ago>\s*(?:ago|previously|earlier|in\s+the\s+past(?!\s+(?:[\w.-]+\s+)?(?:year|month|week|day|decade)s?\b))\b)"
    r"|\s*(?:(?:period|interval|window|washout|in\s+total)\s+|(?:(?:must|should|shall|will)\s+(?=\w+\s+\w+\s+from\b))?(?:have|has)\s+"
    r"(?P<gone>passed|elapsed|gone\s+by)\s+)?"
    r"(?P<dir>(?:before|prior\s+to|prior|preceding|previous\s+to|ahead\s+of|in\s+advance\s+of"
    r"|after|following|post|subsequent\s+to|from|since|of|thereafter)\b|(?:pre|post)-(?=[a-z])"
    r"|(?:pre|post)(?=vaccination|randomi[sz]ation|transplant|partum))\s*",
    re.IGNORECASE,
)
# Words that put what a window dates in the future: "surgery planned within 4 weeks of randomization".
_AHEAD_RE = re.compile(
    r"\b(?:will|would|plan(?:s|ned)?|planning|scheduled|expected|anticipated|intend(?:s|ed)?|likely|need(?:s|ed)?"
    r"|requir(?:e|es|ed|ing)|candidates?|due|upcoming|future)\b[^.;]*$", re.IGNORECASE)
_DIRECTION = {"before": "before", "prior to": "before", "prior": "before", "preceding": "before",
              "previous to": "before", "ahead of": "before", "in advance of": "before", "pre": "before",
              "after": "after", "following": "after", "post": "after", "subsequent to": "after", "thereafter": "after",
              "from": "within", "of": "within", "since": "since"}  # fmt: skip
_IMPLICIT_ONE_RE = TriggeredPattern(re.compile(
    rf"\b(?:(?:with)?in|during|over|for)\s+(?:the\s+)?(?:{_PAST}\s+)(?P<unit>year|month|week|day|decade)\b"
    rf"|\b(?:within|in)\s+(?:an?|the)\s+(?P<unit2>year|month|week|day)\b"
    rf"|\b(?:{_PAST})\s+(?P<unit3>year|month|week)\b"
    r"|\b(?:an?)\s+(?P<unit4>year|month|week|day)\s+(?=before|prior|after|following|ago)"
    # "planned in the following month": a window of one unit ahead, as "in the next 3 months" is of three
    r"|\b(?:(?:with)?in|during|over)\s+the\s+(?P<next>next|following|coming|upcoming)\s+(?P<unit5>year|month|week|day)\b",
    re.IGNORECASE,
), "in within during over for last past previous preceding prior most recent a")  # fmt: skip
_RELATION_RE = TriggeredPattern(re.compile(
    # ("by the time you enroll" for "at the time of enrollment": a state reached by then holds at it)
    r"\b(?:(?P<at>at\s+(?:the\s+)?(?:time\s+(?:of|when|that)\b|time\b)?|by\s+the\s+time\b(?:\s+(?:of|when|that)\b)?"
    r"|upon|on\s+the\s+day\s+of|on|when)"
    # ("the preceding study HMGX" is the one before, as "the previous study" is: a past, not a window before a study)
    r"|(?P<before>before|prior\s+to|(?<!the\s)preceding|previous\s+to|ahead\s+of|in\s+advance\s+of)"
    r"|(?P<after>after|following(?!\s+(?:inclusion|exclusion|eligibility)\s+criteri)|subsequent\s+to|post)"
    r"|(?P<since>since)"
    r"|(?P<until>until|till|up\s+to\s+the\s+time\s+of)"
    r"|(?P<during>during|through-?out|while\s+(?:on|in|taking|receiving|getting|undergoing)"
    r"|(?:for|through)\s+(?:the|their|his|her|your)\s+(?:whole|entire)(?=\s+(?:study|trial)\b)|for\s+as\s+long\s+as"
    r"(?=\s+(?:the|this)\s+(?:study|trial)\s+(?:lasts|runs|goes\s+on)\b)|for\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?:duration|length|remainder)\s+of|over\s+the\s+course\s+of|in\s+the\s+course\s+of))\b\s*"
    # "at both the screening and baseline visits", "at both screening and baseline": the source's "at … and …"
    r"(?:both\s+(?=(?:the|your)\s|\w+\s+and\s))?",
    re.IGNORECASE,
), "at by upon on when before prior preceding previous ahead in after following subsequent post since until till up"
   " during through while for over")  # fmt: skip
# (also past a second window's own amount: "for 4 weeks prior to | and 4 weeks following the last dose", "> 1 hour
# before | or > 1 hour after trial drug administration": both windows are measured from the one event)
_SHARED_ANCHOR_RE = re.compile(
    r"(?:or|and|and/or)\s+(?:(?:for\s+)?(?:(?:at\s+(?:least|most)|up\s+to|no\s+more\s+than|more\s+than|less\s+than"
    r"|[<>≤≥]=?)\s*)?\d+(?:\.\d+)?\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?"
    r"(?:before|prior\s+to|after|following|during|throughout|at\s+the\s+time\s+of|at)\s+",
    re.IGNORECASE,
)
_LONE_RELATION = ("before", "after", "during", "since", "until")
# "the following criteria", "post hoc": only these words stand for a time relation on their own.
_LONE_WORDS = ("before", "prior", "after", "during", "throughout", "since", "until", "till")
_BRONCHODILATOR = r"(?:bronchodilators?|albuterol|salbutamol)(?:/(?:albuterol|salbutamol))?"
_QUALITATIVE: list[tuple[str, str]] = [
    ("past", r"in\s+the\s+past|(?:medical\s+|surgical\s+|personal\s+|family\s+|prior\s+|past\s+|previous\s+)?"
             r"histor(?:y|ies)(?:\s+of)?|previous(?:ly)?|prior(?!\s+to\b)|past|former(?:ly)?|ever|pre-?existing|pre-?existent|earlier"
             r"|(?<=the\s)preceding(?=\s+(?:study|trial|protocol)\b)"
             r"|antecedent|lifetime|ha(?:ve|s)\s+(?:ever\s+|previously\s+)?had|had\s+(?:ever|previously)"),
    # Not the "active" of a substance ("the active substance", "an active comparator", "biologically active"): it says
    # what a medicine holds, not when. "Sexually active" stays: it says what someone does now, and a bullet that drops
    # the clause loses it.
    ("current", r"current(?:ly)?|on[\s-]?going|(?<!biologically\s)active(?:ly)?"
                r"(?!\s+(?:substances?|ingredients?|principles?|comparators?|controls?|metabolites?|moiet(?:y|ies))\b)"
                r"|concomitant(?:ly)?|concurrent(?:ly)?|at\s+present"
                r"|presently|at\s+the\s+moment|at\s+this\s+time|right\s+now|now|undergoing|existing"
                # at the same time as another illness or the study: "intercurrent illness", "comorbid psychosis"
                r"|intercurrent|co-?existing|co-?infected|simultaneous|at\s+the\s+same\s+time"
                # "past or present", "(present, suspected, or planned)", "present abuse of alcohol": not "present with"
                r"|(?<=past\sor\s)present|present(?=\s+or\s+past\b)|(?<=\()present(?=\s*[,)])"
                r"|present(?=\s+(?:abuse|use|therapy|treatment|episode|smok\w*)\b)"),
    ("recent", r"recent(?:ly)?|new(?:ly)?[\s-]+(?:onset|diagnosed|detected)"),
    # How often or how long a state holds: "recurrent or persistent disease", "sustained hypertension"; not the
    # names "continuous positive airway pressure" and "continuous subcutaneous insulin infusion" (CPAP, CSII).
    ("recurrent", r"recurrent(?:ly)?|recurring"),
    # (Measured on Chia: a bare "persistent", "sustained", "comorbid" or "continuously" is mostly left unannotated
    # there, so only the readings it files as times are taken, to keep the precision of the Temporal facts.)
    ("lasting", r"persistently|(?<=recurrent\sor\s)persistent|persistent(?=\s+or\s+recurr)|long-?standing"
                r"|continuous(?!\s+(?:positive|subcutaneous|glucose|renal|ambulatory|veno|flow))"),
    ("before surgery", r"pre-?\s?operative(?:ly)?|pre-?\s?op|pre-?surgical|pre(?=\s?(?:/|and)\s?post-?\s?operative)"),
    ("after surgery", r"post-?\s?operative(?:ly)?|post-?\s?op|post-?surgical|post-?surgery"),
    ("during surgery", r"(?:peri|intra)-?\s?operative(?:ly)?|around\s+the\s+time\s+of\s+(?:your\s+|the\s+)?surgery"),
    ("at baseline", r"baseline"),
    # a measurement dated by its visit ("Screening serum urate", "Admission hemoglobin": translator.measured_points)
    ("at screening", rf"screening{MEASURED_AFTER}"), ("at admission", rf"admission{MEASURED_AFTER}"),
    ("before first dose", r"pre-?\s?(?:treat(?:ment|ed)|dos(?:e|ing))"),
    ("before study", r"pre-?\s?(?:study|trial)"),
    ("before randomization", r"pre-?\s?randomi[sz]ation"),
    ("before enrollment", r"pre-?\s?(?:enrol(?:l)?ment|inclusion|entry(?![\s-]+(?:or|and|visits?)\b))"),
    ("after study treatment", r"post-?\s?treatment"),
    # Spirometry is read before or after a bronchodilator is inhaled ("post-bronchodilator FEV1 < 70%"), and the
    # two readings differ: which one a threshold applies to is part of the criterion.
    ("after bronchodilator", rf"post-?\s?{_BRONCHODILATOR}"),
    ("before bronchodilator", rf"pre-?\s?{_BRONCHODILATOR}|pre(?=\s(?:and|or)\spost-?\s?{_BRONCHODILATOR})"),
]
_QUAL_NAMES = {f"q{i}": name for i, (name, _) in enumerate(_QUALITATIVE)}
_QUAL_RE = TriggeredPattern(
    re.compile("|".join(rf"(?P<q{i}>(?<![\w-])(?:{p})(?![\w-]))" for i, (_, p) in enumerate(_QUALITATIVE)), re.I),
    "in medical surgical personal family prior past previous histor former ever pre earlier antecedent lifetime ha"
    " current on active concomitant concurrent at presently right now undergoing existing recent new post peri intra"
    " around baseline inter co simultaneous present recurr persistent long continuous screening admission",
)


def windows_from_quantities(text: str, quantities: list[Quantity]) -> tuple[list[Window], list[Quantity]]:
    """Split quantities into time windows and the plain values that remain."""
    windows: list[Window] = []
    values: list[Quantity] = []
    floor = 0
    for q in quantities:
        window = None if q.age or q.unit not in TIME_UNITS or measure_second(text, q.start) else _window(text, q, floor)
        if window is None and windows and q.unit in TIME_UNITS:
            window = _other_event(text, q, windows[-1])
        elif window is not None and windows:
            window = _aside_anchor(text, window, windows[-1])
        if window is None:
            values.append(q)
            floor = q.end
        else:
            windows.append(window)
            floor = window.end
    return windows, values


# "within 4 weeks of chemotherapy (6 weeks for nitrosoureas)": the bracket gives the same window for another event
# (same relation, bound and anchor), not a plain 6-week amount. Up to 60 characters of event without a comma: a plain
# rewrite spells it out ("since any past chemotherapy or radiation treatment (6 weeks for nitrosoureas)"); but ", and
# you have recovered (6 weeks for …)" has put a clause between the time and its aside.
# A rewrite may add an "or" and a comma ("(or 6 weeks, for nitrosoureas)"), or say the window in full with no event
# of its own ("(or in the 6 weeks before, for nitrosoureas)"): the same event as the window before it.
_OTHER_EVENT_BEFORE_RE = re.compile(r"(?:[^;.()]{0,40}|[^;.(),]{41,60})\(\s*(?:or\s+)?")
_OTHER_EVENT_AFTER_RE = re.compile(r",?\s+(?:for|with|if)\s+[^()]{1,60}\)")


def _aside_anchor(text: str, window: Window, previous: Window) -> Window:
    """`window`, a window with no event in a bracketed aside on the window before it, anchored on that one's event."""
    # (only "before"/"after", which point at an event left unsaid: "(within 6 wks. for …)" keeps its own reading, as
    # the offline wording of it does)
    if (window.anchor is not None or previous.anchor is None or window.relation not in ("before", "after")
            or window.relation != previous.relation
            or not _OTHER_EVENT_BEFORE_RE.fullmatch(text, previous.end, window.start)
            or not _OTHER_EVENT_AFTER_RE.match(text, window.end)):  # fmt: skip
        return window
    return replace(window, anchor=previous.anchor)


def aside_between(text: str, end: int, start: int, aside_end: int) -> bool:
    """Whether `text[start:aside_end]` is a bracketed aside on the window that ends at `end` ("(6 weeks for …)")."""
    return bool(_OTHER_EVENT_BEFORE_RE.fullmatch(text, end, start) and _OTHER_EVENT_AFTER_RE.match(text, aside_end))


def right_of(text: str, pos: int) -> re.Match[str] | None:
    return _RIGHT_RE.match(text, pos)


def _other_event(text: str, q: Quantity, previous: Window) -> Window | None:
    if (q.comparator is not Comparator.EQ or q.low is None or previous.comparator in (None, Comparator.RANGE)
            or not _OTHER_EVENT_BEFORE_RE.fullmatch(text, previous.end, q.start)
            or not _OTHER_EVENT_AFTER_RE.match(text, q.end)):  # fmt: skip
        return None
    upper = previous.comparator in (Comparator.LE, Comparator.LT)
    return replace(previous, start=q.start, end=q.end, low=None if upper else q.low, high=q.low if upper else None,
                   unit=q.unit)


# "5 half-lives of the study drug" says whose half-life; "5 half-lives of the first dose" when, from an event.
_DRUG_ANCHORS = ("first dose", "last dose", "study treatment")
_DOSE_EVENT_RE = re.compile(
    r"\b(?:dos(?:e|es|ing)|administration|infusion|injection|intake|start|initiation|beginning|commencement|end"
    r"|completion|discontinuation|cessation|stopping|termination|receiv\w*|receipt|given)\b",
    re.IGNORECASE,
)


def _names_a_drug(text: str, right: re.Match[str], anchor: tuple[str, int]) -> bool:
    """Whether the anchor after "of" is a drug ("the study agent"), not a dose of it ("its first dose")."""
    canonical, end = anchor
    return (_direction(right.group("dir")) == "within" and canonical in _DRUG_ANCHORS
            and _DOSE_EVENT_RE.search(text, right.end(), end) is None)  # fmt: skip


def _window(text: str, q: Quantity, floor: int) -> Window | None:
    left_text = text[max(floor, q.start - 40) : q.start]
    left = _LEFT_RE.search(left_text)
    start = q.start - len(left_text) + left.start() if left else q.start
    comparator, low, high = q.comparator, q.low, q.high
    relation: str | None = None
    implied = from_now = False
    if left and left.group("bounded") is not None and comparator is Comparator.EQ:
        comparator, low, high, implied = Comparator.LE, None, q.low, True
        past = re.search(_PAST, left.group("bounded"), re.IGNORECASE) is not None
        relation = "after" if left.group("ahead") else "before" if past else "within"
        from_now = relation == "before"
    elif left and left.group("least") is not None:
        comparator, low, high, relation, from_now = Comparator.GE, q.low, None, "before", True
    elif left and left.group("ahead"):
        relation = "after"
    elif left and left.group("duration") is not None:
        relation = "for"
    elif left and left.group("every") is not None:
        relation = "every"
    elif left and left.group("point") is not None:
        relation = "at"
    elif left and left.group("side") is not None:
        relation = "after" if left.group("side").split()[0].casefold() in ("after", "following") else "before"
    elif left and left.group("bounded") is not None:
        relation = "before" if re.search(_PAST, left.group("bounded"), re.IGNORECASE) else "within"
        from_now = relation == "before"
    elif left and left.group("recent") is not None:
        relation, from_now, start = "before", True, q.start
    anchor, end = None, q.end
    right = _RIGHT_RE.match(text, q.end)
    if right and right.group("ago"):
        relation, end, from_now = "before", right.end(), True
    elif right and right.group("dir"):
        # "4 weeks must have elapsed from the time of major surgery" is the time since it, not a window within it
        direction = "since" if right.group("gone") and right.group("dir").casefold() == "from" else _direction(
            right.group("dir"))
        found = match_anchor(text, right.end(), direction)
        if found is not None and q.unit == "half-life" and _names_a_drug(text, right, found):
            found = None  # "5 half-lives of the investigational agent": whose half-life it is, not an event
        shared = _shared_anchor(text, right.end(), direction) if found is None else None
        if shared is not None:
            # "for 1 month prior to and during study treatment": the window ends at its own words, and the event
            # after the second relation is its anchor too (that relation is read as a fact of its own).
            found = (shared, right.start("dir") + len(right.group("dir")))
        if found is not None or direction in ("before", "after", "since"):
            if relation == "for" and direction in ("before", "after") and comparator is Comparator.EQ:
                comparator, low, high = Comparator.LE, None, q.low if q.low is not None else q.high
                implied = True
            from_now = False
            relation = direction if relation in (None, "for", "before", "within", "after", "at") else relation
            anchor, end = (found[0], found[1]) if found else (None, right.start("dir") + len(right.group("dir")))
            if relation == "within" and direction == "within" and anchor is None:
                end = q.end
    if relation is None or (relation == "within" and comparator is not Comparator.LE and anchor is None):
        return None
    label = q.label if comparator is Comparator.RANGE else None
    if label is None and comparator is Comparator.RANGE and anchor is None and left and left.group("bounded") and (
            re.search(_PAST, left.group("bounded"), re.IGNORECASE)):
        label = "maximum"  # "within the last 3 or 4 weeks" reaches today; "3 to 4 weeks ago" is a span before it
    return Window(start, end, relation, comparator, low, high, q.unit, anchor, implied and comparator is Comparator.LE,
                  from_now and relation == "before" and anchor is None,
                  ahead=relation == "within" and _AHEAD_RE.search(text, max(0, start - 80), start) is not None,
                  label=label)


def implicit_windows(text: str) -> Iterator[Window]:
    """Windows with an implicit 1: "in the past year", "within a month of surgery", "last week"."""
    for m in _IMPLICIT_ONE_RE.finditer(text):
        unit = next(u for u in m.group("unit", "unit2", "unit3", "unit4", "unit5") if u).casefold()
        if m.group("next"):
            yield Window(m.start(), m.end(), "after", Comparator.LE, None, 1.0, unit, implied_bound=True)
            continue
        value, unit = (10.0, "year") if unit == "decade" else (1.0, unit)
        exact = m.group("unit4") is not None
        comparator = Comparator.EQ if exact else Comparator.LE
        low, high = (value, None) if exact else (None, value)
        relation = "before" if re.search(_PAST, m.group(), re.IGNORECASE) else "within"
        anchor, end, from_now = None, m.end(), relation == "before"
        right = _RIGHT_RE.match(text, m.end())
        if right and right.group("ago"):
            relation, end, from_now = "before", right.end(), True
        elif right and right.group("dir"):
            direction = _direction(right.group("dir"))
            found = match_anchor(text, right.end(), direction)
            if found is None and (shared := _shared_anchor(text, right.end(), direction)) is not None:
                found = (shared, right.start("dir") + len(right.group("dir")))  # "the past month prior to and during X"
            if found is not None:
                relation, anchor, end, from_now = direction, found[0], found[1], False
            elif direction in ("before", "after", "since"):
                relation, end, from_now = direction, right.start("dir") + len(right.group("dir")), False
        if exact and relation == "within" and anchor is None:
            continue
        yield Window(m.start(), end, relation, comparator, low, high, unit, anchor, not exact,
                     from_now and relation == "before")


# "prior to registration on the study", "from the time of enrollment on this study": the "on" says what one joins
# (said "before joining the study"), not a time while on it.
# ("before you register on the study" too)
_ENROLLED_ON = re.compile(r"\b(?:registration|register(?:ed|s)?|enrol(?:l)?ment|enroll?ed|entry|accrual)\s+$",
                          re.IGNORECASE)


def relation_windows(text: str) -> Iterator[Window]:
    """Windows without a number: "prior to randomization", "at screening", "during the study"."""
    for m in _RELATION_RE.finditer(text):
        relation = m.lastgroup or "at"
        found = match_anchor(text, m.end(), relation)
        if found is None and (later := _shared_anchor(text, m.end(), relation)) is not None:
            # "during or after surgery": both relations are to the one event named last; "during and after the
            # last dose" is during the treatment that dose ends (`translator.fact_ended`)
            yield Window(m.start(), m.start() + len(m.group().rstrip()), relation, anchor=later)
            continue
        if found is not None:
            if found[0] == "study" and relation == "at" and _ENROLLED_ON.search(text, 0, m.start()):
                continue  # "registration on the study" is joining it, no time during it
            yield Window(m.start(), found[1], "during" if found[0] == "study" and relation == "at" else relation,
                         anchor=found[0])
        elif (relation in _LONE_RELATION and m.group().split()[0].lower() in _LONE_WORDS) or (
            relation == "at" and "time of" in m.group().lower()
        ):
            yield Window(m.start(), m.start() + len(m.group().rstrip()), relation)


def _shared_anchor(text: str, pos: int, relation: str) -> str | None:
    """The event after a second relation that shares it with the first, which ends at `pos` ("prior to | and during
    study treatment", "prior to | and throughout the study"): the first relation's anchor too."""
    shared = _SHARED_ANCHOR_RE.match(text, pos)
    later = match_anchor(text, shared.end(), relation) if shared is not None else None
    return None if later is None else STRETCH_OF.get(later[0], later[0]) if relation == "during" else later[0]


def direction_of(surface: str) -> str:
    return _direction(surface)


def _direction(surface: str) -> str:
    return _DIRECTION.get(" ".join(surface.casefold().split()).rstrip("-"), "within")


def qualitative_windows(text: str) -> Iterator[Window]:
    """Time qualifiers without a number: "history of", "current", "recent", "preoperative"."""
    for m in _QUAL_RE.finditer(text):
        name = _QUAL_NAMES[m.lastgroup or "q0"]
        relation, _, anchor = name.partition(" ")
        yield Window(m.start(), m.end(), relation, anchor=anchor or None)
