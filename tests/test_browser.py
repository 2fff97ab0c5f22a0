"""The pages in a real headless Chromium: search, facets, a release, a quote, autocomplete."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from webapp import ENGINE, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS_SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"

if not CHROMIUM.exists():
    pytest.skip(
        "no Chromium at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")


@pytest.fixture(scope="module")
def base_url(seed_index):
    app = create_app({"INDEX_DIR": str(seed_index)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()
    app.extensions[ENGINE].close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: ``PRESSESUCHE_SCREENSHOTS`` or a temporary folder."""
    wanted = os.environ.get("PRESSESUCHE_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="de-DE",
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    yield page
    context.close()
    assert problems == [], problems  # CSP violations and script errors show up here


def test_type_a_query_and_submit(page, base_url, shots):
    page.goto(base_url + "/")
    page.fill("#q", "interkulturelle Öffnung")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=interkulturelle"))
    heading = page.text_content("h1")
    assert "Treffer für „interkulturelle Öffnung“" in heading
    assert page.locator("ol.hits > li").count() > 0
    assert page.locator(".snippet mark").count() > 0
    page.screenshot(path=str(shots / "results.png"), full_page=True)
    if os.environ.get("PRESSESUCHE_SCREENSHOT"):  # refresh the README's picture on request only
        page.screenshot(path=str(DOCS_SCREENSHOT))


def test_click_a_facet_then_remove_it(page, base_url, shots):
    page.goto(base_url + "/?q=Integration")
    total = page.locator("ol.hits > li").count()
    first = page.locator(".facet li a").first
    name = first.locator(".label").text_content()
    first.click()
    page.wait_for_url(re.compile(r"person="))
    assert page.locator(".facet li.selected .label").first.text_content() == name
    assert page.locator(".chips").is_visible()
    page.screenshot(path=str(shots / "facet.png"), full_page=True)
    page.locator(".facet li.selected a").first.click()
    page.wait_for_url(lambda url: "person=" not in url)
    assert page.locator("ol.hits > li").count() == total


def test_click_a_year_bar(page, base_url):
    page.goto(base_url + "/")
    page.locator(".histogram a.bar").first.click()
    page.wait_for_url(re.compile(r"year=\d{4}"))
    assert page.locator(".histogram a.bar.selected").count() == 1


def test_open_a_release(page, base_url, shots):
    page.goto(base_url + "/?q=Migranten")
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/dokument/"))
    assert page.locator("article.release h1").is_visible()
    assert page.locator(".body mark").count() > 0
    page.screenshot(path=str(shots / "release.png"), full_page=True)


def test_open_a_quote(page, base_url, shots):
    page.goto(base_url + "/zitate?q=Vielfalt")
    button = page.locator("button.cite").first
    assert button.is_visible()  # shown by the script
    button.click()
    page.wait_for_function("document.querySelector('button.cite').textContent.includes('Kopiert')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("„") and "/dokument/" in copied and "#zitat-" in copied
    page.screenshot(path=str(shots / "quotes.png"), full_page=True)
    page.locator(".quote-hit .source a").first.click()
    page.wait_for_url(re.compile(r"#zitat-\d+"))
    anchor = page.url.rsplit("#", 1)[1]
    target = page.locator(f"#{anchor}")
    assert target.is_visible()
    assert target.evaluate("el => el.matches(':target')")
    page.screenshot(path=str(shots / "quote.png"))


def test_autocomplete_offers_names(page, base_url, shots):
    page.goto(base_url + "/")
    page.locator("#q").press_sequentially("kay", delay=40)
    suggestion = page.locator("#vorschlaege a").first
    suggestion.wait_for(state="visible", timeout=5000)
    assert "Kaykin" in suggestion.text_content()
    page.screenshot(path=str(shots / "autocomplete.png"))
    suggestion.click()
    page.wait_for_url(re.compile(r"person="))


def test_phone_layout(browser, base_url, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "/?q=Kaykin")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways
    page.screenshot(path=str(shots / "phone.png"), full_page=True)
    context.close()


def test_person_page_from_a_release_on_desktop_and_phone(page, browser, base_url, shots):
    page.goto(base_url + "/?q=Kaykin")
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/dokument/"))
    page.locator(".entities section a[href^='/personen/']", has_text="Kaykin").first.click()
    page.wait_for_url(re.compile(r"/personen/"))
    assert page.text_content("h1") == "Zülfiye Kaykin"
    assert "Staatssekretärin" in page.text_content(".roles")
    assert page.locator(".entity-releases li").count() == 4
    assert page.locator(".entity-main .quote-hit").count() > 0
    page.screenshot(path=str(shots / "person.png"), full_page=True)
    page.locator(".entities a[href^='/organisationen/']").first.click()
    page.wait_for_url(re.compile(r"/organisationen/"))
    assert page.text_content(".kind") == "Organisation"
    page.locator(".entity-releases a").first.click()
    page.wait_for_url(re.compile(r"/dokument/"))

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    small = phone.new_page()
    small.goto(base_url + "/personen/Kaykin")
    assert small.evaluate("document.documentElement.scrollWidth") <= 390
    small.screenshot(path=str(shots / "person-phone.png"), full_page=True)
    phone.close()


def _phone(browser):
    return browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, locale="de-DE"
    )


@pytest.mark.parametrize(
    ("path", "facet"),
    [("/?q=Integration", "person="), ("/zitate?q=Integration", "speaker=")],
    ids=["search", "quotes"],
)
def test_on_a_phone_the_filters_wait_behind_a_button(browser, base_url, shots, path, facet):
    context = _phone(browser)
    page = context.new_page()
    page.goto(base_url + path)
    button = page.locator("button.filter-button")
    assert button.is_visible() and button.text_content().strip() == "Filter"
    assert button.get_attribute("aria-expanded") == "false"
    assert not page.locator(".facets .facet").first.is_visible()
    # the button sits above the results, not after all of them
    assert button.bounding_box()["y"] < page.locator(".results").bounding_box()["y"]
    name = "quotes" if "zitate" in path else "search"
    page.screenshot(path=str(shots / f"{name}-phone-filter-closed.png"), full_page=True)
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    value = page.locator(".facets .facet li a").first
    assert value.is_visible()
    assert value.bounding_box()["y"] < page.locator(".results").bounding_box()["y"]
    page.screenshot(path=str(shots / f"{name}-phone-filter-open.png"), full_page=True)
    value.click()
    page.wait_for_url(re.compile(facet))
    # one filter chosen: the closed button counts it
    count = page.locator("button.filter-button .filter-count")
    assert count.text_content() == "1" and not page.locator(".facets .facet").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(shots / f"{name}-phone-filter-chosen.png"))
    context.close()


@pytest.mark.parametrize(
    "path", ["/?q=Integration", "/zitate?q=Integration"], ids=["search", "quotes"]
)
def test_on_a_desktop_the_filters_show_without_a_button(page, base_url, shots, path):
    page.goto(base_url + path)
    assert not page.locator("button.filter-button").is_visible()
    assert page.locator(".facets .facet li a").first.is_visible()
    name = "quotes" if "zitate" in path else "search"
    page.screenshot(path=str(shots / f"{name}-desktop.png"), full_page=True)


def test_without_script_the_phone_shows_the_filters_after_the_results(browser, base_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(base_url + "/?q=Integration")
    assert not page.locator("button.filter-button").is_visible()
    assert page.locator(".facets .facet li a").first.is_visible()
    context.close()


def test_the_facet_list_page_finds_a_value_and_filters_by_it(browser, page, base_url, shots):
    page.goto(base_url + "/?q=Integration")
    page.locator(".facet-all a").first.click()
    page.wait_for_url(re.compile(r"/facetten/person"))
    assert "Personen" in page.text_content("h1")
    page.fill("#prefix", "kay")
    page.press("#prefix", "Enter")
    page.wait_for_url(re.compile(r"prefix=kay"))
    values = page.locator(".facet-values li a")
    assert values.count() >= 1 and "Kaykin" in values.first.text_content()
    page.screenshot(path=str(shots / "facet-list-desktop.png"), full_page=True)
    values.first.click()
    page.wait_for_url(re.compile(r"person="))
    assert "Kaykin" in page.text_content(".chips")

    context = _phone(browser)
    small = context.new_page()
    small.goto(base_url + "/facetten/speaker?q=Integration")
    assert small.locator(".facet-values li").count() >= 1
    assert small.evaluate("document.documentElement.scrollWidth") <= 390
    small.screenshot(path=str(shots / "facet-list-phone.png"), full_page=True)
    small.locator(".facet-values li a").first.click()
    small.wait_for_url(re.compile(r"/zitate\?.*speaker="))
    assert small.locator(".quote-hit").count() >= 1
    context.close()


def test_screenshots_were_taken(shots):
    taken = sorted(p.name for p in shots.glob("*.png"))
    assert "results.png" in taken
