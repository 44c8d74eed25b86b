"""The project's own plain-language lexicon and the matcher that finds its entries in criteria.

    lexicon = Lexicon.load()                      # the package data, read once
    for match in lexicon.find("ECOG 0-1; no prior myocardial infarction"):
        match.text, match.use, match.plain, match.definition()

Data: `translator/data/lexicon_terms.tsv` (one term a row) and
`translator/data/lexicon_abbreviations.toml` (abbreviations, with several senses where needed);
each file's header comment explains its columns.

Matching rules:
- terms are case-insensitive, whole words, singular or plural ("tumors"), US or UK spelling;
  abbreviations are case-sensitive ("eGFR" ≠ "EGFR"), with an optional plural "s" ("NSAIDs");
- the longest entry wins and matches never overlap ("congestive heart failure" beats "heart failure");
- a multiword entry spans only spaces, hyphens and slashes ("mg/dL", "relapsed/refractory"),
  never other punctuation or a blank line;
- nothing matches right after "non" or "un" ("non-Hodgkin lymphoma" is not "Hodgkin lymphoma");
  a term glued by a hyphen to a word after it matches only if that word merely qualifies it
  ("chemotherapy-induced", "interleukin-6"); an abbreviation glued to a number or a short code does
  not match ("PD-1" is not "PD", "5-FU" is not "FU"); glued matches are marked `in_compound` and
  are never substituted ("anti-TNF");
- an ambiguous abbreviation is resolved by its senses' cues (translator.abbreviations); if no sense
  wins, the match is returned with `ambiguous=True` and no sense, and must not be explained.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from translator.abbreviations import resolve_sense
from translator.lexicon_entries import AbbreviationEntry, Sense, TermEntry, Use
from translator.lexicon_files import LexiconError, read_abbreviations, read_terms
from translator.lexicon_tokens import Gap, abbreviation_key, gap_between, plural_forms, term_key, term_word, tokenize
from translator.translation import Definition

__all__ = ["Lexicon", "LexiconError", "TermMatch"]

TERMS_FILE = "lexicon_terms.tsv"
ABBREVIATIONS_FILE = "lexicon_abbreviations.toml"

# A term followed by a hyphen and one of these still means itself ("chemotherapy-induced").
QUALIFIERS = frozenset(
    {
        *("related", "induced", "associated", "mediated", "based", "containing", "free", "like", "naive", "naïve"),
        *("positive", "negative", "specific", "dependent", "resistant", "refractory", "sensitive", "directed"),
        *("targeted", "type", "level", "levels", "defined", "confirmed", "proven", "treated", "controlled"),
    }
)
NEGATORS = frozenset({"non", "un"})


class TermMatch(BaseModel):
    """One lexicon entry found in a text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str = Field(description="The matched text as written.")
    entry: TermEntry | AbbreviationEntry
    sense: Sense | None = Field(default=None, description="The chosen sense of an abbreviation; None if ambiguous.")
    ambiguous: bool = Field(default=False, description="An abbreviation whose sense the context does not settle.")
    plural: bool = Field(default=False, description="Matched in its plural form.")
    in_compound: bool = Field(default=False, description="Glued by a hyphen to a neighbouring word.")

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def is_abbreviation(self) -> bool:
        return isinstance(self.entry, AbbreviationEntry)

    @property
    def use(self) -> Use | None:
        if isinstance(self.entry, TermEntry):
            return self.entry.use
        return self.sense.use if self.sense else None

    @property
    def plain(self) -> str | None:
        """The plain wording (term) or expansion (abbreviation); None when the sense is unknown."""
        if isinstance(self.entry, TermEntry):
            return self.entry.plain
        return self.sense.expansion if self.sense else None

    @property
    def replacement(self) -> str | None:
        """Wording that may replace the matched text in a sentence, or None if it must stay."""
        if self.use is not Use.SUBSTITUTE or self.in_compound:
            return None
        if isinstance(self.entry, TermEntry):
            return self.entry.plain_plural if self.plural else self.entry.plain
        return self.sense.wording if self.sense and not self.plural else None

    def definition(self) -> Definition | None:
        """A lexicon-backed Definition of the matched text; None when the sense is unknown."""
        if isinstance(self.entry, TermEntry):
            return Definition(term=self.text, plain=self.entry.plain)
        if self.sense is None:
            return None
        return Definition(term=self.text, plain=self.sense.explanation)


_Indexed = tuple[TermEntry | AbbreviationEntry, bool]
# An ambiguous abbreviation's span, entry, plural and in_compound: its sense depends on the context of each look-up.
_Ambiguous = tuple[int, int, AbbreviationEntry, bool, bool]


class Lexicon:
    """Terms and abbreviations, indexed for longest-match lookup over tokens."""

    def __init__(self, terms: Sequence[TermEntry], abbreviations: Sequence[AbbreviationEntry]) -> None:
        self.terms = tuple(terms)
        self.abbreviations = tuple(abbreviations)
        self._terms: dict[tuple[str, ...], _Indexed] = {}
        self._abbreviations: dict[tuple[str, ...], _Indexed] = {}
        self._index()
        # Longest key starting with each first word: most words start no entry and are skipped at once.
        self._first_term: dict[str, int] = {}
        self._first_abbreviation: dict[str, int] = {}
        for keys, first in ((self._terms, self._first_term), (self._abbreviations, self._first_abbreviation)):
            for key in keys:
                first[key[0]] = max(first.get(key[0], 0), len(key))
        # Each text's entries, once: the offline backend looks up a criterion to plan its terms and again to check
        # its scopes, and a bullet that says the source's words again; bounded, so a long run keeps its memory.
        self._segments = lru_cache(maxsize=2048)(self._segment)

    @classmethod
    def load(cls) -> Lexicon:
        """The lexicon shipped in the package (read once, then cached)."""
        return _packaged()

    @classmethod
    def from_text(cls, terms_tsv: str, abbreviations_toml: str, *, source: str = "<text>") -> Lexicon:
        """Build a lexicon from file contents; raises LexiconError naming the bad line."""
        return cls(
            read_terms(terms_tsv, source=f"{source}:terms"),
            read_abbreviations(abbreviations_toml, source=f"{source}:abbreviations"),
        )

    def __len__(self) -> int:
        return len(self.terms) + len(self.abbreviations)

    def lookup(self, text: str) -> TermEntry | AbbreviationEntry | None:
        """The entry written exactly as `text` (abbreviation, case-sensitive) or as a term form."""
        found = self._abbreviations.get(abbreviation_key(text)) or self._terms.get(term_key(text))
        return found[0] if found else None

    def find(self, text: str, context: Sequence[str] = ()) -> list[TermMatch]:
        """Non-overlapping entries in `text`, left to right, the longest at each position.

        `context` is extra text that helps choose the sense of an ambiguous abbreviation, e.g. the
        trial's conditions or the rest of the criteria.
        """
        matches: list[TermMatch] = []
        for found in self._segments(text):
            match = found if isinstance(found, TermMatch) else self._match(text, *found, context)
            if match is not None:
                matches.append(match)
        return matches

    def _segment(self, text: str) -> tuple[TermMatch | _Ambiguous, ...]:
        """The entries of `text` as `find` takes them, built where the context cannot change them: which words
        an entry spans never depends on it, only the sense of an ambiguous abbreviation does."""
        scan = _Scan(text)
        found: list[TermMatch | _Ambiguous] = []
        i = 0
        while i < len(scan.words):
            longest = max(self._first_abbreviation.get(scan.words[i], 0), self._first_term.get(scan.terms[i], 0))
            match = self._match_at(scan, i, longest) if longest else None
            if match is None:
                i += 1
                continue
            end_index, segment = match
            if segment is not None:
                found.append(segment)
            i = end_index
        return tuple(found)

    def _match_at(self, scan: _Scan, i: int, longest: int) -> tuple[int, TermMatch | _Ambiguous | None] | None:
        if i > 0 and scan.words[i - 1].lower() in NEGATORS and scan.gap(i - 1) in (Gap.SPACE, Gap.HYPHEN):
            return None
        for n in range(min(longest, len(scan.words) - i), 0, -1):
            j = i + n
            # the entry first: most spans are none, and their gaps need not be read
            found = self._abbreviations.get(tuple(scan.words[i:j])) or self._terms.get(tuple(scan.terms[i:j]))
            if found is None or any(scan.gap(k) is Gap.BREAK for k in range(i, j - 1)):
                continue
            entry, plural = found
            compound = self._compound(scan, i, j, entry)
            if compound is None:
                continue
            start, end = scan.tokens[i].start, scan.tokens[j - 1].end
            if isinstance(entry, AbbreviationEntry):
                if entry.caps_word and _shouted(scan.words, i, j, self._abbreviations):
                    return j, None
                if entry.ambiguous:
                    return j, (start, end, entry, plural, compound)
            return j, self._match(scan.text, start, end, entry, plural, compound, ())
        return None

    @staticmethod
    def _compound(scan: _Scan, i: int, j: int, entry: TermEntry | AbbreviationEntry) -> bool | None:
        """Whether words i..j-1 are glued by hyphens to a neighbour; None if that changes their meaning.

        A definition still fits inside "anti-TNF therapy" or "post-transplant", so those match
        (marked in_compound, which rules out substitution). Abbreviations are stricter: "PD" in
        "PD-1" or "FU" in "5-FU" is part of another name; only a code prefix ("MK-3475", a `keep`
        entry) may be glued to a number.
        """
        glued = False
        abbreviation = isinstance(entry, AbbreviationEntry)
        if i > 0 and scan.gap(i - 1) is Gap.HYPHEN:
            before = scan.words[i - 1]
            if abbreviation and not (before.isalpha() and len(before) >= 3):
                return None
            glued = True
        if j < len(scan.words) and scan.gap(j - 1) is Gap.HYPHEN:
            after = scan.words[j]
            if isinstance(entry, AbbreviationEntry):
                code = after.isdigit() and all(s.use is Use.KEEP for s in entry.senses)
                if not code and not (after.isalpha() and len(after) >= 3):
                    return None
            elif scan.terms[j] not in QUALIFIERS and not after.isdigit():
                return None
            glued = True
        return glued

    @staticmethod
    def _match(
        text: str,
        start: int,
        end: int,
        entry: TermEntry | AbbreviationEntry,
        plural: bool,
        compound: bool,
        context: Sequence[str],
    ) -> TermMatch | None:
        sense: Sense | None = None
        if isinstance(entry, AbbreviationEntry):
            sense = resolve_sense(entry, text, start, end, context)
            if sense is not None and sense.word:
                return None
        # Every field is built here from validated entries, so skip re-validating each match.
        return TermMatch.model_construct(
            start=start,
            end=end,
            text=text[start:end],
            entry=entry,
            sense=sense,
            ambiguous=isinstance(entry, AbbreviationEntry) and sense is None,
            plural=plural,
            in_compound=compound,
        )

    def _index(self) -> None:
        # Explicit spellings first, so a generated plural never hides an entry of its own.
        for term in self.terms:
            for form in (term.term, *term.variants):
                self._terms.setdefault(term_key(form), (term, False))
        for abbreviation in self.abbreviations:
            for form in (abbreviation.abbreviation, *abbreviation.variants):
                self._abbreviations.setdefault(abbreviation_key(form), (abbreviation, False))
        for term in self.terms:
            for form in (term.term, *term.variants):
                key = term_key(form)
                for plural in plural_forms(key[-1]):
                    self._terms.setdefault((*key[:-1], plural), (term, True))
        for abbreviation in self.abbreviations:
            for form in (abbreviation.abbreviation, *abbreviation.variants):
                key = abbreviation_key(form)
                if len(form) >= 2 and (form[-1].isupper() or form[-1].isdigit()):
                    self._abbreviations.setdefault((*key[:-1], key[-1] + "s"), (abbreviation, True))


class _Scan:
    """A text's tokens with their raw and term forms; gaps are worked out only where asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.words = [t.text for t in self.tokens]
        self.terms = [term_word(w) for w in self.words]
        self._gaps: dict[int, Gap] = {}

    def gap(self, k: int) -> Gap:
        """The gap between token k and token k + 1."""
        if k not in self._gaps:
            self._gaps[k] = gap_between(self.text, self.tokens[k], self.tokens[k + 1])
        return self._gaps[k]


def _shouted(words: list[str], i: int, j: int, abbreviations: dict[tuple[str, ...], _Indexed]) -> bool:
    """True when a neighbouring word is in capitals and is no abbreviation: the text is shouting."""
    for k in (i - 1, j):
        if 0 <= k < len(words):
            word = words[k]
            if len(word) >= 2 and word.isalpha() and word.isupper() and (word,) not in abbreviations:
                return True
    return False


@cache
def _packaged() -> Lexicon:
    data = resources.files("translator") / "data"
    terms = (data / TERMS_FILE).read_text(encoding="utf-8")
    abbreviations = (data / ABBREVIATIONS_FILE).read_text(encoding="utf-8")
    return Lexicon(
        read_terms(terms, source=TERMS_FILE),
        read_abbreviations(abbreviations, source=ABBREVIATIONS_FILE),
    )
