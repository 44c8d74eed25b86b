"""Planted error "clause_dropped": one item of a list in a faithful bullet left out.

The item has no number, unit, window or negation in it (those are the fact and negation checks' own planted errors)
and a word that no other bullet of the case says, so that something is lost for certain; an item that says how a
list reads ("that is", "both inclusive", "etc." after examples, "including" before "but not limited to") is never
the one left out.
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from translator.fidelity_content import said_stems, stem, stems_of, term_wordings
from translator.fidelity_negations import facts_of
from translator.lexicon import Lexicon
from translator.lexicon_entries import Use

# Where a list in a bullet parts its items: "a stroke, a heart attack or heart failure".
_ITEM_BREAK = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
_LETTERS = re.compile(r"[A-Za-z]{3,}")


def clause_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One item of a list in a bullet left out, an item with no number, unit, window or negation in it: "You have
    had a stroke, a heart attack or heart failure" → "You have had a stroke or heart failure". Only an item with a
    word that no other bullet of the case says, so that something is lost for certain."""
    found = drop_places(case)
    if not found:
        return None
    return dropped_at(case, rng.choice(found))


def dropped_at(case: EvalCase, place: tuple[int, int, int]) -> EvalCase:
    """The case with the text from `start` to `end` of bullet `index` left out."""
    index, start, end = place
    text = case.bullets[index].text
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": text[:start] + text[end:]})
    return case.model_copy(update={"bullets": bullets})


def drop_places(case: EvalCase) -> list[tuple[int, int, int]]:
    """Every place `clause_dropped` may choose, as (bullet index, start, end), in the order it chooses from: listed
    so that a measure can plant a drop at each of them."""
    found: list[tuple[int, int, int]] = []
    glossed = _gloss_words(case)
    for index, bullet in enumerate(case.bullets):
        breaks = list(_ITEM_BREAK.finditer(bullet.text))
        if not breaks:
            continue
        names = [(m.start, m.end) for m in Lexicon.load().find(bullet.text)] + _wordings(case, bullet.text)
        for before, after in zip(breaks, [*breaks[1:], None], strict=True):
            start, end = before.start(), (after.start() if after else len(bullet.text.rstrip(" .")))
            # An item ends where its sentence does: the next sentence is none of the list's.
            stop = _SENTENCE_END.search(bullet.text, before.end(), end)
            end = stop.start() if stop else end
            item = bullet.text[before.end():end]
            if not _LETTERS.search(item) or facts_of(item) or _NEGATED.search(item) or _NO_LOSS.fullmatch(
                    item.strip(" ,;:.()")) or (_OPEN_LIST.fullmatch(item) and _EXAMPLES.search(bullet.text[:start])):
                continue
            if item.strip(" ,").casefold() == "including" and _NOT_LIMITED.match(bullet.text, end):
                continue
            if not _list_member(bullet.text, before, after, item, names) or _writers_gloss(
                    case, bullet.text, start, item) or _doubles_neighbour(bullet.text, start, item):
                continue
            others = " ".join(b.text for i, b in enumerate(case.bullets) if i != index).casefold()
            rest = (bullet.text[:start] + bullet.text[end:]).casefold()
            kept = _bracketed_terms(case, bullet.text, end)
            if any(word.casefold() not in others and word.casefold() not in rest and word.casefold() not in glossed
                   and stem(word) not in kept for word in _LETTERS.findall(item)):
                found.append((index, start, end))
    return found


_NEGATED = re.compile(r"\b(?:no|not|never|without|none|neither|nor|except|unless)\b", re.IGNORECASE)
# "etc." that closes a list of examples ("For example, A, B, etc." → "For example, A, B"): examples leave a list open
# either way. Not one after a plain list ("A, B, etc."), which only it leaves open.
_OPEN_LIST = re.compile(r"\W*etc\W*", re.IGNORECASE)
_EXAMPLES = re.compile(r"\b(?:such as|for example|e\.g|including|like)\b", re.IGNORECASE)
# "including" before "but not limited to" or "among others": left out, the list still reads as examples ("any cause
# other than iron deficiency, including, but not limited to:" → "…, but not limited to:").
_NOT_LIMITED = re.compile(r"[\s,]*(?:but not limited to|among others)\b", re.IGNORECASE)
# Items that say how a list or a range reads, not what is in it: left out, nothing is lost ("functioning normally,
# that is, they meet these criteria" → "functioning normally, they meet these criteria"; "16 to 75 years old, both
# inclusive" or "both included" → "16 to 75 years old": a range is read with its ends either way; "metastases, including
# these:" → "metastases:").
_NO_LOSS = re.compile(
    r"(?:that is|such as|namely|for example|as follows|including (?:these|those|the following)|(?:both )?inclusive"
    r"|both (?:values |ends )?included|including those ages|with both ends of (?:each|the) range included)",
    re.IGNORECASE,
)


# What is no list item, though commas and "and" part it from the rest (left out, no item of a list is lost, or the
# bullet no longer reads as English): words of a name ("Diagnostic and Statistical Manual", "head and neck
# cancer"), function words alone ("; and", "or both"), the next sentence (an item ends with its own: "and
# of an age when pregnancy is possible. In addition" is cut at the full stop), the
# bullet's verdict (", you are allowed to participate"), and a lead-in (", defined by:", ", as shown by:", ", as
# defined here:", ", defined by the following:", ", which includes:", ", based on either of these:", ", you must meet
# all of these criteria:": the list after it says what it defines, and whether all or one of its items is asked is
# the lead-in's own words, which the section heading repeats).
_VERDICT = re.compile(r"(?:(?:you|the subject|subjects|patients?|they)\s+)?(?:are\s+|is\s+|will\s+be\s+)?"
                      r"(?:allowed to (?:participate|take part)|can take part|eligible|being eligible|excluded)\W*",
                      re.IGNORECASE)
_LEAD_IN = re.compile(r"(?:(?:as\s+)?(?:defined|shown)\s+(?:by|as|here|below|as\s+follows)"
                      r"|.*\b(?:all|any|one)\s+of\s+(?:these|the\s+following)(?:\s+(?:criteria|conditions))?"
                      r"|(?:(?:defined|shown)\s+by\s+the\s+following|which\s+(?:includes?|means)|.*\beither\s+of\s+these)"
                      r"\s*:)\W*", re.IGNORECASE)
# Function words, and the words of a comparator ("18 or more", "or lower"): the comparator's own planted errors.
_FUNCTION = frozenset("""and or nor the a an any other others both all of to in more less greater lower higher
over under above below fewer""".split())  # noqa: SIM905 - a word list reads better as words
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_NAME_AND = re.compile(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+|\bhead\s+and\s+neck\b")


def _gloss_words(case: EvalCase) -> set[str]:
    """Words that only the lexicon's definitions of the case's terms say, not its sources: a bullet may carry a
    definition in its own sentence ("the Mini-Mental State Examination (MMSE), a test of memory and thinking"), and
    leaving a word of it out ("a test of memory") loses nothing the source says."""
    said = {w.casefold() for source in case.sources for w in _LETTERS.findall(source.text)}
    words: set[str] = set()
    for source in case.sources:
        for match in Lexicon.load().find(source.text):
            if match.use is not Use.DEFINE:
                continue
            gloss = match.sense.plain if match.sense is not None else match.plain
            words.update(w.casefold() for w in _LETTERS.findall(gloss or ""))
    return words - said


def _bracketed_terms(case: EvalCase, text: str, end: int) -> set[str]:
    """Stems of the lexicon wordings of the sources' terms that the bracket after an item ending at `end` writes: an
    item that only says such a term in plain words ("low calcium, low magnesium, low sodium or low potassium
    (hypocalcemia, hypomagnesemia, …)", "intrauterine devices or systems (IUDs/IUSs)") is the writer's gloss of a
    term the bullet still says right after it; left out, no fact of the source is lost."""
    bracket = _NEXT_BRACKET.match(text, end)
    if bracket is None:
        return set()
    sources = " ".join(s.text for s in case.sources).casefold()
    stems: set[str] = set()
    for match in Lexicon.load().find(bracket.group(1)):
        if match.text.casefold() in sources:
            for wording in (match.plain, match.sense.plain if match.sense is not None else None):
                stems |= stems_of(wording or "")
    return stems


_NEXT_BRACKET = re.compile(r"[^.;()]{0,80}?\(([^()]*)\)")


def _doubles_neighbour(text: str, start: int, item: str) -> bool:
    """Whether the item is one word of the checks' everyday word groups, that of the word right before it: a pair of
    words for one thing ("any significant disease, illness or psychiatric disorder", "lactating and breastfeeding"),
    one of which left out loses nothing the checks can tell. Not two words that only share their first five letters
    ("deferiprone or deferasirox", "gastritis or gastroduodenitis"): those are two things."""
    words = [w for w in _LETTERS.findall(item) if w.casefold() not in _FUNCTION]
    last = _LETTERS.findall(text[:start])[-1:]
    return len(words) == 1 and bool(last) and stem(words[0]) == stem(last[0]) and (
        words[0][:5].casefold() != last[0][:5].casefold())


# A term's abbreviation alone in brackets ("non-steroidal anti-inflammatory drugs, (NSAID)"); a gloss after one, an
# appositive the writer added ("creatinine clearance (CrCl), a measure of kidney function, is …").
_ABBREVIATION = re.compile(r"\(\s*[A-Z][A-Za-z0-9-]*\s*\)")
_APPOSITIVE = re.compile(r"an?\s+[a-z]")


def _writers_gloss(case: EvalCase, text: str, start: int, item: str) -> bool:
    """Whether the item is no source fact: a bracketed abbreviation alone, an appositive after one whose words
    the sources say none of, or a member of a list in brackets no word of which a source says, by itself or by a
    lexicon wording ("first-degree relatives (parents, brothers, sisters or children)": the writer's gloss of
    "first-degree relatives"). Left out, nothing the source says is lost, so it is no planted error."""
    bare = item.strip(" ,;")
    if _ABBREVIATION.fullmatch(bare):
        return True
    opening = text.rfind("(", 0, start)
    if opening > text.rfind(")", 0, start):
        closing = text.find(")", start)
        told = set().union(*(said_stems(s.text) | {w for _, _, stems in term_wordings(s.text) for w in stems}
                             for s in case.sources))
        gloss = stems_of(text[opening + 1:closing if closing > 0 else len(text)])
        if gloss and not gloss & told:
            return True
    if not (text[:start].endswith(")") and _APPOSITIVE.match(bare)):
        return False
    said = {w.casefold() for source in case.sources for w in _LETTERS.findall(source.text)}
    return not any(w.casefold() in said for w in _LETTERS.findall(bare))


_BRACKET_BETWEEN = r"(?:\s*\([^()]*\))?\s+"


def _wordings(case: EvalCase, text: str) -> list[tuple[int, int]]:
    """Where `text` writes the lexicon wording of a term of the case's criteria that joins two parts ("heart and
    blood vessel" for "cardiovascular"): half of it left out ("heart disease") is how a careful writer says the term
    too (a hand-written paraphrase says "cardiovascular, liver or lung disease" as "heart, liver or lung disease"),
    so no loss the checks can tell."""
    spans = []
    for source in case.sources:
        for match in Lexicon.load().find(source.text):
            wording = match.plain or ""
            if " and " in wording and not match.is_abbreviation:
                # the wording with the term bracketed inside it too: "heart and blood vessel (cardiovascular) disease"
                written = _BRACKET_BETWEEN.join(re.escape(word) for word in wording.split())
                spans += [(m.start(), m.end()) for m in re.finditer(written, text, re.IGNORECASE)]
    return spans


def _list_member(text: str, before: re.Match[str], after: re.Match[str] | None, item: str,
                 names: list[tuple[int, int]]) -> bool:
    """Whether the text from break `before` to break `after` is a list member that can be left out (see above)."""
    if all(word.casefold() in _FUNCTION for word in re.findall(r"[A-Za-z]+", item)):
        return False
    if _VERDICT.fullmatch(item.strip()) or _LEAD_IN.fullmatch(item.strip()):
        return False
    for edge in (before, after):
        if edge is None:
            continue
        if any(a < edge.start() and edge.end() < b for a, b in names):
            return False
        joined = _NAME_AND.search(text, max(edge.start() - 20, 0), min(edge.end() + 20, len(text)))
        if joined and joined.start() <= edge.start() and edge.end() <= joined.end():
            return False
    return True
