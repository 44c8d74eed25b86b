"""Negation cues: the words that turn a criterion around ("no", "not", "without", "except", "never").

What counts as a cue, and why:
- true negations: no, not, n't, cannot, uncontrolled / poorly controlled, without, never, none, neither, nor
  (unless it only continues a "neither"), absence/absent, lack(ing), free of / -free / "disease free", denies,
  "non-" and "un-" before a state ("non-smoker", "untreated", "unrelated to"), "-naive" ("treatment-naive"
  means never treated),
  unable/inability, unwilling, refuse(s/d/al), declined (consent, treatment), "prevents" ("a limitation that
  prevents ambulation"), "outside the stomach" — each says something is not so;
- exceptions: except (for), other than, unless, excluding, excl., besides, with the exception of, instead of,
  rather than — they remove cases from a criterion, and losing one widens or narrows who can join just as a
  lost "not" does.
Not cues:
- eligibility wording: "are not eligible", "not allowed", "will not be enrolled", "cannot participate
  (in this study)", "unable to take part" at the end of a clause. They say which section a criterion
  belongs to, not a fact about the patient, and a translation says it with its section heading ("You
  cannot join if…"), so counting them would flag every faithful bullet;
- "negative" / "negative for": a test result, kept as a VALUE fact (see `translator.results`);
- "no more than", "not less than", "no later than": comparators, consumed by the quantity that
  follows them (the extractor drops a cue that lies inside a value or time window);
- "non-" in names: non-small cell, non-Hodgkin, non-melanoma, nonsteroidal, non-ST elevation...;
- "with or without" and "may or may not" (either is fine), and "(but) not limited to" (a list that goes on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from translator.shown_none import shown_none
from translator.triggers import TriggeredPattern, first_words

_NAME_FORMING_NON = (
    r"small|hodgkin|melanoma|melanomatous|steroidal|insulin|st\b|st-|alcoholic|muscle|valvular|proliferative"
    r"|ischemic|ischaemic|specific|inferiority|invasive|Q\b|gonococcal|clear|squamous|epileptic|dihydropyridine"
    r"|nucleoside|healing|union|profit|e\b|etheless|sense|stop"
)
# Words that begin with "un" without negating: under-, uni-, unit, until, unless (a cue of its own), "unl" (ULN
# misspelt), uncle; "undue"/"untoward" (excessive, adverse); names and types: unconjugated bilirubin,
# unfractionated heparin, undifferentiated carcinoma, "unborn baby" (the lexicon's word for a fetus); plain
# words a rewording uses for a term that has no negation ("unhealthy levels of fats" for dyslipidemia,
# "unwanted effect", "unusually high mood"; "unaccustomed weight lifting" is unusual, as a rewording says); and the
# "un" cues of their own (unable, unwilling, uncontrolled).
_NOT_UN_NEGATION = (
    r"der|i(?!nfected|nsured|nterrupted|ntended|ntentional|nvolved|dentified|mmuni)|it|til|less|l\b|cle|du[el]"
    r"|toward|conjugated|fraction|differentiated|born|cinate|able|willing|controlled"
    r"|healthy|wanted|usual|accustomed|well\b|steady|helpful|coordinat|even|common|comfortabl|pleasant"
    r"|equivocal|blind"  # "unequivocal evidence" is clear evidence; unblinding is a trial procedure
)
# The states a "free" after a space negates ("disease free"), each a fixed-width lookbehind so that the cue is
# tried only where "free" starts.
_FREE_STATES = "|".join(
    rf"(?<={state}\s)"
    for state in ("disease", "cancer", "tumor", "tumour", "relapse", "recurrence", "seizure", "symptom", "stone",
                  "rejection", "medication", "medicine", "drug", "steroid", "opioid", "smoke", "smoking", "tobacco",
                  "alcohol", "pain", "event", "infection", "metastasis", "metastases", "treatment", "therapy")
)  # fmt: skip
_NOT_BEFORE = r"(?<!not\s)(?<!n't\s)(?<!never\s)"
_CUES: list[tuple[str, str]] = [
    ("except", r"with\s+the\s+(?:exception|exclusion)\s+of|except(?:ing|ed|\s+for|\s+in|\s+if|\s+when)?|exceptions?"
               r"|other\s+than"
               r"|excluding|excl\.|exclusive\s+of|apart\s+from|aside\s+from|besides|but\s+not(?!\s+(?:be\s+)?limited\s+to)"
               # "mycophenolate instead of everolimus": the alternative named after it is ruled out
               r"|instead\s+of|rather\s+than|as\s+opposed\s+to"
               # "No active cancer in addition to the ovarian cancer": under a "no", what is added is the one let
               # through, as "no active cancer other than the ovarian cancer" says (`find_cues` keeps it there alone)
               r"|in\s+addition\s+to"
               # "(apart emollients or antiseptics)": "apart from" without its "from", in brackets; "Other tumor type
               # than adenocarcinoma": "other than" with the thing between its words ("another malignant tumor than
               # ATL" too)
               r"|(?<=\()apart(?=\s+[a-z])|(?:an)?other(?=\s+(?:(?!(?:less|more|greater|fewer|lower|higher|larger|smaller|older"
               r"|younger|longer|shorter|rather|no|not|other)\b)[\w-]+(?:\(s\))?\s+){1,6}than\s+[a-z])"),
    # "X, unless Y" said "X. This does not apply if Y": the exception, not a negation of its own
    ("unless", r"unless|(?:this|that|it)\s+does\s+not\s+apply(?=\s+(?:if|when)\b)"),
    # A carve-out said as a permission: "(topical treatment is allowed)", "Gilbert's syndrome patients are
    # permitted", "in situ cancers are acceptable": like "except", it takes cases out of what a criterion rules
    # out (or in), and a bullet that loses it turns them around. Not "is not allowed" (a prohibition, see
    # `_negated_before`), nor "allowed to participate" (the section's wording).
    # (Not "will not be allowed": a prohibition too.)
    ("allowed", rf"{_NOT_BEFORE}(?:is|are|was|were|be|been)\s+(?:also\s+|still\s+)?(?:allowed|permitted|permissible|"
                r"acceptable"
                r"|allowable|accepted)(?!\s+(?:to|in|into|for)\s+(?:participate|join|take\s+part|enrol|be\s+enrolled|the\s+"
                r"(?:study|trial)|this\s+(?:study|trial)))"
                # without a verb where a clause ends or a condition follows: "(transfusion allowed)", "Prior
                # radiotherapy permitted if …"; not "allowed medications", "an acceptable method"
                rf"|{_NOT_BEFORE}(?<!not\sbe\s)(?<!n't\sbe\s)(?<!never\sbe\s)"
                r"(?:allowed|permitted|permissible|authori[sz]ed)(?=\s*(?:[.;,:)\]]|$)|\s+(?:if|provided"
                r"|as\s+long\s+as|unless|when|with|after|before|during|for|up\s+to|at|within|per|in)\b)"),
    # "may or may not have T2DM" says "with or without T2DM": either is fine, no negation
    ("not", r"(?<!may\sor\smay\s)(?<!might\sor\smight\s)not(?!\s+(?:be\s+)?limited\s+to)"
            r"|cannot|can[’']t|unable|inability|unwilling(?:ness)?"
            r"|refus(?:e|es|ed|al|ing)|fail(?:s|ed|ure)?\s+to|refrain(?:s|ing)?\s+from|preclud(?:e|es|ed|ing)"
            r"|abstain(?:s|ed|ing)?\s+from|stay(?:s|ing)?\s+away\s+from"
            # "uncontrolled" is "not under control", as a plain rewording says it
            r"|un-?controlled|poorly[\s-]+controlled|out\s+of\s+control"
            r"|(?:prevent|stop|keep)(?:s|ed|ping|ing)?(?:\s+[\w-]+){0,3}?\s+from"
            # "a condition that prevents ambulation" is one that makes walking impossible; not the purpose
            # of "contraception to prevent pregnancy", nor "prevention"
            r"|prevent(?:s|ed|ing)?(?!\w)"
            # "declined informed consent", "declines to participate"; not "cognitive decline", "declined by 50%"
            r"|declin(?:ed|es|ing)(?=\s+(?:to\s+(?:participate|take|join|be|sign|give|undergo|receive)|the\b|any\b"
            r"|informed|consent|participation|invitation|enrol|(?:[\w-]+\s+){0,2}(?:treatment|surgery|therapy)))"
            r"|decline\s+to(?=\s+[a-z])"
            # a test done to show a disease is absent: "imaging to exclude hepatocellular carcinoma"; not "will be
            # excluded" (the section's wording), nor "rules out" (a paraphrase says "a condition that rules out
            # nebivolol" for a contraindication: measured, two false alarms on the planted-error suite's paraphrases)
            r"|(?<=to\s)exclude(?=\s+[a-z])"
            # "a disorder that compromises the ability to consent", as "prevents" does
            # ("the patient's ability" is said "your ability": both are read)
            r"|compromis(?:e|es|ed|ing)\s+(?:the|their|his|her|your|(?:the\s+)?(?:patient|subject|participant|child)"
            r"(?:['’]s|s['’]))\s+ability"),
    ("no", r"no(?!\.\s*\d|\s*:)|denies|denied|denial\s+of"),
    ("without", r"(?<!with\sor\s)without"),
    ("never", r"never"),
    # "Nothing rules out spinal anaesthesia" says "no contraindication to it", as "nothing by mouth" says "no food"
    ("none", r"none|nothing"),
    ("neither", r"neither"),
    ("nor", r"nor"),
    ("absence", r"(?:in\s+the\s+)?absen(?:ce|t)(?:\s+of)?|lack(?:s|ing)?(?:\s+of)?"),
    # "disease free for 5 years" as "disease-free": the state before it is absent; not "progression free
    # survival", "serum free light chain" or "of their own free will"
    ("free", r"free(?:dom)?\s+(?:of|from)(?!\w)|(?<=-)free(?!\w)"
             # ("disease free interval" is time free of disease, as "disease-free interval" is; not "disease free
             # survival", an outcome's name)
             rf"|(?:{_FREE_STATES})free(?!\w)(?!\s+(?:survival|light|flow|will)\b)"),
    ("non", rf"non(?:-|\s)?(?!(?:{_NAME_FORMING_NON}))(?=[a-z])"),
    ("naive", r"na(?:[iï]|i\u0308)ve"),  # (and "naïve" with its diaeresis apart, as some records write it)
    # "un-" before a state says it is not so, as "non-" does ("untreated", "unrelated to lymphoma",
    # "unavailability of MRI"); not in words that only begin with "un" or in names that keep it.
    ("non", rf"un-?(?!(?:{_NOT_UN_NEGATION}))(?=[a-z]{{3}})[a-z-]*"),
    # "any instable systemic disease": unstable, as the corpus spells it (not "instability": "microsatellite
    # instability" is a name)
    ("non", r"instable"),
    # "metastases outside the stomach", "a lesion outside the lymph nodes" (for "non-nodal"): not in it. Not
    # "walking 2 blocks outside" (outdoors); "outside the normal range" is a result (`translator.results`). "Outside of"
    # needs no determiner: "outside of acceptable parameters" says what "outside the acceptable limits" does; nor
    # does a place by its name ("lived outside Japan" for "outside of Japan").
    ("non", r"outside(?=\s+(?:of\s+)?(?:the|this|that|these|those|a|an|its|their|your|any|[A-Z])\b|\s+of\s+[a-z]"
            r"|\s+(?-i:[A-Z][a-z]{2,})\b)"),
]  # fmt: skip

_NAMES = {f"c{i}": name for i, (name, _) in enumerate(_CUES)}
# "non-" and "-free" are glued to the word they negate; every other cue is a word of its own.
_WORD_END = r"(?![\w'])"
_CUE_RE = TriggeredPattern(
    re.compile(
        "|".join(rf"(?P<c{i}>(?<![\w'])(?:{p}){'' if name in ('non', 'free') else _WORD_END})"
                 for i, (name, p) in enumerate(_CUES)),
        re.IGNORECASE,
    ),
    " ".join(word for _, p in _CUES for word in first_words(p)) + " in absen prevent stop keep un declin poorly"
    " is are was were be been allowed permi authori exclude compromis apart other another"
    " outside this that it",
)  # fmt: skip
# (or an aside that says what it means opens: "will not be allowed (i.e., starting within 6 weeks …)", said "will not
# be allowed. This means …", or one that permits a case: "is not permitted (prior adjuvant chemotherapy is
# permitted)"; not any bracket: "medicines that are not allowed (Section 8.1.1)" is a list's item)
_CLAUSE_END = (r"(?=\s*(?:[.;,:)]|\(\s*(?:i\.\s*e|e\.\s*g)\b|\((?=[^()]*\b(?:is|are)\s+(?:allowed|permitted)\b)|$|and\b"
               r"|or\b|if\b|unless\b|when\b|until\b))")
# ("not be eligible for participation in the study", "… for taking part in this study": the taking part and where, one
# eligibility wording)
_TRIAL = r"(?:this|the|our)\s+(?:study|trial|protocol|research)"
_STUDY = r"(?:\s+(?:to|for|in|into|from)\s+(?:(?:participat(?:e|ion|ing)|enrol(?:l|ment|ling)?|join(?:ing)?|take\s+part"
_STUDY += r"|taking\s+part)"
_STUDY += rf"(?:\s+(?:in|into)\s+{_TRIAL})?|{_TRIAL}(?:\s+participation)?))"
# What follows "not" / "cannot" / "unable" when the words are about eligibility ("are not eligible").
_META_AFTER_RE = re.compile(
    rf"\s+(?:be\s+)?(?:eligible|allowed|permitted|accepted|admitted|enrolled|included|recruited|randomi[sz]ed"
    rf"|considered|candidates?)(?:{_STUDY}{_CLAUSE_END}|{_CLAUSE_END})"
    r"|\s+(?:be\s+)?(?:allowed|permitted)\s+(?:during|while|throughout|within|in\s+the)\b"
    rf"|\s+(?:be\s+able\s+)?(?:to\s+)?(?:participate|take\s+part|join|enter|enrol(?:l)?|be\s+enrolled|be\s+included)"
    # ("cannot join the dose escalation part of the phase I trial": a part of it is the study's too)
    rf"(?:\s+(?:in\s+)?(?:this|the|our)\s+(?:[\w-]+\s+){{0,3}}?(?:study|trial|research|part|component|portion|phase"
    rf"|cohort|arm|stage)(?:\s+of\s+(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?(?:study|trial))?)?{_CLAUSE_END}",
    re.IGNORECASE,
)
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:are|is|be|been|will|shall|should|may|might|must|can|could|would|were|was|do|does|did)\s+$", re.IGNORECASE
)
_CONTRACTION_RE = re.compile(r"(?<![\w'])[a-z]+n[’']t(?![\w'])", re.IGNORECASE)
# A preposition that ends a cue ("except for", "free of") also starts what follows it: the cue ends before it.
_TAIL_RE = re.compile(r"(?<=\S)\s+(?:for|in|if|when|of|from|to)$", re.IGNORECASE)
_TO_BEFORE_RE = re.compile(r"\bto\s+$", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.;](?:\s|$)")
_NEITHER_BEFORE_RE = re.compile(r"\bneither\b[^.;]*$", re.IGNORECASE)
# "Apart from this, you must agree to …": a clause that says "in addition" about the sentence before it takes no
# case out of anything (a bullet's wording of the source's "In addition,"); "apart from X" still does.
_ADDITION_RE = re.compile(r"\s+(?:this|that|these|those|the\s+above)\s*,", re.IGNORECASE)
_BESIDES = ("apart", "aside", "besides", "other")
# "selected to additionally match with glycaemic control, drugs and diet apart from other physical attributes": a
# sentence that adds things, and "apart from other …" after them, says "as well as" (not "medicines apart from X").
_OTHERS_AFTER_RE = re.compile(r"\s+(?:the\s+)?other\b", re.IGNORECASE)
_ALSO_BEFORE_RE = re.compile(r"\b(?:additionally|also|in\s+addition)\b(?:(?!\b(?:no|not|never|none|without)\b)[^.;])*$",
                             re.IGNORECASE)
# A negated subject makes "allowed" part of a prohibition: "no concurrent therapy is allowed", "none of these are
# permitted"; not the "no" of a bound ("ALT no more than 5 x ULN is acceptable"). A "not" or "without" in the
# subject makes a carve-out of its own ("patients who have not had X are allowed"); "is not allowed" never matches.
_NEGATION_WORD_RE = re.compile(
    r"\bno\b(?!\s+(?:more|less|greater|fewer|later|earlier|longer|shorter|higher|lower|older|younger)\s+than)"
    r"|\b(?:none|neither|nor)\b", re.IGNORECASE)


_BUT_RE = re.compile(r"\bbut\b", re.IGNORECASE)


def _negated_before(text: str, pos: int) -> bool:
    """Whether a negated subject comes before `pos` in its clause: back to a ".", ";" or ":", or to the bracket
    `pos` is in; words inside closed brackets before it ("No prior 5-FU (fluorouracil) is allowed") are
    skipped, so "No A (B is allowed)" and "No A (5-FU) is allowed" read as they should."""
    depth, kept = 0, []
    for char in reversed(text[:pos]):
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if char in ".;:":
                break
            kept.append(char)
    # "No prior chemotherapy but prior adjuvant chemotherapy … was allowed": a "but" starts the carve-out's own clause
    return _NEGATION_WORD_RE.search(_BUT_RE.split("".join(reversed(kept)))[-1]) is not None


def _modal_not(text: str, m: re.Match[str]) -> bool:
    """A "not" of a verb phrase ("are not", "will not", "cannot", "won't"): only those can be eligibility
    wording. "Refusal to participate", "unwilling to take part" and "agents not included in this
    trial" say something about the patient or the agents and stay negations."""
    surface = m.group().lower().replace("’", "'")
    if surface.endswith("n't") or surface == "cannot":
        return True
    return surface == "not" and _MODAL_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    cue: str


def find_cues(text: str) -> Iterator[Cue]:
    """Every negation cue, with its canonical name."""
    matches = [(m, _NAMES[m.lastgroup or "c0"]) for m in _CUE_RE.finditer(text)]
    if "n't" in text or "n’t" in text:
        matches += [(m, "not") for m in _CONTRACTION_RE.finditer(text)]
        matches.sort(key=lambda pair: pair[0].start())
    shown = {a for nos in shown_none(text) for a, _ in nos} if "no" in text.lower() else set()
    for m, name in matches:
        if name == "no" and m.start() in shown:
            continue  # "showed no A, no B and no C": a negative result (translator.shown_none)
        if name == "nor" and _NEITHER_BEFORE_RE.search(text, 0, m.start()):
            continue  # "neither A nor B" is one negation, as "not A or B" is
        if name == "allowed" and (_negated_before(text, m.start()) or any(
                other == "except" and not _SENTENCE_BREAK_RE.search(text, e.end(), m.start()) for e, other in matches
                if e.end() <= m.start())):
            continue  # "no X is allowed" prohibits; "except (i) A or (ii) B allowed if …" repeats the exception
        if name == "except" and m.group()[:6].lower().startswith(_BESIDES) and _ADDITION_RE.match(text, m.end()):
            continue  # "Apart from this, …": in addition
        if name == "except" and m.group()[:6].lower().startswith(_BESIDES[:3]) and _OTHERS_AFTER_RE.match(
                text, m.end()) and _ALSO_BEFORE_RE.search(text, 0, m.start()):
            continue  # "to additionally match with A and B apart from other attributes": in addition
        if name == "except" and m.group()[:11].lower() == "in addition" and not _negated_before(text, m.start()):
            continue  # "in addition to" with no "no" before it adds; it excepts nothing
        if name == "free" and m.group().lower() == "free" and m.start() == 0:
            continue
        if name == "not" and _META_AFTER_RE.match(text, m.end()) and _modal_not(text, m):
            continue  # "are not eligible": the section, not a negated fact
        if name == "not" and m.group()[:7].lower() == "prevent" and _TO_BEFORE_RE.search(text, 0, m.start()):
            continue  # "contraception to prevent pregnancy": a purpose
        end = m.end()
        if name == "non" and m.group()[:2].lower() in ("no", "un"):  # the prefix alone: "non-", "un-"
            end = m.start() + (2 if m.group()[:2].lower() == "un" else 3) + (m.group()[2:3] == "-")
        elif (tail := _TAIL_RE.search(text, m.start(), end)) is not None:
            end = tail.start()  # "except for ≤ 14 days": the "for" belongs to the time window after it
        yield Cue(m.start(), end, name)
