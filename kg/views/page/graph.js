"use strict";
// The graph page: `data` (entities, facts, groups, documents) is set by the page before.
// Every text from the input goes into the page through textContent, never as HTML.
// Entities come with their place: the layout is computed once when the page is written.
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
function count(n, word, plural) {
  return n.toLocaleString("en") + " " + (n === 1 ? word : plural || word + "s");
}
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const edgesById = new Map(data.edges.map((e) => [e.id, e]));
const propertyLabel = new Map(data.properties.map((p) => [p.name, p.label]));
const style = new Map(data.classes.map((c) => [c.name, c]));
const FADED = "#dddddd";
const groupById = new Map(data.groups.map((g) => [g.id, g]));
const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
for (const e of data.edges) {
  edgesOf.get(e.from).push(e);
  edgesOf.get(e.to).push(e);
}

// --- the summary and what the page leaves out
document.getElementById("title").textContent = data.title;
const s = data.summary;
const parts = [];
if (s.documents !== null) parts.push(count(s.documents, "document"));
parts.push(count(s.entities, "entity", "entities"), count(s.facts, "fact"));
if (s.built) parts.push("built " + s.built);
document.getElementById("summary").textContent = parts.join(" · ");
if (s.shown !== null) {
  const note = document.getElementById("truncated");
  note.textContent = "The page holds the " + count(s.shown, "best-connected entity",
    "best-connected entities") + " of " + s.entities.toLocaleString("en")
    + "; build with --max-nodes N to hold more.";
  note.hidden = false;
}
document.getElementById("alone-label").textContent =
  "Show the " + count(s.alone, "entity", "entities") + " in no fact";

// --- the drawing: class colours, or one colour per group of linked entities
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#8cd17d"];
function colourOf(n) {
  if (colourBy() === "class") return style.get(n.top).color;
  return n.group === null ? "#bbbbbb" : PALETTE[n.group % PALETTE.length];
}
function colourBy() { return document.querySelector("input[name=colour]:checked").value; }

const nodes = new vis.DataSet(data.nodes.map((n) => ({
  id: n.id, label: n.label, value: n.degree + 1, x: n.x, y: n.y,
  color: style.get(n.top).color, shape: style.get(n.top).shape,
  hidden: n.degree === 0,
  title: element("div", n.label + "\n" + n.cls),
})));
// facts between the same two entities bend apart, so their labels do not overlap
const between = new Map();
const edges = new vis.DataSet(data.edges.map((e) => {
  const pair = [e.from, e.to].sort().join("\u0000");
  const k = between.get(pair) || 0;
  between.set(pair, k + 1);
  return {
    id: e.id, from: e.from, to: e.to, label: propertyLabel.get(e.property), arrows: "to",
    smooth: k ? { type: "curvedCW", roundness: 0.2 * k } : false,
  };
}));

// --- filters: classes, properties, confidence, documents, entities in no fact
function checkbox(container, name, text, swatch) {
  const label = element("label", undefined, "filter");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.value = name;
  box.addEventListener("change", () => applyFilters());
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
const alone = document.getElementById("alone");
alone.addEventListener("change", () => applyFilters({ fit: true }));
for (const radio of document.querySelectorAll("input[name=colour]")) {
  radio.addEventListener("change", () => applyFilters());
}
const documentFilter = document.getElementById("document-filter");
if (data.documents.length <= 2000) {
  const list = document.getElementById("document-names");
  for (const name of data.documents) list.append(element("option", name));
}
let typing = null;
documentFilter.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => applyFilters({ fit: true }), 300);
});
documentFilter.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  clearTimeout(typing);
  applyFilters({ fit: true });
});

function checked(id) {
  return new Set([...document.querySelectorAll("#" + id + " input:checked")].map((b) => b.value));
}
function normal(text) { return text.normalize("NFKC").toLowerCase().trim(); }
// the documents whose name has the filter's text, or null when there is no filter
function chosenDocuments() {
  const wanted = normal(documentFilter.value);
  if (!wanted) return null;
  const chosen = new Set();
  data.documents.forEach((name, n) => { if (normal(name).includes(wanted)) chosen.add(n); });
  return chosen;
}
function any(list, chosen) { return list.some((d) => chosen.has(d)); }

// the entities and facts the filters let through: a fact needs both its entities
let visibleNodes = new Set();
let visibleEdges = [];
function filtered() {
  const classes = checked("classes");
  const properties = checked("properties");
  const least = Number(slider.value);
  const chosen = chosenDocuments();
  const fits = (n) => classes.has(n.top);
  const shownEdges = data.edges.filter((e) => fits(byId.get(e.from)) && fits(byId.get(e.to))
    && properties.has(e.property) && (e.confidence === null || e.confidence >= least)
    && (chosen === null || any(e.documents, chosen)));
  const inFacts = new Set(shownEdges.flatMap((e) => [e.from, e.to]));
  const shown = new Set(data.nodes.filter((n) => fits(n) && (inFacts.has(n.id)
    || (alone.checked && (chosen === null || any(n.documents, chosen)))
    || (focus !== null && focus.ids.has(n.id)))).map((n) => n.id));
  const counter = document.getElementById("document-count");
  counter.hidden = chosen === null;
  if (chosen !== null) {
    counter.textContent = count(chosen.size, "document") + " of "
      + data.documents.length.toLocaleString("en");
  }
  return { shown, shownEdges };
}

// --- a focus: an entity's neighbourhood, or a group, with everything else faded
let focus = null; // { ids: Set of entity ids, label } or null for the whole graph
const trail = []; // the views before this one
// what each entity and fact is drawn as, so that a change updates only what it changes
const drawnNodes = new Map();
const drawnEdges = new Map();
function changed(drawn, items) {
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (drawn.get(item.id) === key) return false;
    drawn.set(item.id, key);
    return true;
  });
}
// vis-network redraws every entity after any change (a fixed cost of a few hundred
// milliseconds on a corpus), so each change of view is made by one update of the entities
// and one of the facts, each holding only what changed
function applyFilters(options) {
  const { shown, shownEdges } = filtered();
  visibleNodes = shown;
  visibleEdges = shownEdges;
  if (options && options.fit) fitTo(focus === null ? [...shown] : [...focus.ids]);
  const lit = (id) => focus === null || focus.ids.has(id);
  const named = bestConnected();
  const size = labelSize();
  // a hidden entity or fact keeps its look until it is shown again
  nodes.update(changed(drawnNodes, data.nodes.map((n) => (!shown.has(n.id)
    ? { id: n.id, hidden: true }
    : {
      id: n.id, hidden: false, color: lit(n.id) ? colourOf(n) : FADED,
      font: { color: lit(n.id) ? "#222" : "#bbb", size: named.has(n.id) ? size : 14 },
    }))));
  const on = new Set(shownEdges.map((e) => e.id));
  edges.update(changed(drawnEdges, data.edges.map((e) => (!on.has(e.id)
    ? { id: e.id, hidden: true }
    : {
      id: e.id, hidden: false,
      color: { color: lit(e.from) && lit(e.to) ? "#888" : "#eee" },
      font: { color: lit(e.from) && lit(e.to) ? "#333" : "#ddd" },
    }))));
  labelledAt = network.getScale();
  drawTrail();
}
// fit the view to these entities, in the part of the canvas the open panel leaves free
function fitTo(ids) {
  if (!ids.length) return;
  network.fit({ nodes: ids, animation: false });
  if (!details.childElementCount) return;
  const width = network.canvas.frame.clientWidth;
  const covered = Math.min(details.getBoundingClientRect().width + 24, width / 2);
  network.moveTo({
    position: network.getViewPosition(),
    scale: network.getScale() * (width - covered) / width,
    offset: { x: -covered / 2, y: 0 },
    animation: false,
  });
}

// within the filters, the entities up to `hops` facts away
function around(start, hops) {
  const found = new Set(start);
  const on = new Set(visibleEdges.map((e) => e.id));
  let frontier = [...start];
  for (let step = 0; step < hops; step++) {
    const next = [];
    for (const id of frontier) {
      for (const e of edgesOf.get(id)) {
        if (!on.has(e.id)) continue;
        const other = e.from === id ? e.to : e.from;
        if (!found.has(other)) {
          found.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}
function show(view) {
  trail.push(focus);
  focus = view;
  applyFilters({ fit: true });
}
function neighbourhood(id) {
  const hops = Number(document.getElementById("hops").value);
  show({ ids: around([id], hops), label: byId.get(id).label });
  network.selectNodes([id]);
}
function expand(id) {
  const ids = around([id], 1);
  if (focus !== null) for (const other of focus.ids) ids.add(other);
  show({ ids, label: "+ " + byId.get(id).label });
}
function back() {
  if (!trail.length) return;
  focus = trail.pop();
  applyFilters({ fit: true });
}
const backButton = document.getElementById("back");
backButton.addEventListener("click", back);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && event.target === document.body) back();
});
function drawTrail() {
  const nav = document.getElementById("trail");
  const steps = [...trail, focus];
  nav.replaceChildren();
  steps.forEach((view, n) => {
    if (n) nav.append(element("span", " › ", "separator"));
    const name = view === null ? "Whole graph" : view.label;
    if (n === steps.length - 1) {
      nav.append(element("strong", name));
      return;
    }
    const link = element("button", name, "crumb");
    link.type = "button";
    link.addEventListener("click", () => {
      focus = view;
      trail.length = n;
      applyFilters({ fit: true });
    });
    nav.append(link);
  });
  backButton.disabled = !trail.length;
}

const groupsBox = document.getElementById("groups");
for (const g of data.groups.slice(0, 8)) {
  const button = element("button", g.label + " · " + g.size, "group");
  button.type = "button";
  button.addEventListener("click", () => {
    const ids = new Set(data.nodes.filter((n) => n.group === g.id).map((n) => n.id));
    show({ ids, label: "group of " + g.label });
  });
  groupsBox.append(button);
}
if (!data.groups.length) groupsBox.append(element("div", "none"));

// --- the panel: an entity's names, facts, documents and sentences; a fact's sources
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
  const button = element("button", "Show what is around it", "around");
  button.type = "button";
  button.addEventListener("click", () => neighbourhood(id));
  if (n.degree) details.append(button);
  const facts = element("ul");
  for (const d of n.details) facts.append(element("li", d));
  const linked = edgesOf.get(id);
  for (const e of linked) facts.append(element("li", factLine(e)));
  if (facts.childElementCount) details.append(element("h3", "Facts"), facts);
  const seen = new Set();
  const read = linked.flatMap((e) => e.sources).filter((source) => {
    const key = source.document + "\u0000" + source.sentence;
    return seen.has(key) ? false : seen.add(key);
  });
  if (read.length) {
    details.append(element("h3", "Facts read in"));
    sources(read, details);
  }
  if (n.documents.length) {
    details.append(element("h3", "Mentioned in " + count(n.documents.length, "document")));
    // a sentence already quoted for a fact is not quoted twice
    const mentioned = n.sentences.map(([d, sentence]) => ({ document: data.documents[d], sentence }))
      .filter((source) => !seen.has(source.document + "\u0000" + source.sentence));
    sources(mentioned, details);
    const quoted = new Set(n.sentences.map(([d]) => d));
    const rest = n.documents.filter((d) => !quoted.has(d));
    if (rest.length) {
      const names = element("ul", undefined, "documents");
      for (const d of rest.slice(0, 50)) names.append(element("li", data.documents[d]));
      if (rest.length > 50) names.append(element("li", "and " + (rest.length - 50) + " more"));
      details.append(names);
    }
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

// --- search: an entity by any of its names, then what is around it
function find(query) {
  const wanted = normal(query);
  if (!wanted) return null;
  const names = (n) => [n.label, ...n.names].map(normal);
  // of the entities that match best, the best connected
  const best = (found) => found.reduce((a, b) => (b.degree > a.degree ? b : a), found[0]) || null;
  return best(data.nodes.filter((n) => names(n).includes(wanted)))
    || best(data.nodes.filter((n) => names(n).some((name) => name.startsWith(wanted))))
    || best(data.nodes.filter((n) => names(n).some((name) => name.includes(wanted))));
}
const search = document.getElementById("search");
search.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const found = find(search.value);
  if (!found) {
    details.replaceChildren(element("div", "No entity is named " + search.value));
    return;
  }
  showNode(found.id);
  neighbourhood(found.id);
});

// --- labels: the best-connected entities in view are named at any zoom, the rest up close
const LABELLED = 30;
let labelledAt = 1;
function bestConnected() {
  const best = data.nodes.filter((n) => visibleNodes.has(n.id) && n.degree
    && (focus === null || focus.ids.has(n.id)))
    .sort((a, b) => b.degree - a.degree).slice(0, LABELLED).map((n) => n.id);
  return new Set(best);
}
// a label this big is 13 pixels high at the current zoom (vis-network draws none under 7)
function labelSize() { return Math.max(14, 13 / network.getScale()); }

const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, {
  layout: { improvedLayout: false },
  physics: false,
  nodes: {
    font: { size: 14 },
    scaling: {
      min: 8, max: 30,
      label: { enabled: false, min: 14, max: 30, maxVisible: 20, drawThreshold: 7 },
    },
  },
  edges: { font: { size: 11, align: "middle" }, color: { color: "#888" } },
  interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 2000 },
});
network.on("click", (params) => {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else details.replaceChildren();
});
network.on("doubleClick", (params) => {
  if (params.nodes.length) expand(params.nodes[0]);
});
// after a zoom by half or more, the names are sized anew
let zooming = null;
network.on("zoom", () => {
  clearTimeout(zooming);
  zooming = setTimeout(() => {
    const ratio = network.getScale() / labelledAt;
    if (ratio < 0.67 || ratio > 1.5) applyFilters();
  }, 200);
});
applyFilters({ fit: true });
network.once("afterDrawing", () => { document.body.dataset.ready = "true"; });
network.redraw();
window.kg = {
  network, nodes, edges, data, neighbourhood, expand, back, filter: applyFilters,
  visible: () => [...visibleNodes], visibleFacts: () => visibleEdges.map((e) => e.id),
  focused: () => (focus === null ? null : [...focus.ids]),
};
