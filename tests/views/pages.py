"""graph.html opened in Debian's Chromium, headless, through Playwright: what a person sees."""

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    """An opened graph.html, with what it requested, logged and tried to show."""

    def __init__(self, context, path: Path):
        self.requests, self.errors, self.dialogs = [], [], []
        self.page = context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60_000)

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def search(self, text: str) -> None:
        self.page.fill("#search", text)
        self.page.press("#search", "Enter")

    def screen_point(self, node_ids: list[str]) -> tuple[float, float]:
        """Return where on the screen the centre of the nodes is drawn."""
        return self.js(
            f"""(() => {{
            const ids = {node_ids!r};
            const ps = ids.map((id) => kg.network.getPosition(id));
            const c = {{x: ps.reduce((a, p) => a + p.x, 0) / ps.length,
                       y: ps.reduce((a, p) => a + p.y, 0) / ps.length}};
            const dom = kg.network.canvasToDOM(c);
            const box = document.querySelector("#graph canvas").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }})()"""
        )

    def click_at(self, node_ids: list[str]) -> None:
        """Click with the mouse where the nodes' centre is drawn."""
        self.page.mouse.click(*self.screen_point(node_ids))
