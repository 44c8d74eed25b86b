"""Where study records come from: files, folders, JSONL, `/studies` pages, and NCT ids.

`read_sources` streams `Study | RecordError`: a bad record is reported (with file, line and field)
and the next one is read, so one broken line never hides the rest of a file. A file's kind is told
from its content, not its name: one study object, a `/studies` page (`{"studies": [...]}`), a JSON
list of studies, or JSONL (one object per line, read line by line so a full CT.gov dump of ~550k
studies never sits in memory). An NCT id is looked up in `settings.data`, then on the live API.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from translator.ctgov import CtgovClient
from translator.errors import NotFoundError, RecordError, SourceError
from translator.records import NCT_ID, Study
from translator.settings import TranslatorSettings

_SUFFIXES = frozenset({".json", ".jsonl"})
# Above this size a file whose first line is broken is taken for JSONL without trying it as one document.
_WHOLE_DOCUMENT_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class _Raw:
    """One record as read, with where it was: file, line (JSONL only) and path inside the document."""

    obj: object
    source: str
    line: int | None = None
    where: str | None = None


@dataclass
class LoadReport:
    """Counts of a load, for "2690 records, 0 errors"; keeps the errors so they can be listed."""

    records: int = 0
    errors: list[RecordError] = field(default_factory=list)

    def add(self, item: Study | RecordError) -> None:
        if isinstance(item, RecordError):
            self.errors.append(item)
        else:
            self.records += 1

    def studies(self, items: Iterable[Study | RecordError]) -> Iterator[Study]:
        """Pass the studies through, counting them and collecting the errors on the way."""
        for item in items:
            self.add(item)
            if isinstance(item, Study):
                yield item

    def summary(self) -> str:
        return f"{self.records} records, {len(self.errors)} errors"


def normalise_nct_id(text: str) -> str:
    """'nct01234567 ' → 'NCT01234567'; anything else raises RecordError."""
    candidate = text.strip().upper()
    if not NCT_ID.fullmatch(candidate):
        raise RecordError(f"malformed NCT id {text!r}: expected 'NCT' and 8 digits, e.g. NCT04280705")
    return candidate


def load_study(obj: object, *, source: str | None = None, line: int | None = None) -> Study:
    """One API v2 record (a parsed JSON object) as a Study; RecordError says what is wrong and where."""
    return Study.from_ctgov(obj, source=source, line=line)


def read_sources(
    sources: Sequence[str | Path], *, settings: TranslatorSettings, client: CtgovClient | None = None
) -> Iterator[Study | RecordError]:
    """Every study in the given files, folders and NCT ids, in order; bad records come as RecordError.

    A live lookup that cannot reach ClinicalTrials.gov raises SourceError (every later id would fail
    the same way); `client` lets tests and long runs supply their own.
    """
    with ExitStack() as stack:
        for source in sources:
            path = Path(source)
            if path.exists():
                yield from _read_path(path)
                continue
            try:
                nct_id = normalise_nct_id(str(source))
            except RecordError:
                yield RecordError(
                    "the path does not exist (no such file or folder), and it is not an NCT id (NCT + 8 digits); "
                    "check the path",
                    source=str(source),
                )
                continue
            found = _from_data(nct_id, settings)
            if found is not None:
                yield found
            elif not settings.live:
                yield NotFoundError(
                    f"{nct_id}: not looked up on ClinicalTrials.gov because live lookups are off "
                    "(TRIALPLAIN_LIVE=false); pass a record file with --data"
                )
            else:
                if client is None:
                    client = stack.enter_context(CtgovClient.from_settings(settings))
                try:
                    fetched = _fetch(client, nct_id)
                except SourceError as error:
                    if settings.data is None:
                        raise
                    # the record file was searched first: say so, or "pass a record file" reads as if none was
                    searched = f"{nct_id} is not in {settings.data}, so it was looked up live"
                    raise SourceError(f"{searched}: {error}") from error
                yield fetched


def find_study(nct_id: str, *, data: Path) -> Study:
    """The study with this NCT id in a record file or folder; NotFoundError if it is not there.

    JSONL lines that do not contain the id as text are skipped unparsed, so a lookup in the 31 MB
    corpus takes tens of milliseconds. A record listing the id among its `nctIdAliases` counts when no record
    has it as its own id.
    """
    nct_id = normalise_nct_id(nct_id)
    if not data.exists():
        raise RecordError("the record file or folder does not exist; check TRIALPLAIN_DATA / --data", source=data)
    alias: _Raw | None = None
    first_error: RecordError | None = None
    for item in _raw_in(data, needle=nct_id.encode()):
        if isinstance(item, RecordError):
            first_error = first_error or item
            continue
        own_id, aliases = _ids(item.obj)
        if own_id == nct_id:
            return _study(item)
        if alias is None and nct_id in aliases:
            alias = item
    if alias is not None:
        return _study(alias)
    if first_error is not None:
        raise first_error
    raise NotFoundError(f"no record with NCT id {nct_id}", source=data)


def _read_path(path: Path) -> Iterator[Study | RecordError]:
    for item in _raw_in(path):
        if isinstance(item, RecordError):
            yield item
            continue
        try:
            yield _study(item)
        except RecordError as error:
            yield error


def _from_data(nct_id: str, settings: TranslatorSettings) -> Study | RecordError | None:
    """The study from `settings.data`, its error, or None when the live API should be asked instead."""
    if settings.data is None:
        return None
    try:
        return find_study(nct_id, data=settings.data)
    except NotFoundError as error:
        return None if settings.live else error
    except RecordError as error:
        return error


def _fetch(client: CtgovClient, nct_id: str) -> Study | RecordError:
    try:
        return Study.from_ctgov(client.fetch_study(nct_id), source=f"{client.base_url}/studies/{nct_id}")
    except RecordError as error:
        return error


def _study(item: _Raw) -> Study:
    try:
        return Study.from_ctgov(item.obj, source=item.source, line=item.line)
    except RecordError as error:
        if item.where is None:
            raise
        inner = f"{item.where}.{error.field}" if error.field else item.where
        raise RecordError(error.reason, source=error.source, line=error.line, field=inner) from None


def _raw_in(path: Path, *, needle: bytes | None = None) -> Iterator[_Raw | RecordError]:
    """Records in a file or folder; with `needle`, JSONL lines without it are not even parsed."""
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file() and not _hidden(p, path)
        )
        if not files:
            yield RecordError("the folder holds no *.json or *.jsonl files", source=path)
        for file in files:
            yield from _raw_in(file, needle=needle)
        return
    source = str(path)
    try:
        with path.open("rb") as handle:
            jsonl = _is_jsonl(handle)
            handle.seek(0)
            if jsonl:
                yield from _jsonl(handle, source, needle)
            else:
                yield from _document(handle.read(), source)
    except OSError as error:
        yield RecordError(f"cannot read the file: {error.strerror or error}", source=source)


def _is_jsonl(handle: IO[bytes]) -> bool:
    """Tell JSONL from one JSON document laid out over several lines, reading as little as possible.

    JSONL when the first non-blank line is a whole JSON object and another line follows. When the
    first line is broken but the second is a whole object, it is JSONL with a bad first line —
    unless the whole file parses as one document (e.g. `{"studies": [` + one study per line + `]}`).
    """
    lines: list[bytes] = []
    for line in handle:
        if line.strip():
            lines.append(line)
            if len(lines) == 2:
                break
    if len(lines) < 2:
        return False
    if isinstance(_loads(lines[0]), dict):
        return True
    if not isinstance(_loads(lines[1]), dict):
        return False
    if handle.seek(0, 2) > _WHOLE_DOCUMENT_LIMIT:
        return True
    handle.seek(0)
    return _loads(handle.read()) is None


def _loads(text: bytes) -> Any:
    try:
        return _parse(text)
    except ValueError:
        return None


class _TooDeep(ValueError):
    """JSON nested deeper than Python's parser recurses: valid JSON, but no study record."""


def _parse(text: bytes) -> Any:
    # json.loads raises RecursionError, not ValueError, on arrays or objects nested ~1000 deep ("[[[[…]]]]"):
    # such a record is reported like any other unreadable one rather than ending the whole load.
    try:
        return json.loads(text)
    except RecursionError:
        raise _TooDeep("nested too deeply") from None


def _jsonl(handle: IO[bytes], source: str, needle: bytes | None) -> Iterator[_Raw | RecordError]:
    for number, line in enumerate(handle, 1):
        if not line.strip() or (needle is not None and needle not in line):
            continue
        try:
            obj = _parse(line)
        except ValueError as error:
            yield RecordError(_json_problem(error), source=source, line=number)
            continue
        yield from _expand(obj, source, number)


def _document(data: bytes, source: str) -> Iterator[_Raw | RecordError]:
    if not data.strip():
        yield RecordError("the file is empty; expected study records as JSON or JSONL", source=source)
        return
    try:
        obj = _parse(data)
    except ValueError as error:
        line = error.lineno if isinstance(error, json.JSONDecodeError) else None
        yield RecordError(_json_problem(error), source=source, line=line)
        return
    yield from _expand(obj, source, None)


def _expand(obj: object, source: str, line: int | None) -> Iterator[_Raw | RecordError]:
    """A study, a `/studies` page, or a list of studies → its records."""
    if isinstance(obj, dict) and "studies" in obj and "protocolSection" not in obj:
        studies = obj["studies"]
        if not isinstance(studies, list):
            yield RecordError("a /studies page needs a list under 'studies'", source=source, line=line, field="studies")
            return
        yield from (_Raw(study, source, line, f"studies[{i}]") for i, study in enumerate(studies))
    elif isinstance(obj, list):
        yield from (_Raw(study, source, line, f"[{i}]") for i, study in enumerate(obj))
    else:
        yield _Raw(obj, source, line)


def _json_problem(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON: {error.msg} (column {error.colno}); fix or remove this record"
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 JSON text: {error}"
    if isinstance(error, _TooDeep):
        return "JSON nested too deeply to be a study record; fix or remove this record"
    # Python refuses integers of more than 4300 digits (int_max_str_digits): valid JSON, but no study has one.
    # Its message goes on to advise sys.set_int_max_str_digits(), which is nothing for the reader to do.
    return f"a number in the JSON is too long to read ({str(error).split(';')[0]}); fix or remove this record"


def _ids(obj: object) -> tuple[str | None, list[str]]:
    """The record's own NCT id and its aliases, read defensively (the record is not validated yet)."""
    node: object = obj
    for key in ("protocolSection", "identificationModule"):
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict):
        return None, []
    own = node.get("nctId")
    aliases = node.get("nctIdAliases")
    return (own if isinstance(own, str) else None), (aliases if isinstance(aliases, list) else [])


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
