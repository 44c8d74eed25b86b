"""Serving speed of a trial page: GET /v1/trials/{nct_id} at 32 concurrent clients, against the real
app served by uvicorn in its own process (`trialplain serve`), and against a bare ASGI app serving the
same response bytes from memory under the same uvicorn, measured in the same run.

    .venv/bin/python bench/service.py [--data ../shared/data/ctgov/studies.jsonl] [--records 200]
                                      [--clients 32] [--seconds 10] [--rounds 2] [--database-url URL]

It builds a fresh SQLite store in a temporary folder (or fills the empty database at --database-url,
e.g. a PostgreSQL one) with the CLI (`trialplain ingest` translates the
first --records records offline, `trialplain tokens create`), starts `trialplain serve`, publishes every
translation through the API (approve with an override), and reads each trial page once: those bodies
and headers are what the bare app serves. Then each server gets the same load in turn (`--rounds`
times, alternating; the best round of each counts, so a noisy neighbour does not decide the figure):
requests/s, p50 and p99 latency, and the ratio of the bare app's requests/s to the real app's.
Both servers run without uvicorn's access log (the real one as `TRIALPLAIN_ACCESS_LOG=false`): a line
per request costs either about as much as the bare app's whole answer.

The script talks to the service only through its CLI and HTTP API (it imports no project code), so it
measures what a deployment serves. `--bare BODIES --port P` is the bare server's own entry point.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
from processes import TRIALPLAIN, cli, free_port, server

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ctgov" / "studies.jsonl"

Scope = dict[str, Any]
Message = dict[str, Any]


# ---------------------------------------------------------------- the bare app


def bare_app(pages: dict[str, tuple[bytes, list[tuple[bytes, bytes]]]]) -> Callable[..., Awaitable[None]]:
    """A raw ASGI app answering GET /v1/trials/{nct_id} with the stored bytes and headers, else 404."""
    missing = (b'{"detail":"not found"}', [(b"content-type", b"application/json")])

    async def app(scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]):
        if scope["type"] == "lifespan":
            await receive()  # lifespan.startup
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            await send({"type": "lifespan.shutdown.complete"})
            return
        body, headers = pages.get(scope["path"].rpartition("/")[2], missing)
        status = 404 if body is missing[0] else 200
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def serve_bare(bodies: Path, port: int) -> None:
    import uvicorn  # only the bare server needs it in-process

    stored = json.loads(bodies.read_text())
    pages = {
        nct_id: (page["body"].encode(), [(k.encode(), v.encode()) for k, v in page["headers"]])
        for nct_id, page in stored.items()
    }
    # The same call as `trialplain serve` makes for the real app: uvicorn's defaults on one port.
    uvicorn.run(bare_app(pages), host="127.0.0.1", port=port, access_log=False)


# ---------------------------------------------------------------- servers and the store


def publish_all(base: str, token: str) -> int:
    """Approve every pending translation (with an override: the bench does not judge wording)."""
    auth = {"Authorization": f"Bearer {token}"}
    approved = 0
    with httpx.Client(base_url=base, headers=auth, timeout=60) as client:
        while items := client.get("/v1/review/queue", params={"limit": 500}).raise_for_status().json()["items"]:
            for item in items:
                decision = {"override": True, "reason": "published for the benchmark"}
                client.post(f"/v1/translations/{item['id']}/approve", json=decision).raise_for_status()
                approved += 1
    return approved


def read_pages(base: str, token: str, nct_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Each trial page's body and the headers a client sees, for the bare app to serve."""
    kept = ("content-type", "etag", "cache-control")
    pages = {}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        for nct_id in nct_ids:
            response = client.get(f"/v1/trials/{nct_id}").raise_for_status()
            headers = [(name, value) for name, value in response.headers.items() if name in kept]
            pages[nct_id] = {"body": response.text, "headers": headers}
    return pages


# ---------------------------------------------------------------- load


@dataclass
class Result:
    requests: int
    seconds: float
    latencies: list[float]
    failures: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    def line(self, name: str) -> str:
        return (
            f"{name:<28}{self.rate:9.0f} req/s   p50 {self.percentile(50):7.2f} ms   "
            f"p99 {self.percentile(99):7.2f} ms   ({self.requests} requests, {self.failures} failed)"
        )


async def load(base: str, token: str, nct_ids: list[str], clients: int, seconds: float, warmup: float) -> Result:
    """`clients` concurrent clients, each on its own keep-alive connection, asking for pages in turn.

    aiohttp, not httpx, drives the load: on the same machine httpx's async client tops out near
    300 requests/s, which would measure the client instead of the servers."""
    latencies: list[float] = []
    failures = 0
    connector = aiohttp.TCPConnector(limit=clients)
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(base, connector=connector, headers=headers) as session:
        measure_from = time.perf_counter() + warmup
        stop = measure_from + seconds

        async def one_client(offset: int) -> None:
            nonlocal failures
            index = offset
            while (now := time.perf_counter()) < stop:
                async with session.get(f"/v1/trials/{nct_ids[index % len(nct_ids)]}") as response:
                    await response.read()
                done = time.perf_counter()
                index += 1
                if now >= measure_from:
                    latencies.append(done - now)
                    failures += response.status != 200

        await asyncio.gather(*(one_client(random.randrange(len(nct_ids))) for _ in range(clients)))
        elapsed = time.perf_counter() - measure_from
    return Result(len(latencies), elapsed, latencies, failures)


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="CT.gov records, one JSON study a line.")
    parser.add_argument("--records", type=int, default=200, help="How many records to ingest and serve.")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10, help="Measured time per round and server.")
    parser.add_argument("--warmup", type=float, default=2, help="Unmeasured load before each round.")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--database-url", help="An empty database to fill instead of a temporary SQLite file.")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare is not None:
        serve_bare(args.bare, args.port)
        return

    with tempfile.TemporaryDirectory(prefix="trialplain-bench-") as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "TRIALPLAIN_DATABASE_URL": args.database_url or f"sqlite:///{work / 'bench.db'}",
            "TRIALPLAIN_LIVE": "false",
            "TRIALPLAIN_ACCESS_LOG": "false",
        }
        lines = [line for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()][: args.records]
        (work / "records.jsonl").write_text("\n".join(lines) + "\n")
        nct_ids = [json.loads(line)["protocolSection"]["identificationModule"]["nctId"] for line in lines]
        started = time.perf_counter()
        cli("ingest", str(work / "records.jsonl"), "--backend", "offline", env=env)
        token = cli("tokens", "create", "--role", "admin", "--name", "bench", env=env).strip()
        real_port, bare_port = free_port(), free_port()
        real_command = [str(TRIALPLAIN), "serve", "--port", str(real_port)]
        bare_command = [sys.executable, __file__, "--bare", str(work / "pages.json"), "--port", str(bare_port)]
        with server(real_command, real_port, env) as real:
            published = publish_all(real, token)
            pages = read_pages(real, token, nct_ids)
            (work / "pages.json").write_text(json.dumps(pages))
            sizes = [len(page["body"].encode()) for page in pages.values()]
            print(f"store: {len(nct_ids)} trials from {args.data.name}, {published} translations published "
                  f"({time.perf_counter() - started:.0f} s to set up); page size median "
                  f"{statistics.median(sizes) / 1024:.1f} KiB")
            print(f"load: {args.clients} concurrent clients, {args.seconds:g} s per round after "
                  f"{args.warmup:g} s warm-up, {args.rounds} rounds; best round of each shown")
            with server(bare_command, bare_port, env) as bare:
                real_results, bare_results = [], []
                for _ in range(args.rounds):
                    for base, results in ((real, real_results), (bare, bare_results)):
                        results.append(
                            asyncio.run(load(base, token, nct_ids, args.clients, args.seconds, args.warmup))
                        )
        best_real = max(real_results, key=lambda result: result.rate)
        best_bare = max(bare_results, key=lambda result: result.rate)
        print(best_real.line("real app (trialplain serve)"))
        print(best_bare.line("bare ASGI app, same bytes"))
        print(f"ratio: the bare app serves {best_bare.rate / best_real.rate:.1f}x the real app's requests/s "
              f"(real app at {100 * best_real.rate / best_bare.rate:.0f}% of bare)")


if __name__ == "__main__":
    main()
