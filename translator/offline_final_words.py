"""Word rules that run last, on a bullet every other rule has finished (offline backend).

Each reads words other rules write or read first: the article a bare countable noun needs once the reader's sentence
is made (translator.offline_counted_articles, and the few in lists and headings offline_listed_articles), "get
pregnant" once every rule that finds the group by "become pregnant" has run (offline_pregnant_words), nouns of doing
said as verbs (offline_study_drug_words), "a female" for the reader said to be "a female subject"
(offline_reader_sex_nouns), and "you have" for a clause about the reader left saying "has" once the sentence is the
reader's (offline_reader_verbs), and the comma between the reader's value and how it is measured
(offline_value_commas), and the anaesthesia risk class named alone as the reader's (offline_asa_classes), and the "the"
a window counted back from now lacks ("within past 6 months"; offline_time_articles), a scale's class said as
a class (offline_scale_classes), and a dose's giving said as the dose ("the final study drug administration" → "the
final study drug dose"; offline_dose_words), and a gerund phrase after the reader's "have" said as a verb ("You have had
coughing up blood" → "You have coughed up blood"; offline_reader_verb_phrases), and an exception naming the reader's
own group said to the reader ("except patients with Gilbert's syndrome" → "except if you have Gilbert's syndrome";
offline_excepted_readers).
"""

from __future__ import annotations

from collections.abc import Set

from translator.offline_asa_classes import asa_class
from translator.offline_counted_articles import counted_articles
from translator.offline_dose_words import dose_words
from translator.offline_excepted_readers import excepted_readers
from translator.offline_listed_articles import listed_articles
from translator.offline_pregnant_words import get_pregnant
from translator.offline_reader_sex_nouns import reader_sex_nouns
from translator.offline_reader_verb_phrases import reader_verb_phrases
from translator.offline_reader_verbs import reader_verbs
from translator.offline_scale_classes import scale_class
from translator.offline_study_drug_words import study_drug_words
from translator.offline_time_articles import time_articles
from translator.offline_value_commas import value_commas


def final_words(text: str, rules: Set[str]) -> str:
    """`text` with the last word rules a level's `rules` allow: articles with the second person, the rest with the
    plain words."""
    if "person" in rules:
        text = asa_class(value_commas(reader_sex_nouns(listed_articles(counted_articles(reader_verbs(text))))))
        text = scale_class(time_articles(text))  # "within past 6 months" → "within the past 6 months"
        text = reader_verb_phrases(text)  # "You have had coughing up blood" → "You have coughed up blood"
        text = excepted_readers(text)  # once every opening rule has made the bullet the reader's
    if "plain" in rules:
        text = dose_words(study_drug_words(get_pregnant(text)))  # "the final study drug dose" (offline_dose_words)
    return text
