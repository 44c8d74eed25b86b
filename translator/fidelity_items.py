"""A list item the bullets left out: "a stroke, a heart attack or heart failure" said as "a stroke or heart failure".

`translator.fidelity_content` finds a dropped clause by its length (four content words in a row that no bullet
says); a list item is often one or two words ("psoriasis", "or breastfeeding") and a plain rewrite changes single
words all the time, so length alone cannot tell a lost item from a reworded one. The bullet's own shape can: where
an item is reworded, the rewording stands in its place between the words around it; where it is left out, the
bullet says the word before it and the word after it with nothing between. So an item is reported when

- it is a member of a list: text between two breaks of the criterion (a comma, semicolon, slash, bracket, "and",
  "or", "nor") with a comma, semicolon, "and", "or" or "nor" on a side, or slashes on both ("units/litre" is a
  "per"); not the first (a bullet opens with words of its own, "You have"), unless only frame words and a listing
  break stand before it ("Known or suspected X": the bullet's sentence start is its neighbour before), not a label
  before a colon;
- it states no negation, and it is read up to its first number, unit or window (the fact checks compare those; the
  words before a window that ends an item are its own: "plasma, immunoglobulin transfusion within 30 days"); no
  citing bullet says any of its content words (compared as `content_missing` compares: stem, everyday word group,
  lexicon wording); or it keeps some and loses a specific one (`fidelity_item_words.specific`), its kept words said
  in the sentence that closes the gap;
- or every word of it is said, but by other words with its stems ("neuromuscular" by "neurological": five letters
  compared): the bullets say each of its stems fewer times than the source does, and no word beside it has them;
- one sentence of a citing bullet says the content word before the item and the one after it, in a row, with
  only function words between them (the source's own there, or those of `_JOINERS`: "or", "the", "that is"): the
  gap. An item at the end has the two words before it said in a row and nothing but such words after them; a
  neighbour the item's own kept words could stand for ("letrozole: hypersensitivity to letrozole") is told apart by
  one more word on its side, or by the sentence's start. A bullet's abbreviation says its expansion ("CT" for
  "computed tomography"); the words of a lexicon term the bullets say in its wording ("myocardial infarction" as
  "heart attack") are also read as one neighbour, and so are an abbreviation in brackets and the words it spells
  out; a semicolon, a number or a comparator among the neighbours, the end of a bracketed list and the first of its
  examples, are read as `translator.fidelity_item_neighbours` tells. A neighbour after the item that the bullets do
  not say (worded otherwise than the lexicon) is stood in for by the next said word, up to two words away.
- An item with a rare word (not in a general English dictionary, or a medicine's name) that no bullet says, nor any
  word of its lexicon wording, nor any other word of the item, is left out wherever its neighbours went: the rare
  word has no other wording to be said by. So is one that keeps its other words but says each fewer times than the
  source does ("monogenic diabetes" among other diabetes: `fidelity_item_words.lost_rare`).
- A plain wording a bullet puts before a term it brackets, right after a list's break ("rhythm or shape
  (morphology)"), stands for the term: the gap is read with the term in its place.
- The first item, which has no neighbour before it, is left out when its name (the words after its frame's last
  function word) has a rare word or an acronym and no bullet says any of its words (`fidelity_first_items`).

Measured over the offline bullets of the whole corpus (43,057 cases), the mutation suite's sample and the 344
hand-written paraphrases: nothing faithful is reported. The reported items are errors: the gap is the sign that
the item is gone, not reworded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from translator import fidelity_item_words
from translator.fidelity_abbreviated import said_spans
from translator.fidelity_content import (
    ERROR_RUN,
    content_words,
    dropped_medicines,
    dropped_runs,
    is_stop_word,
    said_stems,
    stem,
    stems_of,
    term_wordings,
)
from translator.fidelity_examples import dropped_examples
from translator.fidelity_first_items import lost_first
from translator.fidelity_item_neighbours import (
    bracket_parts,
    comparing_words,
    end_spare,
    ends_sentence,
    fronted,
    next_said,
    numbers_between,
    opens_examples,
    opens_with,
    spelled_out,
    terms_for_plain,
    unglossed,
    whole_sentences,
    without_take,
)
from translator.fidelity_item_parts import framed_said, plain_part, without_choices
from translator.fidelity_item_words import (
    Word,
    lost_rare,
    misspelled_said,
    said_by_others,
    specific,
    term_units,
    unsaid_whole,
)
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.text_memo import memo_by_text

# Where a criterion's list parts its items; "and/or" is a slash between two words (not ">/=", a comparator).
_BREAK = re.compile(r"[,;:()\[\]]|(?<![<>])/|\b(?:and|or|nor)\b|\.(?=\s+[A-Z])", re.IGNORECASE)
# The breaks that make a list: an item is a list member when one of these is on a side of it.
_LISTING = frozenset({",", ";", "/", "and", "or", "nor"})
# Words of compound prepositions ("according to", "based on", "in accordance with"), which a rewrite says as
# another ("as set by", "using", "by"): function words, like those `content_missing` skips.
_PREPOSITIONS = frozenset({"according", "accordance", "based", "regarding", "respect", "regardless"})
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# What may stand in a gap beside the source's own function words: a rewrite rewords those and the frame around a list
# freely ("i.e." said as "that is", "prior" as "past"), and none of them says an item. Not a verb ("underwent" is
# said as "had"), nor any word that can say what an item says.
_JOINERS = frozenset("""
a an another the and or nor but of to in on at by for from with into via per as such like that is are this these those
which e g i ie eg etc any all other its their your you past prior previous previously current currently history known
recent recently documented evidence presence one ones
""".split())  # noqa: SIM905 - a word list reads better as words
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_ENUMERATOR = re.compile(r"^\s*\(?\d{1,2}[).]\s")  # "6) no antidepressant …": a number that counts lines, no content
# An item after frame words and a listing break or colon alone ("Known or suspected X", "Any of the following: X, Y"):
# it has no content word before it, and the bullet's sentence start (or fronted window) stands for its neighbour.
_AFTER_FRAME = re.compile(r"(?:[,;:/]|\b(?:and|or|nor))\s*$", re.IGNORECASE)
_NUMBER = "#"  # a number in a bullet: content, so no gap is closed across it


def _items(source: str) -> list[tuple[int, int]]:
    """The list members of `source`: spans between two breaks with a listing break on a side."""
    breaks = [(0, 0, ""), *((m.start(), m.end(), m.group().casefold())
                            for m in _BREAK.finditer(without_choices(source))), (len(source), len(source), "")]
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
    for m in _TOKEN.finditer(without_take(sentence)):  # "taken part" is one word, "participate"
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
                at_start: bool = False, wordings: Sequence[Sequence[frozenset[str]]] = (),
                spare: tuple[int, frozenset[str]] = (0, frozenset())) -> bool:
    """Whether `tokens` say `words` in order, each by one or more content words of its wordings ("heart and blood
    vessel" for "cardiovascular"), from the first content word with `at_start`, with nothing but `allowed` words
    between word `gap - 1` and word `gap` (or after the last word when `gap` is past them): the item is not said
    there in other words. A word said by a wording of several words ("heart attack" for "MI") is said by a run
    with all of them (`wordings`: each word's own stem and its said wordings), not by one ("heartbeat"). `spare`:
    how many words the gap may hold besides, none of which says a word of the source (its stems, the second)."""
    content = [i for i, token in enumerate(tokens) if token.stem is not None]
    n = len(content)

    def between(i: int, j: int, extra: int = 0) -> bool:  # the words from i to j, exclusive, are allowed
        odd = [tokens[t] for t in range(i, j) if tokens[t].word not in allowed]
        return len(odd) <= extra and not any(token.says & spare[1] for token in odd)

    def says(c: int, k: int) -> bool:
        return c < n and bool(tokens[content[c]].says & words[k])

    def match(c: int, k: int) -> bool:
        if k == len(words):
            return gap < len(words) or between(content[c - 1] + 1, len(tokens), spare[0])
        if k == gap and k > 0:  # the spare words may be content words: read past as many
            return any(between(content[c - 1] + 1, content[e], spare[0]) and step(e, k)
                       for e in range(c, min(c + spare[0] + 1, n)))
        return step(c, k)

    def step(c: int, k: int) -> bool:
        if not says(c, k):
            return False
        # A run that says only what the other side of the gap says too ("heart" for "heart failure" and "heart
        # attack", "therapy" for "ART" and "treatment") shows no gap.
        other: frozenset[str] = frozenset()
        if gap and gap < len(words) and k in (gap - 1, gap):
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


def _bullet_stems(sentences: Sequence[str]) -> list[frozenset[str]]:
    """What each content word of the bullets says, in order."""
    return [token.says for sentence in sentences for token in _tokens(sentence) if token.stem is not None]


def _count(stems: frozenset[str], said: Sequence[frozenset[str]]) -> int:
    return sum(bool(stems & other) for other in said)


_Word = Word  # a content word of a source (`translator.fidelity_item_words`)


def _gap(source: str, inside: Sequence[_Word], kept: Sequence[frozenset[str]], before: Sequence[_Word],
         after: Sequence[_Word], sentences: Sequence[str], whole: Sequence[str] = (),
         spare: tuple[int, frozenset[str]] = (0, frozenset())) -> bool:
    """Whether a sentence of the bullets says the item's neighbours (`before`, `after`) with nothing between them;
    across a semicolon too (`whole`: the bullets' sentences not parted at one) where the source has one there."""
    # One neighbour each side where there are both; up to two before an item at the end. A neighbour that the
    # item's own said words could stand for ("hypersensitivity to letrozole" after "letrozole:") is told apart
    # by one more word on its side, or where the source has none, by the sentence's start.
    clash_left = bool(before) and any(stems & before[-1][2] for stems in kept)
    clash_right = bool(after) and any(stems & after[0][2] for stems in kept)
    left = min(2 if not after else 1, len(before)) + clash_left
    right = min(len(after), 1) + clash_right
    # After frame words alone, or the one more word said otherwise ("Administration of" as "You have had"): the start
    unsaid = clash_left and len(before) >= left and not before[-left][3]
    at_start, left = len(before) < left or not before or unsaid, min(left, len(before)) - unsaid
    if len(after) < right:
        return False
    context = [*before[-left:], *after[:right]]
    if not context or not all(w[3] for w in context):
        return False
    gap = left
    # The function words the source has from its word before the item to its word after it may stand in the
    # gap ("or", "the", "any"); a word of the item may not, nor any other: that is the item said otherwise.
    stretch = source[context[gap - 1][1] if gap else 0:after[0][0] if after else len(source)]
    allowed = _JOINERS | {w.casefold() for w in _TOKEN.findall(stretch)
                          if is_stop_word(w) or w.casefold() in _PREPOSITIONS}
    # Read across a semicolon the source has there (and past a window a bullet puts first, at the start); past a
    # comparator beside a number the source has there.
    sentences = [*sentences, *whole] if ";" in stretch else fronted(sentences) if at_start else sentences
    allowed |= (comparing := comparing_words(stretch, source[:context[gap - 1][0]] if gap else ""))
    # The words it keeps are said in the sentence that closes the gap, each by its stem or a whole lexicon wording
    # ("renal" as "kidney"): not by an abbreviation that stands for the whole item ("CT" for "Computerized Axial
    # Tomography"), nor by a word its term shares with a neighbour ("virus" of "human immunodeficiency virus").
    own = [w[5] for w in inside if w[3]]
    # A number the source has among the neighbours is said by the bullet there too: read past.
    numbers = numbers_between(source, context[0][0], context[-1][1])
    rows = (tuple(t for t in _tokens(s) if (t.stem != _NUMBER or t.word not in numbers) and t.word not in comparing)
            for s in sentences)
    return any(all(any(wording <= {token.stem for token in row} for wording in covering) for covering in own)
               and _closes_gap(row, [w[2] for w in context], gap, frozenset(allowed), at_start,
                               [w[5] for w in context], spare)
               for row in rows)


@memo_by_text()  # read by `check_rendering`, then again by `check` on the whole translation
def dropped_items(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the list items of `source` that `bullets` leave out, with the gap to show for it."""
    items = _items(source)
    if not items:  # most criteria have no list: nothing more to read
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    wordings = [(a, b, stems) for a, b, stems in term_wordings(source) if stems <= said]
    words: list[_Word] = []
    abbreviations = said_spans(source, bullets)
    for start, end, word_stem in content_words(source):
        if source[start:end].casefold() in _PREPOSITIONS:
            continue
        covering = [frozenset({word_stem}), *(stems for a, b, stems in wordings if a <= start and end <= b)]
        alternatives = frozenset().union(*covering)
        spelled = any(a <= start and end <= b for a, b in abbreviations)  # "IV" said for "intravenous (IV)"
        spelled = spelled or framed_said(source, start, end, bullets)  # "assessed as mild" said "is mild"
        words.append((start, end, alternatives, spelled or bool(alternatives & said), word_stem, covering))
    # The bullets' sentences are tokenised only when an item gets as far as needing them; most never do.
    sentences = [_ENUMERATOR.sub("", s) for text in bullets for s in _SENTENCE_END.split(text) if s.strip()]
    whole = whole_sentences(bullets)
    bracketed: list[str] | None = None
    source_stems = [w[2] for w in words]
    units = term_units(words, [*((a, b) for a, b, _ in wordings), *spelled_out(source)])
    units = words if len(units) == len(words) else units
    bullet_stems: list[frozenset[str]] | None = None
    told: Counter[str] | None = None
    own: Counter[str] = Counter()
    found = []
    for start, end in items:
        before = [w for w in words if w[1] <= start]
        # an item with no neighbour before it (but for its name), or no content word, is let go before its facts are
        # read (a list item's text is read for nothing else: a third of all the texts the checks extracted facts from)
        if not (led := before or _AFTER_FRAME.search(source, 0, start)) and (
                name := lost_first(source, (start, end), words, said, bullets)):
            found.append(name)
        if not led or not any(start <= w[0] and w[1] <= end for w in words):
            continue
        end = start + plain_part(source[start:end])
        inside = [w for w in words if start <= w[0] and w[1] <= end]
        if not inside:
            continue
        kept = [w[2] for w in inside if w[3]]
        after = [] if ends_sentence(source, end) else [w for w in words if w[0] >= end]
        if told is None and kept:  # counted from the words, not the tokens: most lists have every item said
            told = Counter(word_stem for text in bullets for _, _, word_stem in content_words(text))
            own = Counter(w[4] for w in words)
        if len(kept) == len(inside):
            beside = [*(w[2] for w in before[-1:]), *(w[2] for w in after[:1])]
            # a rare word said only by a neighbour's stem ("gastroduodenitis" by that of "gastritis"): gone
            if fidelity_item_words.unwritten_rare(source, inside, bullets):
                found.append((start, end))
                continue
            if not said_by_others(inside, own, told or Counter(), beside):
                continue
        elif not kept and unsaid_whole(source, (start, end), [(w[0], w[1]) for w in inside], said, bullets):
            found.append((start, end))  # said no way at all: left out, wherever its neighbours went
            continue
        # An item that keeps some of its words is left out when what it loses is specific, or when the bullets say
        # each word it keeps fewer times than the source does: the other items say them ("lymphocytic colitis or
        # collagenous colitis" said as "collagenous colitis"), and the item's own are gone.
        if kept:
            if bullet_stems is None:
                bullet_stems = _bullet_stems(sentences)
            fewer = all(_count(stems, source_stems) > _count(stems, bullet_stems) for stems in kept)
            if not fewer and not any(specific(source, w[0], w[1]) for w in inside if not w[3]):
                continue
            if lost_rare(source, (start, end), inside, said, own, told or Counter()):
                found.append((start, end))
                continue
        # The neighbours are read word by word, and again with a lexicon term said in its wording as one neighbour
        # ("myocardial infarction" said as "heart attack"); either closing the gap shows it.
        if _gap(source, inside, kept, before, after, sentences, whole) or _gap(
                source, inside, kept, before, after, terms_for_plain(sentences), whole) or (not kept and any(
                specific(source, w[0], w[1]) for w in inside) and _gap(
                source, inside, kept, before, after, unglossed(sentences), whole)):
            found.append((start, end))
            continue
        if units is not words:
            joined = [u for u in units if u[1] <= start], [u for u in units if u[0] >= end]
            if joined[0] and joined != (before, after) and _gap(source, inside, kept, *joined, sentences, whole):
                found.append((start, end))
                continue
        # The neighbour after the item worded otherwise than the lexicon ("social situations"): the next word said
        # stands in for it. (Not the one before: a rewording moves around the word it leans on, "bilirubin
        # metabolism or excretion" said as "how the body breaks down or gets rid of bilirubin".)
        # The unsaid words skipped are said otherwise ("receive" as "get"): as many words that say none of the
        # source's may stand in the gap before the next said one.
        anchors = next_said(before, after) if before else None
        spare = (len(after) - len(anchors), frozenset().union(*source_stems)) if anchors else end_spare(
            anchors, inside, after)
        if anchors is not None and _gap(source, inside, kept, before, anchors, sentences, whole, spare):
            found.append((start, end))
            continue
        # The last item of a bracketed list ends it, wherever the bullet puts the list.
        if after and source[end:end + 1] == ")" and "(" not in source[start:end]:
            if bracketed is None:
                bracketed = bracket_parts(sentences)
            if _gap(source[:end], inside, kept, before, [], bracketed):
                found.append((start, end))
                continue
        # The first example of a bracketed list, said nowhere: a bullet whose list of examples opens with the
        # example after it ("(e.g., exenatide or liraglutide)" → "For example or liraglutide.") left it out.
        if not kept and after and after[0][3] and opens_examples(source, start):
            if bracketed is None:
                bracketed = bracket_parts(sentences)
            if any(opens_with(_tokens(part), after[0][2], _JOINERS) for part in bracketed):
                found.append((start, end))
    return found


def item_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                  raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each list item of `source` that the `bullets` citing it (index, text) leave out, but for those
    that `content_missing` reports as an error already (a long run, a medicine's name)."""
    texts = [text for _, text in bullets]
    dropped = dropped_items(source, texts) + dropped_examples(source, texts)  # "(e.g. symptom improvement)" too
    if not dropped:
        return []
    reported = [(a, b) for a, b, _ in dropped_runs(source, texts, ERROR_RUN)] + dropped_medicines(source, texts)
    findings = []
    for start, end in dropped:
        if any(a < end and start < b for a, b in reported) or misspelled_said(source[start:end], texts):
            continue
        item = source[start:end].strip(" .")
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR,
            message=f"{source_id}: the bullets citing it leave out the list item “{item}”", criterion_id=source_id,
            bullet_index=bullets[0][0], source_span=raw_of(start, end) if raw_of else None))
    return findings
