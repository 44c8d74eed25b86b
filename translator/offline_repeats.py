"""A plain wording that would say again the word the text has right before it.

"unborn fetus" worded "unborn baby" by the lexicon ("fetus" → "unborn baby") would read "unborn unborn baby";
"counseled at a minimum of every 28 days" worded "at least every 28 days" would read "at at least every 28 days";
"hemoglobin less (<) 9.0 g/dL" worded "less than 9 g/dL" would read "less less than 9 g/dL". The wording drops
its first word when the text says it just before.

Two edits that each did right can still meet, which `drop_made_repeats` mends over the whole bullet: "Their INR target
range" became "Your Your international normalized ratio (INR) target range" (the reader's own result, then "Their" as
"Your"), "an implantable ICD" became "an implantable implantable cardioverter-defibrillator (ICD)" (an abbreviation
spelled out after the word its wording opens with), "human immunodeficiency virus HIV" became "HIV HIV". A repeat the
source itself has ("kava kava", "before before") is the source's and stays; so does a repeated number, a fact the
checks count, and a repeat of more words than one, which English makes on purpose.

Two listed words the plain wording makes one ("breast feeding, lactating" → "breastfeeding, breastfeeding";
"stroke/CVA" → "stroke/stroke") are said once: "breastfeeding", "stroke". Only a comma or a slash joins them ("or"
and "and" may join the same word on purpose: "have or have had"). So is a comparator a source says twice in two
spellings ("more than >3" worded "more than more than 3").
"""

from __future__ import annotations

import re

from translator.offline_bracket_repeats import drop_bracket_repeats

_LAST_WORD = re.compile(r"(\w+)\s+$")


def without_word_before(text: str, start: int, wording: str) -> str:
    """`wording`, to stand at `start` of `text`, without a first word that the text says right before it."""
    before = _LAST_WORD.search(text, max(0, start - 30), start)
    first, _, rest = wording.partition(" ")
    return rest if before is not None and rest and before.group(1).lower() == first.lower() else wording


# a word, then the same word again: "Your Your", "implantable implantable"; a word is letters (with an inner
# apostrophe or hyphen). Never more words than one: "taking part in the study in the study doctor's view" repeats
# "in the study" rightly, and "25 or more or more than 20" says two values.
_REPEAT = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z][\w'’-]*) (?P=word)(?![\w'’-])", re.IGNORECASE)
# words English says twice on purpose ("the drug that that doctor gave", "had had surgery"), and comparator words
_MAY_REPEAT = frozenset({"that", "had", "more", "less", "than", "no", "not"})


# a word, a comma or slash, the same word: "breastfeeding, breastfeeding", "stroke/stroke"; each a whole list item (a
# list's mark or "or"/"and"/"is" before, a mark or "or"/"and" after), not the end or start of a longer one:
# "radiation treatment, treatment with X", "QT/QT interval corrected …" list two things
_LISTED_TWICE = re.compile(
    r"(?:^|(?<=[(,/;:] )|(?<=[(/])|(?<= or )|(?<= and )|(?<= is )|(?<= are ))"
    r"(?P<word>[A-Za-z][\w'’-]*)(?P<sep>, |/)(?P=word)(?=[,.;:)]|\s+(?:or|and|and/or)\b|\s*$)",
    re.IGNORECASE,
)


def drop_made_repeats(source: str, text: str) -> str:
    """`text` with each word said twice in a row, where `source` does not say it twice, said once (the first
    spelling kept)."""
    kept = {m["word"].casefold() for m in _REPEAT.finditer(source)}

    def once(m: re.Match[str]) -> str:
        word = m["word"]
        if word.casefold() in kept or word.casefold() in _MAY_REPEAT or any(c.isdigit() for c in word):
            return m[0]
        return word

    listed = {m["word"].casefold() for m in _LISTED_TWICE.finditer(re.sub(r"\s+(?=[,/])", "", source))}

    def listed_once(m: re.Match[str]) -> str:
        word = m["word"]
        if word.casefold() in listed or any(c.isdigit() for c in word):
            return m[0]
        return word

    said = {" ".join(m["bound"].lower().split()) for m in _BOUND_TWICE.finditer(source)}

    def bound_once(m: re.Match[str]) -> str:
        return m[0] if " ".join(m["bound"].lower().split()) in said else m["bound"]

    text = _BOUND_TWICE.sub(bound_once, _LISTED_TWICE.sub(listed_once, _REPEAT.sub(once, text)))
    # (then a bracket the listed word made say the word before it again: "stroke (stroke)")
    return drop_bracket_repeats(source, text)


# a comparator's words twice in a row, as a source that says its bound in words and again in a symbol ("more than >3
# alcoholic beverages") reads once the symbol is in words: "more than more than 3" says "more than 3". Only the same
# words: "up to at least 30%", "25 or more or more than 20" say two bounds.
_BOUND_TWICE = re.compile(
    r"\b(?P<bound>(?:more|less|greater|fewer|higher|lower|older|younger)\s+than|at\s+(?:least|most)|no\s+(?:more|less)"
    r"\s+than)\s+(?P=bound)\b",
    re.IGNORECASE,
)
