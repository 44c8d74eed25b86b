"""Values said only in words, which are neither results nor levels: a stage, a suppressed virus, a pregnancy's count.

- A stage in words: "early-stage breast cancer", "extensive stage small cell lung cancer", "advanced or metastatic
  stage". "Early-stage breast cancer" is not "breast cancer": the word says who can join, as "stage I-II" does.
  Each stage word is a VALUE fact labelled "<word> stage" ("early stage"; "localised" is spelt "localized"), so a
  rewording that keeps the word agrees and one that drops it loses a fact. Not "late stage": the lexicon defines
  AIDS as "the late stage of HIV infection", which is no stage a source states.
- A suppressed virus: "suppressed viral load", "virologically suppressed", "viral suppression" (label
  "viral suppression"): a patient whose treatment keeps the virus down, not any patient with the virus. Not "ovarian
  suppression" nor "immunosuppressed", which name a treatment or a state of the immune system.
- How many babies a pregnancy carries: "singleton pregnancy", "single or twin pregnancies", "triplet gestation"
  (labels "singleton pregnancy", "twin pregnancy"…): a count, said as a word; "non-singleton pregnancy" too, beside
  its negation (said "not a singleton pregnancy"). Not "multiple pregnancies", which
  may count pregnancies one after another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from translator.facts import Comparator
from translator.quantities import Quantity

_STAGE_WORD = r"early|advanced|limited|extensive|locali[sz]ed|(?:distant\s+)?metastatic"
# "advanced or metastatic stage": the words joined before one "stage" each name a stage.
_STAGE_RE = re.compile(
    rf"(?<![\w-])(?P<words>(?:(?:{_STAGE_WORD})[\s-]+(?:or|and|and/or|to|/)[\s-]+)*(?:{_STAGE_WORD}))"
    r"[\s-]+stages?(?![\w-])",
    re.IGNORECASE,
)
_ONE_STAGE_RE = re.compile(rf"(?:{_STAGE_WORD})", re.IGNORECASE)
_SUPPRESSED_RE = re.compile(
    r"(?<![\w-])(?:suppressed(?=[\s-]+(?:(?:HIV|HBV|HCV)(?:[\s-]?1)?[\s-]+)?(?:viral\s+loads?|viremia|viraemia|HIV"
    r"|HBV|HCV|plasma\s+HIV|RNA)\b)"
    r"|(?:vir(?:al(?:ly)?|olog(?:ic(?:al)?|ical)(?:ly)?))[\s-]+(?:load[\s-]+)?suppress(?:ed|ion)"
    r"|(?<=viral\sload\s)(?:is\s+|was\s+|remains\s+)?suppressed)(?![\w-])",
    re.IGNORECASE,
)
_BABIES = {"single": "singleton", "singleton": "singleton", "twin": "twin", "triplet": "triplet",
           "multifetal": "multifetal", "multi-fetal": "multifetal"}  # fmt: skip
_BABY_WORD = r"single(?:ton)?|twins?|triplets?|multi-?fetal"
_BABIES_RE = re.compile(
    rf"(?:(?<![\w-])|(?<=\bnon-))(?P<words>(?:(?:{_BABY_WORD})[\s-]+(?:or|and|and/or|/)[\s-]+)*(?:{_BABY_WORD}))"
    r"[\s-]+(?:pregnanc(?:y|ies)|gestations?|fetus(?:es)?|foetus(?:es)?)(?![\w-])",
    re.IGNORECASE,
)
_ONE_BABY_RE = re.compile(rf"(?:{_BABY_WORD})", re.IGNORECASE)


def _stage_label(word: str) -> str:
    word = " ".join(word.casefold().split()).replace("localised", "localized").removeprefix("distant ")
    return f"{word} stage"


def _baby_label(word: str) -> str:
    return f"{_BABIES[word.casefold().removesuffix('s')]} pregnancy"


def find_word_values(text: str) -> Iterator[Quantity]:
    """Stage words, suppressed viruses and the count of a pregnancy, as quantities with a label and no number."""
    lower = text.casefold()
    if "stage" in lower:
        yield from _joined(text, _STAGE_RE, _ONE_STAGE_RE, _stage_label)
    if "suppress" in lower:
        for m in _SUPPRESSED_RE.finditer(text):
            yield Quantity(m.start(), m.end(), Comparator.EQ, None, None, None, label="viral suppression")
    if any(word in lower for word in ("single", "twin", "triplet", "fetal")):
        yield from _joined(text, _BABIES_RE, _ONE_BABY_RE, _baby_label)


def _joined(text: str, whole: re.Pattern[str], one: re.Pattern[str], label: Callable[[str], str]) -> Iterator[Quantity]:
    """One quantity per word of "A or B <noun>": each word's own span, the last one with the noun it qualifies."""
    for m in whole.finditer(text):
        words = list(one.finditer(text, m.start("words"), m.end("words")))
        for i, word in enumerate(words):
            end = m.end() if i == len(words) - 1 else word.end()
            yield Quantity(word.start(), end, Comparator.EQ, None, None, None, label=label(word.group()))
