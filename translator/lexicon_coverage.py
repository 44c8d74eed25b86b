"""How much of the technical vocabulary in a set of criteria the lexicon explains.

`coverage(texts, top=1000)` finds the `top` most frequent technical candidates in the texts and
checks, occurrence by occurrence, whether `Lexicon.find` explains them. Candidates are:

- abbreviations: tokens with two or more capitals, a capital after the first letter, or a capital
  and a digit ("ULN", "eGFR", "HbA1c", "FEV1", "T2DM"); a final lower-case "s" is a plural
  ("NSAIDs" counts as "NSAID"). Not counted: Roman numerals ("II", "IV") and ordinary words in
  shouted text ("PRIOR CONCURRENT THERAPY": an all-capitals common word next to another one);
- technical words: lower-cased alphabetic words of four or more letters that are rare in general
  English (wordfreq Zipf frequency below 3.7, i.e. fewer than about 5 per million words) and not
  listed in `data/lexicon_generic.txt`, our list of general English words that are rare but not
  medical ("preclude", "jeopardize", "ounces"). The Zipf cut-off keeps "hypertension" (3.4) and
  "contraception" (3.3) and drops "pregnant" (4.3) and "diabetes" (4.1);
- technical phrases: 2–3-word runs that contain a technical word, start and end with a technical
  word or a content word that is not very common (Zipf < 5, so not "history of myocardial"; only
  "of", "in", "de" inside), and are how that word is usually used (the phrase makes up
  at least half of its rarest technical word's occurrences: "myocardial infarction",
  "carcinoma in situ"). Occurrences inside a kept longer phrase are not counted again for the
  shorter phrase or the word, so "myocardial" only counts where it is not followed by "infarction".

An occurrence is explained when it lies inside a lexicon match; for a phrase, when each of its
technical words does ("previously irradiated" needs only "irradiated"). A candidate is covered
when at least half of its occurrences are explained (an ambiguous abbreviation the lexicon knows
counts as matched). wordfreq is needed only here.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field
from rich.console import Group
from rich.table import Table
from rich.text import Text

from translator.lexicon import Lexicon, LexiconError
from translator.lexicon_tokens import Gap, gap_between, strip_possessive, tokenize, unescape

GENERIC_FILE = "lexicon_generic.txt"
RARE_ZIPF = 3.7
SHOUT_ZIPF = 3.0
EDGE_ZIPF = 5.0  # "history of myocardial" is no term: very common words do not bound a phrase
MIN_WORD_LENGTH = 4
PHRASE_SHARE = 0.5
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_STOPWORDS = frozenset(
    {
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "nor", "by", "from", "as"),
        *("is", "are", "be", "been", "was", "were", "has", "have", "had", "no", "not", "any", "all", "other"),
        *("than", "that", "this", "these", "those", "within", "per", "if", "who", "which", "may", "must", "will"),
        *("can", "should", "could", "would", "prior", "least", "more", "less", "such", "each", "either", "both"),
        *("only", "also", "including", "include", "includes", "e", "g", "i", "de", "eg", "ie", "etc"),
    }
)
_INNER = frozenset({"of", "in", "de"})
_JOINS = (Gap.SPACE, Gap.HYPHEN)
_INFLECTIONS = (
    ("ies", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ied", ("y",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("ally", ("al",)),
    ("ly", ("",)),
)

CandidateKind = Literal["abbreviation", "word", "phrase"]


class Candidate(BaseModel):
    text: str = Field(description="The abbreviation as written, or the word/phrase in lower case.")
    kind: CandidateKind
    count: int = Field(description="Occurrences counted for it (not those inside a longer candidate).")
    matched: int = Field(description="Of those, how many lie inside a lexicon match.")

    @property
    def covered(self) -> bool:
        return 2 * self.matched >= self.count


class CoverageReport(BaseModel):
    texts: int
    top: int
    candidates: list[Candidate] = Field(description="The most frequent candidates, most frequent first.")

    @property
    def covered(self) -> int:
        return sum(c.covered for c in self.candidates)

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / len(self.candidates) if self.candidates else 100.0

    @property
    def occurrence_percent(self) -> float:
        total = sum(c.count for c in self.candidates)
        return 100.0 * sum(c.matched for c in self.candidates) / total if total else 100.0

    @property
    def uncovered(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.covered]


_Occurrence = tuple[int, int, int]  # text index, first token index, token count


def _zipf() -> Callable[[str], float]:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise LexiconError(
            "the coverage report needs the wordfreq package; install it with pip install 'wordfreq>=3.1'",
            source="coverage",
        ) from None
    cache: dict[str, float] = {}

    def zipf(word: str) -> float:
        if word not in cache:
            cache[word] = zipf_frequency(word, "en")
        return cache[word]

    return zipf


def generic_words() -> frozenset[str]:
    text = (resources.files("translator") / "data" / GENERIC_FILE).read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def looks_like_abbreviation(token: str) -> bool:
    capitals = sum(ch.isupper() for ch in token)
    if capitals >= 2 or any(ch.isupper() for ch in token[1:]):
        return not _ROMAN.match(token)
    return capitals == 1 and any(ch.isdigit() for ch in token)


def _abbreviation_form(token: str) -> str:
    word = strip_possessive(token)
    if len(word) > 2 and word.endswith("s") and (word[-2].isupper() or word[-2].isdigit()):
        return word[:-1]
    return word


def _bases(word: str) -> list[str]:
    """Forms a regular inflection may come from: plural, past, -ing and -ly endings taken off."""
    bases = []
    for ending, replacements in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases += [word[: -len(ending)] + r for r in replacements]
    return bases


class _Type(NamedTuple):
    """What the counter needs to know about one distinct token, worked out once."""

    abbreviation: bool
    word: str  # lower case, no possessive
    technical: bool
    plain_word: bool  # alphabetic and not an abbreviation: may be part of a phrase
    stop: bool
    edge: bool  # may start or end a phrase: technical, or a content word that is not very common
    loud: bool  # an all-capitals common English word


class _Counter:
    """Collects candidate occurrences over all texts."""

    def __init__(self, zipf: Callable[[str], float], generic: frozenset[str]) -> None:
        self.zipf = zipf
        self.generic = generic
        self.types: dict[str, _Type] = {}
        self.spans: list[tuple[array[int], array[int]]] = []  # token starts and ends, per text
        self.abbreviations: dict[str, list[_Occurrence]] = defaultdict(list)
        self.words: dict[str, list[_Occurrence]] = defaultdict(list)
        self.ngrams: dict[tuple[str, ...], list[_Occurrence]] = defaultdict(list)
        self.claimed: dict[int, set[int]] = defaultdict(set)  # token indexes inside kept phrases, per text

    def technical(self, word: str) -> bool:
        if not word.isalpha() or len(word) < MIN_WORD_LENGTH or word in self.generic:
            return False
        # An inflection of a common word is common too ("therapies", "injections", "surgically").
        return all(self.zipf(form) < RARE_ZIPF for form in (word, *_bases(word)))

    def type_of(self, token: str) -> _Type:
        found = self.types.get(token)
        if found is None:
            word = strip_possessive(token).lower()
            # Capitals do not make "AND", "NOTE" or "PRIOR" an abbreviation.
            abbreviation = looks_like_abbreviation(token) and word not in _STOPWORDS and word not in self.generic
            found = _Type(
                abbreviation=abbreviation,
                word=word,
                technical=not abbreviation and self.technical(word),
                plain_word=token.isalpha() and not abbreviation,
                stop=word in _STOPWORDS,
                edge=word not in _STOPWORDS and (self.technical(word) or self.zipf(word) < EDGE_ZIPF),
                loud=token.isalpha() and token.isupper() and len(token) >= 2 and self.zipf(word) >= SHOUT_ZIPF,
            )
            self.types[token] = found
        return found

    def add(self, text: str) -> None:
        index = len(self.spans)
        tokens = tokenize(text)
        self.spans.append((array("l", (t.start for t in tokens)), array("l", (t.end for t in tokens))))
        types = [self.type_of(t.text) for t in tokens]
        joins: dict[int, bool] = {}

        def joined(m: int) -> bool:  # tokens m and m + 1 may sit in one phrase
            if m not in joins:
                joins[m] = gap_between(text, tokens[m], tokens[m + 1]) in _JOINS
            return joins[m]

        last = len(types) - 1
        for k, kind in enumerate(types):
            if kind.abbreviation:
                # An all-capitals common word next to another one is shouting, not an abbreviation.
                shouted = kind.loud and ((k > 0 and types[k - 1].loud) or (k < last and types[k + 1].loud))
                if not shouted:
                    self.abbreviations[_abbreviation_form(tokens[k].text)].append((index, k, 1))
                continue
            if kind.technical:
                self.words[kind.word].append((index, k, 1))
            if not kind.plain_word or not kind.edge or k == last or not types[k + 1].plain_word:
                continue
            second = types[k + 1]
            # Phrases start and end on content words; only "of", "in", "de" may sit inside.
            if second.edge and (kind.technical or second.technical) and joined(k):
                self.ngrams[(kind.word, second.word)].append((index, k, 2))
            if k + 1 == last or (second.stop and second.word not in _INNER):
                continue
            third = types[k + 2]
            if (
                third.plain_word
                and third.edge
                and (kind.technical or second.technical or third.technical)
                and joined(k)
                and joined(k + 1)
            ):
                self.ngrams[(kind.word, second.word, third.word)].append((index, k, 3))

    def phrases(self) -> dict[tuple[str, ...], list[_Occurrence]]:
        """Kept phrases, longest first, each with the occurrences no longer phrase has claimed."""
        claimed = self.claimed
        kept: dict[tuple[str, ...], list[_Occurrence]] = {}
        for n in (3, 2):
            for gram, found in self.ngrams.items():
                if len(gram) != n:
                    continue
                free = [o for o in found if not claimed[o[0]].intersection(range(o[1], o[1] + n))]
                rarest = min(len(self.words.get(w, ())) or 1 for w in gram if self.technical(w))
                if free and len(free) >= PHRASE_SHARE * rarest:
                    kept[gram] = free
            for gram, found in kept.items():
                if len(gram) == n:
                    for text_index, first, size in found:
                        claimed[text_index].update(range(first, first + size))
        return kept


def coverage(
    texts: Iterable[str], top: int = 1000, *, lexicon: Lexicon | None = None, min_count: int = 3
) -> CoverageReport:
    """The `top` most frequent technical candidates in `texts` and whether the lexicon covers them."""
    lexicon = lexicon or Lexicon.load()
    counter = _Counter(_zipf(), generic_words())
    documents = [unescape(t) for t in texts]
    for text in documents:
        counter.add(text)
    phrases = counter.phrases()
    pool: list[tuple[str, CandidateKind, list[_Occurrence]]] = []
    pool += [(a, "abbreviation", o) for a, o in counter.abbreviations.items()]
    pool += [(" ".join(g), "phrase", o) for g, o in phrases.items()]
    for word, found in counter.words.items():
        free = [o for o in found if o[1] not in counter.claimed[o[0]]]
        pool.append((word, "word", free))
    pool = [p for p in pool if len(p[2]) >= min_count]
    pool.sort(key=lambda p: (-len(p[2]), p[0]))
    chosen = pool[:top]
    spans = _match_spans(lexicon, documents, {o[0] for _, _, found in chosen for o in found})
    candidates = []
    for text, kind, found in chosen:
        words = text.split()
        matched = 0
        for text_index, first, size in found:
            starts, ends = counter.spans[text_index]
            # A phrase needs only its technical words explained; a word or abbreviation needs itself.
            needed = [k for k in range(size) if kind != "phrase" or counter.technical(words[k])]
            matched += all(_inside(spans[text_index], starts[first + k], ends[first + k]) for k in needed)
        candidates.append(Candidate(text=text, kind=kind, count=len(found), matched=matched))
    return CoverageReport(texts=len(documents), top=top, candidates=candidates)


_Spans = tuple[list[int], list[int]]  # starts and ends of the matches in one text, in order


def _match_spans(lexicon: Lexicon, documents: list[str], needed: set[int]) -> dict[int, _Spans]:
    spans = {}
    for i in needed:
        matches = lexicon.find(documents[i])
        spans[i] = ([m.start for m in matches], [m.end for m in matches])
    return spans


def _inside(spans: _Spans, start: int, end: int) -> bool:
    starts, ends = spans
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= ends[k]


def render_coverage(report: CoverageReport, *, limit: int = 100) -> Group:
    """A rich renderable for the CLI: the headline figure and the uncovered candidates."""
    headline = Text.assemble(
        ("Lexicon coverage: ", "bold"),
        (f"{report.covered} of the top {len(report.candidates)} ", ""),
        (f"({report.percent:.1f}%)", "bold green" if report.percent >= 95 else "bold red"),
        f" technical terms and abbreviations in {report.texts} criteria texts; "
        f"{report.occurrence_percent:.1f}% of their occurrences explained.",
    )
    table = Table(title=f"Not covered ({len(report.uncovered)})", show_lines=False)
    for column in ("rank", "candidate", "kind", "count", "matched"):
        table.add_column(column, justify="right" if column in ("rank", "count", "matched") else "left")
    ranks = {id(c): n for n, c in enumerate(report.candidates, start=1)}
    for candidate in report.uncovered[:limit]:
        table.add_row(
            str(ranks[id(candidate)]), candidate.text, candidate.kind, str(candidate.count), str(candidate.matched)
        )
    return Group(headline, table)
