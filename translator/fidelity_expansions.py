"""What a lexicon gloss says: "FEV1 (forced expiratory volume in 1 second)", "dysplasia (abnormal cells)".

A plain rewrite spells out an abbreviation in a bracket beside it, or puts the abbreviation in a bracket after its
words, and some expansions hold a number: FEV1 is the air blown out "in 1 second", HbA1c is no number but FEV1 and
PM2.5 are. That number is the lexicon's, not a new fact of the bullet, when the abbreviation is the source's own and
the lexicon's expansion (or plain gloss) of it says the same number. A bracket that names another number ("in 2
seconds") is still a fact the source does not have.

More generally, a bracket right after a term of the sources that says only words of the lexicon's own plain wording
(or expansion) of that term is a lexicon-backed definition, which may elaborate: "carcinoma in situ (early cancer
that has not spread)" adds no negation to the criterion and "high-grade dysplasia (abnormal cells)" no level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import AbbreviationEntry, TermEntry

# The term right before the bracket a fact is in: "FEV1 (how much air you can blow out in 1 second)".
_BEFORE_BRACKET_RE = re.compile(r"([A-Za-z][\w-]*)\s*\($")
# The term in a bracket shortly after a fact, in the same phrase: "forced expiratory volume in 1 second (FEV1)".
_BRACKET_AFTER_RE = re.compile(r"[^.;,()]{0,60}?\(\s*([A-Za-z][\w-]*)\s*\)")
_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def expansion_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether the number of bullet fact `fact` of `text` is said by the lexicon's expansion of an abbreviation
    of the sources that the bullet glosses right there."""
    if fact.kind is FactKind.VALUE and fact.label is not None and fact.low is None and fact.high is None:
        return any(a <= fact.start and fact.end <= b for a, b in gloss_spans(text, list(sources)))
    number = fact.low if fact.low is not None else fact.high
    if fact.kind not in (FactKind.VALUE, FactKind.TEMPORAL) or number is None or number != int(number):
        return False
    texts = list(sources)
    if any(a <= fact.start and fact.end <= b for a, b in gloss_spans(text, texts)):
        return True
    said = re.compile(rf"\b(?:{int(number)}|{_NUMBER_WORDS.get(int(number), 'x^')})\b", re.IGNORECASE)
    for term, glossing in _glossed_terms(text, fact):
        entry = Lexicon.load().lookup(term)
        if entry is None or not any(re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", s) for s in texts):
            continue
        # the words around the number are the lexicon's too: "T2DM (at most 2 doses)" is no gloss of T2DM
        lexicon = {w for wording in _wordings(entry) for w in _WORD_RE.findall(wording.casefold())}
        if any(said.search(wording) for wording in _wordings(entry)) and all(
                w in lexicon or w in _LITTLE or said.fullmatch(w) for w in _WORD_RE.findall(glossing.casefold())):
            return True
    return False


def _glossed_terms(text: str, fact: Fact) -> list[tuple[str, str]]:
    """The terms a bracket around the fact glosses, or a bracket after it names, each with the words of the gloss."""
    terms = []
    opened = text.rfind("(", 0, fact.start)
    closed = text.find(")", fact.end)
    if opened >= 0 and closed >= 0 and ")" not in text[opened : fact.start] and (
            m := _BEFORE_BRACKET_RE.search(text, 0, opened + 1)) is not None:
        terms.append((m.group(1), text[opened + 1 : closed]))
    if (after := _BRACKET_AFTER_RE.match(text, fact.end)) is not None:
        # (the number's own words, and the two before it: "volume in one second (FEV1)")
        words_before = " ".join(text[: fact.start].split()[-2:])
        terms.append((after.group(1), f"{words_before} {text[fact.start : after.start(1) - 1]}"))
    return terms


def _wordings(entry: TermEntry | AbbreviationEntry) -> list[str]:
    if isinstance(entry, TermEntry):
        return [entry.plain]
    return [w for sense in entry.senses for w in (sense.expansion, sense.plain) if w]


_BRACKET_RE = re.compile(r"\s*\(([^()]{1,90})\)")
_WORD_RE = re.compile(r"[\w'-]+")
_LITTLE = frozenset({"a", "an", "the", "of", "or", "and", "in", "to", "that", "is", "are", "your", "you"})


def gloss_spans(text: str, sources: Iterable[str]) -> list[tuple[int, int]]:
    """The brackets of `text` that define the term of the sources right before them in the lexicon's own words (a run
    of its plain wording or expansion, word for word)."""
    return [span for span, copied in _glosses(text, tuple(sources)) if copied]


def denials_left_out(text: str, sources: Iterable[str]) -> int:
    """Brackets of `text` that define a term of the sources in the lexicon's words but leave out a "not" or "no" of
    the wording they take their words from: "carcinoma in situ (early cancer that has spread)"."""
    return sum(1 for _, copied in _glosses(text, tuple(sources)) if copied is None)


_DENIALS = frozenset({"not", "no", "never", "without"})


# Read once per text and sources: the negation count asks for a case's glosses and for those that lost a denial, and
# the fact checks ask again for each fact a bullet has beyond its sources'.
@lru_cache(maxsize=4096)
def _glosses(text: str, sources: tuple[str, ...]) -> tuple[tuple[tuple[int, int], bool | None], ...]:
    """Each bracket right after a lexicon term of the sources whose words are all the lexicon's: its span, and True
    when it copies a run of one wording, None when it leaves out a denial of the wording, else False."""
    if "(" not in text:
        return ()
    said = {w for source in sources for w in _WORD_RE.findall(source.casefold())}
    found: list[tuple[tuple[int, int], bool | None]] = []
    for match in Lexicon.load().find(text):
        bracket = _BRACKET_RE.match(text, match.end)
        # the term is the sources' in any order of its words ("in situ carcinoma" said "carcinoma in situ")
        if bracket is None or not all(w in said for w in _WORD_RE.findall(match.text.casefold())):
            continue
        wordings = [_WORD_RE.findall(w.casefold()) for w in _wordings(match.entry)]
        words = _WORD_RE.findall(bracket.group(1).casefold())
        while words and words[0] in ("a", "an", "the"):
            words = words[1:]
        if not words or not all(w in {x for wording in wordings for x in wording} or w in _LITTLE for w in words):
            continue
        if any(_run(words, wording) is not None for wording in wordings):
            found.append((bracket.span(1), True))
        elif any(_run(words, [w for w in wording if w not in _DENIALS]) is not None and _DENIALS.intersection(wording)
                 and not _DENIALS.intersection(words) for wording in wordings):
            found.append((bracket.span(1), None))
        else:
            found.append((bracket.span(1), False))
    return tuple(found)


def _run(words: list[str], wording: list[str]) -> int | None:
    """Where `words` stand in `wording` word for word, or None."""
    return next((i for i in range(len(wording) - len(words) + 1) if wording[i : i + len(words)] == words), None)
