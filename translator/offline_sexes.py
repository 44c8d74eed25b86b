"""Sex labels and the pregnant or breastfeeding reader, put to the reader (offline backend).

"Male or female", "Males and females aged 18-65", "Female" say who may join; translator.offline_subjects leaves a
label of both sexes alone, and a bare sex has no description to make a sentence of. Here:

- a label, alone or with an age or a "with" description: "Male or female" → "You are male or female"; "Men and
  women 18 years or older" → "You are a man or a woman and 18 years or older"; "Male or female patients with SLE" →
  "You are male or female and have SLE"; a kept noun is said of one: "Healthy male and female volunteers" → "You are
  a healthy male or female volunteer". The sexes of a label are the groups that may join, so its "and" is either:
  "male and female" said of one reader would be both. The source's words stay ("male", not "man", which a child
  is not); "patients", "subjects" and the like go, as offline_person drops them from "Patients aged ≥ 18";
- a label with its potential to have children, alone, with a duty, an age or a use (`_able`, `_able_and`): "Men or
  women of non-child bearing potential, aged between 18 and 60" → "You are a man or a woman, not able to have
  children and aged 18 to 60 years old";
- a subject of one sex described by a state only a woman (or a man) can be in, in an inclusion: "Female subject is
  postmenopausal or surgically sterile" → "If you are female, you are postmenopausal or surgically sterile".
  offline_subjects says "You are female and …", which makes being female a requirement in a trial open to both
  sexes; the state is what is asked of those who are;
- the pregnant or breastfeeding as the whole subject of an exclusion: "Women who are pregnant or breastfeeding",
  "Pregnant and lactating women", "Nursing mothers" → "You are pregnant or breastfeeding", "You are
  breastfeeding": being pregnant or breastfeeding already says who. A list of two groups ("pregnant and lactating
  women") excludes either, so it is said with "or".

Anything else in the sentence (another group, a verb of the subject's own, a clause the label would have to take
on) and the criterion keeps its wording. (translator.offline_breastfeeding says "nursing" and "lactating" as
"breastfeeding" where they are a mother's state, on composed text.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact
from translator.offline_edits import Edit
from translator.offline_mentions import agreeing
from translator.offline_one_sex_duties import REPRODUCTIVE, one_sex_duty
from translator.offline_openings import FINITE, age_opening
from translator.offline_pregnancy_states import LIST_JOIN
from translator.word_keys import word_key

_SEX = r"(?:fe)?males?|m[ae]n|wom[ae]n"
# "patients", "subjects": the reader already; a kept noun says more ("volunteers", "outpatients", "children")
_PLAIN = r"patients?|subjects?|participants?|individuals?|persons?|people"
_KEPT = {"volunteers": "volunteer", "volunteer": "volunteer", "outpatients": "outpatient", "outpatient": "outpatient",
         "cigarette smokers": "cigarette smoker", "smokers": "smoker",
         "inpatients": "inpatient", "inpatient": "inpatient", "adults": "adult", "adult": "adult",
         "children": "child", "child": "child"}  # fmt: skip
_LABEL = re.compile(
    # ("Both men and women of childbearing potential must …": "both" says the label's "and")
    rf"(?:both\s+(?=\w+\s+and\s))?(?P<adj>(?:healthy|adult)\s+)?(?P<first>{_SEX})\b"
    rf"(?:(?P<join>\s*,?\s*(?:or|and|and/or|&)\s+|\s*/\s*)(?P<second>{_SEX})\b)?"
    rf"(?:\s+(?P<adj2>healthy(?=\s+(?:{_PLAIN}|{'|'.join(_KEPT)})\b)))?"  # "Male or female healthy volunteers"
    rf"(?:\s+(?:(?P<plain>{_PLAIN})|(?P<kept>{'|'.join(_KEPT)}))\b)?"
    r"(?:\s+(?:gender|sex)\b)?",
    re.IGNORECASE,
)
_END = re.compile(r"\s*[.;]?\s*$|\s*[.;]\s+(?=[A-Z])")
_ASIDE = re.compile(r"\s*\([^()]*\)")
# a participle that describes the label's people as "with" does ("Male or female diagnosed with type 2 diabetes")
_DESCRIBED_BY = re.compile(r"\s*,?\s+(?P<by>diagnosed|on)\s+(?=\w)", re.IGNORECASE)
_WITH = re.compile(r"\s*,?\s+with\s+(?!(?:and|or|a\s+female|a\s+male|female|male)\b)", re.IGNORECASE)
# someone else after "with": "… with pregnant female partner"
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|wom[ae]n|m[ae]n|females?|males?|partners?|children|child(?![-\s]?bearing)|"
    r"infants?|people|persons?|those|(?-i:[Ww]ho)|whom|whose|he|she|his|her|they|their)\b",  # ("WHO": an organisation)
    re.IGNORECASE,
)
# a capital word after a lower-case one that no name follows ("… or older Documented stable CAD"): a second
# criterion run into the first ("… as set by Global Initiative for …" is a name after its preposition)
_RUN_ON = re.compile(r"(?<![A-Za-z0-9])(?P<before>[a-z0-9]+)\)?\s+[A-Z][a-z]{3,}\s+[a-z]")
_BEFORE_A_NAME = frozenset({"by", "of", "the", "with", "and", "or", "in", "for", "to", "from", "at", "per", "a", "an"})


def _run_on(text: str, at: int) -> bool:
    return any(m.group("before").lower() not in _BEFORE_A_NAME for m in _RUN_ON.finditer(text, at))


def _female(word: str) -> bool:
    return word.lower().startswith(("fe", "wom"))


def _said(word: str, noun: bool) -> str:
    """ "Males" → "male"; "Women" → "a woman" ("woman" where the article is the phrase's own)."""
    lower = word.lower()
    if lower in ("man", "men", "woman", "women"):
        one = "woman" if _female(lower) else "man"
        return one if noun else f"a {one}"
    return "female" if _female(lower) else "male"


def sex_label_edits(text: str, kind: SectionKind, facts: Sequence[Fact], parent: str | None = None) -> list[Edit]:
    """Edits that put a criterion opening with a sex label to the reader, or none (see the module)."""
    if kind is SectionKind.OTHER:
        return []
    start = len(text) - len(text.lstrip())
    m = _LABEL.match(text, start)
    if m is None:
        return []
    first, second = m.group("first"), m.group("second")
    nouns = [w for w in (first, second) if w and w.lower() in ("man", "men", "woman", "women")]
    if second is not None and (_female(first) == _female(second) or len(nouns) == 1):
        return []  # "Men or women" and "male or female" only: "male or a woman" is no label of one kind
    if nouns and (m.group("kept") or m.group("adj") or m.group("adj2")):
        return []  # "Healthy men and women volunteers": no sure singular
    # (in the label's sentence: a later "For Japan only: Male or female, age at least 20 …" is a sentence of its own)
    if re.search(r":\s*\S", re.split(r"(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z])", text[m.end() :], maxsplit=1)[0]):
        return []  # "Males and females with reproductive potential: willing to …" sets a condition for some
    label = _label(m)
    at = m.end()
    if second is not None and (able := _able(text, at, label, kind, (facts, parent))) is not None:
        return able
    if second is not None and not (m.group("kept") or m.group("adj") or m.group("adj2")):
        duty = _PLAIN_DUTY.match(text, at)
        sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[duty.end() :], maxsplit=1)[0] if duty else ""
        if duty is not None and not _PEOPLE.search(re.sub(r"\([^()]*\)", "", sentence)):
            # "Male and female patients must use X": a duty of both sexes is every reader's ("You must use X")
            return [Edit(start, duty.start("duty"), "You ", "person")]
    aside = _ASIDE.match(text, at) or _RACE.match(text, at)  # "(postmenopausal or sterilized)", ", of any race,"
    after = aside.end() if aside else at
    if _END.match(text, after):
        return [Edit(start, m.end(), f"You are {label}", "person")]
    age = _age(text, after, facts, parent)
    if age is not None:
        if _run_on(text, age):
            return []  # "… 18 years or older Documented stable CAD …": two criteria run together
        sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[age:], maxsplit=1)[0]
        if _PEOPLE.search(re.sub(r"\([^()]*\)", "", sentence)):
            return []  # "Male ≥ 65 years or female ≥ 70 years", "… at inclusion who meet all of these:"
        # "aged" stays where the source says it: "above 40" alone need not be an age
        aged = " and aged " if re.search(r"\bage", text[after:age], re.IGNORECASE) else " and "
        return [Edit(start, m.end(), f"You are {label}", "person"), Edit(after, age, aged, "person")]
    with_ = _WITH.match(text, after) or _DESCRIBED_BY.match(text, after)
    # an aside that is the label's age, kept where it is: "Male or female patients (18 -75 years of age) with X" →
    # "You are male or female (18 to 75 years old) and have X"
    aged_aside = aside is not None and aside.re is _ASIDE and any(f.age and aside.start() < f.start < aside.end()
                                                                  for f in facts)  # fmt: skip
    if with_ is None or (aside is not None and not (aged_aside and with_.re is _WITH)):
        return []
    clause = re.split(r"[.;:](?:\s|$)", text[with_.end() :], maxsplit=1)[0]
    if FINITE.search(clause) or _PEOPLE.search(re.sub(r"\([^()]*\)", "", clause)) or REPRODUCTIVE.search(clause):
        return []  # "Male or female patients with X may participate", "… with a pregnant female partner"
    if m.group("kept"):  # "a male or female outpatient with schizophrenia": the noun keeps its "with"
        return [Edit(start, m.end(), f"You are {label}", "person")]
    if aside is not None:
        if re.match(r"(?:an?\s+)?age\b", text[with_.end() :], re.IGNORECASE):
            return []  # "(…) with age 18 or older": a second age
        return [Edit(start, m.end(), f"You are {label}", "person"),
                Edit(with_.start(), with_.end(), " and have ", "person")]  # fmt: skip
    if with_.re is _DESCRIBED_BY:  # "Male or female diagnosed with X" → "You are male or female and diagnosed with X"
        return [Edit(start, with_.start("by"), f"You are {label} and ", "person")]
    with_age = re.match(r"(?:an?\s+)?age\b(?:\s+of\b)?\s*", text[with_.end() :], re.IGNORECASE)
    if with_age is not None:  # "with age 18 years or older", "with an age of 18 to 65 years"
        return [Edit(start, with_.end() + with_age.end(), f"You are {label} and aged ", "person")]
    return [Edit(start, with_.end(), f"You are {label} and have ", "person")]


# "of childbearing potential" said of both sexes: the lexicon's words for men and for "patients" alike
_POTENTIAL = re.compile(
    r"\s+(?:(?P<non>not\s+of\s+|of\s+non-?\s?)|of\s+|with\s+)(?:child-?\s?bearing|reproductive)\s+potential\b"
    r"|\s+(?:(?P<unable>not\s+)?able\s+to|who\s+can|with\s+(?:the\s+)?potential\s+to)\s+have\s+children\b",
    re.IGNORECASE,
)
_PLAIN_DUTY = re.compile(
    r"\s*(?P<duty>must|should|will|may|can|cannot)\b"
    r"(?!\s+(?:not\s+)?(?:participate|take\s+part|be\s+(?:enrolled|included|eligible)))",
    re.IGNORECASE,
)


def _able(
    text: str, at: int, label: str, kind: SectionKind, read: tuple[Sequence[Fact], str | None]
) -> list[Edit] | None:
    """ "Men and women of childbearing potential must use X" → "If you are a man or a woman and able to have
    children, you must use X"; "Male or female not of reproductive potential" → "You are male or female and not able
    to have children"; with an age or a use after it (`_able_and`). None when no such description follows the label;
    [] when one does but the rest of the sentence holds someone else ("… and men may not donate sperm") or no plain
    duty."""
    m = _POTENTIAL.match(text, at)
    if m is None:
        return None
    able = "not able to have children" if m.group("non") or m.group("unable") else "able to have children"
    start = len(text) - len(text.lstrip())
    if _END.match(text, m.end()):
        return [Edit(start, m.end(), f"You are {label} and {able}", "person")]
    duty = _PLAIN_DUTY.match(text, m.end())
    if duty is None:
        return _able_and(text, (start, m.end()), label, able, kind, read)
    sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[duty.end() :], maxsplit=1)[0]
    if _PEOPLE.search(re.sub(r"\([^()]*\)", "", sentence)):
        return []
    return [Edit(start, duty.start("duty"), f"If you are {label} and {able}, you ", "person")]


# a use or a will said of the label's people after their potential: "… using adequate contraception", "… not willing
# to use effective contraception", "… unwilling to …"
_USE = re.compile(r"\s*,?\s+(?P<use>(?P<no>not\s+|un)?(?:willing|using|consenting|practi[cs]ing|agreeing)\b)", re.I)


def _able_and(
    text: str, span: tuple[int, int], label: str, able: str, kind: SectionKind, read: tuple[Sequence[Fact], str | None]
) -> list[Edit]:
    """The label and its potential `span` with an age or a use after it: "Men or women of non-child bearing potential,
    aged between 18 and 60" → "You are a man or a woman, not able to have children and aged 18 to 60 years old"; in
    an inclusion, "Women and men of childbearing potential using adequate contraception" → "If you are a woman or a
    man and able to have children, you are using good enough birth control" (a condition on those able to have
    children, as a duty of theirs is said: the others may join too); in an exclusion, "Women or men of childbearing
    potential not willing to use X" → "You are a woman or a man and able to have children, and are not willing to use
    X", as offline_label_clauses says "… who are unwilling to …". None of it (no edits) when the rest of the sentence
    names someone, a second sentence follows, or a use is one the section does not say so ("not using" in an
    inclusion)."""
    (start, at), (facts, parent) = span, read
    sentence, *after = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[at:], maxsplit=1)
    if (after and after[0].strip()) or _PEOPLE.search(re.sub(r"\([^()]*\)", "", sentence)):
        return []  # "… aged 18 to 65 years. Females must be surgically sterile …": the next sentence's people
    age = _age(text, at, facts, parent)
    if age is not None:
        if _run_on(text, age):
            return []
        aged = " and aged " if re.search(r"\bage", text[at:age], re.IGNORECASE) else " and "
        return [Edit(start, at, f"You are {label}, {able}", "person"), Edit(at, age, aged, "person")]
    use = _USE.match(text, at)
    if use is None:
        return []
    if kind is SectionKind.EXCLUSION and use.group("no"):
        opening, joined = f"You are {label} and {able}", ", and are "
    elif kind is SectionKind.INCLUSION and not use.group("no"):
        opening, joined = f"If you are {label} and {able}", ", you are "
    else:
        return []
    return [Edit(start, at, opening, "person"), Edit(at, use.start("use"), joined, "person")]


_RACE = re.compile(
    r"\s*,?\s*of\s+any\s+(?:race|ethnic\w*)(?:\s+(?:or|and)\s+ethnic\w*)?(?:\s+(?:origin|background|group)s?)?\s*,?"
    r"(?=\s*[\d<>≤≥]|\s*(?:aged?|ages|between|at\s+least|over|older)\b)",  # ("…, of any race, ages 18-75")
    re.IGNORECASE,
)


def _label(m: re.Match[str]) -> str:
    """ "male or female", "a man or a woman", "a healthy male or female volunteer"."""
    first, second, kept = m.group("first"), m.group("second"), m.group("kept")
    adj = " ".join((m.group("adj") or m.group("adj2") or "").lower().split())
    if kept or adj:
        sexes = " or ".join(_said(w, noun=True) for w in (first, second) if w)
        words = " ".join(w for w in (adj, sexes, _KEPT[word_key(kept)] if kept else "") if w)
        return ("an " if words[0] in "aeiou" else "a ") + words
    return " or ".join(_said(w, noun=False) for w in (first, second) if w)


_AGE_LEAD = re.compile(
    r"\s*[,;:]?\s*(?:(?:who|that)\s+(?:are|is)\s+)?"
    r"(?:of\s+(?:age\s+)?(?=[\d<>≤≥]|at\s+least|between|over|under|more|less|greater|older))?",  # ", of age 18 - 54"
    re.IGNORECASE,
)


def _age(text: str, at: int, facts: Sequence[Fact], parent: str | None) -> int | None:
    """Where the age after a label starts ("Male or female, aged 18 to 65" → the "18"), or None when no age
    follows or the sentence goes on in a way "and 18 to 65 years old" would not carry ("… who …")."""
    lead = _AGE_LEAD.match(text, at)
    pos = lead.end() if lead else at
    opening = age_opening(text, pos, facts, parent)
    if not opening:
        return None
    fact = next((f for f in facts if f.start == opening[0].end), None)
    # "… 18 years old of non-child bearing potential": what follows describes the label, not the age
    if fact is None or re.match(r"\s*,?\s*(?:who|that|which|whose)\b|\s+of\s+(?!age\b)", text[fact.end :], re.I):
        return None
    return opening[0].end


# ---------------------------------------------------------------------------------------------
# One sex as a condition: "If you are female, you …"

_ONE_SEX = re.compile(r"You are (?P<sex>female|male) and\b")
_CURRENT_STATE = re.compile(r"pregnant|lactating|breast-?\s?feed(?:ing)?|nursing", re.IGNORECASE)
_NOT_IN_STATE = re.compile(r"\b(?:not|non-?|nor)\s*(?:be\s+|currently\s+)?(?:pregnant|lactating|breast|nursing)",
                           re.IGNORECASE)
_VERB_NEXT = re.compile(
    rf"(?:{FINITE.pattern}|\b(?:agree|use|practice|practise|test|undergo|meet|understand|plan|intend|want|wish|"
    r"refuse|commit|consent|accept)\b)",
    re.IGNORECASE,
)


def scoped_to_sex(edits: list[Edit], text: str, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """offline_subjects' "You are female and X" in an inclusion as "If you are female, you X" where X is a state or
    duty of that sex only; `edits` as they are otherwise."""
    if kind is not SectionKind.INCLUSION:
        return edits
    if not edits:  # "Male subject agrees to use X": its verb is the duty (translator.offline_one_sex_duties)
        return one_sex_duty(text)
    first = min(edits, key=lambda e: e.start)
    m = _ONE_SEX.match(first.text)
    if m is None or any(f.age for f in facts):
        return edits
    if text.rstrip().endswith(":"):
        # "Females participating in the study :" heads what is asked of them: a condition, not that the reader is one
        return [Edit(first.start, first.end, "If " + first.text[0].lower() + first.text[1:], first.what),
                *(e for e in edits if e is not first)]  # fmt: skip
    sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[first.end :], maxsplit=1)[0]
    described = first.text[m.end() :] + " " + sentence
    found = [r.group() for r in REPRODUCTIVE.finditer(described)]
    if not found or (all(_CURRENT_STATE.fullmatch(word) for word in found) and not _NOT_IN_STATE.search(described)):
        # "Females who are pregnant at 24 to 28 weeks": being pregnant (or breastfeeding) is who may join, not a
        # condition on the women among them; "If you are female, you are pregnant" would open the trial to men.
        # Not being pregnant is such a condition ("If you are female, you are not pregnant").
        return edits
    tail = first.text[m.end() :]  # "are", "have", "have had" when the opening took the description's verb
    verb = tail.strip() or _VERB_NEXT.match(text[first.end :].lstrip())
    said = f"If you are {m.group('sex')}, you" + (f" {tail.strip()}" if tail.strip() else "" if verb else " are")
    return [Edit(first.start, first.end, said, first.what), *(e for e in edits if e is not first)]


# ---------------------------------------------------------------------------------------------
# The pregnant or breastfeeding as the subject of an exclusion

_STATE = r"(?:(?:currently|possibly)\s+)?(?:pregnant|lactating|nursing|breast-?\s?feeding)"
_GROUP = r"(?:wom[ae]n|females?|mothers?|(?:female\s+)?(?:patients?|subjects?|participants?))"
# "Women who are pregnant or breastfeeding", "Females who are pregnant", "Women pregnant or breastfeeding"
_WHO_ARE = re.compile(
    rf"(?P<group>{_GROUP}\s+(?:(?:who|that)\s+(?:are|is)\s+)?)(?P<states>{_STATE}(?:{LIST_JOIN}{_STATE})*)"
    r"(?P<plan>,?\s+or\s+(?P<who>who\s+)?(?:(?:are\s+)?(?:planning|intending)\s+(?:to\s+become|on\s+becoming)|"
    r"(?:are\s+)?considering\s+becoming|"
    r"(?:plan|plans|intend|intends)\s+to\s+become)\s+pregnant(?:\s+(?:within|during|in|while)\b[^.;]*)?)?",
    re.IGNORECASE,
)
# "Pregnant and lactating women", "Lactating females", "Nursing mothers"
_STATES_GROUP = re.compile(rf"(?P<states>{_STATE}(?:{LIST_JOIN}{_STATE})*)\s+(?P<group>{_GROUP})\b", re.IGNORECASE)
# (or with when: "Women pregnant or breastfeeding at Visit 1")
_ALONE = re.compile(r"(?:\s+at\s+(?:screening|baseline|enrol(?:l)?ment|visit\s+\d+))?\s*[.;]?\s*$", re.IGNORECASE)


def pregnant_group_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that put an exclusion whose whole subject is the pregnant or breastfeeding to the reader, or none."""
    if kind is not SectionKind.EXCLUSION:
        return []
    start = len(text) - len(text.lstrip())
    who = _WHO_ARE.match(text, start)
    if who is not None:
        end = who.end()
        if not _ALONE.match(text, end):
            return []
        # "Women who are pregnant or breastfeeding or plan to become pregnant": "plan" agrees with "you"; "or who
        # intend to become pregnant" is the reader's too, without its "who"
        again = [Edit(who.start("who"), who.end("who"), "", "person")] if who.group("who") else []
        return [
            Edit(start, who.end("group"), "You are ", "person"),
            *again,
            *_either(text, who),
            *agreeing(text, who.end("states")),
        ]
    group = _STATES_GROUP.match(text, start)
    if group is None or not _ALONE.match(text, group.end()):
        return []
    plural = group.group("group").lower().endswith(("s", "women"))
    if re.search(r"\band\b", group.group("states"), re.IGNORECASE) and not plural:
        return []  # "pregnant and lactating woman": one who is both
    word = re.match(r"breast[- ]feeding\b|[\w-]+", text[start:], re.IGNORECASE)
    size = word.end() if word else 0
    said = re.sub(r"breast[- ]feeding", "breastfeeding", text[start : start + size].lower())  # as the lexicon says it
    return [Edit(start, start + size, "You are " + said, "person"),
            *_either(text, group), Edit(group.end("states"), group.end("group"), "", "person")]  # fmt: skip


def _either(text: str, m: re.Match[str]) -> list[Edit]:
    """A list of groups excludes each of them: its "and" is "or" ("pregnant and lactating women")."""
    return [Edit(m.start("states") + j.start(), m.start("states") + j.end(), " or ", "person")
            for j in re.finditer(r"\s+and\s+", m.group("states"), re.IGNORECASE)]  # fmt: skip
