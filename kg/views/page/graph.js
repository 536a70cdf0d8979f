"use strict";
// The graph page: `data` (the entities, facts and their sources) is set by the page before.
// Every text from the input goes into the page through textContent, never as HTML.
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const edgesById = new Map(data.edges.map((e) => [e.id, e]));
const propertyLabel = new Map(data.properties.map((p) => [p.name, p.label]));
const style = new Map(data.classes.map((c) => [c.name, c]));

document.getElementById("title").textContent = data.title;
const s = data.summary;
const parts = [];
function count(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
if (s.documents !== null) parts.push(count(s.documents, "document"));
parts.push(count(s.entities, "entity").replace(/entitys$/, "entities"), count(s.facts, "fact"));
if (s.built) parts.push("built " + s.built);
document.getElementById("summary").textContent = parts.join(" · ");
if (s.shown !== null) {
  const note = document.getElementById("truncated");
  note.textContent = "Showing the " + s.shown + " best-connected of " + s.entities + " entities.";
  note.hidden = false;
}

const nodes = new vis.DataSet(data.nodes.map((n) => ({
  id: n.id, label: n.label, value: n.degree + 1,
  color: style.get(n.top).color, shape: style.get(n.top).shape,
  title: element("div", n.label + "\\n" + n.cls),
})));
const edges = new vis.DataSet(data.edges.map((e) => ({
  id: e.id, from: e.from, to: e.to, label: propertyLabel.get(e.property), arrows: "to",
})));

function checkbox(container, name, text, swatch) {
  const label = element("label", undefined, "filter");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.value = name;
  box.addEventListener("change", applyFilters);
  label.append(box);
  if (swatch) {
    const mark = element("span", undefined, "swatch");
    mark.style.background = swatch;
    label.append(mark);
  }
  label.append(element("span", text));
  container.append(label);
}
for (const c of data.classes) checkbox(document.getElementById("classes"), c.name, c.name, c.color);
for (const p of data.properties) checkbox(document.getElementById("properties"), p.name, p.label);
const slider = document.getElementById("confidence");
if (data.edges.some((e) => e.confidence !== null)) {
  document.getElementById("confidence-box").hidden = false;
  slider.addEventListener("input", () => {
    document.getElementById("confidence-value").textContent = slider.value;
    applyFilters();
  });
}

function checked(id) {
  return new Set([...document.querySelectorAll("#" + id + " input:checked")].map((b) => b.value));
}
function applyFilters() {
  const classes = checked("classes");
  const properties = checked("properties");
  const least = Number(slider.value);
  const shown = new Set(data.nodes.filter((n) => classes.has(n.top)).map((n) => n.id));
  nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: !shown.has(n.id) })));
  edges.update(data.edges.map((e) => ({
    id: e.id,
    hidden: !(shown.has(e.from) && shown.has(e.to) && properties.has(e.property)
              && (e.confidence === null || e.confidence >= least)),
  })));
}

const details = document.getElementById("details");
function sources(list, into) {
  for (const source of list) {
    const quote = element("blockquote", source.sentence);
    quote.append(element("div", source.document, "source"));
    into.append(quote);
  }
}
function factLine(e) {
  return byId.get(e.from).label + " — " + propertyLabel.get(e.property) + " — "
    + byId.get(e.to).label;
}
function showNode(id) {
  const n = byId.get(id);
  details.replaceChildren(element("h2", n.label), element("div", "class: " + n.cls));
  if (n.names.length) details.append(element("div", "also: " + n.names.join(", ")));
  const facts = element("ul");
  for (const d of n.details) facts.append(element("li", d));
  const linked = data.edges.filter((e) => e.from === id || e.to === id);
  for (const e of linked) facts.append(element("li", factLine(e)));
  if (facts.childElementCount) details.append(element("h3", "Facts"), facts);
  const seen = new Set();
  const read = linked.flatMap((e) => e.sources).filter((source) => {
    const key = source.document + "\u0000" + source.sentence;
    return seen.has(key) ? false : seen.add(key);
  });
  if (read.length) {
    details.append(element("h3", "Read in"));
    sources(read, details);
  }
}
function showEdge(id) {
  const e = edgesById.get(id);
  details.replaceChildren(element("h2", factLine(e)));
  if (e.confidence !== null) details.append(element("div", "confidence: " + e.confidence));
  if (e.sources.length) {
    details.append(element("h3", "Read in"));
    sources(e.sources, details);
  }
}

function normal(text) { return text.normalize("NFKC").toLowerCase().trim(); }
function find(query) {
  const wanted = normal(query);
  if (!wanted) return null;
  const names = (n) => [n.label, ...n.names].map(normal);
  return data.nodes.find((n) => names(n).includes(wanted))
    || data.nodes.find((n) => names(n).some((name) => name.startsWith(wanted)))
    || data.nodes.find((n) => names(n).some((name) => name.includes(wanted)))
    || null;
}
const search = document.getElementById("search");
search.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const found = find(search.value);
  if (!found) {
    details.replaceChildren(element("div", "No entity is named " + search.value));
    return;
  }
  network.selectNodes([found.id]);
  network.focus(found.id, { scale: 1.2 });
  showNode(found.id);
});

const large = data.nodes.length > 500;
const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, {
  layout: { improvedLayout: !large },
  nodes: { font: { size: 14 }, scaling: { min: 8, max: 30 } },
  edges: {
    font: { size: 11, align: "middle" }, color: { color: "#999" },
    smooth: large ? false : { type: "dynamic" },
  },
  physics: {
    solver: "barnesHut",
    barnesHut: { springLength: 140, gravitationalConstant: -4000, theta: large ? 1.0 : 0.5 },
    stabilization: { iterations: large ? 60 : 300, updateInterval: 50 },
  },
  interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large },
});
network.on("click", (params) => {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else details.replaceChildren();
});
// settle, then freeze: a large graph stays still once laid out
function ready() {
  network.setOptions({ physics: false });
  document.body.dataset.ready = "true";
}
network.once("stabilizationIterationsDone", ready);
if (!data.nodes.length) ready();
window.kg = { network, nodes, edges, data };
