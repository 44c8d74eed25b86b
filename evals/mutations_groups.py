"""Planted error "group_dropped": the one sex a criterion is said of left out of its bullet.

A careless rewrite to the reader drops who the criterion is about along with "Patients": "If you are a man, you
must use condoms" → "You must use condoms", "Women who are 18 to 45" → "You are 18 to 45", "Healthy male
volunteers" → "Healthy volunteers". The criterion then speaks to everyone. The operator plants that loss in a
faithful bullet whose source names one sex only, keeping the sentence sensible, and only where no other wording of
that sex is left in the bullets citing the source ("pregnant" still says women: nothing would be lost).
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase

_WORDS = {
    "men": r"(?:men|man|males?|boys?)",
    "women": r"(?:women|woman|females?|girls?)",
}
# Any wording of a sex, looser than what the checks read: a source naming both sexes, or a bullet that still names
# the sex after the edit, is left alone.
_NAMES = {
    "men": re.compile(rf"\b{_WORDS['men']}\b|\b(?:sperm\w*|vasectom\w*|father\w*)", re.IGNORECASE),
    "women": re.compile(
        rf"\b{_WORDS['women']}\b|\b(?:pregnan\w*|breast-?\s?feed\w*|lactat\w*|nursing|child-?\s?bearing|\w*menopaus\w*|"
        r"menstrua\w*|menarch\w*|monthly\s+(?:periods?|bleeding|cycles?)|gestation\w*|WOCBP|WCBP|FCBP|mothers?)",
        re.IGNORECASE),
}
_NOUNS = {"men": ("(?:men|males)", "man"), "women": ("(?:women|females)", "woman")}
_PERSON = r"(?:patients?|participants?|subjects?|volunteers?|adults?|adolescents?|children|individuals?|people)"
_MODAL = r"(?:must|should|will|can|may|are|have|need|cannot|agree)"


def _edits(sex: str) -> list[tuple[str, str]]:
    """How a careless writer drops the sex, each keeping the sentence whole."""
    word = _WORDS[sex]
    return [
        (rf"^If you are (?:a )?{word}, you ", "You "),  # "If you are a man, you must…" → "You must…"
        (rf",? if you are (?:a )?{word}\b", ""),  # "…, if you are a woman." → "…."
        (rf"^{word},? who ", "You "),  # "Women who are 18 to 45" → "You are 18 to 45"
        (rf"^{word} (?={_MODAL}\b)", "You "),  # "Men must use condoms" → "You must use condoms"
        (rf"^{word},? (?=aged?\b|between\b|\d)", "You are "),  # "Women aged 18 to 45" → "You are aged 18 to 45"
        # "You are female and have breast cancer" → "You have breast cancer"; "You are a woman with X" → "You have X"
        (rf"\b(You|you) are (?:a )?{word} and (?=(?:have|has|had|are|were|do|did|must|can|will|use|take|agree)\b)",
         r"\1 "),
        (rf"\b(You|you) are (?:a )?{word} with ", r"\1 have "),
        (rf"\b(You are|you are) (?:a )?{word}(?:,| and) ", r"\1 "),  # "You are male and 18" → "You are 18"
        (rf"\b(You are|you are) (?:a )?{word} (?=aged?\b|between\b|\d)", r"\1 "),
        # "You are a woman who is sterile" → "You are sterile"; "who has had" → "You have had"; "who had" → "You had"
        (rf"\b(You|you) are (?:a )?{word} who (?:is|are) ", r"\1 are "),
        (rf"\b(You|you) are (?:a )?{word} who (?:has|have) ", r"\1 have "),
        (rf"\b(You|you) are (?:a )?{word} who (?=\w+ed\b)", r"\1 "),
        (rf"\b{word} (?={_PERSON}\b)", ""),  # "healthy male volunteers" → "healthy volunteers"
        (rf"\s*\((?:for )?{word}(?: only)?\)", ""),  # "(men only)", "(for women)"
        (rf"^For {word}[:,] ", ""),  # "For men: agreement to …" → "Agreement to …"
        (rf"\b(If|if) (?:a )?{word} (?=\w+ing\b)", r"\1 "),  # "If female using the pill" → "If using the pill"
        # What is left said of everyone: "Fertile males not willing …" → "Fertile people not willing …" (a noun
        # only: "female sexual partner" names no reader)
        (rf"\b(?:a|an|any|one) {_NOUNS[sex][1]}\b", "a person"),
        (rf"\b{_NOUNS[sex][0]}\b(?!['’]s)", "people"),
    ]


def _one_sex(text: str) -> str | None:
    """The one sex `text` names, by a word for it ("women", "male"): not by "menstrual" alone, which says what a
    criterion is about rather than whom."""
    named = [sex for sex, pattern in _NAMES.items() if pattern.search(text)]
    return named[0] if len(named) == 1 and re.search(rf"\b{_WORDS[named[0]]}\b", text, re.IGNORECASE) else None


def _dropped(text: str, sex: str) -> str:
    """`text` with every wording of `sex` the edits know left out; an upper-case acronym ("MEN 2A") is no sex."""
    for pattern, replacement in _edits(sex):
        def edit(match: re.Match[str], replacement: str = replacement) -> str:
            return match.group() if match.group().isupper() else match.expand(replacement)

        text = re.sub(pattern, edit, text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()


def group_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """The one sex a bullet's source is said of left out: "If you are a man, you must…" → "You must…"."""
    order = list(range(len(case.bullets)))
    rng.shuffle(order)
    for index in order:
        bullet = case.bullets[index]
        for source in (s for s in case.sources if s.id in bullet.source_ids):
            sex = _one_sex(source.text)
            if sex is None:
                continue
            text = _dropped(bullet.text, sex)
            others = " ".join(b.text for i, b in enumerate(case.bullets) if i != index and source.id in b.source_ids)
            if text == bullet.text or _NAMES[sex].search(f"{text} {others}") or not text[:1].isalpha():
                continue
            bullets = list(case.bullets)
            bullets[index] = bullet.model_copy(update={"text": text[0].upper() + text[1:]})
            return case.model_copy(update={"bullets": bullets})
    return None
