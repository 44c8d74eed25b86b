"""A named alternative of a list that no bullet says: "treated with deferiprone or Deferasirox" said as "treated with
deferasirox"; "HBsAg positive or HBcAb positive" said as "positive for HBsAg"; "uncorrected hypokalemia or
hypomagnesemia" said as "low magnesium (hypomagnesemia) that has not been corrected"; "hematological, renal, …,
cardiovascular" said as "kidney, …, heart and blood vessel".

The other list checks compare words by five-letter stems and take a lexicon wording as said when any of its words is:
lenient on purpose, since a plain rewrite rewords a word at a time. Names side by side in a list often share those
words: "deferiprone" and "deferasirox" are both "defer…", "low potassium" and "low magnesium" both "low", and "blood"
says both "hematological" and "cardiovascular" ("heart and blood vessel"). With one of them said, the other looks
said too. Here a name is read as lost only when every word that seems to say it is accounted for by another word
of the source:

- a name is a word right beside a listing break (a comma, "or", "and/or", "nor") that is rare (a medicine, a word no
  dictionary has, an acronym such as "HBcAb") or part of a medical term of the lexicon (`fidelity_item_words`); not
  one in a fact or after a negation (the fact and negation checks compare those), nor one the source says both ways
  ("symptomatic or asymptomatic": said "with or without symptoms");
- it is said when a bullet writes a word (or names a lexicon term) that begins as it does for more letters than it
  shares with any other word of the source (at least five, or the whole name): "deferi…" for "deferiprone";
- an abbreviation is said otherwise only by the words of what it stands for that no other word of the source has
  ("core antibody" of "hepatitis B core antibody" beside "hepatitis B surface antigen");
- any other name is lost when the bullets say some word of it or of its lexicon wordings, and each such word no more
  often than the source's other words need it: each other word needs its own stem, and the words of its short
  wordings (three words at most: a name, not an explanation) that the bullets say with another word of that wording
  ("low" of "low magnesium"), unless a bullet writes that word plainly, without a gloss in brackets. A term and its
  abbreviation in brackets ("myocardial infarction (MI)") are one word. A name the bullets say by no word at all
  ("gut" for "gastrointestinal") is reworded, or left to the other list checks.

Measured over the mutation suites' faithful cases (corpus and Chia, with the hand-written paraphrases) and the
offline bullets of the corpus and Chia (d7/c8, row by row): nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from translator.fidelity_content import content_words, said_stems, stems_of, term_wordings
from translator.fidelity_item_words import negates, specific
from translator.fidelity_negations import facts_of
from translator.lexicon import Lexicon

# A word on either side of a listing break: "deferiprone or Deferasirox", "hematological, renal".
_BESIDE = re.compile(r"(?P<a>[A-Za-z][\w'-]*[A-Za-z0-9])"
                     r"(?=(?P<gap>\s*,\s*(?:(?:or|and/or)\s+)?|\s+(?:or|and/or|nor)\s+)(?P<b>[A-Za-z][\w'-]*[A-Za-z0-9]))")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NAME = re.compile(r"[A-Za-z][\w'-]*[A-Za-z0-9]")
# Words of a lexicon wording that names a thing ("low potassium in the blood"); a longer one explains it.
_NAMING = 3
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # what `_written`'s word start may not follow
_LEAST = 5  # letters a name must share with a bullet's word, unless it is shorter


def _listed(source: str) -> list[tuple[int, int]]:
    """Spans of the words beside a listing break; `specific` then keeps those that name something (see the module),
    after the cheaper test of whether the bullets write them."""
    found: set[tuple[int, int]] = set()
    for m in _BESIDE.finditer(source):
        for start, end in (m.span("a"), (m.end("gap"), m.end("gap") + len(m.group("b")))):
            if source[start:end].casefold() != "etc":
                found.add((start, end))
    return sorted(found)


def _bullet_words(bullets: Sequence[str]) -> tuple[str, Counter[str]]:
    """The bullets' words, with the terms their lexicon entries stand for ("kidney" names "renal", "NYHA" the "New
    York Heart Association"), as one text; and the stems of all those words, counted."""
    texts = list(bullets)
    for text in bullets:
        for match in Lexicon.load().find(text):
            texts += [other for other in (match.plain if match.is_abbreviation else None,
                                          getattr(match.entry, "term", None)) if other]
    told = Counter(stem for text in bullets for _, _, stem in content_words(text))
    for text in texts[len(bullets):]:
        told.update(stem for _, _, stem in content_words(text))
    return " ".join(texts).casefold(), told


def _shared(one: str, other: str) -> int:
    """How many letters two words begin with alike."""
    return next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))


def _written(name: str, others: set[str], words: str) -> bool:
    """Whether `words` have a word that begins as `name` does for more letters than `name` shares with any of
    `others` (at least five, or the whole name)."""
    name = name.casefold()
    # another form of the same word ("stool" of "stools") is no other word
    shared = max((_shared(name, o) for o in others if not (o.startswith(name) or name.startswith(o))), default=0)
    need = min(len(name), max(_LEAST, shared + 1))
    # a plain find, not a pattern made for each name (re's cache holds too few of them, so most were compiled anew)
    part = name[:need]
    at = words.find(part)
    while at > 0 and words[at - 1] in _WORD_CHARS:
        at = words.find(part, at + 1)
    return at >= 0


def lost_named_alternatives(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the names beside listing breaks in `source` (see the module) that `bullets` say only by words the
    source's other words account for."""
    names = _listed(source)
    if not names or not bullets:
        return []
    source_words = {w.casefold() for w in _NAME.findall(source)}
    words, told = _bullet_words(bullets)
    names = [(a, b) for a, b in names if not _written(source[a:b], source_words, words) and specific(source, a, b)]
    if not names:
        return []
    facts = [(f.start, f.end) for f in facts_of(source)]
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    units = _units(source)
    short = {(m.start, m.end): stems_of(m.plain or "") for m in Lexicon.load().find(source) if m.is_abbreviation}
    lost = []
    for start, end in names:
        if any(a < end and start < b for a, b in facts) or negates(re.split(r"[;.]\s", source[:start])[-1]) or (
                _opposed(source[start:end].casefold(), source_words)):
            continue
        mine = [(own, worded) for a, b, own, worded in units if a <= start and end <= b]
        # what the source's other words need of the bullets' words, each word once
        need = Counter(stem for a, b, own, worded in units if not (a <= start and end <= b)
                       for stem in _needs(own, worded if _worded(source[a:b], worded, source_words, words, bullets)
                                          else [], said))
        if (start, end) in short:
            # an abbreviation is said by its letters or by what it stands for, less what other words say ("core
            # antibody" of "hepatitis B core antibody" beside "hepatitis B surface antigen")
            if not short[(start, end)] - set(need) <= said:
                lost.append((start, end))
            continue
        evidence = frozenset().union(*(own.union(*worded) for own, worded in mine)) & said
        if evidence and all(0 < need[stem] >= told[stem] for stem in evidence):
            lost.append((start, end))
    return lost


def _beside(source: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether one span is the other's gloss or abbreviation in brackets right after it: "cerebral vascular accident
    (CVA)" is one thing, said once."""
    first, second = sorted([one, other])
    return re.fullmatch(r"\s*[(\[]\s*", source[first[1]:second[0]]) is not None


def _opposed(name: str, source_words: set[str]) -> bool:
    """Whether the source says `name` both ways ("symptomatic or asymptomatic", "smokers or non-smokers"): a bullet
    says such a pair as "with or without symptoms", in no word of the name."""
    return any(f"{prefix}{other}" == name or f"{prefix}{name}" == other
               for other in source_words for prefix in ("a", "non", "non-", "un", "in"))


def _units(source: str) -> list[tuple[int, int, frozenset[str], list[frozenset[str]]]]:
    """The words of `source`, a lexicon term as one: span, own stems, and the stems of each lexicon wording."""
    wordings = term_wordings(source)
    spans: dict[tuple[int, int], tuple[set[str], list[frozenset[str]]]] = {}
    for a, b, stem in content_words(source):
        covering = [(x, y, stems) for x, y, stems in wordings if x <= a and b <= y]
        key = (min([a, *(x for x, _, _ in covering)]), max([b, *(y for _, y, _ in covering)]))
        own, worded = spans.setdefault(key, (set(), []))
        own.add(stem)
        worded += [stems for _, _, stems in covering if stems not in worded]
    units: list[tuple[int, int, frozenset[str], list[frozenset[str]]]] = []
    for (a, b), (own, worded) in sorted(spans.items()):
        if units and _beside(source, units[-1][:2], (a, b)):  # "myocardial infarction (MI)": one thing, said once
            x, _, mine, theirs = units.pop()
            units.append((x, b, mine | own, [*theirs, *worded]))
        else:
            units.append((a, b, frozenset(own), worded))
    return units


def _worded(term: str, worded: Sequence[frozenset[str]], source_words: set[str], words: str,
            bullets: Sequence[str]) -> bool:
    """Whether the bullets may say `term` by its lexicon wording `worded`: they do not write it, or write it with a
    gloss in brackets ("low magnesium (hypomagnesemia)", "the brain's blood vessels (cerebral vascular pathology)").
    A term written plainly ("coumadin or similar blood thinner"), or with its abbreviation in brackets
    ("gastroesophageal (GE) junction"), leaves the words of its wording to other terms."""
    own = [w for w in _WORD.findall(term) if len(w) > 2]
    if not any(_written(w, source_words, words) for w in own):
        return True
    stems = frozenset().union(*worded)
    for w in own:
        for text in bullets:
            # "gloss (term …)", a short bracket with the term and no list, or "term (gloss)"; not a bracket of
            # examples ("eye disease (such as corneal swelling, uveitis, …)")
            for m in _glossed(w).finditer(text):
                gloss = m.group(1) if m.group(1) is not None else " ".join(text[:m.start()].split()[-5:])
                if stems_of(gloss) & stems:
                    return True
    return False


@lru_cache(maxsize=4096)  # compiled once a word: re's own cache is too small for a pattern per word
def _glossed(w: str) -> re.Pattern[str]:
    """A bracket that glosses the word `w` or that `w` glosses: "gloss (term …)", "term (gloss)"."""
    word = re.escape(w)
    glosses = rf"\((?![^()]*[,;])[^()]{{0,40}}?\b{word}[^()]{{0,40}}\)|\b{word}[\w'’]*\s*\(([^()]*)\)"
    return re.compile(glosses, re.IGNORECASE)


def _needs(own: frozenset[str], worded: Sequence[frozenset[str]], said: set[str]) -> set[str]:
    """The stems a bullet says for a word: its own, and each word of a lexicon wording of it that the bullets say with
    another word of that wording ("low" of "low magnesium" where "magnesium" is said), or that is a wording alone
    ("brain" for "cerebral"). Not the words of a wording that explains rather than names ("chest pain from too little
    blood flow to the heart …" of "unstable angina"): a bullet that explains a term says those words for it alone."""
    return set(own) | {stem for stems in worded if len(stems) <= _NAMING for stem in stems
                       if len(stems) == 1 or (stems - {stem} - own) & said}
