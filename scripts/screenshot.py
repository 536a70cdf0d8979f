"""Save a screenshot of a graph.html as a person sees it: ``docs/graph.png`` by default.

Usage:
    kg build -o output && python scripts/screenshot.py output/graph.html [docs/graph.png]

Opens the page in Debian's Chromium (headless, through Playwright), waits for
the layout to settle, searches for an entity so that its panel shows, and
saves a 1280×800 PNG.
"""

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Open the page, settle it, show one entity's panel and save the PNG."""
    page_path = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "output" / "graph.html")
    target = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "docs" / "graph.png")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("screenshot: Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60_000)
        page.evaluate("kg.network.fit()")
        page.fill("#search", "Peressild")
        page.press("#search", "Enter")
        page.evaluate("kg.network.fit()")
        page.wait_for_timeout(300)
        page.screenshot(path=str(target))
        browser.close()
    print(f"written {target}")


if __name__ == "__main__":
    main()
