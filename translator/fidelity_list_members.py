"""A list member that no citing bullet says in any wording, in a list whose other members the bullets all say.

`translator.fidelity_items` finds a left-out item by the gap it leaves between its neighbours, read in the source's
order; a rewrite that reorders a list ("the intestinal tract, lungs, liver, kidney or blood" said as "the blood,
kidney, lungs or intestinal tract") moves the neighbours apart, and the gap is not where the source's order looks
for it. The list's shape tells instead: where the bullets say every other member of a list of three or more, each
by one of its own words (its stem, its everyday word group, a lexicon wording, an abbreviation's expansion), the
rewrite went member by member, and a member none of whose words is said in any of those wordings is gone, wherever
the bullet put the rest. So a member is reported when

- it is in a run of three or more list members of `fidelity_items` parted by nothing but listing breaks (a comma,
  semicolon, slash, "and", "or", "nor"); the run's first only with a medical term or a rare word of its own (a
  bullet opens with words of its own, and the first member holds the criterion's frame: "Diseases of the intestinal
  tract", "Known or suspected gram-negative infections");
- it has a content word of its own (one the source says nowhere else: "abdominal pain" of "chronic abdominal pain"
  beside "chronic diarrhea"), no negation, number, unit or window (those are the negation and fact checks'), a word that
  says what the criterion is about (`fidelity_item_words.specific`: a medical term, a rare word), or no word that reads
  as a verb ("used or underwent" is said as "used or had"), and not one of its own words, nor a word of a lexicon
  wording of a term it is in, is said by a citing bullet;
- every other member of the run that is read has one of its own words said;
- no citing bullet has, among the words that say the other members or two words beyond them on either side (short of
  a bracket, a full stop or a number), a word the source says in no wording: such a word may be the member said
  otherwise ("infarction" as "or a heart attack"). A new word further off ("You stopped all earlier …") says none.

A member reworded in everyday words no lexicon entry holds ("pulmonary" as "lungs" is held; "nervous system" as
"brain and nerves" is not) leaves a word said by none, so the other members are read first: a rewrite that rewords
one member freely rewords the others too, and a run with another member unsaid is let go.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from translator.fidelity_abbreviated import said_spans
from translator.fidelity_content import content_words, is_stop_word, said_stems, stem, stems_of, term_wordings
from translator.fidelity_item_parts import plain_part
from translator.fidelity_item_words import misspelled_said, specific
from translator.fidelity_items import _items as list_items
from translator.fidelity_slash_members import slash_member_findings
from translator.findings import Finding, Severity

# What parts two members of one run: a listing break and nothing else ("A, B or C"; "A; and B").
_PARTING = re.compile(r"\s*(?:[,;/]\s*)?(?:\b(?:and|or|nor)\b\s*)?(?:/\s*)?", re.IGNORECASE)
_MIN_RUN = 2  # a pair is read more strictly than a longer run (`unsaid_members`)
_TOKEN = re.compile(r"[A-Za-z][\w'-]*|\d+")
# Words that lead a clause, not a name: adverbs of time and degree, modals ("approximately 1 week prior", "must
# demonstrate less than", "then subsequently", "additionally").
_LEADS = frozenset({"approximately", "about", "additionally", "subsequent", "subsequently", "then", "must", "longer",
                    "shorter", "over", "under", "until", "unless", "but", "if", "in", "whether", "while", "including",
                    "such", "except", "excluding", "especially", "particularly", "mainly", "only", "also"})
# The other end of a comparison ("18 years-of-age or older", "10 or more"): the fact checks read it, and a bullet
# says it by its own words ("at least 18").
_COMPARING = re.compile(r"\W*(?:older|younger|more|less|greater|higher|lower|above|below|over|under|fewer|longer"
                        r"|shorter|earlier|later)\W*", re.IGNORECASE)
# A word that reads as a verb: a list of acts ("used or underwent or will use") is reworded act by act ("had").
# (and the verbs a criterion's clause runs on: "… and demonstrate, no CNS lymphoma, as shown by …")
_VERB = re.compile(r"(?:ed|ing|went|go|goes|use|uses|take|takes|took|taken|get|gets|got|give|gives|gave|given"
                   r"|\bdemonstrates?|\bshows?|\bmeets?|\brequires?|\breceives?|\bundergo(?:es)?|\btolerates?)$",
                   re.IGNORECASE)


def _runs(source: str, items: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The items in runs of members parted by listing breaks alone."""
    runs: list[list[tuple[int, int]]] = []
    for start, end in items:
        if runs:
            last = runs[-1][-1]
            between = source[last[1]:start]
            if last[1] <= start and between.strip() and _PARTING.fullmatch(between):
                runs[-1].append((start, end))
                continue
        runs.append([(start, end)])
    return [[*run[:-1], _before_clause(source, *run[-1])] for run in runs if len(run) >= _MIN_RUN]


# A relative clause after a list's last member is said of the whole list, not of that member ("treated with
# chemotherapy, radiotherapy or surgery who have remained asymptomatic"): the member's name ends before it.
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def _before_clause(source: str, start: int, end: int) -> tuple[int, int]:
    clause = _RELATIVE.search(source, start, end)
    return (start, clause.start()) if clause is not None and source[start:clause.start()].strip() else (start, end)


# Words a rewrite adds around a list that say no item of it ("or another psychotic disorder", "a test shows"), and
# the verbs of a gloss beside a member ("bisphosphonates taken by mouth", "a disease called …"). Not "caused":
# "diabetes caused by pancreatitis" says "diabetes secondary to pancreatitis", a member of its own.
_FRAME_STEMS = frozenset(stems_of("another someone show shows showed shown take takes taking taken called meaning "
                                  "means"))


# Everyday nouns of a criterion's frame, said by other words ("receipt of" as "getting", "of either sex" as "a man or
# a woman": the sexes are `translator.fidelity_sexes`' to compare).
_FRAME_NOUNS = frozenset({"receipt", "sex", "sexes", "gender", "genders"})


def _short_name(source: str, start: int, end: int) -> bool:
    """Whether a member reads as a short name ("liver", "chronic abdominal pain", "bipolar disorder"): up to its facts,
    three content words at most, no number, its first word no function word, adverb or modal. A longer member, or
    one led by "in", "that", "approximately", is a clause of the criterion's frame ("in the opinion of the
    Investigator", "approximately 1 week prior to randomization") that a rewrite says in words of its own ("in the
    study doctor's view"). Not one beside a slash, which is as often a "per" ("10^3/mcl" said as "10^3/µL")."""
    if source[start - 1:start] == "/" or source[end:end + 1] == "/":
        return False
    words = _TOKEN.findall(source[start:start + plain_part(source[start:end])])
    named = [w for w in words if not is_stop_word(w)]
    return 0 < len(named) <= 3 and not any(w.isdigit() for w in words) and not is_stop_word(words[0]) and (
        words[0].casefold() not in _LEADS)


def _member(source: str, spans: Sequence[tuple[int, int]], first: bool) -> bool:
    """Whether a run's member with its own words at `spans` is read: one that names something (`_specific`); the
    first only with a medical term or a rare word among them ("Known or suspected gram-negative infections"), its
    frame words being said any way a rewrite likes ("Patients with a history of" as "You have had")."""
    if first:
        return any(specific(source, a, b) for a, b in spans)
    return _specific(source, spans)


def _specific(source: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the member's own words (`spans`) say what the criterion is about (a medical term, a rare word): not
    everyday words alone with a verb ("used or underwent", said as "used or had") or a frame noun, which a rewrite
    says freely."""
    return any(specific(source, a, b) for a, b in spans) or not any(
        _VERB.search(source[a:b]) or source[a:b].casefold() in _FRAME_NOUNS for a, b in spans)


def unsaid_members(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the list members of `source` that `bullets` say in no wording, in runs whose other members they say."""
    runs = _runs(source, list_items(source))
    if not runs:
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    wordings = term_wordings(source)
    spelled = said_spans(source, bullets)
    words = content_words(source)

    everywhere = Counter(w[2] for w in words)
    stem_of = {a: word_stem for a, _, word_stem in words}

    def own_words(start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the content words of the member's plain part that the source says nowhere else."""
        end = start + plain_part(source[start:end])
        own = Counter(w[2] for w in words if start <= w[0] and w[1] <= end)
        return [(a, b) for a, b, word_stem in words
                if start <= a and b <= end and own[word_stem] == everywhere[word_stem]]

    def member_words(start: int, end: int) -> list[bool]:
        """Whether each of the member's own words is said ("abdominal" and "pain" of "chronic abdominal pain" beside
        "chronic diarrhea"); empty when the member has none."""
        # A lexicon wording's words that the source says outside the member say the other members, not this one
        # ("condition" of "a mood condition …" for "bipolar affective disorder" beside "obsessive-compulsive
        # disorder"; "blood" of "salts in the blood" for "electrolytes" beside "complete blood count"), unless
        # they are all its words ("heart attack" for "myocardial infarction" beside "heart failure").
        return [word_said(a, b, start, end) for a, b in own_words(start, end)]

    def word_said(a: int, b: int, start: int, end: int) -> bool:
        elsewhere = {w[2] for w in words if w[1] <= start or end <= w[0]}
        return bool({stem_of[a]}.union(*((s - elsewhere) or s for x, y, s in wordings if x <= a and b <= y)) & said
                    ) or any(x <= a and b <= y for x, y in spelled)

    def head_said(start: int, end: int) -> list[bool]:
        """Whether the last content word of a pair's first member is said: the name beside the join ("prior
        chemotherapy" of "Less than 4 weeks since … prior chemotherapy or radiation therapy"), whose frame and facts
        the member's own words leave out."""
        last = [(a, b) for a, b, _ in words if start <= a and b <= end][-1:]
        return [word_said(a, b, start, end) for a, b in last]

    # A bullet word the source says in no wording may be the member said otherwise ("infarction" as "heart attack"):
    # only bullets with none such are read.
    known = {w[2] for w in words}.union(*(s for _, _, s in wordings), _FRAME_STEMS,
                                        (stem(m.group()) for m in _WORD.finditer(source)))
    found = []
    for run in runs:
        # Members read: those with words of their own that name something; a verb's clause that the run takes in
        # ("…, and surgery, must have been discontinued") is said by other verbs ("stopped"), and names no member.
        flags = [member_words(start, end) if _member(source, own_words(start, end), first=not i) and
                 not _COMPARING.fullmatch(source[start:end]) and (not i or _short_name(source, start, end)) else []
                 for i, (start, end) in enumerate(run)]
        if len(run) == 2 and not flags[0]:
            flags[0] = head_said(*run[0])
        unsaid = [i for i, f in enumerate(flags) if f and not any(f)]
        # A list's shape: two members read after the first at least, the one left out and one said; of a pair ("prior
        # chemotherapy or radiation therapy"), both read and the one left out a name (a medical term, a rare word).
        if len(unsaid) != 1 or (sum(bool(f) for f in flags[1:]) < 2 if len(run) > 2 else not all(flags) or not any(
                specific(source, a, b) for a, b in own_words(*run[unsaid[0]]))):
            continue
        if not all(any(f) for i, f in enumerate(flags) if i != unsaid[0] and f):
            continue
        members = frozenset().union(*({stem_of[a]} for i, (start, end) in enumerate(run) if i != unsaid[0]
                                      for a, _ in own_words(start, end)))
        if not any(_worded_otherwise(text, members, known) for text in bullets):
            found.append(run[unsaid[0]])
    return found


def _worded_otherwise(text: str, members: frozenset[str], known: set[str]) -> bool:
    """Whether `text` has a word the source says in no wording where its list is: between or beside the words that
    say the other members, and two words beyond on each side short of the punctuation that closes the list ("or a
    heart attack)" for "infarction" is the member said otherwise). A word the source lacks further away ("You stopped
    all earlier cancer treatment, …", "… before starting") says no member."""
    # Every word but the plainest function words: a frame word ("start" for "initiation") may say a member too.
    tokens = [(m.start(), m.end(), stem(m.group())) for m in _WORD.finditer(text)
              if m.group().casefold() not in _FUNCTION_WORDS]
    at = [i for i, (_, _, word_stem) in enumerate(tokens) if word_stem in members]
    if not at:
        return False
    low, high = min(at), max(at)
    for _ in range(_REACH):
        if low > 0 and not _CLOSE.search(text, tokens[low - 1][1], tokens[low][0]):
            low -= 1
        if high + 1 < len(tokens) and not _CLOSE.search(text, tokens[high][1], tokens[high + 1][0]):
            high += 1
    return any(tokens[i][2] not in known for i in range(low, high + 1))


_REACH = 2
_WORD = re.compile(r"[A-Za-z]{3,}")
_FUNCTION_WORDS = frozenset("""the and are for with you your has have had not any all that this these those who which
was were been being its their from into than then such per""".split())  # noqa: SIM905 - a word list reads better as words
# What closes a list in a bullet: a bracket, a full stop, a semicolon, a colon, a number, a comma not before "and"/"or".
_CLOSE = re.compile(r"[()\[\].;:\d]|,(?!\s*(?:and|or)\b)(?=\s*(?:\d|you|your|if|when|before|after|in|within|for)\b)",
                    re.IGNORECASE)


def member_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                    raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each member of a list of `source` that the `bullets` citing it (index, text) say in no wording
    (and of a slash list: `translator.fidelity_slash_members`)."""
    texts = [text for _, text in bullets]
    return slash_member_findings(source_id, source, bullets, raw_of) + [
            Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it leave out the list item "
                            f"“{source[start:end].strip(' .')}” (they say every other item of its list, and "
                            "none of its words)",
                    criterion_id=source_id, bullet_index=bullets[0][0],
                    source_span=raw_of(start, end) if raw_of else None)
            for start, end in unsaid_members(source, texts)
            if not misspelled_said(source[start:end], texts)]  # "peumonias" said "pneumonia"
