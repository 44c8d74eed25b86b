"""One thing said in place of another of its kind: "Liver metastases" said as "kidney metastases", "Active hepatitis
B" as "hepatitis C", "Uncontrolled hypertension" as "uncontrolled hypotension", "Left ventricular" as "right
ventricular", "Chronic kidney disease" as "acute kidney disease".

The words-left-out checks read runs of four words, and a plain rewrite changes single words all the time ("renal" →
"kidney", "chronic" → "long-term"), so a single word swapped for another passed every check. A swap is sure where the
two words belong to a set of things that exclude each other: the organs, the sides of the body, acute and chronic,
mild and severe, benign and malignant, upper and lower (the gut, the airways, the limits of normal), systolic and
diastolic, primary and secondary (a tumour's origin), how a medicine is given, in and out of hospital, the
hepatitis viruses, too high and too low. A bullet
that names a member of such a set its sources do not name, while a member its sources name is said by no bullet
citing them, has put one in place of the other. Each member has its wordings, plain and technical ("kidney",
"renal", "nephr…"), so a rewording is no swap, and a member a rewording adds (a gloss: "cirrhosis (scarring of the
liver)") is no swap while the source's own are all said. An organ the sources touch on in none of their words, while
they name another, is put in place of theirs even where theirs is still said ("a lung attack" among heart diseases;
`translator.fidelity_organ_roots` reads what a rewording may add).

Measured over the offline bullets of the corpus and Chia (64,433 parts) and the 617 hand-written paraphrases: no
finding (one, "breast-feeding" read as the breast, before the wordings left breastfeeding out).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from translator.fidelity_content import is_stop_word, stem
from translator.fidelity_organ_roots import touched_organs
from translator.lexicon import Lexicon
from translator.regex_literals import Haystack, Literals

# what a side or a level is of: "left ventricle", "upper GI bleeding" (not "left over", "upper age limit")
_SIDE_OF = (r"(?=[\s-]+(?:ventric|atri|arm|leg|eye|side|breast|hand|foot|lung|kidney|hemisphere|bundle|knee|hip"
            r"|shoulder|ear|lobe|main|coronary|anterior|upper|lower))")
_SPINE_PART = (r"(?=[\s-]+(?:spine|spinal|vertebra\w*|dis[ck]s?|radiculopathy|myelopathy|stenosis|fusion|"
               r"level|region|segment))")
_POTENTIAL = r"(?=[\s-]+(?:malignant|malignancy|cancerous|cancer)\s+potential)"
_DOSE = r"(?=\s+(?:study\s+)?(?:drug\s+)?(?:doses?|administrations?|infusions?|injections?)\b)"
_LEVEL_OF = (r"(?=[\s-]+(?:gi\b|gastro|digestive|respirat|airway|limb|extremit|abdom|urinary|back|lobe|limit|"
             r"endoscop|bleed))")

# set → member → its wordings (a regex read at word starts, case-insensitive)
_SETS: dict[str, dict[str, str]] = {
    "organ": {
        # "live disease" is the liver's, a letter lost (NCT00424164: "stable chronic live disease"): a bullet says
        # "liver disease", and one that says "kidney disease" there has swapped the organ
        "the liver": r"livers?\b|live(?=\s+diseases?\b)|hepat(?!itis)\w*",
        "the kidneys": r"kidneys?\b|renal\b|nephr\w*",
        # "-cardia", "-carditis", "coronary": a plain wording says "heart" ("slow heart rate"); not the heart
        # association's name, which "NYHA" says
        "the heart": r"(?<!york\s)hearts?\b|\w*cardi\w*|coronar\w*",
        "the lungs": r"lungs?\b|pulmonar\w*",
        "the brain": r"brains?\b|\w*cerebr\w*|\w*enceph\w*|intracranial\b|strokes?\b",
        "the spinal cord": r"spinal\s+cords?\b",
        "the bowel": r"bowels?\b|intestin\w*|colon\b|colonic\b",
        "the breast": r"breasts?\b(?![\s-]*(?:fe|milk|pump))|mammar\w*|mastectom\w*",  # not breastfeeding
        "the prostate": r"prostat\w*",
        "the pancreas": r"pancrea\w*",
        "the stomach": r"stomach\b|gastric\b",
        "the ovaries": r"ovar(?:y|ies|ian)\b",
        # the neck's "cervical" is no cervix
        "the cervix": r"cervix\b|cervical\b(?![\s-]+(?:spine|spinal|vertebra\w*|lymph|collar|disc|rib|cord|"
                      r"radiculopathy|myelopathy|stenosis|dystonia|lesion|level|region|nodes?))",
        "the thyroid": r"\w*thyr\w*",  # "overactive thyroid" says "hyperthyroidism"
        "the bladder": r"bladder\b",
        "the skin": r"skin\b|cutaneous\b|dermal\b",
    },
    # the part of the spine: "cervical spine" said as "lumbar spine" is surgery on another part of the back
    "spine": {"the neck": rf"cervical{_SPINE_PART}", "the chest": rf"thoracic{_SPINE_PART}",
              "the lower back": rf"lumbar{_SPINE_PART}", "the base of the spine": rf"sacral{_SPINE_PART}"},
    "side": {"left": rf"left{_SIDE_OF}", "right": rf"right{_SIDE_OF}"},
    "acuity": {"acute": r"acute(?:ly)?\b", "chronic": r"chronic(?:ally)?\b"},
    "nature": {"benign": r"benign\b|non-?cancerous\b|non-?malignant\b", "malignant": r"malignan\w*"},
    "level": {  # of the gut, the airways, the limbs, and the limits of normal
        "upper": rf"upper{_LEVEL_OF}",
        "lower": rf"lower{_LEVEL_OF}",
    },
    "pressure": {"systolic": r"systolic\b", "diastolic": r"diastolic\b"},
    # "tumors of low malignant potential" (borderline tumours): no level a fact check reads, a name
    "malignant potential": {"low": rf"low{_POTENTIAL}", "high": rf"high{_POTENTIAL}"},
    # where a disease began: a primary tumour, a secondary one (spread there, or caused by another disease)
    "origin": {"primary": r"primary\b", "secondary": r"secondary\b"},
    "route": {
        "by mouth": r"oral(?:ly)?\b(?![\s-]+(?:cavity|mucosa|mucositis|health|hygiene|lesions?|cancer|surgery))"
                    r"|by\s+mouth\b|p\.?o\.?(?=\s|$)",
        "into a vein": r"intravenous(?:ly)?\b|into\s+a\s+vein\b|i\.v\.",
        "under the skin": r"subcutaneous(?:ly)?\b|under\s+the\s+skin\b",
        "inhaled": r"inhal\w*",
    },
    "setting": {"inpatient": r"in-?patients?\b|hospitali[sz]ed\b", "outpatient": r"out-?patients?\b"},
    "severity": {"mild": r"mild(?:ly)?\b", "moderate": r"moderate(?:ly)?\b", "severe": r"severe(?:ly)?\b"},
    "hepatitis": {
        "hepatitis A": r"hepatitis[\s-]+a\b|hav\b",
        "hepatitis B": r"hepatitis[\s-]+b\b|hbv\b|hbsag\b",
        "hepatitis C": r"hepatitis[\s-]+c\b|hcv\b",
        "hepatitis D": r"hepatitis[\s-]+d\b|hdv\b",
        "hepatitis E": r"hepatitis[\s-]+e\b|hev\b",
    },
    "blood pressure": {"high blood pressure": r"hypertensi\w*|high\s+blood\s+pressure",
                       "low blood pressure": r"hypotensi\w*|low\s+blood\s+pressure"},
    "blood sugar": {"high blood sugar": r"hyperglyc\w*|high\s+blood\s+(?:sugar|glucose)",
                    "low blood sugar": r"hypoglyc\w*|low\s+blood\s+(?:sugar|glucose)"},
    "thyroid activity": {"an overactive thyroid": r"hyperthyro\w*|overactive\s+thyroid",
                         "an underactive thyroid": r"hypothyro\w*|underactive\s+thyroid"},
    "potassium": {"high potassium": r"hyperkal\w*|high\s+potassium", "low potassium": r"hypokal\w*|low\s+potassium"},
    "sodium": {"high sodium": r"hypernatr\w*|high\s+sodium", "low sodium": r"hyponatr\w*|low\s+sodium"},
    "calcium": {"high calcium": r"hypercalc\w*|high\s+calcium", "low calcium": r"hypocalc\w*|low\s+calcium"},
    # which dose a time or a lead-in is of ("If last dose of trastuzumab was:"), where no window compares the event
    "dose": {"the first": rf"(?:first|initial){_DOSE}", "the last": rf"(?:last|final|most\s+recent){_DOSE}"},
}


# between a name and its short form in brackets: "hepatitis C virus (HCV)", "renal (kidney)"
_BRACKETED = re.compile(r"[\w\s-]{0,12}\(\s*", re.IGNORECASE)


@cache
def at_word_start(wordings: str) -> re.Pattern[str]:
    """`wordings` (alternatives of a regex) read at a word start, case-insensitive; compiled once."""
    return re.compile(rf"(?<![\w-])(?:{wordings})", re.IGNORECASE)


_SET_LITERALS = {name: Literals(at_word_start("|".join(group.values()))) for name, group in _SETS.items()}
_ANY_MEMBER = at_word_start("|".join(wordings for group in _SETS.values() for wordings in group.values()))


def members(text: str) -> dict[str, set[str]]:
    """Set → the members `text` names."""
    return {name: set(counted) for name, counted in mentions(text).items()}


def mentions(text: str) -> dict[str, Counter[str]]:
    """Set → how many times `text` names each member; a name and its short form in brackets right after it
    ("hepatitis C virus (HCV)", "renal (kidney)") are one mention."""
    # the same texts come back (a criterion for each of its bullets, each fallback level, the whole-record check): a
    # third of the calls read a new text; each caller gets its own copies to change
    return {name: counted.copy() for name, counted in _mentions(text).items()}


@lru_cache(maxsize=4096)
def _mentions(text: str) -> dict[str, Counter[str]]:
    named: dict[str, Counter[str]] = {}
    if not _ANY_MEMBER.search(text):
        return named
    haystack = Haystack(text)
    for name, group in _SETS.items():
        # one scan per set first: most texts name no member of most sets, and a scan per member was a tenth of
        # the time of a whole check; and no scan where the text lacks every word the set's wordings need
        scan = _SET_LITERALS[name]
        if not scan.possible(haystack) or not scan.pattern.search(text):
            continue
        counted: Counter[str] = Counter()
        for member, wordings in group.items():
            last = -1_000
            for m in at_word_start(wordings).finditer(text):
                # (the first mention has none before it: "or a sudden (chronic) infection" names "chronic" once)
                if last < 0 or not _BRACKETED.fullmatch(text[last : m.start()]):
                    counted[member] += 1
                last = m.end()
        if counted:
            named[name] = counted
    return named


# a name, a few words of it and its short form in brackets: "Hepatitis B surface antigen (HBsAg)"
_NAMED_THEN_SHORT = re.compile(r"[\w\s-]{0,40}\(\s*", re.IGNORECASE)


def named_spans(name: str, member: str, text: str) -> list[tuple[int, int]]:
    """Spans of the mentions of `member` of set `name` in `text`, a short form in brackets up to a few words after a
    wording ("hepatitis B surface antigen (HBsAg)") one mention with it."""
    spans: list[tuple[int, int]] = []
    for m in at_word_start(_SETS[name][member]).finditer(text):
        if spans and _NAMED_THEN_SHORT.fullmatch(text, spans[-1][1], m.start()):
            continue
        spans.append(m.span())
    return spans


def swaps(sources: Sequence[str], bullet: str, siblings: Sequence[str]) -> list[tuple[str, str]]:
    """(what `bullet` says, what its `sources` say) for each member of a set the bullet names more often than its
    sources do while a member its sources name is named less often by the bullet and its `siblings` (the other
    bullets citing the same sources) together: one put in place of the other, even where the sources' member is
    still said elsewhere ("heart disease … lung failure" for "heart disease … heart failure")."""
    theirs = _with_negated(" ".join(sources))
    ours = _with_negated(_unglossed(_unquoted(bullet, sources), sources))
    said = _with_negated(" ".join(_unglossed(text, sources) for text in [bullet, *siblings]))
    found = []
    for name, counted in ours.items():
        source, everywhere = theirs.get(name, Counter()), said.get(name, Counter())
        added = sorted(member for member, n in counted.items() if n > source[member])
        lost = sorted(member for member, n in source.items() if n > everywhere[member])
        if added and lost and set(added).isdisjoint(lost):
            found.append((" or ".join(added), " or ".join(lost)))
        elif added:
            found += _swapped_in_place(name, set(added), sources, bullet) or _unfounded(
                name, set(counted) - set(source), sources)
    return found


def _unfounded(name: str, new: set[str], sources: Sequence[str]) -> list[tuple[str, str]]:
    """(what the bullet says, what its `sources` say) where the bullet names an organ (`new`, never named by them)
    that the sources touch on in none of their words, abbreviations or terms' plain wordings, while they name another
    ("a lung attack" among heart diseases): a gloss or an example that puts the disease in another organ."""
    theirs = members(" ".join(sources)).get(name) if name == "organ" else None
    if not theirs or not new:
        return []
    joined = " ".join(sources)
    wordings = [wording for _, said in _spelled_out(tuple(sources)) for wording in said]
    loose = touched_organs(" ".join([joined, *wordings, *_term_wordings(tuple(sources))]))
    unfounded = new - loose - members(" ".join([*wordings, *_term_wordings(tuple(sources))])).get(name, set())
    return [(" or ".join(sorted(unfounded)), " or ".join(sorted(theirs)))] if unfounded else []


_BRACKET = re.compile(r"\(([^()]{3,80})\)")
# "non-liver-related disorder": the organ a disorder is not of is named all the same ("a disorder not related to the
# liver"), and one swapped there ("not related to the kidney") has changed which disorders count.
_NEGATED_ORGANS = {member: re.compile(rf"(?<=\bnon-)(?:{wordings})", re.IGNORECASE)
                   for member, wordings in _SETS["organ"].items()}


def _with_negated(text: str) -> dict[str, Counter[str]]:
    """`mentions` of `text`, with the organs it names after a "non-" (which a word start leaves out)."""
    named = mentions(text)
    if "non-" in text.casefold():
        for member, pattern in _NEGATED_ORGANS.items():
            if n := len(pattern.findall(text)):
                named.setdefault("organ", Counter())[member] += n
    return named


# an abbreviation and its gloss in brackets: "ALT (a liver enzyme)"
_GLOSSED_ABBREVIATION = re.compile(r"(?P<short>[A-Z][A-Za-z0-9-]{1,9})\s*\((?P<inside>[^()]{3,80})\)")


def _unglossed(bullet: str, sources: Sequence[str]) -> str:
    """`bullet` without the brackets that gloss a source's abbreviation in the lexicon's words ("ALT (a liver
    enzyme)"): the members they name are the abbreviation's, not said in place of the source's own."""
    if "(" not in bullet:
        return bullet
    wordings = {short: members(" ".join(said)) for short, said in _spelled_out(tuple(sources))}

    def gloss(m: re.Match[str]) -> str:
        theirs = wordings.get(m.group("short"))
        inside = members(m.group("inside"))
        return m.group("short") + " " if theirs and inside and all(
            named <= theirs.get(name, set()) for name, named in inside.items()) else m.group()

    return _GLOSSED_ABBREVIATION.sub(gloss, bullet)


def _unquoted(bullet: str, sources: Sequence[str]) -> str:
    """`bullet` without its brackets that quote a source's words ("brain problems caused by liver disease (hepatic
    encephalopathy)"): the term the words before them explain, whose members are the source's own, not added."""
    said = " ".join(" ".join(source.casefold().split()) for source in sources)
    return _BRACKET.sub(lambda m: " " if " ".join(m.group(1).casefold().split()) in said else m.group(), bullet)


def _swapped_in_place(name: str, added: set[str], sources: Sequence[str], bullet: str) -> list[tuple[str, str]]:
    """(what `bullet` says, what its `sources` say) where a member of set `name` that the sources never name stands
    beside a word the sources have beside another member of the set, and that member is still said elsewhere, by a
    gloss or another phrase ("pulmonary dysrhythmias … electrocardiogram" for "cardiac dysrhythmias … EKG";
    "significant liver disease … how well your kidneys filter blood" for "Significant kidney disease"): the counts
    of the members stay level, the place shows the swap. A member the sources name somewhere is no swap here ("liver
    or kidney disease" for "renal or hepatic disease")."""
    # an abbreviation of the sources names what it stands for ("NSCLC" the lungs, "IV" a vein, "CHF" the heart); not
    # one the bullet says itself, whose member a word besides is not ("… severe asthma or COPD" with a "resting lung
    # rate" for the source's "resting heart rate")
    # (one in brackets after its own spelled-out words glosses them: "intravenous (IV) or subcutaneous (SC)")
    said = set(_SHORT.findall(_GLOSSED_SHORT.sub(" ", bullet)))
    abbreviations = _spelled_out(tuple(sources))
    unsaid = [wording for short, wordings in abbreviations if short not in said for wording in wordings]
    # so does a term of the sources in its plain words ("cirrhosis": "scarring of the liver"), which are also read for
    # the place of a swap ("lung rhythm problems (arrhythmias)" where "arrhythmias" are "abnormal heart rhythms"); the
    # organs only: a wording's "the hepatitis B virus" is no place a bullet's "hepatitis C virus" took
    terms = _term_wordings(tuple(sources)) if name == "organ" else []
    added = added - members(" ".join([*unsaid, *terms])).get(name, set())
    if not added:
        return []
    spelled = [*(wording for _, wordings in abbreviations for wording in wordings), *terms]
    theirs: dict[tuple[int, str], set[str]] = {}
    for source in [*sources, *spelled]:
        for member, side, word in _beside(name, source, _LOOSE.get(name)):
            theirs.setdefault((side, word), set()).add(member)
    found = []
    for member, side, word in _beside(name, bullet):
        there = theirs.get((side, word), set())
        if member in added and there and member not in there:
            found.append((member, " or ".join(sorted(there))))
    return found[:1]


# A source's word read as its member wherever it stands, for the place of a swap: "cervical spine" names no cervix,
# but a bullet's "ovarian spine" has put an organ where the source has "cervical" ("the neck", `_SETS["spine"]`)
_LOOSE: dict[str, dict[str, str]] = {"organ": {"the cervix": r"cervix\b|cervical\b"}}


def _beside(name: str, text: str, loose: dict[str, str] | None = None) -> list[tuple[str, int, str]]:
    """(member, side, the word's stem) for each member of set `name` that `text` names and the nearest content word
    on each side of it (side -1 before, 1 after) within its clause: no comma, bracket or full stop between, no other
    member of the set ("heart or lung disease": "disease" is beside "lung" only). `loose`: wordings of some members
    read without the words around them."""
    found = []
    for member, wordings in (_SETS[name] | (loose or {})).items():
        for m in at_word_start(wordings).finditer(text):
            before = [w for w in _CONTENT.findall(_CLAUSE.split(text[:m.start()])[-1]) if not is_stop_word(w)]
            after = [w for w in _CONTENT.findall(_CLAUSE.split(text[m.end():])[0]) if not is_stop_word(w)]
            for side, words in ((-1, before[-1:]), (1, after[:1])):
                if words and not any(at_word_start(w).match(words[0]) for w in _SETS[name].values()):
                    found.append((member, side, stem(words[0])))
    return found


_SHORT = re.compile(r"[\w-]+")
_GLOSSED_SHORT = re.compile(r"\(\s*[\w-]+\s*\)")


@lru_cache(maxsize=4096)  # one per criterion and bullet checked: a long-running service keeps no more
def _spelled_out(sources: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Each abbreviation of `sources` with what it stands for and its plain wordings, in each sense ("IV":
    "intravenous", "given into a vein", "four"; "ALT": "a liver enzyme …")."""
    return [(match.text, [wording for sense in getattr(match.entry, "senses", [])
                          for wording in (sense.expansion, sense.wording) if wording])
            for source in sources for match in Lexicon.load().find(source) if match.is_abbreviation]


@lru_cache(maxsize=4096)
def _term_wordings(sources: tuple[str, ...]) -> list[str]:
    """The plain wordings of the lexicon's terms in `sources` ("arrhythmias": "abnormal heart rhythms")."""
    return [wording for source in sources for match in Lexicon.load().find(source) if not match.is_abbreviation
            for wording in (getattr(match.entry, "plain", None), getattr(match.entry, "plain_plural", None)) if wording]


_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CLAUSE = re.compile(r"[,;:.()\[\]]")


# a gloss in brackets and the few words right before it: "an underactive thyroid (hyperthyroidism)"; a gloss is a few
# words with no list in them, not examples or exceptions ("cardiac (such as heart failure, stroke)")
_GLOSSED = re.compile(r"(?P<before>(?:[\w'’-]+[\s/]+){0,5}[\w'’-]+)\s*\((?P<inside>[^(),;]{1,60})\)")
_NOT_A_GLOSS = re.compile(
    r"\s*(?:such|e\.?g|i\.?e|includ\w*|except\w*|exclud\w*|no|not|other|for|like|especially|with|without|and|or|"
    r"as|in|of|on|at|if|unless|allowed|permitted)\b", re.IGNORECASE)


def _glosses(text: str) -> list[tuple[str, str, str]]:
    """(set, the words' members, the gloss's members) of each gloss in `text` naming other members of a set than the
    words right before it and not theirs."""
    found: list[tuple[str, str, str]] = []
    if "(" not in text:  # no bracket, no gloss: the pattern would be tried at every word for nothing
        return found
    for m in _GLOSSED.finditer(text):
        if _NOT_A_GLOSS.match(m.group("inside")) or len(m.group("inside").split()) > 8:
            continue
        before, inside = members(m.group("before")), members(m.group("inside"))
        for name, named in inside.items():
            theirs = before.get(name, set())
            if theirs and theirs.isdisjoint(named):
                found.append((name, m.group("before"), m.group("inside")))
    return found


def contradicted_glosses(bullet: str, sources: Sequence[str]) -> list[tuple[str, str]]:
    """(the words, their gloss) for each gloss in brackets in `bullet` that names another member of a set than the
    words right before it and not theirs ("hepatic (kidney)", "hepatitis B virus (HCV)", "low blood sugar
    (hyperglycemia)"): one of the two is wrong. Not where a source has such a gloss of the same set."""
    inherited = {name for source in sources for name, _, _ in _glosses(source)}
    return [(before, inside) for name, before, inside in _glosses(bullet) if name not in inherited]
