"""Browser tests: the real pages in headless Chromium (Debian's package), driven by
Playwright. Never downloads a browser; skips with a clear message without one."""

import os
import shutil

import pytest
from playwright.sync_api import expect

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls made by
# fixtures in the same thread are still synchronous, so allow them explicitly.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def halaman(chromium, live_server, transactional_db):
    """A fresh browser page at phone width (360 px), with a base URL."""
    # Reduced motion turns off Bootstrap's collapse and dropdown transitions, so a
    # click never lands on a menu that is still opening on a loaded CI machine.
    context = chromium.new_context(
        viewport={"width": 360, "height": 740},
        base_url=live_server.url,
        reduced_motion="reduce",
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    expect.set_options(timeout=15000)
    # Every page a browser test opens must live within the Content-Security-Policy:
    # a refused inline script or outside resource is a broken feature for a real user.
    pelanggaran = []
    page.on(
        "console",
        lambda pesan: "Content Security Policy" in pesan.text and pelanggaran.append(pesan.text),
    )
    yield page
    context.close()
    if pelanggaran:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(pelanggaran))


@pytest.fixture
def masuk_browser(halaman):
    def _masuk(username: str, password: str = "rahasia-uji-123"):
        halaman.goto("/masuk/")
        halaman.get_by_label("Nama pengguna atau e-mail").fill(username)
        halaman.get_by_label("Kata sandi").fill(password)
        halaman.get_by_role("button", name="Masuk").click()
        halaman.wait_for_url(lambda url: "/masuk/" not in url)
        return halaman

    return _masuk
