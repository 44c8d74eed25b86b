"""Stock words of protocols that the offline bullets still kept, where an opening or a window took the span first.

offline_plain.plain_edits says most of these on the source ("currently" → "now", "receiving" → "getting", "a minimum
of" → "at least"); a source an opening rewrote whole ("Currently receiving X" → "You are currently receiving X") or a
window's anchor the fact rules worded ("within 28 days of completion of study therapy") kept them. Read by
translator.offline_words.WORDS, these apply on the composed text too (offline_words.word_edits), each limited to
what it means in every criterion it can match (read in the corpus):

- "currently" → "now", "receiving" → "getting", as plain_edits say them;
- "have/has received" → "have/has had" before what is given (a treatment, a dose, a count of them), never "received
  approval", "consent", "information", "a diagnosis" (which are not had), nor "treatment with" (offline_plain.polish
  says "been treated with"), nor with no object after it ("have received or will receive X");
- "a minimum of" → "at least" (not after "at" nor before "at least"), "(the) completion of" → "the end of" after a
  preposition of time or a window's "of" (the anchors of fidelity read both as one event), never "get in the way of
  (the) completion of the study", where completing is meant;
- "study medication(s)" → "study medicine(s)";
- "study drug administration" → "getting the study drug" after "before", "until" or a window's "of" ("within 14 days
  of"), the first dose's anchor said as its receipt, which the anchors read as the same time (not "the start of",
  "the first day of", "during", "any" or "the last" study drug administration, where "getting" reads as no English or
  as one dose among several);
- "Other protocol-defined (inclusion/exclusion) criteria (may) apply" → "Other rules in the study plan about who can
  join (may) apply";
- and more counted in the corpus bullets: "during/throughout the course of" → "during/throughout", "in conjunction
  with" → "together with", "whilst" → "while", "with the exception of" → "except for", "at the time of joining" →
  "when joining", "deemed" → "judged", "receipt of" → "getting", "administered" → "given", a window's "N days
  preceding X" → "N days before X";
- "You have documented/recorded X" → "Your records show that you have X" (STOCK_POLISH, on the composed text).

Left as they are: "become pregnant" (a dozen rules and the lexicon read it), "sufficient" (a level the check keeps,
as "adequate"), "concomitant" (offline_plain moves it after its noun where it can), "prohibited" ("not allowed" adds
a "not" the negation checks count), "for the purpose(s) of" and "cessation of" (the check then misses a word or reads
the window's anchor apart), "the preceding 12 months" (a window the check reads apart from "the past 12 months").
"""

from __future__ import annotations

# what "have received" is not said of as "have had": what is granted or told (approval, consent, a diagnosis, training),
# and no object at all ("have received or will receive X", "have received and progressed on X": "have had or will
# receive" reads as having a condition)
_NOT_HAD = (
    r"(?!\s+(?:treatment\s+with|approval|regulatory|marketing|informed|consent|information|an?\s+diagnosis|diagnosis|"
    r"training|instructions?|education|notice|notification|letters?|a\s+letter|a\s+copy|an?\s+(?:invitation|referral|"
    r"explanation|score|grade|rating|award)|and|or|nor|within|in|at|on|from|by|during|before|after|prior|for|to|it|them|"
    r"that|[,;:.(])(?![\w-]))(?=\s+[\w(])"
)

_NOT_AFTER_AN_ADJECTIVE = "".join(
    rf"(?<!\b{w} )" for w in ("prior", "previous", "past", "the", "any", "recent", "concurrent", "concomitant", "their",
                              "your", "his", "her", "its", "a", "no", "simultaneous", "planned", "smoking", "tobacco",
                              "prompt", "complete", "full", "timely", "first", "last", "had", "have", "has", "in")
)

# (pattern, wording) pairs, in translator.offline_words.WORDS' form
STOCK: list[tuple[str, str]] = [
    (r"currently", "now"),
    # not before a dose ("before receiving the first dose of study drug"): the anchors read "receiving the first dose"
    # and "getting the study drug", not "getting the first dose"
    (r"receiving(?!\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+|a\s+)?(?:first|initial|last|final|next|1st)\b)",
     "getting"),
    # not in a second clause ("… getting X or have received Y"): the item check reads the clause's words apart, and
    # with "getting" and "had" both said it finds none of the source's verbs left; nor before such a clause ("have had
    # VNS or have received DBS" would join two verbs for one act unevenly: both stay "received")
    (rf"(?<!\bor\s)(?<!\band\s)(?<!\bnor\s)(?<!\bor\swho\s)(?<!\band\swho\s)(?P<aux>have|has)(?P<adv>(?:\s+(?:not|never|already|ever|also))*)\s+received"
     rf"{_NOT_HAD}(?![^.;]*\b(?:or|and|nor)\s+(?:who\s+)?(?:have|has)\s+(?:(?:not|never|already|ever|also)\s+)*received\b)",
     r"\g<aux>\g<adv> had"),
    # (not before "at least": "for a minimum of at least 6 months" would say it twice)
    (r"(?<!\bat )a\s+minimum\s+of(?!\s+at\s+least\b)", "at least"),
    # a time only: never "get in the way of (the) completion of the study procedures", where completing is meant
    (r"(?P<pre>before|after|until|following|upon|since|through|throughout|from|at|(?:(?<=days\s)|(?<=weeks\s)|"
     r"(?<=months\s)|(?<=hours\s)|(?<=years\s))of)\s+(?:the\s+)?completion\s+of", r"\g<pre> the end of"),
    (r"study\s+medication(?P<pl>s?)", r"study medicine\g<pl>"),
    (r"(?P<pre>before|until|prior\s+to|(?:(?<=days\s)|(?<=weeks\s)|(?<=months\s)|(?<=hours\s)|(?<=years\s))of)\s+"
     r"(?:the\s+)?study\s+drug\s+administration(?!\s+(?:on|visit)\b)",
     r"\g<pre> getting the study drug"),
    # ("Other protocol-defined Inclusion/Exclusion may apply": the kinds without "criteria" say the same)
    (r"(?P<other>other|additional)\s+protocol-defined\s+(?:(?:(?:inclusion|exclusion|eligibility)(?:\s*/\s*|\s+and\s+|"
     r"\s+or\s+)?)+(?:\s+(?-i:criteria|Criteria))?|(?-i:criteria|Criteria))"
     r"(?=\s+(?:(?:may|will|also|must|shall|might|could|do|does)\s+)*(?:apply|applies|applied)\b)",
     r"\g<other> rules in the study plan about who can join"),
    # more stock phrases, counted in the corpus bullets, each with a wording that says the same everywhere
    # before a determiner only, and not before a dose or a treatment: "during the course of study treatment" and "during
    # the course of a study dosing day" hold no window, "during study treatment" would (the check reads it as one)
    (r"(?P<pre>during|throughout)\s+the\s+course\s+of(?=\s+(?:the|this|a|an|your|their|his|her|its)\b)"
     r"(?!(?:\s+[\w-]+){1,3}?\s+(?:dosing|doses?|treatments?|drugs?|administration|infusions?|therapy|medicines?)\b)",
     r"\g<pre>"),
    (r"in\s+conjunction\s+with", "together with"),  # as offline_everyday says "in combination with"
    (r"whilst", "while"),
    (r"with\s+the\s+exception\s+of", "except for"),
    (r"at\s+the\s+time\s+of(?=\s+joining\b)", "when"),  # "at the time of joining the study" (offline_plain's)
    # a judgement: "deemed appropriate by the study doctor" is "judged", as offline_plain says "assessed as suitable"
    # (not before a "judged" of the source's in the same sentence: "deemed relevant … as judged by the study doctor"
    # would say "judged" twice, so the source's "deemed" stays there)
    (r"deemed(?![^.;]*\bjudged\b)", "judged"),
    # the giving said as a doing ("after receipt of X" → "after getting X"); never after a word that keeps it a noun
    # ("past getting X" is no English). Not "cessation of" → "stopping": the check reads "60 days after stopping
    # treatment" as a window of another anchor
    (_NOT_AFTER_AN_ADJECTIVE + r"receipt\s+of", "getting"),
    (r"administered", "given"),
]  # fmt: skip

# "documented" is the doctor's record, not the reader's doing: "You have documented HIV infection", and "You have
# recorded HIV infection" where plain_edits said "recorded" first, read as if the reader wrote it down. The record
# said as the records' ("Your records show that you have HIV infection"); "have" stays, so the rest of the sentence
# ("… and are on treatment") keeps its verb. Not before a determiner, a preposition or "that", where the reader may
# be the one who documents ("You have documented your symptoms"), nor before an adverb (offline_plain's "had").
_NOT_THE_READERS = (
    r"(?!(?:your|the|a|an|all|any|this|these|that|those|by|in|on|at|with|for|it|them|each|every|their|his|her|no|of|as|"
    r"to)\b)"
)
STOCK_POLISH: list[tuple[str, str]] = [
    # (nor "documented or known X", which is one of a pair)
    (r"(?<![\w-])(?P<y>[Yy])ou\s+have\s+(?:documented|recorded)\s+" + _NOT_THE_READERS
     + r"(?!(?:or|and|nor|and/or)\b)(?=[A-Za-z(])"
     # nor before a window that looks back, where offline_past_events says "You have had X within the past 6 months"
     # after the sentence's opening "You have", which the records' clause would hide
     r"(?![^.;]*\b(?:within|in\s+the\s+(?:past|last|previous)|before|prior\s+to|since|ago)\b)",
     r"\g<y>our records show that you have "),
    # where the records' clause could not go (a window after it, "documented or known"), the source's "documented"
    # stays: "You have recorded or known resistance" (plain_edits' "recorded") read as the reader's doing
    (r"(?<![\w-])(?P<y>[Yy])ou\s+have\s+recorded\s+" + _NOT_THE_READERS, r"\g<y>ou have documented "),
    # a window's "preceding", as offline_words says its "following": "the 14 days preceding Visit 3" → "before" (not
    # "in the preceding 12 months" → "the past 12 months", a window the check then reads apart)
    (r"\b(?P<n>(?:days?|weeks?|months?|years?|hours?))\s+preceding\b", r"\g<n> before"),
    # "Prior receipt of X" made "You have had receipt of X": the perfect tense is the receipt
    (r"\b(?P<v>have|has)\s+had(?P<any>\s+any)?\s+receipt\s+of\b", r"\g<v> had\g<any>"),
]  # fmt: skip
