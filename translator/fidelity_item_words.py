"""The words of a list item that say what a criterion is about: a medical term, a medicine's name, a rare word.

`translator.fidelity_items` reports an item that keeps some of its words and loses one of these; an item that changes
only everyday words is reworded, not left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from functools import lru_cache
from itertools import pairwise

from translator.facts import Fact, FactKind
from translator.fidelity_abbreviated import said_spans
from translator.fidelity_content import MEDICINE, content_words, term_wordings
from translator.fidelity_negations import facts_of
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry
from translator.syllables import english_words

# A word that says what a criterion is about, not how: a lexicon term of a medical kind, a medicine's name, or a
# word no general English dictionary has ("cobicistat", "periocular"). Everyday words ("receiving", "associated
# with") are what a plain rewrite changes one at a time, so an item that keeps some of its words and changes such a
# word is reworded, not left out.
_MEDICAL_KINDS = frozenset({"anatomy", "condition", "drug", "drug_class", "gene", "lab", "procedure", "symptom",
                            "test", "treatment"})


def rare(word: str) -> bool:
    """A medicine's name, or a word no general English dictionary has ("bronchiectasis", "pneumoconiosis"); a
    name's possessive is the name ("Bazett's formula")."""
    word = word.removesuffix("'s").removesuffix("’s")
    return bool(MEDICINE.fullmatch(word)) or (
        len(word) >= 5 and word.isalpha() and not word.isupper() and word.casefold() not in english_words())


def unsaid_acronym(source: str, start: int, end: int, bullets: Sequence[str]) -> bool:
    """Whether the word at `start`:`end` of `source` is an acronym ("XELOX", "PCNSL") that no bullet writes. Its
    letters are its only wording but a lexicon entry's (which `glossed` reads), so an item of one that no bullet
    says is left out ("mFOLOFX6 or XELOX" said as "mFOLOFX6"). Not one spelled out in brackets right after it ("LVH
    (Left Ventricular Hypertrophy)", words from its first letter): a bullet may say the words alone."""
    word = source[start:end]
    letters = [c for c in word if c.isalpha()]
    spelled = _SPELLED_AFTER.match(source, end)
    if len(letters) < 3 or not all(c.isupper() for c in letters) or (
            spelled and spelled.group(1).casefold() == letters[0].casefold()):
        return False
    return not any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for text in bullets)


_SPELLED_AFTER = re.compile(r"\s*[(\[]\s*([A-Za-z])")


def unsaid_whole(source: str, item: tuple[int, int], inside: Sequence[tuple[int, int]], said: Set[str],
                 bullets: Sequence[str]) -> bool:
    """Whether an `item` of `source` none of whose content words (`inside`) the bullets say is left out however its
    neighbours are said.

    A rare word has no everyday wording to be said by but its lexicon's, any word of which a bullet may put ("widened
    airways" for "bronchiectasis"): an item with one that a bullet says neither way, nor any of its other words ("using
    Bazett's formula"), is left out. So is one with an acronym. So is a bare phrase of two or more content words that
    a comma, a full stop or a bracket ends ("or hip replacement,", "and iron deficiency,", "or study drug
    administration,"), no word of which a bullet says by its lexicon's wording either, and none of a medical term
    (which has everyday wordings the lexicon does not list: "cardiac arrhythmia" said "an irregular heartbeat"): a
    rewording keeps a word of such a name or says it by its lexicon's wording, where a clause
    ("as specified in the protocol", "requiring assistance of another person") is said in words of its own. Measured
    over the offline bullets of the corpus and Chia and every hand-written paraphrase: no such phrase is reported."""
    unglossed = [(a, b) for a, b in inside if not glossed(source, a, b, item, said)]
    return any(rare(source[a:b]) or unsaid_acronym(source, a, b, bullets) for a, b in unglossed) or (
        len(unglossed) == len(inside) >= 2 and not any(specific(source, a, b) for a, b in inside)
        and _bare_phrase(source, *item))


# A content word of a source: span, the stems that say it, whether a bullet does, its own stem, and the wordings that
# say it (its own stem, each lexicon wording of a term it is in).
Word = tuple[int, int, frozenset[str], bool, str, list[frozenset[str]]]


def said_by_others(inside: Sequence[Word], own: Counter[str], told: Counter[str],
                   beside: Sequence[frozenset[str]]) -> bool:
    """Whether an item whose words the bullets all say is said only by other words with its stems: five letters
    compared, "neuromuscular" is said by "neurological". It is when the bullets say each of its stems fewer times than
    the source does (`own`, `told`: stems counted in the source and the bullets), and no word beside it has its stems or
    its wordings' (where "radiotherapy, radiosurgery" is said as "radiation treatment, radiosurgery", or "hemorrhage/
    bleeding" as "bleeding/bleeding", the rewording leaves one copy fewer and a neighbour in the item's place: no sign
    that the item is gone)."""
    return all(own[w[4]] > told[w[4]] and not any(w[2] & stems for stems in beside) for w in inside)


def term_units(words: Sequence[Word], terms: Sequence[tuple[int, int]]) -> list[Word]:
    """The words, with those of one lexicon term the bullets say in its wording joined into one: "myocardial
    infarction" said as "heart attack" is one neighbour, not two words each to be said on its own."""
    units: list[Word] = []
    for word in words:
        last = units[-1] if units else None
        if last is not None and any(a <= last[0] and word[1] <= b for a, b in terms):
            covering = [frozenset({*last[5][0], *word[5][0]}),
                        *(c for c in word[5][1:] if c in last[5][1:])]
            units[-1] = (last[0], word[1], last[2] | word[2], last[3] and word[3], last[4], covering)
        else:
            units.append(word)
    return units


def unwritten_rare(source: str, inside: Sequence[Word], bullets: Sequence[str]) -> bool:
    """Whether an item whose words the bullets all say by their stems (five letters compared) has a rare word of nine
    letters or more that the bullets say only by another word with its stem, which no lexicon wording says for it:
    "gastritis, gastroduodenitis" said as "gastritis" keeps the stem "gastr" with the neighbour, and the rare word,
    which has no everyday wording to be said by, is gone. Written is a word whose first eight letters a bullet's word
    has, or all but its last three (an ending said otherwise: "Relapsers" as "relapsed"), or with a letter the
    record lost or added ("resecable" said "resectable", "Diagnositic" said "Diagnostic"). Not a word of words an
    abbreviation the bullets write spells out ("chimeric antigen receptor-transduced [CAR-T]" said "CAR-T")."""
    written = [_spelled(w) for text in bullets for w in _LETTER_RUN.findall(text)]
    abbreviated = said_spans(source, bullets)

    def unwritten(word: str) -> bool:
        spelled = _spelled(word)
        return any(other[:5] == spelled[:5] for other in written) and not any(
            _shared(spelled, other) >= min(len(word) - 3, 8) or _one_letter_short(spelled, other)
            or _one_letter_short(other, spelled) for other in written)

    # an item of rare words alone: one with an everyday word ("other dermatologic condition") may say its rare word
    # in a plain word no lexicon lists ("other skin condition", beside "dermatitis" with the stem "derma")
    return all(rare(source[w[0]:w[1]]) for w in inside) and any(
        len(word := source[w[0]:w[1]]) > 8 and not w[5][1:] and unwritten(word)
        and not any(a <= w[0] and w[1] <= b for a, b in abbreviated) for w in inside)


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _spelled(word: str) -> str:
    return word.casefold().replace("ae", "e").replace("oe", "e")


def _shared(word: str, other: str) -> int:
    """How many first letters two words share."""
    return next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))


def lost_rare(source: str, item: tuple[int, int], inside: Sequence[Word], said: Set[str], own: Counter[str],
              told: Counter[str]) -> bool:
    """Whether an item that keeps some of its words lost a rare one with them ("Type 1 diabetes, monogenic diabetes,
    …" said as "type 1 diabetes, diabetes caused by …"): a rare word no bullet says, by itself or by a word of its
    lexicon wording, where the bullets say each word the item keeps fewer times than the source does, counted by each
    word's own stem (`own`, `told`; not by a lexicon wording another term shares: "investigational agents" is no copy
    of "drugs"). A rare word has no everyday wording to be said by, and the word it leaned on lost a copy: the item is
    left out, wherever its neighbours went. Where the rare word is reworded ("other nephrotoxic drugs" said as "other
    drugs that can harm the kidneys") the word it leans on keeps its copy.

    So is a word of a medical term ("controlled basal cell carcinoma of the skin" among other carcinomas of the skin),
    or the word right before the item's last word, which it keeps ("tubal factor" after "male factor", "combined
    contraceptive" after hormonal ones, "catheter thrombosis" after other thrombosis): the word that tells the item
    from its neighbours, gone with the copy of the words they share. Not one before another modifier ("consistent
    clinical syndrome" said as "symptoms that fit the illness", "clinical" said by "the clinical picture"): a
    rewording of a longer phrase drops its words one by one. Nor a verb of taking ("receiving immunosuppressive
    medications" said as "getting …"): it tells the item from nothing."""
    if not all(own[w[4]] > told[w[4]] for w in inside if w[3]):
        return False
    # the item keeps a word as written, not only by an abbreviation that stands for it all ("CT" said for
    # "Computerized Axial Tomography": "tomography" is its expansion's)
    written = any(told[w[4]] for w in inside if w[3])
    leading = [w for w, last in pairwise(inside[-2:]) if last[3] and not source[w[1]:last[0]].strip(" -")
               and source[w[0]:w[1]].casefold() not in _TAKING]
    return any((rare(source[w[0]:w[1]]) or (written and (specific(source, w[0], w[1]) or w in leading)))
               and not glossed(source, w[0], w[1], item, said) for w in inside if not w[3])


# Verbs of taking a treatment: no word that tells an item from its neighbours, and said in other verbs ("subject
# receiving immunosuppressive medications" as "you are getting immunosuppressive medicines", NCT01964430).
_TAKING = frozenset(["receiving", "taking", "using", "having", "getting", "undergoing"])

# Words that make a phrase a clause or a frame, not a name: an item with one is no bare phrase.
FUNCTION = frozenset("""a an the of in that with as from for to by would which who whom at on is are be been any other
such this these those following or and nor not no may might could should will can if than""".split())  # noqa: SIM905
_PHRASE_END = re.compile(r"\s*(?:[,;.)]|$)")


def _bare_phrase(source: str, start: int, end: int) -> bool:
    return not any(w.casefold() in FUNCTION for w in re.findall(r"[A-Za-z]+", source[start:end])) and bool(
        _PHRASE_END.match(source, end))


def specific(source: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` of `source` is rare, or part of a medical term of the lexicon."""
    return rare(source[start:end]) or any(a <= start and end <= b for a, b in _medical_terms(source))


@lru_cache(maxsize=1024)
def _medical_terms(source: str) -> tuple[tuple[int, int], ...]:
    """The spans of `source`'s lexicon terms of a medical kind: looked up once per source, not once per word."""
    return tuple((m.start, m.end) for m in Lexicon.load().find(source)
                 if isinstance(m.entry, TermEntry) and m.entry.kind.value in _MEDICAL_KINDS)


def glossed(source: str, start: int, end: int, item: tuple[int, int], said: Set[str]) -> bool:
    """Whether the bullets say the word at `start`:`end` of `source` by a word of a lexicon wording of a term it is
    in ("widened airways" for "bronchiectasis"). Not by a word the rest of the source says or glosses itself, outside
    the `item`: "GLP-1" of "GLP-1 receptor agonist (e.g., exenatide or liraglutide)" is no sign of "liraglutide"
    ("a GLP-1 medicine"), nor "ECG" of the bullet's gloss of "QTc" one of "Bazett's formula" (a formula "which adjusts
    the QT interval on an ECG for heart rate")."""
    wordings = term_wordings(source)
    outside = {s for a, b, s in content_words(source) if b <= item[0] or a >= item[1]}
    outside = outside.union(*(stems for a, b, stems in wordings if b <= item[0] or a >= item[1]))
    return any(a <= start and end <= b and (stems - outside) & said for a, b, stems in wordings)


# An item that negates or excepts is a negation's business (`negation_dropped`), not a list's; "non-" that opens a
# name is no negation ("non-melanoma skin carcinoma" is a kind of cancer an exception names, and a list item).
_NEGATED = re.compile(r"\b(?:no|not|never|without|none|neither|nor|except|unless|non(?!-(?:melanoma|small|hodgkin)))\b",
                      re.IGNORECASE)
# The frame a criterion ends on, after its last item: "Tumors invading duodenum or gastric are not eligible"; also
# one that is an item of its own after a comma ("Data from adult patients …, who used the helmet, will be recruited":
# a rewrite to the reader, "You are an adult …", says it by the bullet being shown at all).
_FRAME_END = re.compile(r"(?:^|\s+)(?:is|are|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible|excluded|recruited"
                        r"|included|enrolled|selected)\W*$", re.IGNORECASE)
# A word of emphasis standing between commas, no item of a list: "… ranges and, specifically, adequate bone marrow".
EMPHASIS = re.compile(r"\W*(?:specifically|particularly|especially|notably|namely|in\s+particular)\W*", re.IGNORECASE)


def negates(item: str) -> bool:
    """Whether a list item negates or excepts."""
    return bool(_NEGATED.search(item))


def own_end(item: str) -> int:
    """Where a list item's own words end: before the frame of exclusion a criterion ends on, if it ends on one."""
    found = _FRAME_END.search(item)
    return found.start() if found else len(item)



def item_facts(item: str) -> list[Fact]:
    """The facts of a list item that the fact checks compare: not "now" said by a word alone ("undergoing",
    "currently"), which a plain rewrite says by a word the fact rules read no time in ("having"): that
    is the item's own word ("undergoing elective, ambulatory, arthroscopic rotator cuff repair")."""
    return [f for f in facts_of(item) if f.kind is not FactKind.TEMPORAL or f.relation != "current" or " " in f.text]


_ITEM_WORD = re.compile(r"[A-Za-z]+")


def _one_letter_short(word: str, of: str) -> bool:
    """Whether `word` is `of` with one letter left out ("peumonia" of "pneumonia")."""
    return len(word) + 1 == len(of) and any(of[:i] + of[i + 1 :] == word for i in range(len(of)))


def misspelled_said(item: str, bullets: Sequence[str]) -> bool:
    """Whether a list item of one or two long words (seven letters or more) is said by the bullets with each word
    spelled right: "peumonias" (a letter the record lost) said "pneumonia". Only one letter more, never another
    letter: "hypokalemia" and "hyperkalemia" stay apart."""
    words = [w.casefold() for w in _ITEM_WORD.findall(item)]
    if not 0 < len(words) <= 2 or any(len(w) < 7 for w in words):
        return False
    said = {w.casefold() for text in bullets for w in _ITEM_WORD.findall(text)}
    return all(any(_one_letter_short(w, s) or _one_letter_short(w.removesuffix("s"), s.removesuffix("s")) or w in said
                   for s in said) for w in words) and not all(w in said for w in words)
