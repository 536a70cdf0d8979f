"""Save a screenshot of a graph.html as a person sees it: ``docs/graph.png`` by default.

Usage:
    kg build -o output && python scripts/screenshot.py output/graph.html [docs/graph.png]
    python scripts/screenshot.py CORPUS/graph.html docs/graph-corpus.png --overview
    python scripts/screenshot.py CORPUS/graph.html docs/graph-neighbourhood.png --around NAME

Opens the page in Debian's Chromium (headless, through Playwright), waits
until it is drawn and saves a 1280×800 PNG of: the whole graph with one
entity's panel open (Peressild's, of the bundled example); with
``--overview``, the first view as it opens; with ``--around NAME``, the
neighbourhood of the entity a search for NAME finds, with its panel.
"""

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Open the page, show what the options ask for and save the PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, default=ROOT / "output" / "graph.html")
    parser.add_argument("target", nargs="?", type=Path, default=ROOT / "docs" / "graph.png")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--overview", action="store_true", help="the first view, as it opens")
    shown.add_argument("--around", metavar="NAME", help="the neighbourhood of this entity")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("screenshot: Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60_000)
        if args.around:
            page.fill("#search", args.around)
            page.press("#search", "Enter")
        elif not args.overview:
            page.fill("#search", "Peressild")
            page.press("#search", "Enter")
            page.click("#back")  # the whole graph again, the panel still open
        page.wait_for_timeout(300)
        page.screenshot(path=str(args.target))
        browser.close()
    print(f"written {args.target}")


if __name__ == "__main__":
    main()
