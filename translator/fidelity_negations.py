"""One negation said more than once: over the items of a list, or over alternatives of one predicate.

The fidelity checks compare negations by count, and a faithful rendering may say one negation twice:

- spread over a list: "No previous irradiation to the pelvis or chemotherapy" becomes "You have never had radiation
  to the pelvis, and you have never had chemotherapy" (`distributed`);
- over alternatives of one predicate: "(Anticipated) inability to complete…" becomes "You cannot, or are expected
  not to be able to, complete…" (`elided`: the first cue's predicate is left out and shared with the alternative
  that follows).

Such repeats may be counted once. The same reading finds what a count cannot see: a list item or an alternative
that lost the negation its neighbour keeps ("You have never had radiation, and had chemotherapy"; "You cannot, or
are expected to be able to, complete"), reported in `lost_items` and `lost_alternatives`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from translator.facts import Fact, FactKind, extract_facts
from translator.fidelity_bracket_bounds import bracket_bounds
from translator.fidelity_double_negatives import double_negatives as double_negatives
from translator.fidelity_negation_words import AGREEMENT, affirmed_from, listed_or, other_predicate
from translator.lexicon import Lexicon
from translator.text_memo import TEXTS

# Cues that negate a state or an event; exceptions ("except", "unless") never repeat a negation.
_PLAIN = {"no", "not", "never", "neither", "none", "without", "absence", "free"}
_COORDINATOR = re.compile(r",|;|\b(?:and/or|and|or|nor)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SUBJECT = re.compile(r"^(?:you|they|he|she|it|we|the\s+(?:patient|participant)s?)\b\s*", re.IGNORECASE)
# The people a clause of a list opens with, which a rewording changes ("Patients who have not" → "You have not"):
# read without them on both sides, so that a frame the second person makes ("You have had A, you have not recovered
# from B") is one the source has too ("Patients, who have had A, patients who have not recovered from B").
_PEOPLE = r"(?:patients?|participants?|subjects?|individuals?|persons?|people|those)"
_FRAME_SUBJECT = re.compile(
    rf"^(?:you|they|he|she|it|we|(?:(?:the|female|male)\s+)?{_PEOPLE}(?:\s+(?:who|that))?|who)\b\s*", re.IGNORECASE)
# A coordinator before a new subject ("…, or patients that may need surgery") opens a clause of its own, no item of
# the list a negation before it covers. Not "or who …": "have not had X or who received Y", said "… or received Y",
# shares the "not".
# But "or who are …" does: "Women of child-bearing potential not using effective contraception or who are pregnant"
# says a state of its own ("… and are not using birth control, or you are pregnant"), not one more thing not used.
_NEW_SUBJECT = re.compile(rf"\b(?:or|and|nor)\s+(?:the\s+)?{_PEOPLE}\b|\bor\s+who\s+(?:are|is)\b", re.IGNORECASE)
_WHO_ARE = re.compile(r"\bor\s+who\s+(?:are|is)\b", re.IGNORECASE)
# A negation said by a word of its own, which a rewording can move to another clause. One an affix or a verb
# carries ("uncontrolled", "unwilling", "refrain") stays with its word: no clause before it had it, and the word
# after it is no verb that a list repeats ("uncontrolled low potassium or low magnesium" names two conditions).
_OWN_WORD = re.compile(r"no|not|never|none|neither|nor|without|cannot|can[’']t|[a-z]+n[’']t", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# Adverbs a clause may put before its verb: "you have ever had", "you have already had".
_ADVERB = re.compile(r"^(?:(?:ever|also|already|previously|once|still)\s+)+")
# Words before the noun of an item: "no other cause of A and another cause of B" repeat the noun "cause".
_DETERMINERS = re.compile(r"^(?:(?:a|an|the|any|other|another|some)\s+)+", re.IGNORECASE)
# A cue that is a negated auxiliary, and the auxiliary its positive clause keeps.
_AUX_CUE = re.compile(r"cannot|can[’']t|[a-z]+n[’']t", re.IGNORECASE)
_AUX = re.compile(r"^(?:can|could|will|would|do|does|did|is|are|was|were|have|has|should|must)\s+")
# Words of a clause's frame, not of what it is about: they never tie a clause to a list's item.
_FRAME_WORDS = {"have", "been", "were", "with", "that", "this", "from", "they", "their", "there", "will", "would",
                "could", "should", "must", "also", "ever", "already", "previously", "your", "take", "taking",
                "taken", "used", "using", "received", "receiving", "currently", "before", "after", "during"}
# A cue whose predicate is left out for an alternative set off by commas: "cannot, or are expected not
# to be able to, complete". Not "unable or unwilling to comply": two predicates, two negations.
# (not ", or both" after a list: both items at once, no alternative of its own)
_ELIDED = re.compile(r"\s*,\s*(?:or|and/or)\s+(?!both\b)", re.IGNORECASE)
# A predicate left out after its auxiliary, for the alternative that follows to finish: "You can, or …, complete".
_BARE_AUX = re.compile(r"\b(?:can|could|will|would|do|does|did|is|are|was|were|have|has|should|must|may|might)\s*$",
                       re.IGNORECASE)
# A list under a negation: the cue's clause goes on with another item. "or"/"nor" make every item
# negated ("no A or B" is "no A and no B"); "and" and a comma may list them too, or add a positive clause.
_LIST = re.compile(r"\b(?:or|nor|and|and/or)\b|,|/", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;:()\[\]]")
# "without any lipid-lowering agent or discontinued it": a verb of stopping after the "or" starts a clause of its own,
# which the "without" does not negate (a bullet's "or you did not stop it" is a negation added).
_STOPPED = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:discontinued|stopped|ceased|quit)\b", re.IGNORECASE)
_UNABLE, _ITS_NOUNS = re.compile(r"inabilit|unable", re.I), re.compile(r"(?:un|poorly\s+)controlled", re.I)
_CONDITION = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:issue|problem|disease|disorder|condition|syndrome)s?\b", re.I)
_AFTER_LIST = re.compile(r",|;|\b(?:and|but|with|while|unless|except)\b", re.IGNORECASE)


@dataclass
class NegationReading:
    """How the negations of one text read together."""

    count: int = 0
    distributed: int = 0  # cues that repeat an earlier one over another item of a list
    elided: int = 0  # cues that share a predicate with an earlier, elided one
    lost_items: list[tuple[int, int]] = field(default_factory=list)  # a list item that repeats the verb, uncued
    lost_alternatives: list[tuple[int, int]] = field(default_factory=list)  # the alternative of an elided cue


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    end = _SENTENCE_END.search(text, pos)
    return start, end.start() if end else len(text)


def _clause_before(text: str, cue: Fact) -> str:
    """The words of the cue's clause before it ("You have" of "…, and you have never had")."""
    sentence_start, _ = _sentence(text, cue.start)
    clause_start = sentence_start
    for m in _COORDINATOR.finditer(text, sentence_start, cue.start):
        clause_start = m.end()
    return text[clause_start : cue.start]


def _prefix(text: str, cue: Fact, subject: re.Pattern[str] = _SUBJECT) -> str:
    """The words of the cue's clause before it, without a subject ("you have" → "have")."""
    return " ".join(subject.sub("", _clause_before(text, cue).strip()).casefold().split())


def _next_word(text: str, cue: Fact) -> str | None:
    """The word the cue negates, past a determiner: "cause" of "no other cause"."""
    rest = _DETERMINERS.sub("", text[cue.end : cue.end + 60].lstrip())
    m = _WORD.match(rest)
    return m.group().casefold() if m and text[cue.end : cue.end + 1] in (" ", "") else None


def read_negations(text: str, facts: Sequence[Fact], items: Sequence[str] = ()) -> NegationReading:
    """How the negation cues among `facts` read together in `text`: a new reading each call, its lists the caller's.
    With `items`, the stretches a source negates item by item (`negated_items`), a repeated cue counts as carried
    over a list only from a head that names one of them (`_heads_an_item`)."""
    count, distributed, elided, lost_items, lost_alternatives = _read(
        text, tuple(f for f in facts if f.kind is FactKind.NEGATION), tuple(items))
    return NegationReading(count=count, distributed=distributed, elided=elided, lost_items=list(lost_items),
                           lost_alternatives=list(lost_alternatives))


# A criterion and its bullets are read by `check_rendering`, then again by `check` on the whole translation: kept by
# the text and its cues (all the reading depends on), as tuples, so no caller can change what the next one gets.
@lru_cache(maxsize=TEXTS)
def _read(text: str, cues: tuple[Fact, ...], items: tuple[str, ...] = ()
          ) -> tuple[int, int, int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    reading = _reading(text, cues, items)
    return (reading.count, reading.distributed, reading.elided, tuple(reading.lost_items),
            tuple(reading.lost_alternatives))


def _reading(text: str, cues: Sequence[Fact], items: Sequence[str] = ()) -> NegationReading:
    reading = NegationReading(count=len(cues))
    shared: set[int] = set()
    for i, cue in enumerate(cues):
        _, sentence_end = _sentence(text, cue.start)
        later = [(k, c) for k, c in enumerate(cues) if k > i and c.start < sentence_end]
        elided = _ELIDED.match(text, cue.end)
        if elided and _clause_before(text, cue).strip():
            # The alternative runs to the next comma: "cannot, or are expected not to be able to, complete".
            stop = text.find(",", elided.end(), sentence_end)
            stop = sentence_end if stop < 0 else stop
            partner = next((k for k, c in later if c.start < stop), None)
            if partner is None:
                reading.lost_alternatives.append((cue.start, stop))
            elif partner not in shared:
                shared.add(partner)
                reading.elided += 1
            continue
        if cue.cue not in _PLAIN:
            continue
        prefix, word = _prefix(text, cue), _next_word(text, cue)
        for k, other in later if _heads_an_item(text, cue, items) else []:
            # The same word repeated ("never … , and … never"): "unable or unwilling" are two predicates.
            if k in shared or other.text.casefold() != cue.text.casefold():
                continue
            gap = text[cue.end : other.start]
            if not _COORDINATOR.search(gap) or gap.count("(") != gap.count(")"):
                continue  # not coordinated, or one inside a bracket the other is outside of
            if any(c.cue in ("unless", "except") and cue.end <= c.start < other.start for c in cues):
                continue  # one in the main clause, one in the exception's conditions: "not A, unless … not B"
            if _prefix(text, other) in ("", prefix):
                shared.add(k)
                reading.distributed += 1
        # "uncontrolled" is its noun's: "uncontrolled epilepsy, …, or have had mental health conditions" loses nothing
        for lost in [] if _ITS_NOUNS.match(cue.text) else _lost_items(text, cue, _prefix(text, cue, _FRAME_SUBJECT),
                                                                      word, cues):
            if lost not in reading.lost_items:
                reading.lost_items.append(lost)
    reading.distributed += _repeated_by_neither(text, cues, shared)
    reading.lost_alternatives += [span for span in _uncued_elided(text, cues) if span not in reading.lost_alternatives]
    return reading


# "Skin cancer does not count, and neither does an earlier cancer": "neither" with its auxiliary put first says the
# negated predicate before it again of another subject, leaving it out ("neither A nor B counts"), as a repeated "not"
# over a list's items does.
_NEITHER_INVERTED = re.compile(r"\s+(?:does|do|did|is|are|was|were|has|have|can|could|will|would|should|may|must)\b"
                               r"(?!\s+not\b)", re.IGNORECASE)


def _repeated_by_neither(text: str, cues: Sequence[Fact], shared: set[int]) -> int:
    """The "neither"s of `cues` that repeat a negation before them in their sentence, over a coordinator."""
    repeated = 0
    for k, cue in enumerate(cues):
        if k in shared or cue.text.casefold() != "neither" or not _NEITHER_INVERTED.match(text, cue.end):
            continue
        start, _ = _sentence(text, cue.start)
        before = [c for c in cues[:k] if c.start >= start and c.cue in _PLAIN and c.text.casefold() != "neither"]
        if before and _COORDINATOR.search(text, before[-1].end, cue.start):
            shared.add(k)
            repeated += 1
    return repeated


def _heads_an_item(text: str, cue: Fact, items: Sequence[str]) -> bool:
    """Whether a cue may head a negation carried over a list: its own words, up to the next coordinator, name an item
    the source negates, or nothing to tell. "You are not a woman who can get pregnant and are not using or not
    willing to use birth control" puts a "not" before the woman of "Women of childbearing potential not using or
    not willing to use …": the source negates the use, item by item, never the woman."""
    if not items:
        return True
    stop = _COORDINATOR.search(text, cue.end)
    own = text[cue.end : stop.start() if stop else len(text)]
    return not word_stems(own) or shares_an_item(own, items)


def _uncued_elided(text: str, cues: Sequence[Fact]) -> list[tuple[int, int]]:
    """An elided predicate with no cue before an alternative that keeps one: "You can, or are expected not to be
    able to, complete" has lost the negation of "You cannot, or are expected not to be able to, complete". The
    negation is said twice in other words, so the count stays; the first alternative's scope has none."""
    lost = []
    for cue in cues:
        sentence_start, sentence_end = _sentence(text, cue.start)
        opening = text.rfind(",", sentence_start, cue.start)
        if opening < 0 or not _ELIDED.match(text, opening) or text.find(",", cue.end, sentence_end) < 0:
            continue  # not inside an alternative set off by commas: ", or … not …,"
        start = max(text.rfind(",", sentence_start, opening) + 1, sentence_start)
        before = text[start:opening]
        if _BARE_AUX.search(before) and not any(start <= c.start < opening for c in cues):
            span = (start + len(before) - len(before.lstrip()), opening)
            if span not in lost:
                lost.append(span)
    return lost


def _lost_items(text: str, cue: Fact, prefix: str, word: str | None, cues: Sequence[Fact]) -> list[tuple[int, int]]:
    """Other clauses of the cue's sentence in the same frame without any cue: the same words before the cue
    ("you are not pregnant" / "you are breastfeeding") or the same verb after it ("never had A, and had
    B", "ever had A, and never had B", "cannot swallow A, and can swallow B")."""
    sentence_start, sentence_end = _sentence(text, cue.start)
    joins = list(_COORDINATOR.finditer(text, sentence_start, sentence_end))
    cuts = [sentence_start, *(p for m in joins for p in (m.start(), m.end())), sentence_end]
    lost = []
    own_word = bool(_OWN_WORD.fullmatch(cue.text))
    verb, word = word, AGREEMENT.get(word, word) if own_word and word else None
    for n, (start, end) in enumerate(zip(cuts[::2], cuts[1::2], strict=True)):
        # A bare "or" repeating the cue's word is under the cue: "no hypertensive crisis or hypertensive X" (not ", or")
        if n and joins[n - 1].group().casefold() in ("or", "nor") and not (
                n > 1 and joins[n - 2].end() + 1 >= joins[n - 1].start()) and word and (
                first := _WORD.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))) and (
                AGREEMENT.get(first.group().casefold(), first.group().casefold()) == word):
            continue
        if any(start <= c.start < end for c in cues) or (not own_word and end <= cue.start):
            continue  # the cue's own clause, or one with a negation of its own, or before a cue that cannot move
        said = " ".join(text[start:end].casefold().split())
        words = _FRAME_SUBJECT.sub("", said)
        framed = bool(prefix) and words.startswith(prefix + " ")
        # the verb after a cue is matched as written: "Female subjects able to …" is no "able" a "not able" repeats
        words = _ADVERB.sub("", words[len(prefix) + 1 :] if framed else _SUBJECT.sub("", said))
        if framed and other_predicate(prefix, words, verb):
            continue  # "must not be pregnant … and must have a negative pregnancy test" (`other_predicate`)
        if not framed and _AUX_CUE.fullmatch(cue.text):
            words = _AUX.sub("", words)  # "cannot swallow A" / "can swallow B"
        first = _WORD.match(_DETERMINERS.sub("", words))  # "… no cause of A, and another cause of B"
        if framed or (first is not None and AGREEMENT.get(first.group(), first.group()) == word):
            lost.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
    return lost


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _FRAME_WORDS}


_LIST_OPENS = re.compile(r"\b(?:following|these|those|below|of|includ\w*|follows|any|either)\s*$", re.IGNORECASE)


def negated_items(text: str, facts: Sequence[Fact]) -> list[str]:
    """The stretches a negation covers item by item: "pelvis or chemotherapy" of "No previous irradiation to
    the pelvis or chemotherapy", from the cue to the end of its clause, when its items are joined by or/nor."""
    stretches = []
    for cue in (f for f in facts if f.kind is FactKind.NEGATION and f.cue in _PLAIN):
        _, end = _sentence(text, cue.start)
        semicolon = text.find(";", cue.end, end)
        end = semicolon if semicolon >= 0 else end
        # "Females not of childbearing potential: non-pregnant … surgically sterile or postmenopausal": a colon after a
        # whole phrase opens what it means, out of the negation's reach (not "no history of the following: A or B")
        colon = text.find(":", cue.end, end)
        end = colon if colon >= 0 and not _LIST_OPENS.search(text, cue.end, colon) else end
        end = affirmed_from(text, cue, new.start() if (new := _NEW_SUBJECT.search(text, cue.end, end)) else end)
        either = listed_or(text, cue.end, end)
        # "Inability to swallow or issues with malabsorption": an inability takes acts; a condition after "or" is
        # a criterion of its own, not a thing the reader cannot do
        if either is not None and not (_UNABLE.match(cue.text) and _CONDITION.match(text, either.end())):
            # The list ends with its last item: "Not pregnant or nursing, and using contraception".
            after = _AFTER_LIST.search(text, either.end(), end)
            stretches.append(text[cue.end : after.start() if after else end])
    return stretches


def names_an_item(clause: str, stretches: Sequence[str]) -> bool:
    """Whether a bullet's clause names something of a negated list ("you have had chemotherapy"), in the
    source's words or in the lexicon's plain words for them ("breastfeeding" for "nursing")."""
    if not stretches:
        return False  # without reading the clause
    mine = _stems(clause)
    return any(mine & (_stems(stretch) | _plain_stems(stretch)) for stretch in stretches)


def shares_an_item(clause: str, stretches: Sequence[str]) -> bool:
    """`names_an_item` read both ways: the clause's letters in the lexicon's plain words too ("HBV" names the
    "hepatitis B virus" of a stretch, as "hepatitis B virus" names its "HBV")."""
    mine = _stems(clause) | _plain_stems(clause)
    return any(mine & (_stems(stretch) | _plain_stems(stretch)) for stretch in stretches)


def word_stems(text: str) -> set[str]:
    """Five-letter stems of a text's words of four letters or more, without the words of a clause's frame."""
    return _stems(text)


def _plain_stems(text: str) -> set[str]:  # "pregnant nor nursing" lists what the lexicon's "pregnant or nursing" does
    return {stem for match in Lexicon.load().find(re.sub(r"\bnor\b", "or", text)) if match.plain
            for stem in _stems(match.plain)}


def negates_a_list(text: str, facts: Sequence[Fact]) -> bool:
    """Whether a cue's clause goes on with more items: "No A or B", "no fever, cough", "no A and B". The
    clause ends at a bracket, a colon or a semicolon: "(… or not surgically sterile) must use A or B" does
    not negate a list."""
    for cue in (f for f in facts if f.kind is FactKind.NEGATION and f.cue in _PLAIN):
        _, end = _sentence(text, cue.start)
        stop = _CLAUSE_STOP.search(text, cue.end, end)
        who = _WHO_ARE.search(text, cue.end, end)  # (a clause "or who are …" of its own: `_NEW_SUBJECT`), if first
        stop = who if who and (stop is None or who.start() < stop.start()) else stop
        if any(not _STOPPED.match(text, m.end()) for m in _LIST.finditer(text, cue.end, stop.start() if stop else end)):
            return True
    return False


_WHETHER_OR = re.compile(r"\bwhether\s+or\s+$", re.IGNORECASE)
# "(regardless of having perennial allergic rhinitis or not)", "whether you have it or not": the "or not" that ends
# such a phrase says both cases, as "whether or not" does.
_OR_NOT_ENDS = re.compile(r"\b(?:regardless|irrespective|whether)\b[^.;:()]{0,80}\bor\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[),.;:]|$)")
# ", marketed or not,", "(treated or not)": a participle and its "or not" set off on their own say both cases too.
_PARTICIPLE_OR_NOT = re.compile(r"[,(]\s*[a-z]+(?:ed|en|wn)\s+or\s+$", re.IGNORECASE)


def inert_removed(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts without negation cues that negate nothing of their own: "whether or not you take" (as "with or without"
    is), and "nor", which goes on with a negation said before it ("not A nor B", "neither A nor B") and so is counted
    with it (one that opens a clause, "nor have plans to", is counted by `fidelity_negation_counts`); a "nor" with none
    before it ("either sterilized nor willing") has lost the negation it went on with."""
    return [f for f in facts if f.kind is not FactKind.NEGATION or not (
        f.cue == "nor" or _WHETHER_OR.search(text, max(0, f.start - 12), f.start)
        or ((_OR_NOT_ENDS.search(text, max(0, f.start - 100), f.start)
             or _PARTICIPLE_OR_NOT.search(text, max(0, f.start - 30), f.start)) and _CLAUSE_END.match(text, f.end)))]


def facts_of(text: str, facts: Sequence[Fact] = ()) -> list[Fact]:
    """The facts the checks compare: `facts` (else `extract_facts`) without negation cues that negate nothing of their
    own, a converted amount in brackets bounded as the amount it restates (`translator.fidelity_bracket_bounds`)."""
    return bracket_bounds(text, inert_removed(text, list(facts) or extract_facts(text)))
