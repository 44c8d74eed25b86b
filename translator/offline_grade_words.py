"""Long general words left in the offline bullets where an opening rewrote the span before the plain words could.

offline_plain.plain_edits says these on the source ("participated in" → "taken part in", "undergone" → "had",
"requires" → "needs"); where an opening or a fact's wording rewrote the criterion whole ("Participation in another
trial within 30 days" → "You have participated in another trial within 30 days") they stayed, and a long word is
what lifts a short bullet's reading grade above 8. Read by translator.offline_words.WORDS, these apply on the
composed text too (offline_words.word_edits). Counted over the corpus bullets (session 35, words of 3+ syllables in
bullets above grade 8), each is limited to where the short form says the same:

- "have/has/had (not/never/ever/already) participated in" → "… taken part in"; "participating in" → "taking part in"
  (not "a participating study doctor", an adjective with no "in"); "participate in" → "take part in";
- "have/has/had (not/never) undergone" → "… had", "undergoing" → "having" (as plain_edits);
- "have/has (ever) experienced" → "… had" before what is had (an event, a symptom), never "experienced in", a skill;
- "the (full/entire/projected) duration of the study/trial/treatment" → "the … length of …";
- "require(s)", "requiring" → "need(s)", "needing" (not "required", where "be required to use" is said of people
  and "needed to use" would say the study needs them);
- "additional" → "extra" before a risk, a method, a medicine, a treatment or a time ("one additional effective
  method", "pose an additional risk", "for an additional 3 months"), never before a cancer ("a known additional
  malignancy" is another cancer, not an extra one) nor in "additional protocol-defined criteria" (the stock words'
  "other rules in the study plan");
- "the preceding 6 months" → "the past 6 months" (a window back from now only, as offline_words says "the previous");
- "consent document" → "consent form"; "study plan requirements" → "study rules" (as "protocol requirements");
- (session 49) "unwilling or unable to" → "not willing or not able to" (each word its own "not": either one, as the
  source's pair says), "are unwilling to" → "are not willing to"; "provide(s) consent / a sample / proof" → "give(s)
  …"; "the prior 12 weeks" → "the past 12 weeks" (as "the preceding"); "before the initiation of X" → "before the
  start of X"; "adhere(s) to the plan" → "follow(s) the plan"; "intend(s)/intending to" → "plan(s)/planning to".

Left as they are: "However," ("But"), "Therefore," and a composed "In addition," (offline_short_words says why: the
content check reads the words after a "; " as a list item the bullet must keep, and the bullet falls back a level);
"unable to" alone (other rules say it "cannot"); "(not) intended to" (the content check has no "meant");
"previously" before a participle used as an adjective ("previously treated brain metastases": "treated before" would
move the word after its noun), "obtained" (a sample is taken, a consent is given: no one
word), "required to" (see above), "significant" (a clinical weight), "individual" (often "each").
"""

from __future__ import annotations

from translator.offline_example_words import EXAMPLES
from translator.offline_plain_abstain import ABSTAIN
from translator.offline_plain_adverbs import PLAIN_ADVERBS
from translator.offline_plain_elapsed import ELAPSED
from translator.offline_plain_fillers import FILLERS
from translator.offline_plain_general import GENERAL
from translator.offline_plain_judged import JUDGED

# what an extra one is said of: a count or a kind of thing that can be added to ("extra" means "additional" there)
_ADDED = (
    r"(?=\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:risks?|methods?|forms?|barrier|birth|medicines?|drugs?|treatments?|doses?|surgery|surger(?:y|ies)|tests?|"
    r"readings?|days?|weeks?|months?|years?|hours?|visits?|samples?|biops(?:y|ies)|procedures?)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:malignanc|cancer|tumou?r|primary|protocol))"
)

# not a second auxiliary ("You must have had experienced X" would read "have had had X")
_AUX = (r"(?<!\bhave\s)(?<!\bhas\s)"
        r"(?P<aux>(?:have|has|had|having)(?:n't)?\s+(?:(?:not|never|ever|already|also)\s+){0,2})")

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"
_UNITS = ("hour", "day", "week", "month", "year")
_NOT_AFTER_A_SPAN = "".join(rf"(?<!{unit}{s} in the )" for unit in _UNITS for s in ("", "s"))

_READER = r"(?:^|(?<=\byou are ))"

# (pattern, wording) pairs, in translator.offline_words.WORDS' form
GRADE: list[tuple[str, str]] = [
    (_AUX + r"participated\s+in", r"\g<aux>taken part in"),
    (r"participating\s+in", "taking part in"),
    (r"participate\s+in", "take part in"),
    (_AUX + r"undergone", r"\g<aux>had"),
    (r"undergoing", "having"),
    # a time the study lasts: "for the full duration of the study" → "for the full length of the study" (not "QRS
    # duration", "duration of response", "disease duration": measures the check reads)
    (r"(?<=\bthe\s)(?P<adj>(?:full|entire|whole|total|projected|planned|expected)\s+)?duration"
     r"(?=\s+of\s+(?:the|this|your|their)\s+(?:study|trial|treatment|confinement)\b)", r"\g<adj>length"),
    # what is had: not "experienced in performing", a skill; not "experienced as"
    # (not "Having experienced X", which an opening makes "You are having …": "are having had" is no English)
    (r"(?!having)" + _AUX + r"experienced(?!\s+(?:in|as|with|at)\b)", r"\g<aux>had"),
    (r"requires", "needs"),
    (r"require", "need"),
    (r"requiring", "needing"),
    # inside a sentence ("an additional", "one additional", "pose additional"): a sentence's opening "Additional
    # excluded drugs are …" reads as "other", not "extra"
    (r"(?-i:additional)" + _ADDED, "extra"),  # lower case: a capital opens a sentence or a heading
    # a window back from now, as "the previous 6 months" (offline_words): "within the preceding 6 months" → "within
    # the past 6 months"; not where the window is counted back from something else ("the preceding 6 months of X")
    # (not "for 4 weeks in the preceding 12 months": the check reads "4 weeks in the past" as a window of its own)
    # ("the prior 12 weeks" likewise: "prior" is "previous" here, and the same window)
    (r"(?<=\bthe\s)" + _NOT_AFTER_A_SPAN + r"(?:preceding|prior)(?=\s+" + _COUNT + r"\s+(?:consecutive\s+)?"
     r"(?:hours?|days?|weeks?|months?|years?)\b(?!\s+(?:of|before|prior|preceding|from|to|until)\b))", "past"),
    # the consent paper is a form: "a signed informed consent document" → "… form" (the lexicon's "informed consent
    # form" names both, and defines it the same)
    (r"(?<=consent\s)document(?P<pl>s?)", r"form\g<pl>"),
    # "the protocol requirements" became "the study plan requirements" where the study plan came first: as offline_words
    # says "protocol requirements", "study rules"
    (r"study\s+plan\s+requirements", "study rules"),
    # a treatment or a study gone through to its end is finished ("You have completed at least 2 cycles of X" →
    # "finished"); only after "have/has/had", before what is gone through: not a form filled in ("completed the
    # questionnaire"), nor "completed suicide"
    (r"(?:(?<=\bhave )|(?<=\bhas )|(?<=\bhad )|(?<=\bhaving ))(?P<adv>(?:(?:not|never|already|successfully|also)\s+)?)"
     r"completed(?=\s+(?:(?:at\s+least|all|any|their|your|the|a|an|this|that|\d+|one|two|three|four|six)\s+)*"
     r"(?:[\w-]+\s+){0,3}?(?:treatments?|therapy|therapies|chemotherapy|radiation|radiotherapy|courses?|cycles?|doses?|"
     r"regimens?|surgery|vaccinations?|series|induction|consolidation|study|trial)\b)", r"\g<adv>finished"),
    # not willing, not able: "un-" said as "not", one negation for another, each word keeping its own ("unwilling or
    # unable to" is "not willing or not able to": either one, as the source's pair); "unable to" alone is left to
    # the rules that say it "cannot"
    # (only said of the reader alone, "You are …" or a criterion's start: after a list of people, "You are a woman who
    # can get pregnant or a man of fathering potential, and are not able or …", the negation check reads the "not" as
    # the list's and the bullet would fall back a level)
    (_READER + r"unwilling(?P<to>\s+to)?\s+(?P<join>or|and|and/or)\s+unable(?=\s+to\b)",
     r"not willing\g<to> \g<join> not able"),
    (_READER + r"unable(?P<to>\s+to)?\s+(?P<join>or|and|and/or)\s+unwilling(?=\s+to\b)",
     r"not able\g<to> \g<join> not willing"),
    (r"(?:(?<=\bare )|(?<=\bis )|(?<=\bam )|(?<=\bbe ))unwilling(?=\s+to\s+[a-z])",
     "not willing"),
    # consent, a sample, proof or facts are given: "You must provide written informed consent" → "… give …"
    # (offline_plain says it after "to" on the source; an opening's "You provide …" is composed after it)
    (r"provide(?P<s>s?)(?=\s+(?:written|signed|informed|voluntary|verbal|consent|samples?|blood|urine|tissue|proof|"
     r"accurate|valid|contact|information|a\s+(?:written|signed|sample|blood|urine|tissue))\b)", r"give\g<s>"),
    # a time something starts from: "before the initiation of any study treatment" → "before the start of …"
    (r"(?:(?<=\bbefore )|(?<=\bafter )|(?<=\bsince )|(?<=\buntil )|(?<=\bat )|(?<=\bfollowing ))(?:the\s+)?"
     r"initiation\s+of(?=\s+[a-z])", "the start of"),
    # to adhere to a plan is to follow it ("You can adhere to the study plan" → "You can follow the study plan")
    (r"adhere(?P<s>s?)\s+to(?=\s+(?:the|this|all|study|protocol|treatment|their|your|a|an|any)\b)", r"follow\g<s>"),
    # to intend is to plan: "pregnant or intend to get pregnant" → "… plan to get pregnant"
    (r"intend(?P<s>s?)(?=\s+to\s+[a-z])", r"plan\g<s>"), (r"intending(?=\s+to\s+[a-z])", "planning"),
    # (session 50) what a consent covers: "consent, which includes compliance with the requirements" → "… includes
    # following the requirements" (only after "include(s)": "limit compliance with X" has no gerund's place)
    (r"(?<=\binclude\s)compliance\s+with(?=\s+(?:the|all|study|these|this)\b)", "following"),
    (r"(?<=\bincludes\s)compliance\s+with(?=\s+(?:the|all|study|these|this)\b)", "following"),
    # either way: "regardless of whether X" is "whether or not X"
    # (not where the clause has an "or" of its own: "whether or not X have been treated or not", "whether or not they
    # are natural or adopted")
    (r"regardless\s+of\s+whether(?!\s+or\b)(?![^.;,]*\bor\b)", "whether or not"),
]  # fmt: skip
GRADE += EXAMPLES  # "including" before examples, "any history of" (translator.offline_example_words)
GRADE += GENERAL  # "mainly", "at the same time", "make sure", "stopping" (translator.offline_plain_general)
GRADE += PLAIN_ADVERBS  # "possibly", "right away" (translator.offline_plain_adverbs)
GRADE += ELAPSED  # time that has "passed" (translator.offline_plain_elapsed)
GRADE += ABSTAIN  # "cannot refrain from" → "cannot avoid" (translator.offline_plain_abstain)
GRADE += JUDGED  # "in the study doctor's view", "prevent" (translator.offline_plain_judged)
GRADE += FILLERS  # "these" for "the following" before a colon, "for a period of" (translator.offline_plain_fillers)
