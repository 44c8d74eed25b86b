"""An NCT id missing from the record file is looked up live; when that fails, the error says the file was searched.

Before, the message ended "pass a record file with --data" although one had been passed, which sent users looking
for a typo in the path rather than for the id missing from the file."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from translator.errors import SourceError
from translator.settings import TranslatorSettings
from translator.sources import read_sources

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ctgov" / "studies.jsonl"


def _closed_port() -> int:
    with socket.socket() as s:  # bound and closed again: nothing listens there, so a connection is refused
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _one_record(tmp_path: Path) -> tuple[Path, str]:
    with CORPUS.open(encoding="utf-8") as handle:
        line = handle.readline()
    path = tmp_path / "one.jsonl"
    path.write_text(line, encoding="utf-8")
    return path, json.loads(line)["protocolSection"]["identificationModule"]["nctId"]


def _settings(data: Path | None) -> TranslatorSettings:
    return TranslatorSettings(
        data=data, live=True, ctgov_base_url=f"http://127.0.0.1:{_closed_port()}/api/v2", ctgov_retries=0
    )


def test_an_id_not_in_the_file_names_the_file_when_the_live_lookup_fails(tmp_path: Path) -> None:
    data, _ = _one_record(tmp_path)
    with pytest.raises(SourceError) as caught:
        list(read_sources(["NCT99999999"], settings=_settings(data)))
    message = str(caught.value)
    assert message.startswith(f"NCT99999999 is not in {data}, so it was looked up live: cannot reach clinicaltrials")


def test_an_id_in_the_file_is_read_from_it_without_the_network(tmp_path: Path) -> None:
    data, nct_id = _one_record(tmp_path)
    [study] = list(read_sources([nct_id], settings=_settings(data)))
    assert not isinstance(study, Exception) and study.nct_id == nct_id


def test_without_a_file_the_live_error_is_unchanged() -> None:
    with pytest.raises(SourceError) as caught:
        list(read_sources(["NCT99999999"], settings=_settings(None)))
    assert str(caught.value).startswith("cannot reach clinicaltrials.gov")
