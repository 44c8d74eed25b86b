"""A list that ends without its joining word: "psychosis, bipolar affective disorder." for the source's
"obsessive-compulsive disorder, bipolar affective disorder, or psychosis".

A list in English joins its last item with "and", "or" or "nor"; a bullet's sentence that ends on a comma and a bare
item ("prescription records, prescribing doctor notes.") reads as a list cut short when the source says the same two
items in a list that has its joining word after them: the item that stood there, with its "or", is gone. The item
checks (`translator.fidelity_items`) find a lost item by the gap it leaves between two said words; a last item has no
word after it, and an item worded freely beside a reordered list leaves no gap they can tell.

Reported only when
- the bullet's sentence (or a part of it between semicolons) ends on a comma and a bare item: no "and", "or", "nor",
  number or negation in it nor in the item before its comma, at most six words outside brackets, not opened by a word
  that starts a clause or a phrase of its own (", within the last year", ", which …", ", you are excluded"), no
  lead-in (", defined as these:") and no bracket left open;
- the source says the last word before the comma, and the item's last two content words in a row (lexicon wordings
  and everyday word groups count: "lab" says "laboratory") at a place where its list goes on with "and", "or" or "nor"
  (", or C"), or so the last two words before the comma (a list turned around: "large cell carcinoma, adeno-squamous
  carcinoma." for "adenocarcinoma, large cell carcinoma and adeno-squamous carcinoma");
- and the source does not end a list of its own on the same word with no joining word ("…, bipolar II disorder."):
  a bullet that keeps the source's shape is faithful.

Measured over the offline bullets of the whole corpus and Chia (64,433 criteria), the mutation suites' samples and
the hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import content_words, said_stems
from translator.findings import Finding, Severity

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])|\s*;\s*")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_JOINED = re.compile(r"\b(?:and|or|nor|but|plus|versus|vs)\b|&|/|\d", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|none|without|except|unless|neither)\b|n't\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words that open a clause or a phrase of its own after a comma, not a list item: ", within 6 months", ", which …",
# ", you are excluded", ", for example X".
_OPENERS = frozenset("""about above according across after against along among around as at because before behind
below beside between beyond by despite during especially except for from given if in including into like mainly
near of off on once onto out over particularly per since such than that then these this those though through
throughout to toward towards under unless until upon via when where whether which while who whom whose with within
without you it they we he she i there here e eg ie i.e e.g etc namely respectively also even only just so thus
therefore however otherwise is are was were be been being do does did can could may might must shall should will
would""".split())  # noqa: SIM905 - a word list reads better as words
_MAX_WORDS = 6
# After an item in the source, how its list goes on to a last item it joins: ", or C", " and C".
_GOES_ON = re.compile(r"\s*(?:,\s*|\s+)(?:and/or|and|or|nor)\s+\w", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """`text` parted at its sentence ends and semicolons outside brackets."""
    masked = _BRACKETED.sub(lambda m: "x" * len(m.group()), text)
    cuts = [0, *(i for m in _SENTENCE.finditer(masked) for i in (m.start(), m.end())), len(text)]
    return [text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]


def _bare_end(sentence: str) -> tuple[str, str] | None:
    """The last item of a comma list that ends `sentence` with no joining word, and the text before its comma."""
    if sentence.rstrip().endswith(":"):  # a lead-in to a list, no list's end
        return None
    text = sentence.rstrip(" .!?;")
    masked = _BRACKETED.sub(lambda m: " " * len(m.group()), text)
    comma = masked.rfind(",")
    # A bracket the split leaves open, or a colon after the comma (a lead-in, ", defined as these:"): no list end.
    if comma < 0 or re.search(r"[()\[\]]", masked) or ":" in masked[comma:]:
        return None
    # "B, or C, D": the list has its joining word (the item before the comma, or its last words at the clause start).
    previous = masked.rfind(",", 0, comma)
    if _JOINED.search(masked[previous + 1:comma] if previous >= 0 else " ".join(masked[:comma].split()[-4:])):
        return None
    tail = text[comma + 1:].strip()
    words = _WORD.findall(masked[comma + 1:])
    if not words or len(words) > _MAX_WORDS or _JOINED.search(tail) or _NEGATION.search(tail):
        return None
    if words[0].casefold().rstrip(".") in _OPENERS:
        return None
    return tail, text[:comma]


def _joined_after(source: str, tail: str, before: str) -> bool:
    """Whether `source` says the last content word of `before`, and the last two of `tail` in a row where its list goes
    on after them with "and", "or" or "nor" (", or C"), and ends no list of its own on that word."""
    bare = _BRACKETED.sub("", tail)
    before_words, tail_words = content_words(before), content_words(bare)
    if not tail_words or not before_words:
        return False
    said_before = said_stems(before[before_words[-1][0]:])
    if not any(stem in said_before for _, _, stem in content_words(source)):
        return False
    wanted = [said_stems(bare[a:b]) for a, b, _ in tail_words[-2:]]
    masked = _BRACKETED.sub(lambda m: " " * len(m.group()), source)
    # The list goes on after the bare item, or after the item before it where the bullet turns the list around
    # ("large cell carcinoma, adeno-squamous carcinoma." for "…, large cell carcinoma and adeno-squamous carcinoma").
    before_bare = _BRACKETED.sub("", before)
    lead = [said_stems(before_bare[a:b]) for a, b, _ in content_words(before_bare)[-2:]]
    if not any(_GOES_ON.match(masked, end) for end in [*_places(source, wanted), *_places(source, lead)]):
        return False
    # The source ends a list on the same word with no joining word itself ("…, bipolar II disorder."): the bullet
    # keeps its shape.
    return not any(end is not None and wanted[-1] & said_stems(end[0]) for end in map(_bare_end, _sentences(source)))


def _places(source: str, wanted: Sequence[frozenset[str]]) -> list[int]:
    """Where `source` says words that `wanted` (each a word's wordings, as stems) in a row: the end of the last."""
    words = content_words(source)
    return [words[i + len(wanted) - 1][1] for i in range(len(words) - len(wanted) + 1)
            if all(words[i + k][2] in said for k, said in enumerate(wanted))]


def cut_list_ends(source: str, bullets: Sequence[str]) -> list[tuple[int, str]]:
    """Each bullet (its index in `bullets`) whose sentence ends a list on a bare item where `source` joins one more."""
    found = []
    for index, text in enumerate(bullets):
        for sentence in _sentences(text):
            end = _bare_end(sentence)
            if end is not None and _joined_after(source, *end):
                found.append((index, end[0]))
                break
    return found


def list_end_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                      raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for a bullet citing `source` (index, text) that ends a list cut short (see above)."""
    del raw_of
    texts = [text for _, text in bullets]
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the list that ends on “{tail}” leaves out its last item",
                    criterion_id=source_id, bullet_index=bullets[index][0])
            for index, tail in cut_list_ends(source, texts)[:1]]
