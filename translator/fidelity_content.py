"""Words a translation lost: a run of a criterion's content words that no bullet citing it says.

The fact checks compare numbers, units, windows and negations; a clause with none of those ("taking ACE
inhibitors", "or a history of stroke") can be left out of a bullet and no fact is missing. Here each criterion's
content words (not function words, not the boilerplate every rewrite drops: "patients", "must", "excluded") are
looked up in the bullets that cite it, compared by stem ("inhibitors" is "inhibitor", "anaesthesia" is
"anesthesia"); a lexicon term the bullets say in its plain wording ("heart attack" for "myocardial infarction") or
its abbreviation's expansion counts as said. A run of `MIN_RUN` or more content words in a row, none of them said,
is a clause the bullets may have dropped, for an editor to look at; `ERROR_RUN` or more is an error. A plain
rewrite changes single words ("contraindications" → "medical reason against"), sometimes three in a row ("Adequate
hepatic function" → "Your liver works well enough"), so the run length is what keeps faithful paraphrases clear:
measured over the offline bullets of the corpus (43,057 criteria) and the 344 hand-written paraphrases, runs of
three words come up in 6 and 10 of them, runs of four in none. A medicine's name is compared alone: it has no plain
wording for a bullet to put instead (`dropped_medicines`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from translator.facts import FactKind, extract_facts
from translator.fidelity_abbreviated import said_spans
from translator.fidelity_codes import dropped_codes
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.lexicon_entries import AbbreviationEntry, Kind, TermEntry
from translator.text_memo import TEXTS, memo_by_text

MIN_RUN = 3  # a run this long is a warning: an editor looks
ERROR_RUN = 4  # this long, an error: no faithful paraphrase of the corpus or the hand-written set rewords 4 in a row
STEM = 5  # letters compared: "inhibitors"/"inhibition"/"inhibit" alike; lenient on purpose

_WORD = re.compile(r"[A-Za-z]+")
# Function words, and the words of a criterion's frame that a rewrite to the reader drops or changes by design
# ("Patients with X will be excluded" → "You have X"): not what the criterion is about.
_STOP_WORDS = """
a about above across after again against all also am an and another any are as at be because been before being below
between both but by can could did do does doing done during each either else etc even ever every for from further
had has have having he her here hers him his how i if in into is it its itself just may me might more most must my
neither no nor not now of off on once only or other others otherwise our out over own per same shall she should
since so some such than that the their them then there these they this those though through thus to too under
until up upon us very via was we were what when where whether which while who whom whose why will with within
without would yet you your e g eg ie i.e. vs
patient patients subject subjects participant participants person persons people individual individuals
volunteer volunteers candidate candidates study studies trial trials criteria criterion eligible eligibility
ineligible include included including inclusion exclude excluded excluding exclusion allowed permitted
following follows defined define defines definition meet meets meeting met requirement requirements required
require requires need needs needed undergo undergoes undergone able unable willing unwilling agree agrees agreed
known history documented evidence presence current currently prior previous previously past recent recently
any case cases
less greater equal least most than above below over under exceed exceeds exceeding maximum minimum upper lower
limit limits times time episode episodes potential cells cell ii iii iv vi vii viii ix xi xii
men women man woman male males female females mother mothers age ages aged old year years yrs
"""
_STOP = frozenset(_STOP_WORDS.split())

# Everyday words a plain rewrite puts for these (each group compares as one): a bullet that says "your health
# problem, in the study doctor's view" has said "medical condition, in the opinion of the investigator".
_SAME = (
    "medical medically clinical clinically health",
    # "dysfunction": "organ system dysfunction" said as "organ system problem", "renal dysfunction" as "a kidney
    # problem"
    "condition conditions problem problems illness disease disorder dysfunction",
    "opinion judgment judgement view discretion", "ability able capable", "willingness willing",
    "comply compliance follow adhere", "therapy therapies treatment treatments treated therapeutic",
    "surgical surgery surgeries operation", "nursing breastfeeding lactating lactation",
    "participate participating participation part join enrol enroll enrolment enrollment",
    "physician doctor investigator clinician", "discontinued stopped stop", "provide give",
    "anticipated expected planned", "interfere affect", "examination exam", "laboratory lab",
    "childbearing pregnant pregnancy reproductive", "loss lost lose", "gain gained",
    "felt thought considered believed", "due caused cause because", "inability unable", "unwillingness unwilling",
    # The offline bullets say "get pregnant" where the source and the lexicon's plain wordings say "become
    # pregnant": without this, a list item cut next to that wording is no longer located as cut. Not "getting":
    # it also says "receiving" ("men getting MK-3475"), and read as "become" it hides that item's neighbour.
    "become becoming becomes became get gets got",
    # What caused an infection, said as the adjective or as the germ ("bacterial, viral or fungal infection" said as
    # "an infection caused by bacteria, viruses or fungi").
    "viral virus viruses", "fungal fungus fungi funguses", "bacterial bacteria bacterium",
    "simultaneous simultaneously concurrent concurrently",
    # "surgical resection of curative intent" said as "removed by surgery aimed at cure"
    "resection resected resect removal removed remove", "curative cure cured",
    # "is not intended to contain all considerations" said as "is not meant to cover every consideration"
    "intent intention intended aim aimed meant",
    # "pregnancies terminated medically or voluntary" said as "ended for medical reasons or by choice"
    "voluntary voluntarily choice",
    # "had to discontinue due to intolerability (regardless of treatment duration)" said as "had to stop it because
    # you could not tolerate it (no matter how long you took it)"
    "intolerability intolerance intolerant intolerable tolerate tolerated", "regardless irrespective matter",
    "duration long",
    "diet dietary",  # "dietary measures" said as "diet"
    # "perform SMBG testing" said "check your blood sugar"; "as assessed by history" said "as checked by history"
    "test tests testing tested check checks checking checked assess assessed assessing",
    # "oral or injectable corticosteroids" said as "corticosteroids taken by mouth or injected": the route in words
    "oral orally pill pills capsule capsules mouth",  # "oral progestins" said "progestin pills" (not "tablet": "table")
    "injectable injection injections injected inject",
    "interrupt interrupted interrupting interruption pause paused pausing",  # "cannot interrupt" said "cannot pause"
    "prophylaxis prophylactic prevention preventive",  # "ARV prophylaxis/treatment" said "ARV prevention or treatment"
    "radiologically radiological radiologic radiographically radiographic imaging",  # "radiologically confirmed"
    # "unresponsive to irradiation" said "did not respond to radiation" (not "radio-", which also opens imaging words)
    "radiation irradiation",
    # "vitamin D deficiency …, repletion will be allowed" said "you may take supplements to correct it": what tops up a
    # level the body lacks
    "repletion replete repleted supplement supplements supplementation",
)


@lru_cache(maxsize=32_768)  # every word of every source and bullet, again and again: "patients" thousands of times
def _stem(word: str) -> str:
    stem = _raw_stem(word)
    return _GROUP.get(stem, stem)


def _raw_stem(word: str) -> str:
    w = word.casefold().replace("ae", "e").replace("oe", "e")
    w = re.sub(r"our$", "or", w)
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    # "hyper-"/"hypo-" words part after their prefix: "hypercalcemia" is not "hypercalciuria" ("hyper" alike).
    prefix = _PREFIX.match(w)
    return w[: STEM + (prefix.end() if prefix else 0)]


_PREFIX = re.compile(r"hyper|hypo")


_CHILDBEARING = re.compile(r"child[- ]?bearing", re.IGNORECASE)
# "Tissue or cell tests" is the plain wording of "histologically or cytologically": before a word for a test, "tissue"
# says histology and "cell" (a stop word elsewhere) cytology. Only there: "soft tissue", "cell count" say neither.
_TESTED = {"tissue": "histology", "cell": "cytology", "cells": "cytology"}
# ("tissue, cell or imaging tests": a list of three under one "tests")
_TEST_AFTER = re.compile(r"(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:tissue|cells?|imaging))*"
                         r"\s+(?:tests?|testing|samples?|exams?|examinations?|analys[ie]s)\b", re.IGNORECASE)
_GROUP = {_raw_stem(word): group.split()[0] for group in _SAME for word in group.split()}


@memo_by_text()  # read for each check of a criterion or bullet, by the item and deleted-item checks too
def _content(text: str) -> list[tuple[int, int, str]]:
    """Each content word of `text`: its span and stem."""
    words = []
    # One word, padded to the same length so that spans still point into `text`.
    text = _CHILDBEARING.sub(lambda m: "childbearing".ljust(len(m.group())), text)
    for m in _WORD.finditer(text):
        word = _said_as(text, m)
        if is_stop_word(word):
            continue
        words.append((m.start(), m.end(), _stem(word)))
    return words


def _said_as(text: str, m: re.Match[str]) -> str:
    """The word `m` of `text`, or what it says before a word for a test ("tissue tests" say histology)."""
    tested = _TESTED.get(m.group().casefold())
    return tested if tested is not None and _TEST_AFTER.match(text, m.end()) else m.group()


def is_stop_word(word: str) -> bool:
    """A function word, a word of a criterion's frame, or a short lower-case one: not what a criterion is about."""
    return word.casefold() in _STOP or (len(word) < 3 and not word.isupper())


@lru_cache(maxsize=TEXTS)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem for _, _, stem in _content(text))


# Small caches: a check reads each bullet and source once per criterion citing it, and a mutation suite checks each
# case once per planted error; a long-running service must not keep every text it ever checked.
# A "mini-stroke" is a transient ischemic attack, not a stroke: it does not say a source's "stroke" ("cerebrovascular
# accident or transient ischemic attack" said as "a mini-stroke (transient ischemic attack)" has lost the stroke).
_MINI_STROKE = re.compile(r"\bmini[- ]?strokes?\b", re.IGNORECASE)
# "at the same time" is all function words: it says "simultaneously" ("intolerant to imatinib simultaneously" said
# "… to imatinib at the same time" lost no word).
_SAME_TIME = re.compile(r"\bat\s+the\s+same\s+time\b", re.IGNORECASE)
# "treatment-related adverse events" said "side effects from its treatment": the plain name of adverse events
_SIDE_EFFECTS = re.compile(r"\bside[\s-]+effects?\b", re.IGNORECASE)


_HYPHENED = re.compile(r"\b([A-Za-z]{2,})-([a-z]{3,})\b")
_JOINED = re.compile(r"\b(anti|non|pre|post|inter|intra|multi|semi)([a-z]{4,})\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _said(text: str) -> frozenset[str]:
    """What a bullet says, as stems: every word (a source's "agreement" is said by "you agree"), and for each
    lexicon entry in it what it stands for ("ECOG" says "Eastern Cooperative Oncology Group")."""
    text = _MINI_STROKE.sub("transient ischemic attack", text)
    text = _SAME_TIME.sub("simultaneously", text)
    said = {_stem(_said_as(text, m)) for m in _WORD.finditer(text)}
    # "anti-histamine" said "antihistamine", and the other way round: one word, hyphened or not
    said |= {_stem(m.group(1) + m.group(2)) for m in _HYPHENED.finditer(text)}
    said |= {_stem(part) for m in _JOINED.finditer(text) for part in (m.group(1), m.group(2))}
    if _SIDE_EFFECTS.search(text):
        said |= _stems("adverse events")
    for match in Lexicon.load().find(text):
        for other in (match.plain if match.is_abbreviation else None, getattr(match.entry, "term", None)):
            said |= _stems(other or "")
    return frozenset(said)


@lru_cache(maxsize=4096)
def _terms(source: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """`source`'s lexicon entries: span, and each wording that says the same, as stems (all must be said)."""
    found = []
    for match in Lexicon.load().find(source):
        for other in (match.plain, match.replacement, getattr(match.entry, "term", None)):
            if other and (stems := _stems(other)):
                found.append((match.start, match.end, frozenset(stems)))
    return tuple(found)


# The same criterion and bullets are read by `check_rendering` and again by `check` on the whole translation (and by an
# LLM answer's validator): what they leave out is read once (translator.text_memo).
@memo_by_text()
def dropped_runs(source: str, bullets: Iterable[str], min_run: int = MIN_RUN) -> list[tuple[int, int, int]]:
    """Runs of `min_run` or more content words of `source` in a row that none of `bullets` says: span and length.

    A lexicon term counts as said when every content word of its plain wording is: a long gloss ("a type of
    blood pressure medicine") shares a word or two with any bullet about the heart."""
    texts = list(bullets)
    said: set[str] = set()
    for text in texts:
        said |= _said(text)
    # an abbreviation in brackets says the words before it that it stands for ("the NIAAA criteria")
    covered = [(a, b) for a, b, stems in _terms(source) if stems <= said] + said_spans(source, texts)
    runs: list[tuple[int, int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end, stem in [*_content(source), (len(source), len(source), "")]:
        if stem and stem not in said and not any(a <= start and end <= b for a, b in covered):
            run.append((start, end))
            continue
        if len(run) >= min_run:
            runs.append((run[0][0], run[-1][1], len(run)))
        run = []
    return runs


# Medicine names by the endings of their international nonproprietary names ("-mab", "-tinib", "-azole",
# "-statin", …): a name has no plain wording for a bullet to put instead, so one that no bullet says is left out,
# even alone ("For example, spironolactone, flutamide, bicalutamide, cimetidine" → "…, bicalutamide").
_MEDICINE = re.compile(
    # supplements named as medicines, with no stem ending to tell them ("fish oil, EPA, over the counter niacin")
    r"niacin|melatonin|glucosamine|carnitine|thiamine|mercaptopurine|thioguanine|"
    r"[A-Za-z]{3,}(?:mab|nib|ciclib|parib|zomib|lisib|statin|pril|sartan|artan|olol|dipine|azole|conazole|cillin"
    r"|floxacin|xacin|mycin|micin|amycin|cycline|vir|virine|platin|taxel|rubicin|citabine|tecan|semide|thiazide"
    r"|gliptin|glitazone|formin|triptan|setron|prazole|tidine|lukast|arin|xaban|gatran|grel|dronate|sone|solone"
    r"|terol|tropium|oxetine|pramine|triptyline|azepam|zolam|azepine|apine|peridol|codone|morphone|fentanil|caine"
    r"|profen|coxib|fenac|relin|relix|lutamide|trozole|mustine|limus|cept|mide|phine|afil|asidone|peridone)",
    re.IGNORECASE,
)


@memo_by_text()
def dropped_medicines(source: str, bullets: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the medicine names in `source` that none of `bullets` says."""
    said: set[str] = set()
    for text in bullets:
        said |= _said(text)
    named = [(m.start(), m.end()) for m in _WORD.finditer(source)
             if _MEDICINE.fullmatch(m.group()) and _stem(m.group()) not in said]
    # A medicine the lexicon names with no stem ending to tell it ("phenytoin (Dilantin®)"): left out the same way when
    # no bullet says its name or a wording of it ("a seizure medicine"). Not a class of medicines ("antimicrobial"
    # said as "treatment against germs"): a class has everyday wordings the lexicon does not list.
    return named + [(m.start, m.end) for m in Lexicon.load().find(source)
                    if isinstance(m.entry, TermEntry) and m.entry.kind is Kind.DRUG
                    and not any(a <= m.start and m.end <= b for a, b in named)
                    and not (_stems(source[m.start:m.end]) & said)
                    and not any((stems := _stems(w or "")) and stems <= said
                                for w in (m.plain, m.replacement, m.entry.term))]


@memo_by_text()
def dropped_abbreviations(source: str, bullets: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the lexicon's abbreviations in `source` ("AS", "MI", "COPD") that none of `bullets` says: neither
    its letters nor every word of what one of its senses stands for or is put as. One word, but a disease or a test
    by itself: "Active AS assessed by BASDAI ≥ 4" said as "You have active disease …" has lost what is active."""
    texts = list(bullets)
    said: set[str] = set()
    for text in texts:
        said |= _said(text)
    facts = [(f.start, f.end) for f in extract_facts(source) if f.kind is not FactKind.NEGATION]
    joined = " ".join(texts).lower()
    dropped = []
    for match in Lexicon.load().find(source):
        entry = match.entry
        if not isinstance(entry, AbbreviationEntry) or (match.sense is not None and match.sense.word):
            continue  # an English word written in capitals ("AS", "ALL" as words) is the source's wording
        if any((a < match.end and match.start < b) or source[match.end : a].isspace()
               or re.fullmatch(r"\s*\(\s*", source[b:match.start]) for a, b in facts):
            continue  # part of a fact ("stage III", "1,500/uL") or the scale right before one ("NYHA class III"), or
            # its unit's short form in brackets ("3.5-14 thousand/microliter (MCL)", said "per µL"): the fact checks
            # compare it, and which scale a level is on
        letters = re.compile(rf"(?<![A-Za-z0-9]){re.escape(match.text)}(?![A-Za-z0-9])")
        if any(letters.search(text) for text in texts):
            continue
        # what each sense stands for, its plain wording, and the name its gloss opens with ("RT": "radiotherapy",
        # glossed "radiation therapy: treatment with high-energy rays …")
        wordings = [w for sense in entry.senses for w in (sense.expansion, sense.wording, _glossed_name(sense.plain))
                    if w]
        # a wording of function words only ("PRN": "as needed") is looked for as written
        if not any(_stems(w) <= said if _stems(w) else w.lower() in joined for w in wordings) and not any(
                _named_by_disease(w, source, joined) for w in wordings):
            dropped.append(match.span)
    return dropped


_VIRUS = re.compile(r"\s+virus$", re.IGNORECASE)


def _named_by_disease(wording: str, source: str, joined: str) -> bool:
    """Whether the bullets (`joined`, lower case) name a virus by the disease it is named for, as written ("HCV
    infection" said "hepatitis C infection"): "hepatitis B" is another virus, and a source that writes the disease
    itself leaves the bullets' words to that."""
    if not _VIRUS.search(wording):
        return False
    disease = re.compile(rf"(?<![\w-]){re.escape(_VIRUS.sub('', wording).lower())}(?![\w-])")
    return bool(disease.search(joined)) and not disease.search(source.lower())


def _glossed_name(gloss: str | None) -> str | None:
    return gloss.split(":", 1)[0] if gloss and ":" in gloss else None


def content_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                     raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """A finding for each run of `source`'s words, and each medicine name, that the `bullets` citing it (index,
    text) leave out."""
    texts = [text for _, text in bullets]

    def finding(start: int, end: int, error: bool, message: str) -> Finding:
        return Finding(check="content_missing", severity=Severity.ERROR if error else Severity.WARNING,
                       message=f"{source_id}: the bullets citing it {message}", criterion_id=source_id,
                       bullet_index=bullets[0][0], source_span=raw_of(start, end) if raw_of else None)

    findings = []
    reported = []
    for start, end, length in dropped_runs(source, texts):
        error = length >= ERROR_RUN
        quote = f"do not say “{source[start:end]}”"
        findings.append(finding(start, end, error, quote if error else quote + " (reworded, or left out?)"))
        if error:
            reported.append((start, end))
    for start, end in sorted({*dropped_medicines(source, texts), *dropped_abbreviations(source, texts),
                              *dropped_codes(source, texts)}):
        if not any(a <= start and end <= b for a, b in reported):
            findings.append(finding(start, end, True, f"do not name “{source[start:end]}”"))
    return findings


def word_group(word: str) -> str | None:
    """The everyday word group that has `word` as written, or its singular (`_SAME`: "exam" and "examination" are one
    word; not "interferon", which shares five letters with "interfere")."""
    w = word.casefold()
    return _WORD_GROUP.get(w) or (_WORD_GROUP.get(w[:-1]) if w.endswith("s") else None)


_WORD_GROUP = {word: group.split()[0] for group in _SAME for word in group.split()}


# For translator.fidelity_items, which compares a list's items the same way.
stem = _stem
content_words = _content
said_stems = _said
term_wordings = _terms
stems_of = _stems
MEDICINE = _MEDICINE
