"""The web page in headless Chromium, as a person uses it: `chronik serve` on a free local port, the
timeline shows the store's events, clicking a dot shows its evidence sentence, the document view
highlights it, and a shared URL opens the same view. Needs Debian's chromium and chromium-driver
(run.sh installs them); skipped with the reason when they cannot be had."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.serve_store import SIGNING_EVIDENCE, build_store

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1000"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (os.access(CHROMIUM, os.X_OK) and os.access(DRIVER, os.X_OK)):
        pytest.skip("no chromium/chromedriver here (run.sh installs Debian's chromium and chromium-driver as root)")
    db = build_store(tmp_path_factory.mktemp("browser") / "store.duckdb")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "chronik", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _get(base, "/api/meta")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"chronik serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    except WebDriverException as exc:
        pytest.skip(f"chromium could not start here: {exc.msg}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _open(browser: Any, url: str, view: str) -> None:
    browser.get(url)
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready")
                                     in (view, "error"))
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == view


def test_timeline_shows_the_events_and_a_click_shows_the_evidence(server: str, browser: Any) -> None:
    events = _get(server, "/api/events?limit=500")["items"]
    sample = [e for e in events if not e["doc_id"].startswith("zz_")]
    assert sample, "the bundled sample yields no events"
    _open(browser, server + "/?view=timeline", "timeline")
    dots = browser.execute_script(
        "return chronik.charts.timeline.getOption().series.flatMap(s => s.data.map(d => d.id));")
    assert sorted(dots) == sorted(e["id"] for e in events if e["date"])
    rows = [r.get_attribute("data-event") for r in browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")]
    assert sorted(rows) == sorted(e["id"] for e in events)
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert f"{len(events)} Ereignisse" in heading

    signing = next(e for e in events if e["evidence"] == SIGNING_EVIDENCE)
    chart = browser.find_element(By.ID, "timeline")
    x, y = browser.execute_script(
        "const [id, date, type] = arguments;"
        "return chronik.charts.timeline.convertToPixel({seriesId: 'type-' + type}, [date, type]);",
        signing["id"], signing["date"], signing["type"])
    ActionChains(browser).move_to_element_with_offset(chart, int(x - chart.size["width"] / 2),
                                                      int(y - chart.size["height"] / 2)).click().perform()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "evidence").is_displayed())
    assert browser.find_element(By.ID, "evidence-text").text == SIGNING_EVIDENCE
    assert f"event={signing['id']}" in browser.current_url.replace("%3A", ":")

    browser.find_element(By.ID, "evidence-doc").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready")
                                     == "document")
    marked = "".join(s.text for s in browser.find_elements(By.CSS_SELECTOR, "#doc-text .ev.selected"))
    assert marked == SIGNING_EVIDENCE


def test_a_sample_event_shows_its_sentence(server: str, browser: Any) -> None:
    sample = [e for e in _get(server, "/api/events?limit=500")["items"] if not e["doc_id"].startswith("zz_")]
    assert sample, "the bundled sample yields no events"
    _open(browser, server + "/?view=timeline", "timeline")
    chosen = sample[0]
    browser.find_element(By.CSS_SELECTOR, f"table.events tr[data-event='{chosen['id']}']").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "evidence").is_displayed())
    assert browser.find_element(By.ID, "evidence-text").text == chosen["evidence"].strip()


def test_a_shared_url_opens_the_same_view(server: str, browser: Any) -> None:
    pair = _get(server, "/api/events?country=CHL&partner=KOR")["items"]
    planned = next(e for e in pair if e["status"] == "planned")
    _open(browser, f"{server}/?view=timeline&country=CHL&partner=KOR&event={planned['id']}", "timeline")
    assert browser.find_element(By.NAME, "country").get_attribute("value") == "CHL"
    assert browser.find_element(By.ID, "evidence-text").text == planned["evidence"]
    hollow = browser.execute_script(
        "return chronik.charts.timeline.getOption().series.flatMap(s => s.data)"
        ".filter(d => d.id === arguments[0]).map(d => d.itemStyle.color);", planned["id"])
    assert hollow == ["#ffffff"]  # planned events are drawn hollow


def test_network_and_entity_pages(server: str, browser: Any) -> None:
    _open(browser, server + "/?view=network&country=CHL", "network")
    names = browser.execute_script("return chronik.charts.network.getOption().series[0].data.map(n => n.name);")
    assert {"Ana Torres", "Min-jun Park"} <= set(names)
    torres = next(e for e in _get(server, "/api/entities?q=Ana%20Torres")["items"] if e["name"] == "Ana Torres")
    _open(browser, f"{server}/?view=entity&entity={torres['id']}", "entity")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Ana Torres")
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")) == 2


def test_conflict_months_are_drawn_red(server: str, browser: Any) -> None:
    periods: dict[str, float] = {}
    for d in _get(server, "/api/dyads")["items"]:
        periods[d["period"]] = periods.get(d["period"], 0.0) + (d["cooperation"] or 0.0)
    assert any(v < 0 for v in periods.values()) and any(v > 0 for v in periods.values())
    _open(browser, server + "/?view=timeline", "timeline")
    bars = browser.execute_script(
        "const o = chronik.charts.dyads.getOption();"
        "return o.xAxis[0].data.map((k, i) => [k, o.series[0].data[i].value, o.series[0].data[i].itemStyle.color]);")
    assert {k for k, _, _ in bars} == set(periods)
    for _, value, color in bars:
        assert color == ("#c0392b" if value < 0 else "#27ae60")
