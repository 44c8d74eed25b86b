"""`trialplain ingest`, `tokens`, `run` and `serve` as a user runs them: real records in files, a real
database (SQLite and PostgreSQL for ingest), a real local HTTP server standing in for ClinicalTrials.gov,
and `serve` in its own process answering real HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from service import db, store
from service.cli import app
from service.tables import Role
from tests.service.ports import free_port
from tests.service.store_samples import count, with_criteria

runner = CliRunner()


def _nct_id(raw: dict[str, Any]) -> str:
    nct_id: str = raw["protocolSection"]["identificationModule"]["nctId"]
    return nct_id


def _jsonl(path: Path, lines: list[dict[str, Any] | str]) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


@pytest.fixture
def database(empty_database: URL, monkeypatch: pytest.MonkeyPatch) -> URL:
    """The test's empty database, as the CLI finds it: in TRIALPLAIN_DATABASE_URL."""
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", empty_database.render_as_string(hide_password=False))
    return empty_database


def _count(url: URL, table: str) -> int:
    engine = db.make_engine(url)
    try:
        with db.session_factory(engine)() as session:
            return count(session, table)
    finally:
        engine.dispose()


def _role_of(url: URL, secret: str) -> Role | None:
    engine = db.make_engine(url)
    try:
        with db.session_factory(engine)() as session:
            token = store.authenticate(session, secret)
            return None if token is None else token.role
    finally:
        engine.dispose()


def test_ingest_reports_new_changed_unchanged_and_rejected_records(
    database: URL, tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    first = runner.invoke(app, ["ingest", str(_jsonl(tmp_path / "a.jsonl", records[:3]))])
    assert first.exit_code == 0, first.output
    assert "3 new, 0 changed" in first.output and "3 translated" in first.output
    changed = with_criteria(records[1], "Inclusion Criteria:\n\n* Adults aged 18 to 70 years")
    second_file = _jsonl(tmp_path / "b.jsonl", [records[0], changed, "{not json", records[2]])
    second = runner.invoke(app, ["ingest", str(second_file)])
    assert second.exit_code == 1, second.output  # a rejected record makes the command fail
    assert "0 new, 1 changed, 0 updated, 2 unchanged, 1 rejected" in second.output
    assert "1 translated, 2 reused" in second.output
    assert "b.jsonl:3" in second.output  # the rejected line is named
    assert (_count(database, "studies"), _count(database, "translations")) == (3, 4)


def test_ingest_without_translating_only_stores(database: URL, tmp_path: Path, records: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["ingest", "--no-translate", str(_jsonl(tmp_path / "a.jsonl", records[:2]))])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output and "0 translated" in result.output
    assert (_count(database, "studies"), _count(database, "translations")) == (2, 0)


def test_ingest_names_a_source_that_does_not_exist(database: URL, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.jsonl")])
    assert result.exit_code != 0
    assert "missing.jsonl" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_tokens_create_prints_the_secret_once_and_it_authenticates(database: URL) -> None:
    created = runner.invoke(app, ["tokens", "create", "--role", "reader", "--name", "site build"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip()
    assert secret.startswith("tp_") and "\n" not in secret
    assert _role_of(database, secret) is Role.READER
    listed = runner.invoke(app, ["tokens", "list"])
    assert "site build" in listed.stdout and secret not in listed.output
    wrong = runner.invoke(app, ["tokens", "create", "--role", "owner", "--name", "x"])
    assert wrong.exit_code == 2 and "owner" in wrong.output


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the `trialplain` app as its script does (CliRunner skips the app's own error handling):
    the exit status and what it printed."""
    with pytest.raises(SystemExit) as exited:
        app(args, prog_name="trialplain")
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out + captured.err


def test_token_names_are_checked_before_the_database_sees_them(
    database: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    status, output = _run(["tokens", "create", "--role", "editor", "--name", " "], capsys)
    assert status == 1 and "needs a name" in output and "Traceback" not in output
    # api_tokens.name holds 200 characters: PostgreSQL refused a longer one with a DataError.
    status, output = _run(["tokens", "create", "--role", "editor", "--name", "x" * 201], capsys)
    assert status == 1 and "at most 200 characters" in output
    status, output = _run(["tokens", "create", "--role", "editor", "--name", "x" * 200], capsys)
    assert status == 0
    assert _count(database, "api_tokens") == 1


@pytest.mark.parametrize(
    ("variable", "value", "args", "status", "said"),
    [
        ("TRIALPLAIN_PORT", "abc", ["serve"], 2, "TRIALPLAIN_PORT: Input should be a valid integer"),
        ("TRIALPLAIN_PAGE_SIZE", "0", ["tokens", "list"], 2, "TRIALPLAIN_PAGE_SIZE: Input should be greater"),
        ("TRIALPLAIN_BACKEND", "gpt", ["ingest", "x.jsonl"], 2, "TRIALPLAIN_BACKEND: Input should be 'offline'"),
        ("TRIALPLAIN_DATABASE_URL", "my-database", ["tokens", "list"], 2, "TRIALPLAIN_DATABASE_URL is not a database"),
        ("TRIALPLAIN_DATABASE_URL", "sqlite:////proc/none/x.db", ["tokens", "list"], 1, "folder /proc/none"),
        ("TRIALPLAIN_DATABASE_URL", "postgresql://u:p@127.0.0.1:1/db", ["tokens", "list"], 1, "Connection refused"),
    ],
    ids=["port", "page-size", "backend", "url", "sqlite-folder", "postgres-down"],
)
def test_a_bad_setup_is_one_line_and_an_exit_status_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    variable: str, value: str, args: list[str], status: int, said: str,
) -> None:
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv(variable, value)
    exit_status, output = _run(args, capsys)
    assert (exit_status, "Traceback" in output) == (status, False), output
    assert said in " ".join(output.split()), output


def test_serve_refuses_a_port_out_of_range(database: URL, monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_serve(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("serve started a server on a port out of range")

    monkeypatch.setattr("service.cli_service.uvicorn.run", must_not_serve)
    # uvicorn would listen on 99999 mod 65536 = 34463 while printing 99999.
    result = runner.invoke(app, ["serve", "--port", "99999"])
    assert result.exit_code == 2 and "65535" in result.output


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_run_translates_offline_prints_an_editor_token_and_does_no_work_twice(
    database: URL, tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    data = _jsonl(tmp_path / "studies.jsonl", records[:5])
    first = runner.invoke(app, ["run", "--data", str(data), "--no-serve"])
    assert first.exit_code == 0, first.output
    assert "5 new" in first.output and "5 translated" in first.output
    secret = next(line.split(":", 1)[1].strip() for line in first.stdout.splitlines() if "editor token" in line)
    assert _role_of(database, secret) is Role.EDITOR
    assert "http://127.0.0.1:8000/review" in first.stdout
    second = runner.invoke(app, ["run", "--data", str(data), "--no-serve"])
    assert second.exit_code == 0, second.output
    assert "5 unchanged" in second.output and "0 translated, 5 reused" in second.output
    assert _count(database, "translations") == 5


class _FakeCtgov(BaseHTTPRequestHandler):
    """GET /api/v2/studies answers one page of real records, as ClinicalTrials.gov does."""

    studies: ClassVar[list[dict[str, Any]]] = []
    queries: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        url = urlparse(self.path)
        self.queries.append(parse_qs(url.query))
        body = json.dumps({"studies": self.studies}).encode() if url.path == "/api/v2/studies" else b"{}"
        self.send_response(200 if url.path == "/api/v2/studies" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest's output clean
        pass


@pytest.fixture
def fake_ctgov(records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_FakeCtgov]]:
    handler = type("Handler", (_FakeCtgov,), {"studies": records[30:33], "queries": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("TRIALPLAIN_CTGOV_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/api/v2")
    yield handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_run_without_a_record_file_fetches_recruiting_trials_from_the_api(
    database: URL, tmp_path: Path, fake_ctgov: type[_FakeCtgov]
) -> None:
    result = runner.invoke(app, ["run", "--data", str(tmp_path / "none.jsonl"), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "3 new" in result.output and "3 translated" in result.output
    assert fake_ctgov.queries[0]["filter.overallStatus"] == ["RECRUITING"]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_run_without_data_or_network_says_how_to_point_it_at_data(
    database: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nobody listens on: the API cannot be reached
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    monkeypatch.setenv("TRIALPLAIN_CTGOV_BASE_URL", f"http://127.0.0.1:{closed}/api/v2")
    monkeypatch.setenv("TRIALPLAIN_CTGOV_RETRIES", "0")
    result = runner.invoke(app, ["run", "--data", str(tmp_path / "none.jsonl"), "--no-serve"])
    assert result.exit_code == 1
    assert "make run DATA=" in result.output and "--data" in result.output and "Traceback" not in result.output
    monkeypatch.setenv("TRIALPLAIN_LIVE", "false")  # told to stay offline: the same advice, no request
    offline = runner.invoke(app, ["run", "--data", str(tmp_path / "none.jsonl"), "--no-serve"])
    assert offline.exit_code == 1 and "make run DATA=" in offline.output


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("options", [[], ["--no-access-log"]], ids=["access-log", "no-access-log"])
def test_serve_answers_http_on_the_chosen_port(
    database: URL, records: list[dict[str, Any]], tmp_path: Path, options: list[str]
) -> None:
    ingested = runner.invoke(app, ["ingest", "--no-translate", str(_jsonl(tmp_path / "a.jsonl", records[:1]))])
    assert ingested.exit_code == 0, ingested.output
    secret = runner.invoke(app, ["tokens", "create", "--role", "reader", "--name", "site"]).stdout.strip()
    port = free_port()
    command = [sys.executable, "-c", "from service.cli import app; app()", "serve", "--port", str(port), *options]
    server = subprocess.Popen(command, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            # Wait for the server to listen: its imports take a few seconds, and over half a minute on a machine busy
            # with other work (a fixed 30 s of tries failed there); a server that exits ends the wait at once.
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                try:
                    client.get("/healthz")
                    break
                except httpx.TransportError:
                    if server.poll() is not None:
                        break
                    threading.Event().wait(0.1)
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
            page = client.get(f"/v1/trials/{_nct_id(records[0])}", headers={"Authorization": f"Bearer {secret}"})
            assert page.status_code == 200 and page.json()["nct_id"] == _nct_id(records[0])
            assert client.get("/v1/trials").status_code == 401
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    # uvicorn's access log, on unless switched off (TRIALPLAIN_ACCESS_LOG or --no-access-log)
    assert (f"GET /v1/trials/{_nct_id(records[0])} HTTP/1.1" in output) is (options == []), output
