"""How a criterion without a subject starts, for the offline backend's second person.

"History of X" → "You have a history of X", "Able to …" → "You are able to …", "Creatinine < 2 x ULN" →
"Your creatinine is …", "Age ≥ 18 years" → "You are 18 years or older", "Major surgery within 4 weeks
before randomization" → "You have had major surgery …". Each opening returns edits on the source text,
or none when the rest of the sentence would not fit it (see offline_clause_verbs.dangling_verb).
translator.offline_person puts subjects ("Patients with …") in the second person and uses these for everything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.offline_abilities import paired_capacities
from translator.offline_bare_predicates import BARE_VERB_WORDS, BARE_VERBS
from translator.offline_clause_verbs import FINITE as FINITE
from translator.offline_clause_verbs import dangling_verb as dangling_verb
from translator.offline_edits import Edit
from translator.offline_noun_acts import NOUN_ACTS
from translator.offline_nouns_on import nouns_joined
from translator.offline_unsaid_nouns import NO_NOUN_AFTER, THING_PASSIVE
from translator.units import TIME_UNITS

# "Inability to determine the QT interval": doctors determine it, so "You cannot determine" changes who cannot
_STAFF_VERB = (r"(?!\s+to\s+(?:determine|assess|evaluate|measure|exclude|rule\s+out|confirm|establish|verify|obtain|"
               r"randomi[sz]e|visuali[sz]e|locate|identify|calculate|quantify|document|diagnose|image|biopsy|purify|collect|"
               r"harvest)\b)")
# A word that says how one has a condition ("Uncontrolled X" → "You have uncontrolled X"), and what must follow it
# for "You have …" to read: a thing one can have, not a person, an act or a habit.
_STATE_WORDS = (
    r"(?P<adj>known|uncontrolled|active|severe|chronic|acute|symptomatic|clinically\s+significant|significant|"
    r"untreated|on-?going|unstable|serious|documented|current|poorly\s+controlled|concurrent|"
    r"clinically\s+relevant)\s+"
)
_A_THING_TO_HAVE = (
    r"(?!(?:to|(?:sero)?(?:positive|negative)\s+for)\b)"  # "Known positive for X"
    r"(?!(?:smokers?|users?|drinkers?|patients?|subjects?|participants?)\b)"
    f"{NO_NOUN_AFTER}"  # "Uncontrolled as per the guidelines": no noun to have
    # a kind of person a few words on ("Current or former smoker", "Current marijuana user"): offline_smokers'
    r"(?!(?:[\w/()-]+\s+){0,4}?(?:\w+-)?(?:smokers?|users?|drinkers?|vapers?|chewers?|residents?|males?|females?)\b)"
    r"(?!(?:\w+\s+)?(?:use|participation|enrollment|enrolment|administration|intake|"
    r"need|consumption|requirement|involvement|treatment|therapy|medication|or\s+planned)\b)"
    r"(?!(?:or|and|and/or)\s+\w+\s+(?:\([^()]*\)\s+)?(?:participation|enrollment|enrolment)\b)"
    r"(?!(?:smoking|drinking|pregnancy|breast-?feeding|lactation)\b)"  # "You have current smoking"
)
_LED = [  # (pattern at the start, replacement); the pattern's match is replaced
    # taking part and using are things one did, not things one has had ("You have had taking part in a study")
    (r"(?:(?:an?\s+)?history\s+of\s+|(?:prior|previous|past)\s+)participation\s+in\b", "You have taken part in"),
    (r"(?:(?:an?\s+)?history\s+of\s+|(?:prior|previous)\s+)use\s+of\b", "You have used"),
    (r"(?:prior|previous)\s+administration\s+of\b", "You have been given"),
    # "History of or current X": had it then, or has it now
    (r"(?:an?\s+)?history\s+(?:of\s*,?\s+or|or|and/or)\s+current\b"
     r"(?!\s+(?:presence|signs|evidence|diagnosis|history|use|treatment|therapy)\b)", "You have had or now have"),
    (r"current\s+(?:or|and/or)\s+(?:(?:a|past|prior|previous)\s+)*history\s+of\b(?!\s*:|\s+(?:or|and|the|prior|\w+ing)\b)",
     "You now have or have had"),  # and "Current or past history of X" the other way round
    # "History of X" is having had X: not before "or current …" (which needs "history") nor a gerund ("smoking"),
    # nor before "current X" ("You have had current hepatitis" says it is over)
    (r"(?:an?\s+)?(?:(?:past\s+)?medical\s+)?history\s+(?:\(hx\)\s+)?of\s+"  # "Medical history of", "(hx)"
     r"(?!(?:or|and|and/or|the|this|these|those|current|currently|ongoing|present|presently|\w+ing)\b)(?=[A-Za-z])",
     "You have had "),
    (r"(?:an?\s+)?known\s+history\s+of\s+(?!(?:or|and|and/or|the|this|these|those|\w+ing)\b)(?=[A-Za-z])",
     "You are known to have had "),
    (r"(?:an?\s+)?(?P<adj>(?:(?:known|documented|prior|previous|past|personal|current|recent|significant|"
     r"confirmed|positive)\s+(?:(?:or|and|and/or)\s+\w+\s+)?)*)history\s+of\b", "You have a {adj}history of"),
    (r"(?:an?\s+)?(?P<adj>(?:(?:confirmed|clinical|documented|established|current|known|histological|"
     r"pathological|formal)\s+)?(?:(?:laboratory|lab)\s+)?)diagnosis\s+of\b", "You have a {adj}diagnosis of"),
    (r"(?P<adj>known\s+)?(?P<what>hypersensitivity|intolerance|sensitivity)\s+to\b", "You have {adj}{what} to"),
    (r"known\s+allergy\s+to\b", "You have a known allergy to"),
    (r"allergy\s+to\b", "You have an allergy to"),
    (r"(?P<adj>known\s+)?allergies\s+to\b", "You have {adj}allergies to"),
    # (not before a second noun that takes the object: "Current use of or likely need for X" has no verb for "need")
    (r"current(?:ly)?\s+use\s+of\b(?!\s+(?:or|and|and/or)\s+(?:\w+\s+)?(?:need|requirement)\s+(?:for|of)\b)",
     "You are now using"),
    (r"current(?:ly)?\s+regular\s+use\s+of\b", "You are now regularly using"),  # "Current regular use of X"
    (r"current\s+(?P<what>treatment|therapy)\s+(?P<prep>with|for)\b", "You are now getting {what} {prep}"),
    # history (then) or presence (now): "have had or have", in words a reader knows
    (r"(?:(?:prior|previous|past)\s+)?history\s+(?:or|and/or)\s+(?:current\s+)?presence\s+of\b",
     "You have or have had"),
    (r"history\s*(?:or|and/or|/)\s*(?:current\s+)?(?P<adj>(?:clinical|radiographic|radiological)\s+)?(?:signs|evidence)"
     r"\s+of\b", "You have had or have {adj}signs of"),
    # "History (past or present) of X", "History, within 3 years, of X": the aside or the window stays the history's
    (r"history(?=\s*\((?:past|current|present|or|and|/|\s)+\)\s*of\b|\s*,?\s*(?:within|in\s+the\s+(?:past|last))\b"
     r"[^.;:()]{1,40}?\bof\b)", "You have a history"),
    # (and the same of a clinical suspicion or of indications: "History or clinical suspicion of X", "History or
    # indications of X", each still the reader's)
    (r"(?P<what>history\s+(?:or|and/or)\s+(?:(?:current|prevalent|clinical)\s+)?(?:diagnosis|suspicion|indications)"
     r"\s+of)\b", "You have a {what}"),
    # "Any (other) <words that describe it> condition/disease/…": only "Any" is rewritten, so the words that describe
    # it get their own plain words ("Any liver disease", "Any severe physical or mental illness"); not a time ("Any
    # prior disease": had, not has) or a clause
    (r"any(?=\s+(?:other\s+)?(?:(?!(?:of|that|which|who|with|in|on|for|to|from|by|at|as|the|an?|this|these|"
     r"prior|previous|past|history|recent|former|new|planned|future|other|such)\b)[a-z][\w'’/-]*,?\s+"
     r"(?:(?:or|and|and/or)\s+)?){0,4}(?:conditions?|diseases?|illness(?:es)?|disorders?|infections?|"
     r"abnormalit(?:y|ies)|contraindications?|complications?)\b)", "You have any"),
    (r"presence\s+of\b(?!\s*,?\s*(?:or|and|and/or)\b)", "You have"),  # "Presence of, or prior history of X": no verb
    (r"evidence\s+of\b", "You have signs of"),
    # diagnosed with a condition is a thing done to the reader: "Clinically diagnosed with Type I diabetes" is no
    # "You have clinically diagnosed with …"; "Presenting lactose intolerance" is having it ("You have presenting …")
    (r"(?P<how>(?:newly|previously|recently|clinically|histologically|pathologically|cytologically|radiologically)\s+"
     r"diagnosed)(?=\s+with\b)", "You have been {how}"),
    (r"presenting\s+(?!(?:with|for|to|at|in|as|a|an|the)\b)(?=[a-z])", "You have "),
    (r"(?P<how>(?:(?:histologically|cytologically|pathologically|radiologically|radiographically|clinically|"
     r"biopsy|tissue)[- ]?(?:,\s*|\s+(?:and/or|or|and)\s+)?)+(?:confirmed|proven|documented|diagnosed|verified))\b",
     "You have {how}"),
    # (a bare "Newly diagnosed", a sub-item saying how its parent's disease stands, is no "You have newly diagnosed.")
    (r"(?P<how>(?:newly|previously|recently)\s+diagnosed(?=,?\s+(?!(?:or|and)\s+[\w-]+\s*[.;:]?$)[\w(])"
     r"|confirmed\s+diagnosis\s+of|measurable\s+disease|"
     r"adequate\s+(?!\w+\s+(?:of|with|to)\b))", "You have {how}"),
    (r"(?P<pn>positive|negative)\b(?=(?:\s+(?!(?:for|of|in|on|from|with|to|at|by|or|and)\b)[\w-]+){0,3}?\s+"
     r"(?:tests|results|screens|assays)\b)", "You have {pn}"),  # no "a" before more than one: "Positive results"
    # "Positive to the screening test for X": positive to a test is a positive result to it (no "a positive to")
    (r"(?P<pn>positive|negative)\s+to\s+(?=the\s+(?:screening\s+)?tests?\b)", "You have a {pn} result to "),
    (r"(?:an?\s+)?(?P<pn>positive|negative)\b(?!\s+(?:to|for|on|in|at|of|by|with|from)\b)"
     r"(?=[^.;:]{0,40}\b(?:tests?|results?|screens?|serology|assays?)\b)", "You have a {pn}"),
    (r"current(?:ly)?\s+participation\s+in\b", "You are taking part in"),
    (r"recent\s+participation\s+in\b", "You have recently taken part in"),
    # "have had" already says before: "Prior surgery" → "You have had surgery" (not "Prior history or …": no
    # "have had history"; nor "Prior use within 3 days": no "have had use")
    # a person, not a thing had: "Previous smoker with a smoking history >10 pack-years" ("You have had smoker")
    (r"(?:prior|previous|past)\s+(?P<who>(?:heavy\s+)?(?:smoker|drinker|tobacco\s+user))\b", "You are a former {who}"),
    (r"(?:prior|previous)\s+diagnosis\s+of\b", "You have had a diagnosis of"),  # a diagnosis, with its article
    # (not a label that names a topic for what follows: "Prior therapy:", "Prior anthracycline exposure: Patients must
    # have less than 400 mg/m2" does not say one has had it: less than 400 takes in none, and items may say none)
    (r"(?:prior|previous)\s+(?!(?:to|or|and|and/or|history|use)\b)(?=\w)"
     r"(?![\w-]+(?:\s+[\w-]+){0,2}(?<!\bwith)(?<!\bof)(?<!\bfor)(?<!\bincluding)\s*:)", "You have had "),
    (r"(?:(?:current|ongoing)\s+)?pregnancy(?P<also>\s*(?:,|or|and/or|/)\s*(?:breast-?\s?feeding|lactating))?(?=\s*[.;]?\s*$)",
     "You are pregnant{also}"),
    # "No prior X" is none before: "You have had no X" ("You have no past X" would deny a past, not X)
    (r"no\s+(?P<recent>recent\s+)?(?:prior|previous)\s+(?!(?:to|or|and|and/or)\b)(?=[A-Za-z])"
     r"(?![^.;:]*\b(?:wom[ae]n|m[ae]n|females?|males?|patients?|subjects?|participants?|mothers?|children|"
     r"persons?|people|individuals?)\b)", "You have had no {recent}"),
    (r"no\s+(?!(?:more|less|greater|fewer|later|earlier|longer|shorter|than|participation|other\s+(?:patients|subjects))\b)"
     r"(?![^.;:]*\b(?:wom[ae]n|m[ae]n|females?|males?|patients?|subjects?|participants?|mothers?|children|"
     r"persons?|people|individuals?)\b)", "You have no "),
    (r"known\s+(?P<pn>(?:sero)?(?:positive|negative))(?=\s+for\s+(?!or\b))", "You are known to be {pn}"),  # "… for HIV"
    (r"known\s+to\b", "You are known to"),
    (r"(?-i:[Hh]as|HAS|[Hh]ave|HAVE)\b", "You have"),  # not "HAs" (headaches), a plural abbreviation
    (r"(?:is|are|be)\b", "You are"),
    (r"had\b", "You had"),
    (r"(?:was|were)\b", "You were"),
    (r"(?P<modal>must|should|will|may|cannot|can)\b(?!\s+(?:be\s+)?(?:eligible|excluded|included))" + THING_PASSIVE,
     "You {modal}"),  # not "May be given orally" (the drug's)
    (r"agrees?\s+to\b", "You agree to"),
    (r"agreed\s+to\b", "You have agreed to"),  # a past agreement stays past ("Agreed to use …")
    (r"meets?\b", "You meet"),
    # a verb with no subject: "Needs palliative radiotherapy", "Consumes excessive amounts of alcohol"
    # (not "Requires or anticipates …": the second verb would keep its "-s")
    (r"(?P<verb>need|consume|show|suffer|pose)s\b(?!\s+(?:or|and|and/or)\b)", "You {verb}"),
    # a verb whose subject a list's shared "Patients who …" left off, said of the reader: in the plural ("Show
    # evidence of hepatitis B", "Refuse to participate"; "demonstrate", "exhibit" as the plain words say them) or
    # the singular ("Plans to move out of the region", "Intends to donate blood")
    (r"(?:show|demonstrate|exhibit)\b(?!\s+(?:or|and|and/or)\b)", "You show"),
    # (not a treatment someone plans to give: "Plans to administer non-protocol chemotherapy" is the doctor's plan)
    (r"(?P<verb>plan|intend|refuse)s?\b(?=\s+to\b)(?!\s+to\s+(?:administer|give|prescribe)\b)", "You {verb}"),
    (r"refuses?\b(?!\s+(?:or|and|and/or)\b)", "You refuse"),
    (r"resides?\b(?!\s+(?:or|and|and/or)\b)", "You live"),
    # in the past, as the source says it: "Used systemic steroids within the previous 3 months", "Experienced an
    # acute rejection episode" (not "Completed", which is mostly a plan's or a form's: "Completed 3D plan with …")
    (r"(?P<verb>used|experienced|started|initiated|developed|stopped|donated)\b"
     r"(?!\s+(?:by|as|from|via|per|:)\b)(?=\s+[\w(])", "You {verb}"),
    # "failed" only where it is the reader's: "Failed to recover", "Failed at least 2 treatments" (not a failed thing:
    # "Failed past fusion", "Failed response to …")
    (r"failed\b(?=\s+(?:to|at\s+least|no\s+more\s+than|\d|one|two|three|four|≥)\b)", "You failed"),
    (r"discontinued\b(?!\s+(?:by|as|from|via|per|:)\b)(?=\s+[\w(])", "You stopped"),  # as the plain words say it
    (r"presents\s+with\b", "You have"),
    (r"requires\b(?!\s+(?:or|and|and/or)\b)", "You need"),
    # a need now ("Requirement for vasopressor support at the time of enrollment"); not one in a window or a plan,
    # whose time "You need" would change ("Need for oral corticosteroids within 3 months prior to screening"), nor
    # one with a second "for" that would be left without its noun ("Need for X or for Y")
    (r"(?:need|requirement)\s+for\b(?![^.;]*\b(?:within|prior|before|previous(?:ly)?|past|last|ago|history|"
     r"anticipated|expected|planned|future|during|after|since)\b)(?![^.;]*\b(?:or|and)\s+for\b)", "You need"),
    (r"received\b", "You have received"),
    (r"participated\s+in\b", "You have taken part in"),  # as "Prior participation in" is said
    (r"underwent\b", "You have had"),  # not the condition opening's "You have had" before it: "had had"
    # "On dialysis" is a state; "On Visit R5 of the previous course", "On Day 1", "On the previous day" a time, and
    # "on the periorbital skin" (under "Location of the treatment area:") a place
    (r"(?P<adv>currently\s+)?(?P<ing>receiving|taking|undergoing|using|planning|participating|enrolled|"
     r"on(?!\s+(?:visit|day|week|month|the|or\s+(?:after|before))\b)(?![-‐]))\b"  # not "On-going X" (ongoing)
     r"(?!\s+(?:patients?|subjects?|participants?|individuals?|people|persons?)\b)",  # "Enrolled subjects must …"
     "You are {adv}{ing}"),
    (rf"(?:willing|able|unable|unwilling|capable|incapable)\b{_STAFF_VERB}", "You are {0}"),
    (r"willingness\s+(?P<c>and|or|and/or)\s+ability\s+to\b", "You are willing {c} able to"),
    (r"unwillingness\s+(?P<c>and|or|and/or)\s+inability\s+to\b", "You are unwilling {c} unable to"),
    (r"ability\s+(?P<c>and|or|and/or)\s+willingness\s+to\b", "You are able {c} willing to"),
    (r"inability\s+(?P<c>and|or|and/or)\s+unwilling(?:ness)?\s+to\b", "You are unable {c} unwilling to"),
    (r"willingness\s+to\b", "You are willing to"),
    (r"unwillingness\s+to\b", "You are unwilling to"),
    (r"ability\s+to\b", "You are able to"),
    (rf"inability(?=\s+to\b){_STAFF_VERB}\s+to\b", "You are unable to"),
    # "Inability of the patient to lie prone for any reason": the patient is the reader, who is unable
    (rf"inability\s+of\s+the\s+(?:patient|subject|participant)(?=\s+to\b){_STAFF_VERB}\s+to\b", "You are unable to"),
    (r"diagnosed\s+with\b", "You have been diagnosed with"),
    (r"(?P<preg>pregnant(?:\s*(?:,|or|and/or|/)\s*(?:possibly\s+pregnant|lactating|nursing|breast-?\s?feeding))*)"
     r"\s+(?:women|females|patients|subjects|participants|mothers)\b(?!\s+(?:who|with|of|that))", "You are {preg}"),
    # "Pregnant patients with a positive COVID-19 test" (not "You are pregnant patients with …")
    (r"(?P<adj>pregnant|lactating|breast-?feeding|nursing)\s+(?:patients|subjects|participants)\b(?=\s+with\b)",
     "You are a {adj} patient"),
    # "Breastfeeding or pregnancy": both said as states (not "You are breastfeeding or pregnancy")
    (r"(?P<state>lactating|breast-?\s?feeding|nursing)(?P<c>\s*(?:,|or|and/or|/)\s*)(?:(?:current|ongoing)\s+)?"
     r"pregnancy(?=\s*[.;]?\s*$)", "You are {state}{c}pregnant"),
    # not when a group is named later in its sentence: "Pregnant, breastfeeding, and probably pregnant patients"
    (r"(?:pregnant|lactating|breast-?feeding|nursing)\b(?!.*\b(?:wom[ae]n|females?|mothers?)\b)"
     r"(?!\s+(?:patients?|subjects?|participants?)\b)(?![^.;]*\b(?:pregnancy|patients|subjects|participants)\b)",
     "You are {0}"),
    (r"not\s+(?:pregnant|lactating|breast-?feeding|nursing)\b(?!.*\b(?:wom[ae]n|females?|mothers?)\b)", "You are {0}"),
    (r"(?P<adv>(?:fully|completely|adequately)\s+)?recovered\s+from\b", "You have {adv}recovered from"),
    # "Known brain metastases": "You are known to have …", since "You have known brain metastases" reads as the
    # verb "have known" (not before "or": "Known or suspected X" keeps "You have known or suspected X")
    # (nor before people a few words on: "Known HIV-positive patients" names a group, not a thing the reader has)
    (r"known\s+(?!(?:or|and|and/or)\b)(?!(?:[\w/()-]+\s+){0,4}?(?:\w+-)?(?:patients?|subjects?|participants?|"
     r"individuals?|people|persons?|wom[ae]n|m[ae]n|adults?|children|carriers?)\b)" + _A_THING_TO_HAVE,
     "You are known to have "),
    (_STATE_WORDS + _A_THING_TO_HAVE, "You have {adj} "),
]  # fmt: skip
_LED_RE = [(re.compile(pattern, re.IGNORECASE), template) for pattern, template in [*_LED, *BARE_VERBS, *NOUN_ACTS]]


def first_fact_at(facts: Sequence[Fact], position: int) -> Fact | None:
    return next((f for f in facts if f.start == position and f.kind is FactKind.VALUE), None)


_MEN = re.compile(r"(?:men|man|boys?)\s", re.IGNORECASE)  # "Men under 30 years": the men stay, the age is after
_SAID_AGE = re.compile(r"\b(?:age[sd]?|old|y\.?\s?o\.?|y/o)\b", re.IGNORECASE)
# What may follow a bare "18 years or older" that is a person's age: an end, an aside, who or what they are.
_AGE_FOLLOWS = re.compile(
    r"\s*(?:$|[.,;:()\[\]]|(?:and|or|with|at|who|when|inclusive|males?|females?|m[ae]n|wom[ae]n|boys?|girls?|"
    r"adults?|children|patients?|subjects?|participants?|people|persons?|volunteers?|post-?partum)\b)", re.I
)
# A header that measures something else in years: "Life expectancy:" / "At least 5 years" is not an age.
_NOT_AN_AGE_HEADER = re.compile(
    r"expectanc|surviv|expected\s+to\s+live|duration|since|elapsed|interval|period|history|diagnos|treatment", re.I
)


def is_an_age(text: str, fact: Fact, parent: str | None) -> bool:
    """Whether a bare span of years the extractor reads as an age can open "You are …".

    The extractor reads "At least 5 years" at a criterion's start as an age; under "Life expectancy:", or
    before "has elapsed since …" or "on insulin", it is a time, and "You are at least 5 years" would be false.
    """
    if not fact.age:
        return False
    if _SAID_AGE.search(text):
        return True
    if parent is not None and _NOT_AN_AGE_HEADER.search(parent) and not _SAID_AGE.search(parent):
        return False
    return bool(_AGE_FOLLOWS.match(text, fact.end))


def age_opening(text: str, start: int, facts: Sequence[Fact], parent: str | None = None) -> list[Edit]:
    """ "Age ≥ 18 years", "Aged 18 to 65", "18 years or older" → "You are …"; a bare value under its label too."""
    labelled = labelled_value_opening(text, start, facts, parent)
    if labelled:
        return labelled
    m = re.compile(r"(?:age[sd]?\b\s*(?::|of|-|between\b)?\s*)?", re.IGNORECASE).match(text, start)
    end = m.end() if m else start
    four_on = first_fact_at(facts, m.start(0) + len("age ")) if m and not _MEN.match(text, start) else None
    # a value that takes the "between" in ("Age between 18 and 75 years"), after "Aged" and "Ages" too
    head = re.compile(r"age[sd]\s+", re.IGNORECASE).match(text, start)
    five_on = first_fact_at(facts, head.end()) if head and not _MEN.match(text, start) else None
    fact = first_fact_at(facts, end) or four_on or five_on
    if fact is None and _after_birth(text, start, facts):
        return [Edit(start, start, "You are ", "person")]  # "At least 1 year postpartum": how long since the birth
    if fact is None or not is_an_age(text, fact, parent) or dangling_verb(text, fact.end):
        return []
    if re.match(r"range\b", fact.text, re.IGNORECASE):
        return []  # "Age range of 18 to 70 years" keeps its words: the range, worded as written, is no "You are range"
    if "between" in text[start : fact.start].lower() and not fact.text.lower().startswith("between"):
        return []
    if noun_joined_to_age(text, fact.end):
        return []  # "Patients under 18 years or inability to consent": no "You are … or inability to consent"
    return [Edit(start, fact.start, "You are ", "person")]


_CLOSED = re.compile(r"\s*(?:$|[.,;:)])")


def _after_birth(text: str, start: int, facts: Sequence[Fact]) -> bool:
    """Whether `text` is, from `start`, a span of time after giving birth and nothing more ("< 6 weeks postpartum"),
    which "You are" opens as it opens an age."""
    return any(f.start == start and f.kind is FactKind.TEMPORAL and f.relation == "after" and f.anchor == "delivery"
               and (f.low is not None or f.high is not None) and _CLOSED.match(text, f.end) for f in facts)


# what "You are <age> or …" may go on with: another age or bound, a state the reader is in, or a phrase ("or of legal
# age to consent", "or as defined by local law"); a noun ("inability", "pregnancy") is a second criterion that "You
# are" would not say
_OR_A_NOUN = re.compile(
    r"\s*,?\s*(?:or|and/or)\s+(?![\d<>≤≥=]|(?:older|younger|over|under|above|below|more|less|greater|elder|equal|"
    r"longer|shorter|legal|age[sd]?|the|at|up|between|of|as|if|per|in|on|when|whichever|depending|according|"
    r"pregnant|"
    r"breast-?\s?feeding|lactating|nursing|unable|unwilling|incapable)\b)"
    r"[A-Za-z]",
    re.IGNORECASE,
)


def noun_joined_to_age(text: str, at: int) -> bool:
    """Whether the age ending at `at` is joined by "or" to a noun, which "You are" cannot take ("or inability")."""
    return _OR_A_NOUN.match(text, at) is not None


# A bare value under a label that says what it measures, as older NCI records write them: "Age:" over "18 and over"
# (no unit: the label says years), "Life expectancy:" over "At least 3 months". Only when the value is the whole item.
_AGE_LABEL = re.compile(r"\s*(?:patient\s+)?age\s*:?\s*$", re.IGNORECASE)
_LIFE_LABEL = re.compile(r"\s*life\s+expectancy\s*:?\s*$", re.IGNORECASE)


def labelled_value_opening(text: str, start: int, facts: Sequence[Fact], parent: str | None) -> list[Edit]:
    """ "18 and over" under "Age:" → "You are 18 and over"; "At least 3 months" under "Life expectancy:" → "Your life
    expectancy is at least 3 months"."""
    fact = first_fact_at(facts, start)
    if parent is None or fact is None or text[fact.end :].strip(" .;"):
        return []
    if _AGE_LABEL.match(parent) and (fact.age or fact.unit in (None, "year")):
        return [Edit(start, start, "You are ", "person")]
    if _LIFE_LABEL.match(parent) and fact.unit in TIME_UNITS:
        return [Edit(start, start, "Your life expectancy is ", "person")]
    return []


_EVENT = re.compile(
    r"(?P<use>use|usage|intake)\s+of\b|(?P<receipt>receipt|administration)\s+of\b|(?P<part>participation)\s+in\b"
    r"|(?P<had>(?:(?:major|minor|prior|previous|any)\s+)?(?:surgery|surgical procedure|operation|treatment with|"
    r"therapy with|radiotherapy|radiation therapy|radiation|chemotherapy|transfusion|blood transfusion|vaccination|"
    r"hormon(?:e|al) therapy|immunization|hospitali[sz]ation|infection|stroke|myocardial infarction|heart attack))\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|during|after|following|will|throughout|until|while|"
    r"ongoing|current|currently|concurrent|concomitant)\b",
    re.IGNORECASE,
)


def past_event_opening(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Major surgery within 4 weeks before randomization" → "You have had major surgery …".

    Only when a time window puts the event in the past and nothing puts it now or later.
    """
    m = _EVENT.match(text, start)
    joined = nouns_joined(text, m[0], m.end(), "You have had", timed=True) if m else None  # "or use of X": "or used X"
    if m is None or joined is None or _NOT_PAST.search(text) or dangling_verb(text, m.end()):
        return []
    if text.startswith(":", m.end()):
        return []  # "Surgery: No … within the past 4 weeks" names a topic, then what it asks: no surgery was had
    if not any(f.kind is FactKind.TEMPORAL and f.relation == "before" and f.high is not None for f in facts):
        return []
    act = "You have used" if m.group("use") else "You have received" if m.group("receipt") else "You have taken part in"
    if m.group("use") or m.group("receipt") or m.group("part"):
        return [Edit(start, m.end(), act, "person"), *joined]
    had = re.sub(r"surgical procedure$", "surgery", m.group("had").lower())  # as the plain words say it
    # one event, with its article ("Stroke within 4 weeks" → "You have had a stroke")
    article = (
        "an " if had == "operation" else "a " if had in ("stroke", "myocardial infarction", "heart attack") else ""
    )
    return [Edit(start, m.end(), "You have had " + article + had, "person"), *joined]


_VERB_LED = frozenset({
    "has", "have", "is", "are", "be", "had", "was", "were", "must", "should", "will", "may", "cannot", "can",
    "agree", "agrees", "agreed", "meet", "meets", "received", "participated", "currently", "receiving", "taking",
    "undergoing", "using", "planning", "participating", "enrolled", "on", "diagnosed",
}) | BARE_VERB_WORDS  # fmt: skip


def noun_opening(text: str, start: int) -> list[Edit]:
    paired = paired_capacities(text, start)  # "Ability to X and the willingness to Y": both nouns at once
    if paired and not dangling_verb(text, paired[-1].end):  # not "… willing to sign consent must be documented"
        return paired
    for pattern, template in _LED_RE:
        m = pattern.match(text, start)
        if m is None:
            continue
        groups = {k: (v or "").lower() for k, v in m.groupdict().items()}
        first = m.group().split(maxsplit=1)[0].lower() if m.group().strip() else ""
        if first not in _VERB_LED and dangling_verb(text, m.end()):
            return []
        joined = nouns_joined(text, m.group(), m.end(), template)
        if joined is None:
            return []  # "Ability to understand and willingness to consent": the second noun needs the first
        if "{0}" in template:
            return [Edit(start, m.end(), template.replace("{0}", m.group().lower()), "person"), *joined]
        return [Edit(start, m.end(), template.format(**groups), "person"), *joined]
    return []
