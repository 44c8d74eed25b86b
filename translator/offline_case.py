"""The source's first capital once an opening stands before it: "Metastatic disease" → "You have metastatic disease".

An opening ("You have ", "Your ", "You have had ") puts the source's first word mid-sentence, where its capital
only marked the start of the criterion. It is lowered when it is an ordinary word (`ordinary`) and keeps its
capital when it may be part of a name: a name or eponym ("Parkinson's disease", "Down syndrome",
"Karnofsky performance status"), a word of a Title Case name ("Major Depressive Disorder", "Diagnostic and
Statistical Manual", "Mini-Mental State Examination"). A word before a roman numeral, a letter or a number is
lowered like any other ("type I diabetes", "stage IV", "hepatitis B", "grade 2"): those are no names.

Only a word written capital-then-lower-case is ever lowered, so an abbreviation, a unit ("mL") or a gene name
("HER2", "BRCA1") is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from translator.lexicon import Lexicon
from translator.offline_case_words import EPONYM_AFTER, MORE_ORDINARY
from translator.offline_edits import Edit

# Words the opening rules themselves put after "Your"/"You have" ("Total bilirubin", "Under 18", "No prior …").
_OPENING_WORDS = (
    "total", "serum", "absolute", "direct", "fasting", "plasma", "blood", "urine", "under", "over", "below", "above",
    "at", "between", "older", "younger", "more", "less", "no", "not", "any", "all", "other",
)  # fmt: skip


# Ordinary words that open the name of a measure after "Your" ("Admission blood glucose", "Resting heart rate",
# "Affected body surface area", "Joint count", "Percent predicted FEV1", "Overall survival"), which neither list
# holds. Kept here, not in data/case_ordinary.txt: the data files are part of the checks' fingerprint, and these
# change no check.
_MEASURE_WORDS = ("admission", "affected", "joint", "percent", "resting", "survival", "overall")


def _word_list(name: str) -> frozenset[str]:
    text = (resources.files("translator") / "data" / name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def _names() -> frozenset[str]:
    return _word_list("case_names.txt")


@cache
def _lexicon_words() -> frozenset[str]:
    """The words of the lexicon's lower-case terms, and the common medical words of data/case_ordinary."""
    words: set[str] = set(_word_list("case_ordinary.txt"))
    for term in Lexicon.load().terms:
        for form in (term.term, *term.variants):
            if form.islower():
                words.update(re.findall(r"[a-z]+", form))
    return frozenset(words - _names())


@cache
def _ordinary_words() -> frozenset[str]:
    """Lower-case words: the lexicon's and data/case_ordinary's (`_lexicon_words`), and textstat's easy words."""
    words: set[str] = set(_OPENING_WORDS) | set(_MEASURE_WORDS) | set(MORE_ORDINARY) | _lexicon_words()
    easy = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    words.update(w for w in easy.read_text(encoding="utf-8").split() if w.islower())
    return frozenset(words - _names())


def ordinary(word: str) -> bool:
    """Whether `word`, written with a capital first letter, is an ordinary word (no name): safe to lower-case
    after "Your"/"You have". Plurals ("Diseases"), adverbs ("Inadequately") and participles ("Recorded") of such words
    count too."""
    if not (len(word) > 1 and word.isascii() and word[0].isupper() and word[1:].islower() and word.isalpha()):
        return False
    lower = word.lower()
    if lower in _names():
        return False
    known = _ordinary_words()
    stems = [lower]
    if lower.endswith("ies"):
        stems.append(lower[:-3] + "y")
    if lower.endswith("s"):
        stems.append(lower[:-1])
    if lower.endswith("ly"):
        stems.append(lower[:-2])
    if lower.endswith("ed"):  # "Recorded", "Estimated": the participle of an ordinary verb
        stems.extend((lower[:-2], lower[:-1]))
    return any(stem in known and stem not in _names() for stem in stems)


# After the word, what makes it part of a name: a possessive ("Crohn's", "Wilms'"), a capitalised word, directly or
# across a joining word ("Diagnostic and Statistical Manual", "Diseases of the Central Nervous System") or a numeral.
_POSSESSIVE = re.compile(r"[’']")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]"
_TITLE_NEXT = re.compile(
    # "Body Mass Index"; across joining words only into a run of two ("Diseases of the Central Nervous System",
    # not "Relapse of Clostridium difficile")
    rf"\s+{_CAPITALISED}|\s+(?:(?:and|of|the|for|&|in|on|to)\s+)+{_CAPITALISED}\S*\s+{_CAPITALISED}"
    rf"|\s+(?:de|du|la|von|van|der)\s+{_CAPITALISED}"  # "Torsades de Pointes": a name's particle
    # "Type 2 Diabetes Mellitus", "Stage IV Breast Cancer": a numeral inside the name
    rf"|\s+(?:\d+[A-Za-z]?|[IVX]+[A-Da-d]?|[A-Z])\s+{_CAPITALISED}"
)
# The rest of a compound ("Child-Pugh", "Mini-Mental", "Glucose-6-Phosphate", "Conditions/Diseases")
_COMPOUND = re.compile(r"(?:[-/][^\W_]+)+")
_NAMED_BY = re.compile(
    r"\s+(?:disease|syndrome|lymphoma|sarcoma|disorder|palsy|sign|phenomenon|anomaly|criteria|classification|scale|"
    r"score|test|index)\b",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def lowered(text: str, at: int) -> Edit | None:
    """The edit lowering the word at `at` (after spaces), or None when it keeps its capital."""
    m = _FIRST_WORD.match(text, at)
    if m is None:
        return None
    word, after = m.group(1), text[m.end(1) :]
    compound = _COMPOUND.match(after)
    if compound and re.search(rf"[-/]{_CAPITALISED}", compound.group()):
        return None  # "Child-Pugh", "Mini-Mental": a hyphenated name
    rest = after[compound.end() :] if compound else after  # "Non-small Cell Lung Cancer": the name goes on
    eponym = EPONYM_AFTER.match(rest) is not None  # "Advanced Alzheimer's disease": the name is the eponym's alone
    if not ordinary(word) or _POSSESSIVE.match(after) or (_TITLE_NEXT.match(rest) and not eponym):
        return None
    if _NAMED_BY.match(after) and word.lower() not in _lexicon_words():
        return None  # "Still disease", "Bell palsy": an easy word before a name's noun may be a name
    return Edit(m.start(1), m.end(1), word.lower(), "case")


# The last word of a Title Case run that names a condition, a lab value or a common procedure: such a run of
# ordinary words is no proper name ("Narrow-angle Glaucoma", "Major Depressive Disorder", "Total Bilirubin",
# "Superior Vena Cava Syndrome"), unlike a run ending in a scale, a test, an index or a group ("Body Mass Index",
# "Mini-Mental State Examination", "Diagnostic and Statistical Manual", "Eastern Cooperative Oncology Group").
_HEADS = frozenset({
    "disease", "diseases", "disorder", "disorders", "cancer", "cancers", "tumor", "tumors", "tumour", "tumours",
    "infection", "infections", "failure", "syndrome", "syndromes", "illness", "deficiency", "insufficiency",
    "dysfunction", "impairment", "malignancy", "carcinoma", "lymphoma", "leukemia", "leukaemia", "myeloma", "sarcoma",
    "melanoma", "metastases", "hypertension", "hypotension", "diabetes", "mellitus", "asthma", "hepatitis", "cirrhosis",
    "epilepsy", "angina", "arrhythmia", "fibrillation", "thrombosis", "embolism", "pancreatitis", "colitis",
    "psychosis", "depression", "dementia", "anemia", "anaemia", "neuropathy", "glaucoma", "allergies", "allergy",
    "incontinence", "infarction", "stroke", "obesity", "arthritis", "fibrosis", "bilirubin", "count", "clearance",
    "phosphatase", "transaminase", "aminotransferase", "expectancy", "capacity", "creatinine", "hemoglobin",
    "haemoglobin", "albumin", "transplantation", "transplant",
})  # fmt: skip
# Words of a name of a book, a scale, a body or a classification, wherever they stand in the run
_NAMING = frozenset({
    "manual", "scale", "index", "examination", "exam", "inventory", "criteria", "system", "group", "association",
    "society", "questionnaire", "test", "score", "classification", "institute", "organization", "center", "centre",
    "study", "trial", "version", "edition", "revision", "network", "consortium", "foundation", "registry",
})  # fmt: skip
_RUN_WORD = re.compile(rf"{_CAPITALISED}[a-z]*(?:-[A-Za-z]+)*")
_RUN_JOIN = re.compile(r"\s+(?:(?:and|of|the|in)\s+|(?:\d+|[IVX]+)\s+)?")


def ordinary_run(text: str, at: int) -> list[Edit]:
    """Edits lowering a Title Case run of ordinary words from `at` that ends in a condition, a lab value or a
    procedure (`_HEADS`): "You have Narrow-angle Glaucoma" → "You have narrow-angle glaucoma". None when a word of
    it may be a name (not `ordinary`, a possessive after it) or the run names something else."""
    words: list[re.Match[str]] = []
    m = _RUN_WORD.match(text, at)
    while m is not None:
        words.append(m)
        join = _RUN_JOIN.match(text, m.end())
        m = _RUN_WORD.match(text, join.end()) if join else None
    if len(words) < 2 or _POSSESSIVE.match(text, words[-1].end()) or words[-1].group().lower() not in _HEADS:
        return []
    if any(word.group().lower() in _NAMING for word in words):
        return []  # "Diagnostic and Statistical Manual of Mental Disorders" ends in a condition but names a book
    edits = []
    for word in words:
        parts = word.group().split("-")
        if any(part[:1].isupper() and not ordinary(part) for part in parts) or _POSSESSIVE.match(text, word.end()):
            return []
        edits.append(Edit(word.start(), word.end(), word.group().lower(), "case"))
    return edits


@cache
def _lower_case_terms() -> frozenset[str]:
    """The lexicon's terms of more than one word that it writes in lower case ("body mass index")."""
    forms = (form for term in Lexicon.load().terms for form in (term.term, *term.variants))
    return frozenset(form for form in forms if form.islower() and " " in form)


_TITLE_RUN = re.compile(rf"{_CAPITALISED}[a-z]*(?:\s+{_CAPITALISED}[a-z]*)+(?![\w'’-]|\s+{_CAPITALISED})")


def term_run(text: str, at: int) -> list[Edit]:
    """Edits lowering a Title Case run at `at` that is, whole, a term the lexicon writes in lower case: "Your Body
    Mass Index (BMI)" → "Your body mass index (BMI)", "Your White Blood Cell count" → "Your white blood cell count".
    A common term in capitals is no name; a run longer than the term ("Body Mass Index Score"), going on into another
    capital, or with a word of a name in it ("Karnofsky Performance Status", "World Health Organization") keeps its
    case."""
    m = _TITLE_RUN.match(text, at)
    if m is None or " ".join(m.group().split()).lower() not in _lower_case_terms():
        return []
    # the lexicon matches without case, so a name is among its lower-case terms too ("karnofsky performance status",
    # "world health organization", "mini mental state examination"): a word that may be a name, or that names a
    # body, a scale or a test, keeps the run's capitals ("index" aside: "Body Mass Index" measures, it names nothing)
    words = list(re.finditer(r"\S+", m.group()))
    if not all(ordinary(w.group()) for w in words) or any(w.group().lower() in _NAMING - {"index"} for w in words):
        return []
    return [Edit(m.start() + w.start(), m.start() + w.end(), w.group().lower(), "case") for w in words]


def _opening(text: str, edit: Edit) -> bool:
    start = len(text) - len(text.lstrip())
    return edit.what == "person" and edit.start == start and edit.text.startswith(("You", "Your", "If you"))


def case_edits(text: str, person: Sequence[Edit]) -> list[Edit]:
    """Lower-case the source's first word after the opening among `person` (the edits that put `text` in the
    second person), unless the rules already did ("Your serum …") or it may be a name."""
    opening = next((e for e in person if _opening(text, e)), None)
    if opening is None:
        return []
    # the word the opening now precedes: the first the opening did not itself replace
    edit = lowered(text, opening.end)
    first = _FIRST_WORD.match(text, opening.end)
    run = [edit] if edit is not None else ordinary_run(text, first.start(1)) if first else []
    run = run or (term_run(text, first.start(1)) if first else [])
    if not run or any(e.start <= run[0].start < e.end for e in person if e is not opening):
        return []
    return run


def lowered_wordings(source: str, edits: Sequence[Edit]) -> list[Edit]:
    """`edits` with a plain or lexicon wording of the source's first word lowered once an opening is inserted before
    it ("Documented HBV DNA > 1000" → "Your recorded HBV DNA …", not "Your Recorded …"; "Anticipated life
    expectancy" → "Your expected life expectancy"): the wording took the capital that marked the criterion's start,
    and an ordinary word (`ordinary`) needs none mid-sentence. A wording that is not an ordinary word keeps it."""
    start = len(source) - len(source.lstrip())
    opening = any(
        e.what == "person" and e.start == e.end == start and e.text.startswith(("You", "Your", "If you")) for e in edits
    )
    if not opening:
        return list(edits)
    said = []
    for edit in edits:
        word = _FIRST_WORD.match(edit.text)
        if edit.start == start and edit.what in ("term", "plain") and word and ordinary(word.group(1)):
            rest = edit.text[word.end(1) :]
            if not _POSSESSIVE.match(rest) and not _TITLE_NEXT.match(rest):  # not a wording that is a name
                edit = Edit(edit.start, edit.end, edit.text[: word.start(1)] + word.group(1).lower() + rest, edit.what)
        said.append(edit)
    return said
