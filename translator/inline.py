"""Inline lists: where one line (or one wrapped paragraph) holds several items or a header.

Some sources joined a whole criteria list into one paragraph: "Inclusion Criteria: - Age ≥18
years; - Written informed consent … Exclusion Criteria: - …", or "1. Men or women ≥18 2. Consent
…". Left alone, the exclusions would be read as inclusions. `cut_points` finds where to cut such
text into virtual lines. Cutting wrongly can make a number into a list marker ("status 0 or 1.
Patients …"), so a run of inline numbers must be long or clearly introduced, and a number right
after a word like "or", "grade" or "stage" is never a marker.
"""

from __future__ import annotations

import itertools
import re

from translator.header_shapes import ends_an_item, subheading
from translator.headers import header_word, match_header
from translator.markers import SYMBOL_BULLETS, find_marker
from translator.midline_items import counted_on_numbers, introduced_numbers, spaced_dashes
from translator.runs import counted_cuts, introduced, is_value, runs

# "… tests Cancer-Related Exclusion Criteria: - Ocular melanoma": a "-Related" or "-Specific" title belongs to it
_INLINE_HEADER = re.compile(
    r"(?:(?<=[\s.;:,)\-])|^)(?:(?:key|main|major|general|[a-z]+-(?:related|specific))\s+)?"
    r"(?:inclusion|exclusion|non-inclusion)\s+criteria\s*:",
    re.IGNORECASE,
)
# "HLA-A, -B, and -C", "-DRB1 and -DQB1": the loci of a name, not items
_NAME_SUFFIX = r"[A-Z][A-Z0-9]{0,4}(?:[,)]|\s+(?:and|or)\b|[ \t]*(?:\n|$))"
# "… > 4 times/year. Exclusion criteria include: persons with plans to move …": a header said as a sentence, opening
# a sentence inside an item; in lower case or after a word ("the following exclusion criteria are:") it is prose.
_SENTENCE_HEADER = re.compile(
    r"(?<=[.;])\s+((?:(?:Key|Main|Major|General|Other|Additional)\s+)?(?:Inclusion|Exclusion|INCLUSION|EXCLUSION)"
    r"\s+(?i:criteria)\s+(?i:includes?|are|comprises?)(?:\s+(?i:as\s+follows|the\s+following))?\s*:)"
)
# " - Next item", ";-Next item" or "levels- Next item": a hyphen used as a bullet inside a paragraph.
_INLINE_DASH = re.compile(
    r"(?:(?<=\s)|(?<=[;.]))-(?=\s*(?:[A-Z(\[]|[a-z]\)\s))(?!" + _NAME_SUFFIX + r")|(?<=[a-z)])-(?=\s+[A-Z][a-z])"
)
# "criteria for: ○ Dementia … ○ Schizophrenia": a bullet symbol inside a line opens an item there.
_INLINE_SYMBOL = re.compile(rf"(?<=[\s:;])[{SYMBOL_BULLETS}](?=\s+\S)")
_SYMBOLS = frozenset(SYMBOL_BULLETS)
# "… one of the following sources: --Treatment of mania … --Hospital records --Participant report …": doubled
# hyphens glued to a capital, used as bullets inside a paragraph (two at least: one is a dash of the sentence).
_INLINE_DASHES = re.compile(r"(?<=[\s:;])-{2,3}(?=[A-Z])")
_START = r"(?:(?<=[\s.;:,])|^)"
# "inclusion (i), (ii) or (iii)" refers to items; it does not list them.
_NOT_REFERENCE = r"(?!\s*(?:or|and|to|and/or|,)\b|\s*[,)])"
_NUMBER = re.compile(_START + r"(\d{1,2})(?:\.(?=\s*[A-Z(\[])|\)(?=\s*[A-Za-z(\[])|、)" + _NOT_REFERENCE)
# "1. pregnancy 2. renal failure 3. 18 years or older": numbers followed by any word are a list only when they
# count up in order (see `_loose_runs`); a space must follow the period ("1.5 mg" is a decimal).
_LOOSE_NUMBER = re.compile(
    _START + r"(\d{1,2})\.(?=[ \t]*\n?[ \t]*[^\s.,;:)\]}])(?=\s)(?!\s*(?:or|and|and/or)\b)"
)  # "1. to live in a non-fluoridated area" is an item; "groups 1. and 2." refers to items
_PAREN_NUMBER = re.compile(_START + r"\((\d{1,2})\)(?=\s*[A-Za-z])" + _NOT_REFERENCE)
_LETTER = re.compile(_START + r"([a-h])\)(?=\s*[A-Z])" + _NOT_REFERENCE)
_PAREN_LETTER = re.compile(_START + r"\(([a-h])\)(?=\s*[A-Za-z])" + _NOT_REFERENCE)
_ROMAN = re.compile(_START + r"\((i|ii|iii|iv|v|vi|vii|viii)\)(?=\s*[A-Za-z])" + _NOT_REFERENCE)
_HIER = re.compile(r"(?<=\s)(\d{1,2})\.(\d{1,2})(?=\s+[A-Z])")
_BULLET_FIRST = re.compile(r"\s*[-*•]\s+(?=1[.)]\s)")
_LEAD = re.compile(r"\s*(\d{1,2})[.)]")
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
def _sequence_cuts(text: str) -> set[int]:
    cuts: set[int] = set()
    lead = len(text) - len(text.lstrip())
    own = _LEAD.match(text)  # the paragraph's own marker, which _NUMBER may not see ("5. 5-minute …")
    seed = (int(own.group(1)), own.start(1)) if own else None
    bullet = None if own else _BULLET_FIRST.match(text)
    if bullet is not None:  # "-  1. Age 18 to 90 years 2. Have …": the "-" before the "1." is no value's dash
        seed = (1, bullet.end())
    style = text[bullet.end() + 1] if bullet else own.group()[-1] if own else "."
    for run in runs(_NUMBER, text, int, seed=seed, seed_style=style):
        # the paragraph's own marker, continued inline ("5. … 6) …"), or a list its bullet opens ("-  1. Age … 2. …")
        leading = run[0][1] <= lead or (bullet is not None and run[0][1] == bullet.end())
        first = run[0][0] == 1 and (introduced(text, run[0][1]) or _sublist(text, own, run[0][1]))
        if len(run) >= 3 or (len(run) == 2 and (leading or first)):
            cuts.update(at for _, at in run)
    cuts.update(_loose_cuts(text, own.group(1) if own and own.group().endswith(".") else None))
    cuts.update(counted_cuts(text))
    cuts.update(introduced_numbers(text))
    cuts.update(counted_on_numbers(text))
    letter = lambda s: ord(s) - ord("a")  # noqa: E731
    # the fast path: "(1)", "a)", "(a)" and "(i)" all close with a parenthesis right after a short token
    closed = ")" in text and _CLOSED.search(text) is not None
    for pattern, order in ((_PAREN_NUMBER, int), (_LETTER, letter), (_PAREN_LETTER, letter), (_ROMAN, _ROMANS.index)):
        for run in runs(pattern, text, order) if closed else ():
            if len(run) >= 2 and run[0][0] in (0, 1):
                cuts.update(at for _, at in run)
    # "2.1 Vulvovaginal candidiasis … 2.2 Sexually transmitted …" inside a wrapped item 2.
    minors: dict[str, list[tuple[int, int]]] = {}
    for match in _HIER.finditer(text):
        minors.setdefault(match.group(1), []).append((int(match.group(2)), match.start()))
    for found in minors.values():
        if len(found) >= 2 and all(b[0] == a[0] + 1 for a, b in itertools.pairwise(found)):
            cuts.update(at for _, at in found)
    return cuts


_CLOSED = re.compile(r"(?:\d{1,2}|\b[a-h]|\b[iv]{1,4})\)")


def _sublist(text: str, own: re.Match[str] | None, at: int) -> bool:
    """"3. Patients who have received following treatments … 1) Other investigational drugs 2) Chemo-, …": inside
    an item numbered "3.", a run "1) … 2)" in the other punctuation is its own list, not the item's count."""
    return own is not None and own.group().endswith(".") and text.startswith("1)", at)


_FIRST_ONE = re.compile(r"(?:^|[\s.;:,])1\.\s")


def _loose_cuts(text: str, own: str | None) -> set[int]:
    """Numbered items that open in lower case or with a number ("1. pregnancy 2. renal failure", "2. 18 years
    or older"): only a run that counts up from 1 (or from the paragraph's own marker) over three items, or over
    two after a colon, is a list; anything shorter may be a value ("grade 1. the …")."""
    cuts: set[int] = set()
    if own is None and ("1." not in text or not _FIRST_ONE.search(text)):
        return cuts  # the fast path: no list starts here
    lead = len(text) - len(text.lstrip())
    seed = (int(own), lead) if own else None
    for run in runs(_LOOSE_NUMBER, text, int, seed=seed):
        first, at = run[0]
        leading = at <= lead
        if not leading and first != 1:
            continue
        if len(run) >= 3 or (len(run) == 2 and (leading or introduced(text, at))):
            cuts.update(a for _, a in run)
    return cuts


# In a paragraph already shown to be a flattened list, " - " also separates items that open in lower case or
# with a comparator ("- diagnosis of RA - currently taking methotrexate", "- score ≥3 - ≥10% BSA"); a range
# between numbers ("18 - 65") never does.
_WEAK_DASH = re.compile(r"(?<=[^\d\s] )-(?= +(?:[a-z]|[≥≤<>\"“'](?!\s)))")
# "… score of 0 or 1 - fully recovered from …": a lower-case item after a number (not "5 - fold", "18 - years").
_AFTER_NUMBER_DASH = re.compile(r"(?<=\d )-(?= +[a-z]{3,})(?! +(?:years?|months?|weeks?|days?|hours?|fold|times)\b)")
# "… English speaking women - 18 years of age or older", "… birth); - 5-minute Apgar score": an item that opens
# with a number and a word, after a word or punctuation (never "HbA1c - 7.5%", "weight - 70 kg", "18 - 65").
_NUMBER_ITEM_DASH = re.compile(
    r"(?<=[a-z,;.)] )-(?= +\d{1,3}(?:-\d{1,3})?(?:-[a-z]| +[A-Za-z]))"
    r"(?! +\d+(?:-\d+)? +(?:kg|mg|g|cm|mm|mL|ml|L|dL|mmHg|lbs?|IU|U|units?|x|times|or|and|to)\b)"
)
# "- Medications - …", "- For women retaining childbearing potential - …": up to five words after an item's dash.
_LABEL_BEFORE = re.compile(r"(?:^|\s)-\s+[A-Z][\w'’/-]*(?:\s+[\w'’/-]+){0,4}\s+\Z")
_FLATTENED_HEADER = re.compile(r"(?:inclusion|exclusion)\s+criteria\s*:\s*-\s", re.IGNORECASE)
_LETTER_MARKER = re.compile(r"[ \t]*[a-zA-Z]\Z")


def _inline_dashes(text: str) -> list[re.Match[str]]:
    """The " - Item" separators in `text`; a line's own letter marker ("  a- Women aged 40 to 70") is not one.
    A line's leading hyphen bullet counts: "- Pregnancy - Patients are asked …" is a flattened list."""
    found: list[re.Match[str]] = []
    if "-" not in text:
        return found
    for match in _INLINE_DASH.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _LETTER_MARKER.match(text, line_start, match.start()) and not _joins(text, match.start()):
            found.append(match)
    return found


_RANGE_END = re.compile(r"\s*(?:[IVX]{1,4}\b|\d)")
_NAME_WORDS = re.compile(r"(?:^|\s)[A-Z][A-Za-z]*\s+[A-Z][a-z]+\s*\Z")


# A name goes on after its dash with another capitalised word ("Severity of Illness", "Epidemiology Collaboration",
# "Depression (PDQ-D)"); an item opens in sentence case ("Incontinence - Active or recurrent bladder infections").
_NAME_GOES_ON = re.compile(r"\s*[A-Z][\w'’]*(?:\s*(?:[)\],;.:]|\Z)|\s+(?:(?:of|and|the|for|in|on|to)\s+)*[A-Z(])")


def _joins(text: str, at: int) -> bool:
    """A dash inside a range or a name, not between items: "COG stage II - IV", "Chronic Kidney Disease -
    Epidemiology", "Clinical Global Impression - Severity of Illness"."""
    if _RANGE_END.match(text, at + 1):
        return True
    if _NAME_WORDS.search(text, max(0, at - 60), at) is None:
        return False
    if not text[at - 1 : at].isspace():  # "Rating Scale- Japanese version", "Symptomatology- Clinician rated-30"
        return text[at + 1 : at + 3].strip()[:1].isupper()
    return _NAME_GOES_ON.match(text, at + 1) is not None


def _weak_dashes(text: str) -> list[int]:
    """The weak " - item" separators of a flattened list: an item that opens in lower case or with a comparator
    ("- diagnosis of RA - currently taking methotrexate"), and in a list opened by a header, one that opens with a
    number and a word ("- 18 years of age or older"). Not after a short capitalised label in a list of capitalised
    items: there the dash goes on with the label's details ("- Medications - thiazolidinediones, any steroids")."""
    flattened = _FLATTENED_HEADER.search(text) is not None
    lower = [m.start() for m in (*_WEAK_DASH.finditer(text), *(_AFTER_NUMBER_DASH.finditer(text) if flattened else ()))]
    if lower and len(_inline_dashes(text)) >= 2 * len(lower):
        lower = [at for at in lower if not _LABEL_BEFORE.search(text, max(0, at - 60), at)]
    if not flattened:
        return lower  # "medication - 30 days or within 5 drug half lives" inside an item
    return lower + [m.start() for m in _NUMBER_ITEM_DASH.finditer(text) if not is_value(text, m.start())]


NO, MAYBE, YES = 0, 1, 2
# Words that open a criterion of their own after a dash, not a label's details.
_LETTER_BEFORE_DASH = re.compile(r"(?<![\w-])[a-z]\Z")
_OPENS_CRITERION = re.compile(
    r"\s*(?:No|Not|None|Other|More|Less|Fewer|At least|Prior|Previous|History|Use|Any|Known|Current|Concurrent|"
    r"Uncontrolled|Active|QTc?)\b"
)


def inline_bullets(paragraph: str) -> int:
    """Whether " - Item" separators in one paragraph show its bullets flattened into prose: YES, NO, or MAYBE for
    an item of its own holding one more " - " ("- Pregnancy - Patients are asked date of last menstrual period …",
    "- Performance status - Karnofsky 70-100%", "- Previous treatment for oral cavity cancer - Surgery /chemo"),
    which is one item unless the same text flattens other items (see `translator.lines.read_lines`) or a sentence
    ends before the dash ("… monitoring. - History of regular bowel habits")."""
    if not any(dash in paragraph for dash in (" -", "- ", ";-", ".-")):
        return NO  # the fast path: no dash here can separate items
    if ":" in paragraph and _FLATTENED_HEADER.search(paragraph):
        # "Inclusion Criteria: - seizure - pregnancy": a header then hyphen items, all on one line
        return YES if len(_WEAK_DASH.findall(paragraph)) + len(_inline_dashes(paragraph)) >= 2 else NO
    if len(_INLINE_DASH.findall(paragraph)) < 2:
        return NO  # the fast path: most paragraphs have no dash to weigh
    found = _inline_dashes(paragraph)
    lead = len(paragraph) - len(paragraph.lstrip())
    inside = _midline(paragraph, found)
    if len(inside) == 1 and find_marker(paragraph, lead) is not None:
        before = paragraph[: inside[0].start()].rstrip()
        if before.endswith((".", ";", ".)", ":")) or _OPENS_CRITERION.match(paragraph, inside[0].end()):
            return YES  # "… monitoring. - History of …", "… therapy - More than 3 prior lines of therapy"
        if _LETTER_BEFORE_DASH.search(before):
            return YES  # "… in the past 3 months b- Fertile female volunteers …": a lettered item
        return MAYBE
    return YES if len(found) >= 2 else NO


def _midline(paragraph: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The separators inside the text: in the middle of a line, or opening a hard-wrapped line of an item ("… for
    mCRC disease\n - Last dose of …"); not the bullets of a block whose every line is an item."""
    lines = paragraph.splitlines()
    if len(lines) > 1 and all(find_marker(line, len(line) - len(line.lstrip())) for line in lines if line.strip()):
        return [m for m in found if paragraph[paragraph.rfind("\n", 0, m.start()) + 1 : m.start()].strip()]
    lead = len(paragraph) - len(paragraph.lstrip())
    return [m for m in found if m.start() > lead]


def flattens_items(paragraph: str) -> bool:
    """Whether a paragraph holds at least two " - Item" separators in the middle of a line."""
    return len(_midline(paragraph, _inline_dashes(paragraph))) >= 2


def has_inline_bullets(paragraph: str) -> bool:
    """Several " - Item" separators in one paragraph mean its bullets were flattened into prose."""
    return inline_bullets(paragraph) == YES


def _header_prefix(text: str, at: int, cuts: set[int]) -> bool:
    """"Key Inclusion Criteria:" or "Health Care Proxy Inclusion Criteria:": the words before the
    match on the same (virtual) line are part of the header, not a separate item."""
    newline = text.rfind("\n", 0, at) + 1
    line_start = max([newline, *(c for c in cuts if c < at)])
    before = text[line_start:at].strip()
    if not before:
        return True
    if ":" in before:
        return False  # "Inclusion Criteria: - seizure Exclusion Criteria:": the words before hold a header already
    if not text[:newline].strip() and re.fullmatch(r"\(?(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]", before):
        return True  # "1. Inclusion Criteria:", "B. Exclusion criteria:": a numbered header, cut as one line
    if text[:newline].strip() or not before[0].isupper():
        return False  # a wrapped continuation ("to the screening visit Exclusion Criteria:") holds no title
    if re.match(r"[-*•]|\(?\d{1,2}[.)]", before):
        return False  # "- Confirmed SCCHN Exclusion Criteria:": an item, then the next header
    return len(before.split()) <= 5 and not re.search(r"[.;:,)\-]$", before)


_CAPITAL = re.compile(r"(?<![\w'’(\[/-])[A-Z]")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_FUNCTION_WORDS = [[w] for w in ("at", "of", "for", "in", "to", "the", "and", "or", "with", "by", "on", "from", "a")]
# "… in discussions. Health Care Proxy Inclusion Criteria:": a title of capitalised words after a sentence's end.
_SENTENCE_END = re.compile(r"[.;]\s+\Z")
_TITLED_HEADER = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?i:inclusion|exclusion)\s+(?i:criteria)\s*:")
_FIRST_NUMBER = re.compile(r":\s+(?=1[.)]\s)")
_NO_HEADER = re.compile(r"\n|[.;:]\s| [-–] ")


def _headers_between_items(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """A header between two items of a flattened list, where a colon right before an item ends it: "… the
    readings; Main Inclusion at Randomization (Visit 2): - …", "… tumors) Part 2 only: 1. …", "… discussions.
    Health Care Proxy Inclusion Criteria: - …". The header is the longest run of words, from a capitalised one,
    that reads as a header on its own line; the item before it keeps the rest. Returns the headers' spans."""
    found: list[tuple[int, int]] = []
    # after the colon: an item already cut, or a list's first number ("… Cohort EE Only: 1. Homozygous FH …")
    for at in sorted({*cuts, *(m.end() for m in _FIRST_NUMBER.finditer(text))}):
        before = text[:at].rstrip()
        if not before.endswith(":"):
            continue
        colon = len(before) - 1
        start = max((c for c in cuts if c < colon), default=0)
        marker = find_marker(text, start)
        content = marker.content if marker is not None else start
        words = content  # the item's words before the header must not be empty
        if match_header(text[content : colon + 1], marked=marker is not None) is not None:
            # "Key Inclusion Criteria: - …": the whole line before the item is its header, unless it is two
            # ("Inclusion Criteria: Main Inclusion at Screening (Visit 1): - …")
            inner = text.find(": ", content, colon)
            if inner < 0 or match_header(text[content : inner + 1], marked=marker is not None) is None:
                continue
            content, words = inner + 1, -1
        # "… hepatitis B or C infection Exclusions Related to Ocular Disease: - …": a sub-heading's title starts it
        titles = _trailing_subheading(text[:colon]) if "clusion" in text[content:colon] else []
        for word in _CAPITAL.finditer(text, max(content, colon - 100, *titles), colon):
            candidate = text[word.start() : colon + 1]
            if _NO_HEADER.search(candidate) or (words >= 0 and not _TWO_LETTERS.search(text, words, word.start())):
                continue  # a header spans no wrap, sentence end or dash; the item before it keeps some words
            titled = _SENTENCE_END.search(text, max(0, word.start() - 4), word.start()) and _TITLED_HEADER.fullmatch(
                candidate
            )
            if not titled and (_INLINE_HEADER.search(candidate) or not header_word(candidate.split()[0])):
                continue  # "… x ULN Exclusion Criteria:" is cut at its "Exclusion" below (`_header_prefix`)
            if text[max(0, word.start() - 5) : word.start()].split()[-1:] in _FUNCTION_WORDS:
                continue  # "… mg/dL at Screening Inclusion Criteria for Cohort EE Only:": "Screening" ends the item
            header = match_header(candidate, marked=False)
            if header is not None and header.end >= len(candidate):
                cuts.difference_update([c for c in cuts if word.start() < c < colon])
                cuts.add(word.start())
                found.append((word.start(), colon))
                break
    return found


# "…capable of all self-care Exclusion\n Criteria" and a blank line: the next list's header, glued to the end of
# the last item (often across a hard wrap). Only the capitalised header itself, at the paragraph's very end and
# not after a word that refers to criteria ("meets all Inclusion Criteria", "as listed in the Exclusion Criteria"). A
# title word may lead it ("… are WOCBP. Other Exclusion Criteria", "… of the study Cancer-Related Exclusion Criteria").
_TRAILING_HEADER = re.compile(
    r"(?<=[a-z0-9).,;%])\s+((?:(?:Key|Main|Major|General|Additional|Other|[A-Z][a-z]+-(?:Related|Specific))\s+)?"
    r"(?:Inclusion|Exclusion|INCLUSION|EXCLUSION)"
    r"\s+(?:Criteria|criteria|CRITERIA))\s*\Z"
)
# "… (CNS) metastases Exclusions Related to\n Cardiovascular Disease", "… of allografts General Medical Exclusions": a
# sub-heading (`translator.header_shapes.subheading`) glued to the end of the last item of its group, often across a
# hard wrap
_TITLE_START = re.compile(r"(?<=[a-z0-9).,;%])\s+(?=[A-Z])")


def _trailing_subheading(text: str) -> list[int]:
    for gap in _TITLE_START.finditer(text, max(0, len(text) - 160)):
        if subheading(" ".join(text[gap.end() :].split())) and ends_an_item(text[: gap.start()]):
            return [gap.end()]
    return []


def cut_points(text: str, *, dashes: bool) -> list[int]:
    """Where to cut a line or paragraph into virtual lines (offsets into `text`, never at its start)."""
    cuts = _sequence_cuts(text)
    trailing = _TRAILING_HEADER.search(text) if "riteria" in text or "RITERIA" in text else None
    if trailing is not None and ends_an_item(text[: trailing.start()]):
        cuts.add(trailing.start(1))
    if "clusion" in text:
        cuts.update(_trailing_subheading(text))
    if dashes:
        cuts.update(m.start() for m in _inline_dashes(text))
        cuts.update(_weak_dashes(text))
    if cuts:  # in a flattened list even a lone "a)" is a sub-item ("… diagnosis a) The HR positive …")
        cuts.update(m.start() for m in (*_LETTER.finditer(text), *_PAREN_LETTER.finditer(text))
                    if m.group(1) == "a")
    inside = _headers_between_items(text, cuts) if cuts and ":" in text else []
    # the header pattern is tried at every word; most paragraphs name no criteria, so look for the word first
    headers = _INLINE_HEADER.finditer(text) if ":" in text and "criteria" in text.lower() else ()
    cuts.update(
        m.start()
        for m in headers
        if not _header_prefix(text, m.start(), cuts) and not any(a < m.start() < b for a, b in inside)
    )
    if "riteria" in text or "RITERIA" in text:
        cuts.update(m.start(1) for m in _SENTENCE_HEADER.finditer(text))
    if not _SYMBOLS.isdisjoint(text):
        cuts.update(m.start() for m in _INLINE_SYMBOL.finditer(text))
    hyphens = [m.start() for m in _INLINE_DASHES.finditer(text)] if "--" in text else []
    cuts.update(hyphens if len(hyphens) >= 2 else ())
    cuts.update(spaced_dashes(text))
    stripped = len(text) - len(text.lstrip())
    return sorted(c for c in cuts if c > stripped)
