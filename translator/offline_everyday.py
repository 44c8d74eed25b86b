"""Shorter everyday wordings for more of the long general words and phrases left in the offline bullets.

Measured over the corpus bullets (offline-rules-10, words of 3+ syllables in bullets of grade 8 to 15), these are
the general ones with a shorter wording that says the same in every context the pattern allows; the medical
words that carry more of the grade ("experimental", "chemotherapy", "medically important") are the lexicon's,
and stay. Each is read by translator.offline_words.WORDS, so on the source (offline_plain.plain_edits) and on
the composed text (word_edits, where a fact's wording or an opening took the words first):

- "in combination with" → "together with"; "in the presence of" → "with"; "in the absence of" → "without"
  (one negation cue for another: the check reads "absence" and "without" alike);
- "subsequent" as an adjective → "later" ("first or subsequent remission"; "subsequent to" is offline_plain's
  "after", "subsequent-line" a name, and "the subsequent 6 months" a window, the next ones);
- "initiate(d/s)", "initiating" → "start(ed/s)", "starting" (not "initiation", whose anchors the fact rules
  read; offline_plain and offline_words say "the start of" where the anchor allows it);
- "utilized", "utilizing" → "used", "using"; "demonstrating", "exhibiting", "indicating" → "showing";
  "(as) indicated by" → "(as) shown by" (not "medically indicated", which means advised);
- "(as) specified in" → "(as) set out in";
- "requirement for" → "need for" ("sufficient" → "enough" is no such rule: the check reads "sufficient" as a level
  the bullet must keep, as it reads "adequate");
- "(dose) modification(s)" → "change(s)" (not "Modification of Diet in Renal Disease", a formula's name);
- "immediately before/after/following/preceding/prior to" → "right …" (not "immediately life-threatening");
- "on a daily/regular basis" → "daily", "regularly";
- "provided (that) X" → "as long as X", before a clause only (negation.py reads both as the condition of a
  permission: "allowed provided/as long as …"), never "provided by", "provided to" or "(if) provided";
- "N consecutive days/weeks/months/years/nights" → "N … in a row" (not "the past 24 consecutive months", where
  "in a row" would come after a window's anchor, nor "within 5 consecutive days after X" or "7 consecutive days before
  X", a window the check reads with its anchor, nor a counted dose or cycle, which fidelity_counted reads);
- "physician-diagnosed" → "doctor-diagnosed" (offline_plain's "physician" → "doctor" stops at the hyphen).
"""

from __future__ import annotations

_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)"
_WINDOW_BEFORE = "".join(
    rf"(?<!{w} )" for w in ("the", "past", "last", "preceding", "previous", "prior", "next", "within", "of")
)

# (pattern, wording) pairs, in translator.offline_words.WORDS' form
EVERYDAY: list[tuple[str, str]] = [
    (r"in\s+combination\s+with", "together with"),
    (r"in\s+the\s+presence\s+of", "with"),
    (r"in\s+the\s+absence\s+of", "without"),
    # not before a number: "within the subsequent 6 months" is "the next 6 months", a window the check reads
    (rf"subsequent(?!\s+to\b)(?!\s+(?:{_NUMBER}|few|several)\b)", "later"),
    (r"initiated", "started"),
    (r"initiates", "starts"),
    (r"initiate", "start"),
    (r"initiating", "starting"),
    (r"utili[sz]ed", "used"),
    (r"utili[sz]ing", "using"),
    (r"demonstrating", "showing"),
    (r"exhibiting", "showing"),
    (r"indicating", "showing"),
    (r"(?<!medically )(?<!clinically )indicated(?=\s+by\b)", "shown"),
    (r"(?P<as>as\s+)?specified(?=\s+in\b)", r"\g<as>set out"),
    (r"requirement(?=\s+for\b)", "need"),
    (r"modification(?P<pl>s?)(?!\s+of\s+diet\b)", r"change\g<pl>"),
    (r"immediately(?=\s+(?:before|after|following|preceding|prior\s+to)\b)", "right"),
    (r"on\s+a\s+daily\s+basis", "daily"),
    (r"on\s+a\s+regular\s+basis", "regularly"),
    # a clause after it: a subject (a determiner, a pronoun, "no") or "that"
    (r"(?<!if )(?<!as )(?<!be )(?<!been )(?<!is )(?<!are )(?<!was )(?<!were )provided(?:\s+that(?=\s+[a-z])|"
     r"(?=\s+(?:the|a|an|this|these|those|their|his|her|your|its|they|there|it|he|she|you|no|all|any|"
     r"patients?|subjects?|participants?|treatment|therapy|disease)\b))", "as long as"),
    (rf"{_WINDOW_BEFORE}(?P<n>{_NUMBER})\s+consecutive\s+(?P<unit>(?:calendar\s+)?(?:days|weeks|months|years|nights|"
     r"evenings))(?![/-])(?!\s+(?:before|after|prior|preceding|following|since|from|until)\b)",
     r"\g<n> \g<unit> in a row"),
    # the doctor who made the diagnosis, said in the place and the order of the source's ("You have had
    # physician-diagnosed asthma for at least 12 months"): "asthma diagnosed by a doctor for at least 12 months"
    # would move the window onto the diagnosis
    (r"physician-diagnosed", "doctor-diagnosed"),
]  # fmt: skip
