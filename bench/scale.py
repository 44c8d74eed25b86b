"""Does the store keep its speed as it grows? The reads of the site build and of the editors, on a store holding
the corpus (1x) and on one --times larger, measured in the same run. DESIGN.md: "One machine: SQLite + one
process handles a full ClinicalTrials.gov corpus (~550k studies)".

    .venv/bin/python bench/scale.py [--data ../shared/data/ctgov/studies.jsonl] [--times 20] [--requests 60]
                                    [--keep DIR] [--store SMALL.db]

1. `trialplain ingest DATA` into a fresh SQLite store: the real path (parse, offline translation, fidelity checks,
   audit events). Prints records/s; a tenth of the translations are then approved through the API, so trial
   pages carry published text and the queue holds both kinds.
2. A copy of that store grown --times over in SQL: every study and its translations again under a new NCT id
   (NCT90000001 on), the record's own nctId, the translation's nct_id and the search text following it.
   Audit events are not copied: the history is read by translation id, through an index.
3. `trialplain serve` on each store in turn, the page cache off so that every read reaches the database, and the
   same requests from one client: trial pages at random, the trial listing's first page and --requests pages down
   it, the review queue's first page, recruiting only, a common and a rare search, a common and a rare kind of
   finding, the kinds of finding waiting, pages down it, and the editors' HTML queue page. Per endpoint: p50 and
   p99 at 1x and at --times x, and the ratio of the p50s.
   A ratio near 1 is a read that does not grow with the store; a ratio near --times reads the whole table.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from processes import TRIALPLAIN, cli, free_port, server

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ctgov" / "studies.jsonl"
FIRST_COPY_ID = 90_000_001

Timings = dict[str, list[float]]


def ingest(data: Path, env: dict[str, str]) -> tuple[int, float]:
    started = time.perf_counter()
    cli("ingest", str(data), env=env)
    seconds = time.perf_counter() - started
    with sqlite3.connect(database_file(env)) as db:
        return int(db.execute("SELECT count(*) FROM studies").fetchone()[0]), seconds


def database_file(env: dict[str, str]) -> Path:
    return Path(env["TRIALPLAIN_DATABASE_URL"].removeprefix("sqlite:///"))


def approve_some(base: str, token: str, share: float) -> int:
    """Approve every n-th pending translation (with an override: the bench does not judge wording)."""
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=auth, timeout=60) as client:
        pending = [item["id"] for item in walk(client, "/v1/review/queue", {"limit": 500})]
        chosen = pending[:: max(1, round(1 / share))]
        for translation_id in chosen:
            decision = {"override": True, "reason": "published for the benchmark"}
            client.post(f"/v1/translations/{translation_id}/approve", json=decision).raise_for_status()
    return len(chosen)


def walk(client: httpx.Client, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
    cursor = None
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).raise_for_status().json()
        yield from page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            return


def grow(source: Path, target: Path, times: int) -> int:
    """Copy the store at `source` to `target` and add its studies and translations `times - 1` more times."""
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as db:
        originals = [row[0] for row in db.execute("SELECT nct_id FROM studies ORDER BY nct_id")]
        db.execute("CREATE TEMP TABLE copies (original TEXT, copy TEXT PRIMARY KEY)")
        ids = (f"NCT{FIRST_COPY_ID + n:08d}" for n in range(len(originals) * (times - 1)))
        pairs = ((nct_id, next(ids)) for _ in range(times - 1) for nct_id in originals)
        db.executemany("INSERT INTO copies VALUES (?, ?)", pairs)
        study_columns = [row[1] for row in db.execute("PRAGMA table_info(studies)")]
        chosen = {
            "nct_id": "c.copy",
            "raw": "json_set(s.raw, '$.protocolSection.identificationModule.nctId', c.copy)",
            "search_text": "replace(s.search_text, lower(s.nct_id), lower(c.copy))",
        }
        db.execute(
            f"INSERT INTO studies ({', '.join(study_columns)}) SELECT "
            + ", ".join(chosen.get(column, f"s.{column}") for column in study_columns)
            + " FROM copies c JOIN studies s ON s.nct_id = c.original"
        )
        columns = [row[1] for row in db.execute("PRAGMA table_info(translations)") if row[1] != "id"]
        chosen = {"nct_id": "c.copy", "payload": "json_set(t.payload, '$.nct_id', c.copy)"}
        db.execute(
            f"INSERT INTO translations ({', '.join(columns)}) SELECT "
            + ", ".join(chosen.get(column, f"t.{column}") for column in columns)
            + " FROM copies c JOIN translations t ON t.nct_id = c.original"
        )
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'translation_checks'").fetchone():
            # the copies' kinds of finding (on a store older than migration 0009, the migration fills them all)
            db.execute(
                "INSERT INTO translation_checks (check_name, translation_id) SELECT DISTINCT "
                "json_extract(f.value, '$.check'), t.id FROM copies c JOIN translations t ON t.nct_id = c.copy, "
                "json_each(t.findings) f"
            )
        db.commit()
        db.execute("ANALYZE")
        return int(db.execute("SELECT count(*) FROM studies").fetchone()[0])


def measure(base: str, token: str, nct_ids: list[str], requests: int, seed: int) -> Timings:
    """The same requests on any store: each endpoint `requests` times, timed one by one."""
    timings: Timings = {}
    rng = random.Random(seed)
    cookie = {"Cookie": f"trialplain_editor={token}"}  # the editors' pages sign in by cookie
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:

        def timed(name: str, path: str, params: dict[str, Any] | None = None, **options: Any) -> dict[str, Any]:
            started = time.perf_counter()
            response = client.get(path, params=params, **options).raise_for_status()
            timings.setdefault(name, []).append(time.perf_counter() - started)
            return response.json() if response.headers["content-type"].startswith("application/json") else {}

        def down(name: str, path: str) -> None:
            cursor = None
            for _ in range(requests):
                cursor = timed(name, path, {"limit": 50, **({"cursor": cursor} if cursor else {})}).get("next_cursor")
                if not cursor:
                    break

        queue = "/v1/review/queue"
        for _ in range(requests):
            timed("GET /v1/trials/{id}", f"/v1/trials/{rng.choice(nct_ids)}")
            timed("GET /v1/trials (first page)", "/v1/trials", {"limit": 50})
            timed("GET /v1/review/queue (first page)", queue, {"limit": 50})
            timed("queue, recruiting only", queue, {"recruiting": "true"})
            timed("queue, search 'cancer'", queue, {"q": "cancer"})
            timed("queue, search 'sarcoidosis'", queue, {"q": "sarcoidosis"})
            # one kind of finding: a common one and a rare one (every pending translation's findings are read)
            timed("queue, check 'double_negative'", queue, {"check": "double_negative"})
            timed("queue, check 'equals_as_limit'", queue, {"check": "equals_as_limit"})
            timed("GET /v1/review/checks (kinds waiting)", "/v1/review/checks")
            timed("GET /review (HTML queue)", "/review", headers=cookie)
        down("GET /v1/trials, pages down", "/v1/trials")
        down("queue, pages down", queue)
    return timings


def run(env: dict[str, str], requests: int) -> Timings:
    with sqlite3.connect(database_file(env)) as db:
        nct_ids = [row[0] for row in db.execute("SELECT nct_id FROM studies")]
    token = cli("tokens", "create", "--role", "editor", "--name", "bench", env=env).strip()
    port = free_port()
    command = [str(TRIALPLAIN), "serve", "--port", str(port), "--no-access-log"]
    with server(command, port, env) as base:
        measure(base, token, nct_ids, 3, seed=0)  # warm the server's code paths and the OS file cache
        return measure(base, token, nct_ids, requests, seed=1)


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--times", type=int, default=20, help="How many times larger the second store is.")
    parser.add_argument("--requests", type=int, default=60, help="Requests per endpoint and store.")
    parser.add_argument("--keep", type=Path, help="Keep the stores in this folder (default: a temporary one).")
    parser.add_argument(
        "--store", type=Path, help="Start from a copy of this ingested store (an earlier run's small.db, kept with "
        "--keep) instead of ingesting and approving: the same store measured before and after a change."
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="trialplain-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    small_env = {
        **os.environ,
        "TRIALPLAIN_DATABASE_URL": f"sqlite:///{folder / 'small.db'}",
        "TRIALPLAIN_CACHE_DIR": str(folder / "cache"),
        "TRIALPLAIN_LIVE": "false",
        "TRIALPLAIN_PAGE_CACHE_BYTES": "0",  # every trial page read from the store
        "TRIALPLAIN_TOKEN_CACHE_SECONDS": "5",
    }
    for stale in (folder / "small.db", folder / "large.db"):
        stale.unlink(missing_ok=True)
    if args.store is not None:
        shutil.copyfile(args.store, folder / "small.db")
        print(f"store: a copy of {args.store}")
    else:
        count, seconds = ingest(args.data, small_env)
        print(f"ingest (parse, translate offline, check, store): {count} records in {seconds:.1f} s, "
              f"{count / seconds:.1f} records/s")
        token = cli("tokens", "create", "--role", "editor", "--name", "approver", env=small_env).strip()
        port = free_port()
        with server([str(TRIALPLAIN), "serve", "--port", str(port), "--no-access-log"], port, small_env) as base:
            print(f"approved {approve_some(base, token, 0.1)} translations (one in ten)")
    large_env = {**small_env, "TRIALPLAIN_DATABASE_URL": f"sqlite:///{folder / 'large.db'}"}
    started = time.perf_counter()
    large = grow(database_file(small_env), database_file(large_env), args.times)
    size = database_file(large_env).stat().st_size / 2**20
    print(f"grown to {large} studies ({args.times}x) in {time.perf_counter() - started:.1f} s; {size:.0f} MiB")
    small_timings = run(small_env, args.requests)
    large_timings = run(large_env, args.requests)
    print(f"\none client, {args.requests} requests per endpoint; ms")
    print(f"{'endpoint':38} {'p50 1x':>8} {'p99 1x':>8} {f'p50 {args.times}x':>9} {f'p99 {args.times}x':>9} "
          f"{'ratio p50':>9}")
    for name, values in small_timings.items():
        big = large_timings[name]
        ratio = statistics.median(big) / statistics.median(values)
        print(f"{name:38} {p(values, 0.5):8.1f} {p(values, 0.99):8.1f} {p(big, 0.5):9.1f} {p(big, 0.99):9.1f} "
              f"{ratio:9.2f}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
