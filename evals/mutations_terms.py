"""Planted errors about what a criterion names: "term_swapped" and "key_word_dropped".

term_swapped: a word the source says put in place by another of its kind in a faithful bullet.

A careless writer or a model keeps the sentence and changes what it is about: "liver metastases" written "kidney
metastases", "hepatitis B" written "hepatitis C", "left ventricular" written "right ventricular", "chronic" written
"acute", "high blood pressure" written "low blood pressure". The operator swaps one such word of a bullet for its
pair, when the bullet's sources say the word too (a word only a gloss adds is the gloss's, not a fact of the source),
and the result names nothing its sources name in that word's place ("liver or kidney" stays one of the two).

key_word_dropped: a word that says which kind of a thing is meant left out of a faithful bullet, the rest kept:
"symptomatic brain metastases" → "brain metastases", "a live vaccine" → "a vaccine", "an allogeneic transplant" →
"a transplant", "known or suspected cancer" → "known cancer", "a primary brain tumour" → "a brain tumour", "oral
steroids" → "steroids", when the bullet's sources say the word too and the bullet says it once, and not in a gloss
in brackets, whose plain words before it say the word still; nor before a gloss in brackets that says it in its own
words ("an allogeneic stem cell transplant (cells from a donor)", "a primary brain tumor (one that started in the
brain)"): without the word the gloss still tells which kind is meant, and no fact is lost.
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from translator.fidelity_key_words import key_word_wordings

# A word and what a careless swap writes for it; each pair both ways.
_PAIRS = [
    ("liver", "kidney"), ("hepatic", "renal"), ("heart", "lung"), ("cardiac", "pulmonary"), ("brain", "spinal cord"),
    ("breast", "prostate"), ("left ventricular", "right ventricular"), ("acute", "chronic"), ("mild", "severe"),
    ("hepatitis B", "hepatitis C"), ("high blood pressure", "low blood pressure"), ("hypertension", "hypotension"),
    ("stomach", "bowel"), ("hyperthyroidism", "hypothyroidism"), ("hyperglycemia", "hypoglycemia"),
    ("ovarian", "cervical"), ("primary", "secondary"),
]
_SWAPS = {a.casefold(): b for a, b in _PAIRS} | {b.casefold(): a for a, b in _PAIRS}
_NAME_BEFORE = re.compile(r"\bYork\s+$")
_ALTERNATIVES = "|".join(re.escape(word) for word in sorted(_SWAPS, key=len, reverse=True))
_WORD = re.compile(rf"(?<![\w-])(?:{_ALTERNATIVES})(?![\w-])", re.IGNORECASE)


def term_swapped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One word of a pair in a bullet written as the other: "liver metastases" → "kidney metastases"."""
    found = []
    for index, bullet in enumerate(case.bullets):
        cited = " ".join(s.text for s in case.sources if s.id in bullet.source_ids)
        for m in _WORD.finditer(bullet.text):
            word = m.group()
            if _NAME_BEFORE.search(bullet.text, 0, m.start()):
                continue  # "New York Heart Association": a name, which no writer rewrites
            other = _SWAPS[word.casefold()]
            if _said(word, cited) and not _said(other, cited) and not _said(other, bullet.text):
                found.append((index, m.start(), m.end(), other if word[0].islower() else other[0].upper() + other[1:]))
    return replaced_in_one(case, rng, found)


def replaced_in_one(case: EvalCase, rng: random.Random, found: list[tuple[int, int, int, str]]) -> EvalCase | None:
    """One of `found` (bullet index, start, end, the words put there), chosen by `rng`, put in its bullet."""
    if not found:
        return None
    index, start, end, other = found[rng.randrange(len(found))]
    text = case.bullets[index].text
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": text[:start] + other + text[end:]})
    return case.model_copy(update={"bullets": bullets})


def _said(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


# Words a writer drops as if they were padding; each names a kind of the noun after it.
_KEY = re.compile(
    r"(?<![\w-])(?:(?:metastatic|symptomatic|asymptomatic|allogeneic|autologous|intravenous|uncontrolled|"
    r"refractory|relapsed|untreated|bilateral|primary|(?:or\s+)?suspected)\s+(?=[a-z])|"
    r"oral\s+(?!(?:cavity|mucosa|mucositis|health|hygiene|lesions?|cancer|surgery))(?=[a-z])|"
    r"live\s+(?=(?:attenuated\s+)?vaccin|births?\b))", re.IGNORECASE)


def _in_gloss(text: str, at: int) -> bool:
    """Whether `at` is inside brackets: a gloss ("a transplant from a donor (allogeneic)", "surgery that removed both
    ovaries (bilateral oophorectomy)") restates the plain words before it, which still say the key word once the
    gloss loses it, so dropping it there plants no error."""
    return text.count("(", 0, at) > text.count(")", 0, at)


# the words between a key word and a gloss in brackets of the noun it narrows: a few, no clause break
_TO_GLOSS = re.compile(r"[^,;:.()\[\]]{0,60}?\(([^()]{1,120})\)")


def _glossed_after(text: str, end: int, word: str) -> bool:
    """Whether a gloss in brackets after the noun that `word` (ending at `end`) narrows says it in its own words."""
    gloss = _TO_GLOSS.match(text, end)
    wordings = key_word_wordings(word)
    return bool(gloss and wordings and wordings.search(gloss.group(1)))


def key_word_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """A word that narrows the noun after it left out: "symptomatic brain metastases" → "brain metastases"."""
    found = []
    for index, bullet in enumerate(case.bullets):
        cited = " ".join(s.text for s in case.sources if s.id in bullet.source_ids)
        for m in _KEY.finditer(bullet.text):
            word = m.group().strip()
            once = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", bullet.text, re.I)) == 1
            if (_said(word, cited) and once and not _in_gloss(bullet.text, m.start())
                    and not _glossed_after(bullet.text, m.end(), word)):
                found.append((index, m.start(), m.end()))
    if not found:
        return None
    index, start, end = found[rng.randrange(len(found))]
    text = case.bullets[index].text
    rest = text[end:]
    if start == 0:  # the sentence's first word: the next one takes its capital
        rest = rest[:1].upper() + rest[1:]
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": text[:start] + rest})
    return case.model_copy(update={"bullets": bullets})
