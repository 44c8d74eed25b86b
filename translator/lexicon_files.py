"""Reading and checking the lexicon's data files.

Every problem is a LexiconError that names the file, the line (TSV) or the key (TOML), what is
wrong and what to write instead, so a bad edit fails loudly at load time and in the tests.
"""

from __future__ import annotations

import tomllib
from typing import Any

from pydantic import ValidationError

from translator.errors import TranslatorError
from translator.lexicon_entries import AbbreviationEntry, Kind, TermEntry
from translator.lexicon_tokens import abbreviation_key, term_key

TERM_COLUMNS = ("term", "use", "plain", "plain_plural", "variants", "kind")
ENTRY_FIELDS = frozenset({"senses", "variants", "caps_word"})


class LexiconError(TranslatorError):
    """A lexicon data file is malformed; `source` and `line` say where."""

    def __init__(self, message: str, *, source: str, line: int | None = None) -> None:
        self.reason = message
        self.source = source
        self.line = line
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {message}")


def _problems(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in error.errors())


def read_terms(text: str, *, source: str) -> list[TermEntry]:
    """Parse the terms TSV: '#' comment lines, a header line, then one entry a line."""
    entries: list[TermEntry] = []
    seen: dict[tuple[str, ...], int] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != TERM_COLUMNS:
                raise LexiconError(
                    f"header is {cells!r}; the first non-comment line must be the tab-separated columns "
                    f"{' '.join(TERM_COLUMNS)}",
                    source=source,
                    line=number,
                )
            header_seen = True
            continue
        if len(cells) != len(TERM_COLUMNS):
            raise LexiconError(
                f"{len(cells)} columns, expected {len(TERM_COLUMNS)} ({', '.join(TERM_COLUMNS)}) separated by tabs; "
                "leave a column empty rather than dropping it",
                source=source,
                line=number,
            )
        row = dict(zip(TERM_COLUMNS, cells, strict=True))
        try:
            entry = TermEntry.model_validate(
                {
                    "term": row["term"],
                    "use": row["use"],
                    "plain": row["plain"],
                    "plain_plural": row["plain_plural"] or None,
                    "variants": tuple(v for v in row["variants"].split("|") if v) if row["variants"] else (),
                    "kind": row["kind"],
                }
            )
        except ValidationError as error:
            raise LexiconError(f"term {row['term']!r}: {_problems(error)}", source=source, line=number) from None
        for form in (entry.term, *entry.variants):
            key = term_key(form)
            if not key:
                raise LexiconError(f"{form!r} has no letters or digits to match", source=source, line=number)
            if key in seen and seen[key] != number:
                raise LexiconError(
                    f"{form!r} is already an entry or variant on line {seen[key]}; keep one row per term",
                    source=source,
                    line=number,
                )
            seen[key] = number
        entries.append(entry)
    if not header_seen:
        raise LexiconError(f"no header line; start with the columns {' '.join(TERM_COLUMNS)}", source=source)
    return entries


def read_abbreviations(text: str, *, source: str) -> list[AbbreviationEntry]:
    """Parse the abbreviations TOML: one table per kind, one key per abbreviation."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"not valid TOML ({error}); fix the syntax", source=source) from None
    entries: list[AbbreviationEntry] = []
    seen: dict[tuple[str, ...], tuple[str, str]] = {}  # key -> (kind, abbreviation) that owns it
    for kind_name, table in data.items():
        if kind_name not in Kind.__members__.values() or not isinstance(table, dict):
            raise LexiconError(
                f"top-level [{kind_name}] is not a kind table; use one of {', '.join(k.value for k in Kind)}",
                source=source,
            )
        for abbreviation, spec in table.items():
            entry = _abbreviation(abbreviation, spec, Kind(kind_name), source)
            for form in (entry.abbreviation, *entry.variants):
                key = abbreviation_key(form)
                owner = (kind_name, entry.abbreviation)
                if seen.setdefault(key, owner) != owner:
                    raise LexiconError(
                        f"{form!r} in [{kind_name}] is already listed as {seen[key][1]!r} in [{seen[key][0]}]; "
                        "keep one entry and put the senses together",
                        source=source,
                    )
            entries.append(entry)
    return entries


def _abbreviation(abbreviation: str, spec: Any, kind: Kind, source: str) -> AbbreviationEntry:
    if not isinstance(spec, dict):
        raise LexiconError(
            f'{abbreviation!r} must be a table such as {{ expansion = "...", plain = "..." }}', source=source
        )
    sense_fields = {k: v for k, v in spec.items() if k not in ENTRY_FIELDS}
    senses = spec.get("senses")
    if senses is not None and sense_fields:
        raise LexiconError(
            f"{abbreviation!r} has both 'senses' and sense fields {sorted(sense_fields)}; move them inside the senses",
            source=source,
        )
    try:
        return AbbreviationEntry.model_validate(
            {
                "abbreviation": abbreviation,
                "kind": kind,
                "senses": senses if senses is not None else [sense_fields],
                "variants": spec.get("variants", ()),
                "caps_word": spec.get("caps_word", False),
            }
        )
    except ValidationError as error:
        raise LexiconError(f"abbreviation {abbreviation!r}: {_problems(error)}", source=source) from None
