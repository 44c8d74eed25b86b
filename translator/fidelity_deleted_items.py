"""A list item cut out of a bullet that otherwise copies its source: "immunosuppressants, immunomodulators or
corticosteroids" said as "immunosuppressants or corticosteroids".

`translator.fidelity_items` finds a left-out item by the gap around it, reading the neighbours by five-letter stems
and lexicon wordings; it stays silent where those say too much: an item whose stem another item shares
("immunomodulators" beside "immunosuppressants"), one whose neighbour is a frame word ("Known or suspected X"), one
at the start of a bracketed list of examples, or neighbours reworded a word away. Many bullets are the source itself
with words changed here and there (the offline backend rewrites word by word; a model keeps most of the wording),
and there a loss shows in the words' order: lined up with the source's content words, the bullet goes from the word
before an item straight to the word after it. So an item is reported when

- the bullet's content words, lined up with the source's (`difflib`; words compared with their plural, and with
  their everyday word group, "exam" is "examination"; the words that frame examples, "For example", are none),
  skip a run of the source's that covers a whole list member (or the part of one after "such as", "including"),
  the run slid along repeated words to find it, with the source's words kept on both sides (not its first word: a
  bullet opens with words of its own); or replace a run whose one end is such a member and whose rest the bullet's
  words there all word ("myocardial infarction, stroke" said as "heart attack": "stroke" is cut);
- the bullet has nothing between the kept words but joiners, words of "for example", the source's own function
  words there, or their form for "you" ("has" → "have"); for a run of two words or more, any function word ("is
  currently" said as "is now"): a content word there, or a function word beside a run of one ("acceptable" said as
  "allowed", "underwent" as "had"), is the item reworded;
- no negation nor fact is in the run or right beside it (the negation and fact checks compare those);
- no word of the run is said as often as the source says it (such a word was moved, and the item with it: "despite
  optimal medical management" put earlier as "despite the best medical care"); and a word of it is said by no
  citing bullet (not as written, not in another form of it, the same word with another ending: "treatment" is said
  by "treated", "immunomodulators" not by "immunosuppressants"; not by every word of a lexicon wording of a term it
  is in, nor by an abbreviation's expansion), or each of its words is written fewer times than the source writes it
  ("interferon, pegylated interferon" less one);
- the kept word before the run is no lone word right after two or more words the bullet adds ("disorder of how the
  body breaks down or gets rid of bilirubin" for "disorder of bilirubin metabolism or excretion": a rewording moved
  "bilirubin"; one added word is a word reworded, "taking part in the study" for "study participation").

Frame words that a rewrite moves to a sentence of its own ("in the opinion of the investigator" → "The study doctor
decides this.") are compared by `translator.fidelity_frames`, not here. Measured over the offline bullets of the
corpus (43,183 cases) and the hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from translator.facts import FactKind
from translator.fidelity_abbreviated import abbreviated, named
from translator.fidelity_content import is_stop_word, word_group
from translator.fidelity_item_neighbours import EXAMPLE_WORDS
from translator.fidelity_item_words import own_end
from translator.fidelity_items import _items as list_items  # the list members `item_findings` reads
from translator.fidelity_list_slots import lost_slots
from translator.fidelity_negations import facts_of
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.text_memo import memo_by_text

_WORD = re.compile(r"[A-Za-z]+|\d+")
_NEGATED = re.compile(r"\b(?:no|not|never|without|none|neither|nor|except|unless|non)\b", re.IGNORECASE)
# Words of compound prepositions ("according to", "in accordance with"), which a rewrite says as another, and those
# of the sentences a rewrite frames examples and definitions with ("(e.g., X)" → "For example, X."; "i.e." → "This
# means"), or joins a sentence on with ("In addition, …" → "Also, …"): no content to line up.
_FRAMING = frozenset({"according", "accordance", "based", "regarding", "respect", "regardless", "means", "mean",
                      "addition", *EXAMPLE_WORDS})
# What may stand between the kept words beside a cut: joiners a rewrite puts around a list ("or", "that is").
_JOINERS = frozenset("""
a an the and or nor but of to in on at by for from with into via per as such like that is are this these those which
e g i ie eg etc any all other its their your you
""".split())  # noqa: SIM905 - a word list reads better as words
# A source's function word and its form in a bullet that speaks to the reader ("the patient has" → "you have").
_TO_YOU = {"has": "have", "is": "are", "was": "were", "does": "do", "his": "your", "her": "your", "their": "your",
           "they": "you", "he": "you", "she": "you", "him": "you", "them": "you"}
# Forms of "have" a rewrite says a verb with, and the verb forms they stand for.
_HAD, _VERB_FORM = re.compile(r"\b(?:had|having)\b", re.I), re.compile(r"(?:ed|ing|en)$", re.I)
# Whose judgement decides: a rewrite moves it to a sentence of its own; `translator.fidelity_frames` compares it.
_JUDGED = frozenset({"judged", "judge"})


class _Word(NamedTuple):
    start: int
    end: int
    key: str  # compared form: an everyday word's group ("=physician"), else the word without its plural


@lru_cache(maxsize=8192)  # read for every word of every text the check reads; the same words come back
def _key(word: str) -> str:
    group = word_group(word)
    if group is not None:
        return "=" + group
    w = word.casefold().replace("ae", "e").replace("oe", "e")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


_OPINION = _key("opinion")
# "of either sex", "both genders" said as "a man or a woman": the word for sex is said by naming both.
_SEX = frozenset({_key("sex"), _key("gender"), _key("sexes"), _key("genders")})
_MALE, _FEMALE = r"(?:m[ae]n|males?)", r"(?:wom[ae]n|females?)"
_BOTH_SEXES = re.compile(rf"\b(?:{_MALE}\s+(?:or|and|and/or)\s+(?:an?\s+)?{_FEMALE}"
                         rf"|{_FEMALE}\s+(?:or|and|and/or)\s+(?:an?\s+)?{_MALE})\b", re.IGNORECASE)


# Each text is read once per criterion citing it and, in a mutation suite, once per planted error; small, so that a
# long-running service keeps no more than recent texts.
@lru_cache(maxsize=4096)
def _content(text: str) -> tuple[_Word, ...]:
    """The content words and numbers of `text`, in order."""
    return tuple(_Word(m.start(), m.end(), _key(m.group())) for m in _WORD.finditer(text)
                 if m.group().isdigit() or not (is_stop_word(m.group()) or m.group().casefold() in _FRAMING))


@lru_cache(maxsize=4096)
def _said(text: str) -> frozenset[str]:
    """What a bullet says, as compared forms: its words, and what each lexicon entry in it stands for."""
    said = {w.key for w in _content(text)}
    for match in Lexicon.load().find(text):
        for other in (match.plain if match.is_abbreviation else None, getattr(match.entry, "term", None)):
            said |= {w.key for w in _content(other or "")}
    return frozenset(said)


@lru_cache(maxsize=1024)
def _wordings(source: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """`source`'s lexicon entries: span, and each wording that says the same, as compared forms (all must be said:
    "schizoaffective disorder" is not said by "schizophrenia" and "disorder")."""
    found = []
    for match in Lexicon.load().find(source):
        for other in (match.plain, match.replacement, getattr(match.entry, "term", None)):
            if other and (keys := frozenset(w.key for w in _content(other))):
                found.append((match.start, match.end, keys))
    return tuple(found)


# Endings that make another form of one word: "treated" and "treatment" are one word, "schizoid" and "schizotypal"
# are not.
_ENDINGS = frozenset({"", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "ation", "al", "ally", "ly", "y", "ment",
                      "er", "or", "ive", "ity"})


def _near(key: str, said: frozenset[str]) -> bool:
    """Whether `said` has `key`, or another form of it: the same word with another ending, four letters shared at
    least."""
    if key in said:
        return True
    if key.startswith("="):
        return False
    for other in said:
        shared = 0
        for a, b in zip(key, other, strict=False):
            if a != b:
                break
            shared += 1
        if shared >= 4 and key[shared:] in _ENDINGS and other[shared:] in _ENDINGS:
            return True
    return False


def _gap_words(source: str, before: int, after: int) -> frozenset[str]:
    """The words that may stand in a bullet between the kept words beside a cut from `before` to `after`."""
    own = {w.casefold() for w in _WORD.findall(source[before:after])}
    return _JOINERS | EXAMPLE_WORDS | own | {_TO_YOU[w] for w in own if w in _TO_YOU}


@memo_by_text()  # read by `check_rendering`, then again by `check` on the whole translation
def deleted_items(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the list items of `source` that a bullet copying it cuts out (see the module's docstring)."""
    words = _content(source)
    if len(words) < 2:
        return []
    items = []
    for a, b in _members(source):
        b = a + own_end(source[a:b])  # not the frame the criterion ends on ("…, will be recruited")
        inside = [i for i, w in enumerate(words) if a <= w.start and w.end <= b]
        if inside:
            items.append((inside[0], inside[-1] + 1))
    if not items:
        return []
    own_words = [_plain(source, text) for text in bullets]
    frozen = frozenset().union(*(_said(text) for text in own_words))
    covered = [(a, b) for a, b, keys in _wordings(source) if all(_near(key, frozen) for key in keys)]
    covered += _one_term(source, bullets, frozen)

    both = _BOTH_SEXES.search(" ".join(bullets)) is not None

    def is_said(w: _Word) -> bool:
        return (w.key == _OPINION or source[w.start:w.end].casefold() in _JUDGED or _near(w.key, frozen)
                or any(a <= w.start and w.end <= b for a, b in covered) or (both and w.key in _SEX))

    own = Counter(w.key for w in words)
    told = Counter(w.key for text in own_words for w in _content(text))

    def lost(lo: int, hi: int, text: str, theirs: Sequence[_Word], j: int) -> bool:
        """Whether the source's words `lo`–`hi`, cut before the bullet's word `j`, are an item left out."""
        before, after = words[lo - 1].end, words[hi].start if hi < len(words) else len(source)
        if _NEGATED.search(source[before:after]) or _beside_fact(source, words, lo, hi):
            return False
        run = words[lo:hi]
        gap = text[theirs[j - 1].end:theirs[j].start if j < len(theirs) else len(text)] if j else ""
        allowed = _gap_words(source, before, after)
        # A function word may stand for one word ("acceptable" said as "allowed"), not for an item of two.
        if any(w.casefold() not in allowed and (len(run) < 2 or not is_stop_word(w)) for w in _WORD.findall(gap)):
            return False
        if _HAD.search(gap) and not _HAD.search(source[before:after]) and all(
                _VERB_FORM.search(source[w.start:w.end]) for w in run):
            return False  # verbs said with "have" ("is experiencing or has experienced" → "are having or have had")
        if any(is_said(w) and told[w.key] >= own[w.key] and w.key != _OPINION for w in run):
            return False  # a word of it said as often as the source says it: moved, with the item
        # a list said again ("ALP, AST and ALT ≤ 3 × ULN (ALP, AST, and ALT ≤ 5 × ULN if …)"): once; either one may go
        # ("as defined by Lublin and Reingold (Lublin and Reingold 1996)" said "… by Lublin and Reingold (1996)")
        if len(run) >= 2 and all(told[w.key] for w in run) and (
                _in_order(keys := [w.key for w in run], words[:lo]) or _in_order(keys, words[hi:])):
            return False
        # A word said nowhere; or each said fewer times than the source says it, as written (not by a lexicon
        # wording, which joins two words into one, "hemorrhage/bleeding" as "bleeding", nor by an abbreviation,
        # "magnetic resonance imaging (MRI)" as "MRI"; nor by a word of its everyday group, "lactating and
        # breastfeeding" as "breastfeeding").
        return any(not is_said(w) for w in run) or all(
            not w.key.startswith("=") and 0 < told[w.key] < own[w.key] for w in run)

    found: list[tuple[int, int]] = []
    for text in own_words:  # a spelling out the bullet adds is no rewording around a kept word ("GCP")
        theirs = _content(text)
        ops = SequenceMatcher(None, [w.key for w in words], [w.key for w in theirs], autojunk=False).get_opcodes()
        for k, (tag, i1, i2, j1, j2) in enumerate(ops):
            if tag in ("equal", "insert") or (k == 0 and tag == "delete"):
                continue  # (a source's opening words cut: a bullet opens with words of its own)
            kept, added = ops[k - 1] if k else None, ops[k - 2] if k >= 2 else None
            if kept is not None and kept[2] - kept[1] < 2 and added is not None and added[0] == "insert" and (
                    added[4] - added[3] >= 2):
                continue  # a lone kept word after words the bullet adds: moved there by a rewording
            if tag == "delete":
                cut = _item_cut(words, items, i1, i2)
                if cut is not None and lost(*cut, text, theirs, j1 + cut[0] - i1):  # the bullet's word after it
                    found.append((words[cut[0]].start, words[cut[1] - 1].end))
                continue
            # Replaced: an item at one end of the source's words, the bullet's words there all wording the rest
            # ("myocardial infarction, stroke, or" said as "heart attack, or").
            for lo, hi, rest in _ends(i1, i2, opening=k == 0):
                if any(lo <= a and b <= hi for a, b in items) and all(
                        _explains(source, words[rest[0]:rest[1]], w.key) for w in theirs[j1:j2]) and lost(
                        lo, hi, text, theirs, j2 if hi == i2 else j1):
                    found.append((words[lo].start, words[hi - 1].end))
    return sorted(set(found))


def _one_term(source: str, bullets: Sequence[str], frozen: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of words with their abbreviation in brackets after them ("intravenous (IV)") that a bullet says by
    either: the abbreviation alone ("IV iron"), or every word before it ("intravenous iron"), says the whole term."""
    spans = []
    for a, b, abbreviation in abbreviated(source):
        words = [w for w in _content(source[a:b]) if source[a + w.start:a + w.end] != abbreviation]
        if named(abbreviation, bullets) or (words and all(_near(w.key, frozen) for w in words)):
            spans.append((a, b))
    return spans


def _plain(source: str, text: str) -> str:
    """`text` without the spellings out it adds before an abbreviation the source writes bare ("chronic obstructive
    pulmonary disease (COPD)" for "COPD"): their words are the abbreviation's, no sign that a word of another item is
    said ("or any chronic lung condition" cut from "asthma, COPD, …, or any chronic lung condition")."""
    for match in reversed(Lexicon.load().find(text)):
        spelled = match.plain if match.is_abbreviation else None
        if not spelled or spelled.casefold() in source.casefold():
            continue
        at = text.casefold().rfind(f"{spelled.casefold()} (", 0, match.start)
        if at >= 0 and at + len(spelled) + 2 == match.start:
            text = text[:at] + text[at + len(spelled):]
    return text


# Words that open a list of examples inside a list member: what follows is a member too ("disease such as
# Parkinson's disease, stroke").
_EXAMPLES_OPEN = re.compile(r"\b(?:such as|including|e\.\s?g\.|eg\.?|for (?:example|instance)|like)\s*[,:]?",
                            re.IGNORECASE)


def _members(source: str) -> list[tuple[int, int]]:
    """The list members of `source` (`translator.fidelity_items`), and the part of one after words that open
    examples."""
    members = list_items(source)
    return members + [(m.end(), b) for a, b in members for m in _EXAMPLES_OPEN.finditer(source, a, b)]


def _ends(i1: int, i2: int, opening: bool) -> list[tuple[int, int, tuple[int, int]]]:
    """The ways to part the source's words `i1`–`i2` into an item at one end and the rest: (start, end, rest); at the
    `opening`, the item at the end only."""
    ends = [(c, i2, (i1, c)) for c in range(i1 + 1, i2)]
    return ends if opening else ends + [(i1, c, (c, i2)) for c in range(i1 + 1, i2)]


def _explains(source: str, rest: Sequence[_Word], key: str) -> bool:
    """Whether a bullet's word (`key`) words one of `rest`: the same word in another form, or a word of a lexicon
    wording of a term among them ("heart" of "heart attack" for "myocardial infarction")."""
    if _near(key, frozenset(w.key for w in rest)):
        return True
    start, end = rest[0].start, rest[-1].end
    return any(key in keys for a, b, keys in _wordings(source) if start <= a and b <= end)


def _item_cut(words: Sequence[_Word], items: Sequence[tuple[int, int]], i1: int, i2: int) -> tuple[int, int] | None:
    """The cut `i1`–`i2` of the source's words, slid along repeated words ("kidney disease, heart disease" less one
    is cut at either "disease"), where it covers a whole list item; never the first word."""
    lo, hi = i1, i2
    while lo > 1 and words[lo - 1].key == words[hi - 1].key:
        lo, hi = lo - 1, hi - 1
    while True:
        if any(lo <= a and b <= hi for a, b in items):
            return lo, hi
        if hi < len(words) and words[lo].key == words[hi].key:
            lo, hi = lo + 1, hi + 1
        else:
            return None


def _in_order(keys: Sequence[str], earlier: Sequence[_Word]) -> bool:
    """Whether `keys` are all among the `earlier` words' keys, in their order."""
    rest = iter(w.key for w in earlier)
    return all(key in rest for key in keys)


_OR_MORE = re.compile(
    r"\w+\s+or\s+(?:longer|more|greater|less|fewer|higher|lower|above|below|over|under|older|younger)", re.IGNORECASE)


def _beside_fact(source: str, words: Sequence[_Word], lo: int, hi: int) -> bool:
    """Whether a fact of the source is in the cut or runs into it from the words beside ("100,000/microliter")."""
    first = words[lo - 1].start
    last = words[hi].end if hi < len(words) else len(source)
    start, end = words[lo].start - first, words[hi - 1].end - first
    if hi == lo + 1 and _OR_MORE.fullmatch(source, first, words[lo].end):
        return True  # "4 weeks or longer": the bound of the amount before it ("at least 4 weeks"), a fact's own word
    return any(f.start < end and start < f.end for f in facts_of(source[first:last]) if f.kind is not FactKind.NEGATION)


def deleted_item_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                          raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each list item of `source` that a bullet citing it (index, text) cuts out, or that a bullet that
    turns the list around leaves out (`translator.fidelity_list_slots`)."""
    texts = [text for _, text in bullets]
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it leave out the list item “{source[a:b]}”",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in sorted({*deleted_items(source, texts), *lost_slots(source, texts)})]
