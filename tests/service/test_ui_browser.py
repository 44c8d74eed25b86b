"""The editor pages end to end: a real server (uvicorn on a free port, a SQLite file), real records
translated with the offline backend, and headless Chromium clicking and typing like an editor."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, expect

from service import db, store, workflow
from service.app import create_app
from service.settings import ServiceSettings
from service.tables import Role
from tests.browser import chromium
from tests.corpus import corpus_by_id
from tests.service.api_support import copy
from tests.service.ports import free_port
from translator.offline import OfflineBackend
from translator.sources import load_study

pytestmark = pytest.mark.browser

# Real records, one per flow so that the tests do not depend on each other's order.
EDITED = "NCT00006170"  # "Smoke at least 10 cigarettes per day": dropping the 10 is an error finding
APPROVED = "NCT00000378"
REJECTED = "NCT00003005"
CONFLICT = "NCT00035048"
STALE = "NCT00036634"  # approved, then its criteria text changes: one criterion added at the end
UNSAVED = "NCT00002863"
HOSTILE = "NCT99999901"  # a copy of APPROVED whose criteria contain markup
OVERRIDE_REASON = "The study counts any daily smoker; checked with the sponsor."
HOSTILE_CRITERIA = (
    "Inclusion Criteria:\n\n- Adults aged 18 years or older <script>alert(1)</script>\n"
    '- Able to give consent <img src=x onerror="alert(2)">\n\nExclusion Criteria:\n\n- Pregnancy\n'
)


@dataclass
class Site:
    url: str
    tokens: dict[str, str] = field(default_factory=dict)

    def api(self, method: str, path: str, token: str = "bob", **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[token]}", **kwargs.pop("headers", {})}
        return httpx.request(method, self.url + path, headers=headers, timeout=30, **kwargs)


def _changed_record() -> dict[str, Any]:
    record = copy(corpus_by_id()[STALE])
    module = record["protocolSection"]["eligibilityModule"]
    module["eligibilityCriteria"] = module["eligibilityCriteria"].rstrip() + "\n\n          -  Known allergy to latex\n"
    return record


def _hostile_record() -> dict[str, Any]:
    record = copy(corpus_by_id()[APPROVED])
    record["protocolSection"]["identificationModule"]["nctId"] = HOSTILE
    record["protocolSection"]["identificationModule"]["briefTitle"] = "Markup <b>in</b> a title"
    record["protocolSection"]["eligibilityModule"]["eligibilityCriteria"] = HOSTILE_CRITERIA
    return record


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder: Path = tmp_path_factory.mktemp("ui")
    url = f"sqlite:///{folder / 'store.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    records = [corpus_by_id()[nct_id] for nct_id in (EDITED, APPROVED, REJECTED, CONFLICT, STALE, UNSAVED)]
    records.append(_hostile_record())
    tokens = {}
    with db.session_factory(engine)() as session:
        backend = OfflineBackend()
        report = workflow.ingest(session, [load_study(r) for r in records], actor="loader", backend=backend)
        assert report.counts["translated"] == len(records), report.summary()
        sha, identity = load_study(records[4]).criteria_sha, backend.identity
        stale = store.find_translation(session, STALE, sha, identity.prompt_sha, identity.model)
        assert stale is not None
        workflow.approve(session, stale.id, actor="loader", override=True, reason="set up by the test")
        workflow.ingest(session, [load_study(_changed_record())], actor="loader")  # not translated yet
        for name, role in (("alice", Role.EDITOR), ("bob", Role.EDITOR), ("rita", Role.READER)):
            tokens[name] = store.create_token(session, name, role)[1]
    engine.dispose()

    port = free_port()
    app = create_app(ServiceSettings(database_url=url))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    try:
        yield Site(f"http://127.0.0.1:{port}", tokens)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context (no cookies); any dialog (an alert from injected markup) fails the test."""
    context = browser.new_context()
    context.set_default_timeout(10_000)
    opened = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    try:
        yield opened
    finally:
        context.close()
    assert dialogs == [], f"the page opened dialogs: {dialogs}"


def ready(page: Page) -> None:
    """Wait for the page script to have wired its handlers (keys pressed earlier would be lost)."""
    page.wait_for_selector("html[data-ready=true]", state="attached")


def sign_in(page: Page, site: Site, name: str = "alice", start: str = "/review") -> None:
    page.goto(site.url + start)
    expect(page).to_have_url(re.compile(r"/review/sign-in\?next="))
    ready(page)
    page.fill("#token", site.tokens[name])
    page.click("#sign-in button[type=submit]")
    expect(page).to_have_url(site.url + start)
    ready(page)


def test_sign_in_queue_and_sign_out(page: Page, site: Site) -> None:
    page.goto(site.url + "/review/sign-in")
    page.fill("#token", "tp_not-a-real-token")
    page.click("#sign-in button[type=submit]")
    expect(page.locator("#sign-in-error")).to_contain_text("unknown or revoked")
    page.fill("#token", site.tokens["rita"])
    page.click("#sign-in button[type=submit]")
    expect(page.locator("#sign-in-error")).to_contain_text("reader token")

    sign_in(page, site)
    expect(page.locator(".who")).to_contain_text("alice")
    # The same ranking as the API's queue.
    queue = site.api("GET", "/v1/review/queue").json()["items"]
    shown = page.locator("#queue .queue-item").evaluate_all("rows => rows.map(row => row.dataset.nctId)")
    pending = [item["nct_id"] for item in queue]
    assert [nct_id for nct_id in shown if nct_id in pending] == pending
    assert set(shown) == set(pending)
    page.click(f"#queue a[href='/review/{APPROVED}']")
    expect(page).to_have_url(site.url + f"/review/{APPROVED}")
    expect(page.locator("h1")).to_contain_text("Melancholia")
    # The queue's "go to" box opens a trial by its NCT id, typed in any case.
    page.goto(site.url + "/review")
    page.fill("#trial", pending[0].lower())
    page.press("#trial", "Enter")
    expect(page).to_have_url(site.url + f"/review/{pending[0]}")
    # The search box narrows the queue to what the API's search finds, and shows what was searched.
    page.goto(site.url + "/review")
    words = queue[0]["conditions"][0]
    page.fill("#q", words.upper())
    page.press("#q", "Enter")
    expect(page.locator("#q")).to_have_value(words.lower())
    found = [item["nct_id"] for item in site.api("GET", f"/v1/review/queue?q={quote(words)}").json()["items"]]
    shown = page.locator("#queue .queue-item").evaluate_all("rows => rows.map(row => row.dataset.nctId)")
    assert pending[0] in shown and shown == found
    expect(page.locator("#start-review")).to_have_attribute("href", f"/review/next?q={quote_plus(words.lower())}")
    page.click("#clear-search")
    expect(page.locator("#queue .queue-item")).to_have_count(len(pending))
    # "n" on the queue opens its riskiest trial, as it opens the next one from a review page; typed in a box it
    # is a letter
    ready(page)
    page.press("#q", "n")
    expect(page.locator("#q")).to_have_value("n")
    expect(page).to_have_url(site.url + "/review")
    page.locator("h1").click()
    page.keyboard.press("n")
    expect(page).to_have_url(site.url + f"/review/{pending[0]}")

    page.click("#sign-out")
    expect(page).to_have_url(re.compile(r"/review/sign-in"))
    page.goto(site.url + "/review")
    expect(page).to_have_url(re.compile(r"/review/sign-in\?next=%2Freview"))


def test_hover_highlights_source_and_findings_show_inline(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{EDITED}")
    first = page.locator("#b0")
    expect(first).to_have_attribute("data-sources", "I1")
    first.hover()
    expect(page.locator("#c-I1")).to_have_class(re.compile(r"\blit\b"))
    expect(first).to_have_class(re.compile(r"\blit\b"))
    expect(page.locator("#source .crit.lit")).to_have_count(1)

    page.locator("#c-E3").hover()
    citing = page.locator(".bullet[data-sources~=E3]")
    expect(citing).to_have_count(1)
    expect(citing).to_have_class(re.compile(r"\blit\b"))
    expect(page.locator(".bullet.lit")).to_have_count(1)
    expect(page.locator("#c-I1")).not_to_have_class(re.compile(r"\blit\b"))

    # Clicking a criterion puts the cursor there: j/k walk the criteria, e edits the bullet rendering one.
    page.locator("#c-E3").click()
    page.keyboard.press("j")
    expect(page.locator("#c-E4")).to_have_class(re.compile(r"\bcurrent\b"))
    expect(page.locator(".bullet[data-sources~=E4]")).to_have_class(re.compile(r"\blit\b"))
    page.keyboard.press("e")
    expect(page.locator(".bullet[data-sources~=E4] textarea")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("textarea:visible")).to_have_count(0)

    # Every finding of the stored translation is shown at its bullet, and marked at its span.
    translation_id = page.locator("#review").get_attribute("data-translation-id")
    stored = site.api("GET", f"/v1/translations/{translation_id}").json()
    findings = stored["findings"]
    assert findings, "the offline translation of this record has reading-grade findings"
    texts = [b["text"] for section in stored["translation"]["sections"] for b in section["bullets"]]
    for index, finding in enumerate(findings):
        bullet = page.locator(f"#b{finding['bullet_index']}")
        expect(bullet.locator(f".finding-note[data-finding='{index}']")).to_contain_text(finding["message"])
        if finding["bullet_span"]:
            start, end = finding["bullet_span"]
            marked = bullet.locator("mark.finding", has_text=texts[finding["bullet_index"]][start:end])
            expect(marked.first).to_have_attribute("title", re.compile(re.escape(finding["message"])))


def test_keyboard_edit_updates_findings_then_override(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{EDITED}")
    expect(page.locator("#approve")).to_be_visible()  # no errors yet: plain approval is offered
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(page.locator("#b1")).to_have_class(re.compile(r"\bcurrent\b"))
    expect(page.locator("#c-I2")).to_have_class(re.compile(r"\blit\b"))
    page.keyboard.press("k")
    expect(page.locator("#b0")).to_have_class(re.compile(r"\bcurrent\b"))
    original = page.locator("#b0 .text").text_content()
    page.keyboard.press("e")
    editor = page.locator("#b0 textarea")
    expect(editor).to_be_focused()
    editor.fill("Smoke cigarettes every day.")
    editor.press("Control+Enter")

    # Reloaded with the new wording and its findings: the dropped "10" is an error, marked in the source.
    expect(page.locator("#b0 .text")).to_have_text("Smoke cigarettes every day.")
    expect(page.locator("#version")).to_have_text("2")
    expect(page.locator("#b0 .finding-note.sev-error").first).to_be_visible()
    expect(page.locator("#c-I1 mark.sev-error")).to_have_count(1)
    expect(page.locator("#error-count")).not_to_have_text("0 errors")
    expect(page.locator("#b0")).to_have_class(re.compile(r"\bcurrent\b"))  # the cursor stayed

    # Errors block plain approval: `a` opens the override form, which needs a reason.
    expect(page.locator("#approve")).to_have_count(0)
    page.keyboard.press("a")
    reason = page.locator("#override-reason")
    expect(reason).to_be_focused()
    page.click("#override-panel button[type=submit]")
    expect(page.locator("#notice")).to_contain_text("a reason is required")
    reason.fill(OVERRIDE_REASON)
    page.click("#override-panel button[type=submit]")
    expect(page.locator("#state")).to_have_text("approved")
    expect(page.locator(".bullet .edit")).to_have_count(0)

    events = page.locator("#history .event")
    expect(events.locator(".action")).to_have_text(["generated", "edited", "overridden", "published"])
    edited = events.nth(1)
    expect(edited.locator(".actor")).to_have_text("alice")
    change = edited.locator('.change .bullet-change[data-kind="changed"]')  # the words taken out and put in
    expect(change).to_have_count(1)
    taken, put = change.locator("del").all_text_contents(), change.locator("ins").all_text_contents()
    assert "10" in "".join(taken) and "every" in "".join(put)
    kept = change.locator(".diff").evaluate("d => [...d.childNodes].filter(n => n.nodeName !== 'INS')"
                                            ".map(n => n.textContent).join('')")
    assert kept == original
    expect(events.nth(2).locator(".reason")).to_have_text(OVERRIDE_REASON)
    published = site.api("GET", f"/v1/trials/{EDITED}").json()["eligibility"]
    assert published["state"] == "published" and published["findings"]["overridden"] is True


def test_approve_with_the_keyboard(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{APPROVED}")
    expect(page.locator("#override-open")).to_have_count(0)  # no errors: no override
    page.keyboard.press("a")
    expect(page.locator("#state")).to_have_text("approved")
    expect(page.locator("#history .event .action")).to_have_text(["generated", "approved", "published"])
    expect(page.locator("#history .event").nth(1).locator(".actor")).to_have_text("alice")
    ready(page)  # the approval reloaded the page: its shortcuts are live once its script has run
    page.keyboard.press("n")  # on down the queue: the trial after this one, or the queue when none is left
    expect(page).not_to_have_url(re.compile(APPROVED))
    expect(page).to_have_url(re.compile(r"/review(/NCT\d{8})?$"))


def test_reject_with_a_reason(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{REJECTED}")
    # Closing the panel puts the keyboard back where it was: on the button, or on the current bullet.
    page.click("#reject-open")
    expect(page.locator("#reject-reason")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#reject-panel")).to_be_hidden()
    expect(page.locator("#reject-open")).to_be_focused()
    page.keyboard.press("j")
    page.keyboard.press("r")
    page.click("#reject-panel .cancel")
    expect(page.locator("#b0")).to_be_focused()
    page.keyboard.press("r")
    reason = page.locator("#reject-reason")
    expect(reason).to_be_focused()
    reason.fill("Bullet 2 loses the 'within 4 weeks' limit.")
    reason.press("Tab")
    page.click("#reject-panel button[type=submit]")
    expect(page.locator("#state")).to_have_text("rejected")
    last = page.locator("#history .event").last
    expect(last.locator(".action")).to_have_text("rejected")
    expect(last.locator(".reason")).to_have_text("Bullet 2 loses the 'within 4 weeks' limit.")
    expect(page.locator("#reject-open")).to_have_count(0)
    expect(page.locator(".bullet .edit").first).to_be_attached()  # a rejected translation can be edited


def test_a_concurrent_edit_is_a_clear_conflict(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{CONFLICT}")
    translation_id = page.locator("#review").get_attribute("data-translation-id")
    page.keyboard.press("j")
    page.keyboard.press("e")
    page.locator("#b0 textarea").fill("Alice's wording.")

    # Bob saves first, through the API.
    current = site.api("GET", f"/v1/translations/{translation_id}").json()
    sections = current["translation"]["sections"]
    sections[0]["bullets"][0]["text"] = "Bob's wording."
    response = site.api(
        "PATCH", f"/v1/translations/{translation_id}", json={"sections": sections}, headers={"If-Match": '"1"'}
    )
    assert response.status_code == 200, response.text

    page.locator("#b0 textarea").press("Control+Enter")
    notice = page.locator("#notice")
    expect(notice).to_contain_text("someone else changed this translation")
    expect(notice).to_contain_text("it is now version 2")
    expect(page.locator("#b0 textarea")).to_have_value("Alice's wording.")  # nothing lost
    page.locator("#b0 textarea").press("End")
    page.keyboard.type(" And more.")  # typed after the conflict: kept too
    notice.get_by_role("button", name="Reload").click()
    expect(page.locator("#b0 .text")).to_have_text("Bob's wording.")
    expect(page.locator("#history .event").last.locator(".actor")).to_have_text("bob")
    # What Alice typed is back in the bullet's editor, to save over Bob's or drop.
    expect(page.locator("#b0 textarea")).to_have_value("Alice's wording. And more.")
    expect(page.locator("#notice")).to_contain_text("back in its editor")
    page.locator("#b0 textarea").press("Control+Enter")
    expect(page.locator("#b0 .text")).to_have_text("Alice's wording. And more.")
    expect(page.locator("#version")).to_have_text("3")


def _leaving_is_held(page: Page) -> bool:
    """Whether the page's beforeunload handler asks before leaving (the browser's dialog is not opened)."""
    held: bool = page.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); "
        "return e.defaultPrevented; }"
    )
    return held


def test_an_unsaved_edit_is_not_dropped_and_the_filters_stay(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{UNSAVED}?recruiting=no")
    page.keyboard.press("j")
    page.keyboard.press("e")
    editor = page.locator("#b0 textarea")
    assert not _leaving_is_held(page)  # an edit opened but not changed loses nothing
    editor.press("Control+Enter")  # nor does saving it make a version
    expect(page.locator("#notice")).to_contain_text("Nothing to save")
    expect(page.locator("#b0")).to_be_focused()
    expect(page.locator("#version")).to_have_text("1")
    page.keyboard.press("e")
    editor.fill("My own wording.")
    assert _leaving_is_held(page)
    # Out of the text box the shortcuts work again, but none that reloads or leaves drops the edit.
    notice = page.locator("#notice")
    for key in ("a", "r", "n"):
        notice.evaluate("element => { element.hidden = true; }")
        page.locator("h1").click()
        page.keyboard.press(key)
        expect(notice).to_contain_text("Bullet 1 has an unsaved edit")
        expect(editor).to_be_focused()
    expect(page.locator("#state")).to_have_text("pending")
    expect(page.locator("#reject-panel")).to_be_hidden()
    notice.evaluate("element => { element.hidden = true; }")
    page.click("#sign-out")  # signed out, the edit could not be saved any more
    expect(notice).to_contain_text("Bullet 1 has an unsaved edit")
    expect(page.locator(".who")).to_be_visible()

    # Saved, the page reloads with the new wording and keeps the queue's filters for "Next in queue".
    editor.press("Control+Enter")
    expect(page.locator("#b0 .text")).to_have_text("My own wording.")
    expect(page.locator("#version")).to_have_text("2")
    expect(page).to_have_url(re.compile(r"\?recruiting=no#b0$"))
    expect(page.locator("#next-in-queue")).to_have_attribute("href", re.compile(r"recruiting=no"))
    assert not _leaving_is_held(page)


def test_after_a_source_change_translate_the_new_text(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{STALE}")
    expect(page.locator("#source-changed")).to_be_visible()
    expect(page.locator("#source")).to_contain_text("Known allergy to latex")
    expect(page.locator(".bullet .edit")).to_have_count(0)
    page.click("#translate")
    expect(page.locator("#state")).to_have_text("pending")
    expect(page.locator("#source-changed")).to_have_count(0)
    # Only the new criterion waits for review; the others keep their approval.
    expect(page.locator("#source .crit.to-review")).to_have_count(1)
    expect(page.locator("#source .crit.to-review")).to_have_text("Known allergy to latex")
    expect(page.locator("#to-review")).to_contain_text("1 of ")


def test_markup_in_a_record_stays_text(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{HOSTILE}")
    source = page.locator("#source")
    expect(source).to_contain_text("<script>alert(1)</script>")
    expect(source).to_contain_text('<img src=x onerror="alert(2)">')
    expect(page.locator("h1")).to_have_text("Markup <b>in</b> a title")
    expect(page.locator(".bullet").filter(has_text="<script>alert(1)</script>")).to_have_count(1)
    assert page.locator("#source script, #source img, .bullet script, .bullet img, h1 b").count() == 0
    assert page.text_content("#source") == HOSTILE_CRITERIA
    # Hover and edit still work on such text (the page script only ever sets textContent).
    page.locator(".bullet").first.hover()
    page.keyboard.press("j")
    page.keyboard.press("e")
    expect(page.locator("#b0 textarea")).to_have_value(re.compile(r"<script>alert\(1\)</script>"))


def test_a_phone_sized_window_scrolls_tables_not_the_page_and_the_console_stays_quiet(page: Page, site: Site) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    fits = "document.documentElement.scrollWidth <= window.innerWidth"
    with page.expect_response(lambda response: response.url.endswith("/favicon.svg")) as icon:
        sign_in(page, site, start=f"/review/{HOSTILE}")  # without an icon, /favicon.ico was a 404 on every page
    assert icon.value.status == 200
    expect(page.locator("#history .event").first).to_be_attached()
    assert page.evaluate(fits), "the history table widened the page"
    page.goto(site.url + "/review")
    ready(page)
    expect(page.locator("#queue .queue-item").first).to_be_attached()
    assert page.evaluate(fits), "the queue table widened the page"
    assert errors == []


def test_a_findings_name_opens_the_queue_of_trials_with_it_and_n_works_down_it(page: Page, site: Site) -> None:
    sign_in(page, site, start=f"/review/{EDITED}")
    link = page.locator(".finding-note a.check").first
    check = link.inner_text()
    link.click()
    expect(page).to_have_url(f"{site.url}/review?check={check}")
    ready(page)
    expect(page.locator("#check-filter")).to_contain_text(f"Only trials with a finding of {check}.")
    wanted = site.api("GET", "/v1/review/queue", params={"check": check}).json()["items"]
    assert wanted and all(check in item["checks"] for item in wanted)
    expect(page.locator("#queue .queue-item")).to_have_count(len(wanted))
    page.keyboard.press("n")
    expect(page).to_have_url(f"{site.url}/review/{wanted[0]['nct_id']}?check={check}")
    ready(page)
    expect(page.locator("#back-to-queue")).to_have_attribute("href", f"/review?check={check}")
    expect(page.locator("#check-filter")).to_have_count(0)  # the banner is the queue's


def test_the_kinds_of_finding_page_opens_the_queue_of_one_kind(page: Page, site: Site) -> None:
    sign_in(page, site)
    page.click("#finding-kinds-link")
    expect(page).to_have_url(f"{site.url}/review/findings")
    kinds = site.api("GET", "/v1/review/checks").json()["items"]
    expect(page.locator("#finding-kinds .finding-kind")).to_have_count(len(kinds))
    page.locator("#finding-kinds a.check").first.click()
    expect(page).to_have_url(f"{site.url}/review?check={kinds[0]['check']}")
    expect(page.locator("#queue-count")).to_contain_text(f"{kinds[0]['trials']} trial")
