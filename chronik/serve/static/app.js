// chronik's web page: timeline, network, entities, documents. Every view and filter lives in the
// URL (?view=…&country=…), so a view can be shared. Data comes from the same server's /api.
"use strict";

const FILTERS = ["country", "partner", "type", "status", "from", "to", "q"];
const TYPE_COLORS = {
  AGREE: "#5dade2", CONSULT: "#1f77b4", SUPPORT: "#2ca02c", CONCEDE: "#17becf", COOPERATE: "#27ae60",
  AID: "#16a085", RETREAT: "#95a5a6", REQUEST: "#f1c40f", ACCUSE: "#e67e22", REJECT: "#d35400",
  THREATEN: "#e74c3c", PROTEST: "#c0392b", SANCTION: "#922b21", MOBILIZE: "#7d3c98", COERCE: "#6c3483",
  ASSAULT: "#000000",
};
const chronik = { charts: {}, events: [], meta: null };
window.chronik = chronik; // charts and data, for people poking around in the console (and the browser test)

function params() { return new URLSearchParams(location.search); }

function go(changes, push = true) {
  const p = params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") p.delete(k); else p.set(k, v);
  }
  const url = "?" + p.toString();
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  render();
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

async function api(path, query = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const res = await fetch(`/api/${path}${q.toString() ? "?" + q : ""}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

function filterQuery() {
  const p = params(), out = {};
  for (const k of FILTERS) if (p.get(k)) out[k] = p.get(k);
  return out;
}

async function allEvents(query) {
  const limit = chronik.meta.max_page, items = [];
  for (let offset = 0; offset < 5000; offset += limit) {
    const page = await api("events", { ...query, limit, offset });
    items.push(...page.items);
    if (items.length >= page.total) break;
  }
  return items;
}

function pad(v) { return Math.max((v.max - v.min) * 0.04, 5 * 86400000); }
function actor(a) { return `${a.name || "?"} (${a.country || "?"})`; }
const COOPERATION = "#27ae60", CONFLICT = "#c0392b";
function axisDate(d) { return d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d; }
function chart(id, cls = "") {
  const div = el("div", { id, class: `chart ${cls}` });
  return div;
}
function mountChart(div, option) {
  const c = echarts.init(div);
  c.setOption(option);
  chronik.charts[div.id] = c;
  return c;
}

function showEvidence(ev) {
  chronik.selected = ev;
  const box = document.getElementById("evidence");
  box.hidden = false;
  document.getElementById("evidence-meta").textContent =
    `${ev.date || "undatiert"} · ${ev.type}/${ev.subtype} · ${ev.status === "planned" ? "geplant" : "stattgefunden"} · ` +
    `${actor(ev.source)} → ${actor(ev.target)}`;
  document.getElementById("evidence-text").textContent = ev.evidence;
  document.getElementById("evidence-sources").textContent =
    `${ev.num_mentions} Erwähnung(en) in ${ev.num_articles} Dokument(en), ${ev.num_sources} Quelle(n)` +
    (ev.cameo ? ` · CAMEO ${ev.cameo}, Goldstein ${ev.goldstein}` : "");
  const link = document.getElementById("evidence-doc");
  const target = new URLSearchParams({ view: "document", doc: ev.doc_id, event: ev.id });
  link.href = "?" + target;
  link.onclick = (e) => { e.preventDefault(); go({ view: "document", doc: ev.doc_id, event: ev.id, entity: null }); };
  document.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
  document.querySelectorAll(`tr[data-event="${CSS.escape(ev.id)}"]`).forEach((r) => r.classList.add("selected"));
}

function eventTable(events, onPick) {
  const body = el("tbody");
  for (const ev of events) {
    body.append(el("tr", { class: "clickable" + (ev.status === "planned" ? " planned" : ""), "data-event": ev.id,
                           onclick: () => onPick(ev) },
      el("td", { text: ev.date || "–" }), el("td", {}, el("span", { class: "pill", text: ev.type }), ev.subtype),
      el("td", { text: ev.status === "planned" ? "geplant" : "stattgefunden" }),
      el("td", { text: actor(ev.source) }), el("td", { text: actor(ev.target) }),
      el("td", { class: "muted", text: ev.evidence.length > 140 ? ev.evidence.slice(0, 140) + " …" : ev.evidence })));
  }
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ...["Datum", "Typ", "Status", "Quelle", "Ziel", "Beleg"].map((h) => el("th", { text: h })))),
    body);
}

function pick(ev) {
  const p = params();
  p.set("event", ev.id);
  history.replaceState(null, "", "?" + p);
  showEvidence(ev);
}

async function viewTimeline(main) {
  const q = filterQuery();
  const events = await allEvents(q);
  chronik.events = events;
  const dated = events.filter((e) => e.date);
  const pair = [q.country, q.partner].filter(Boolean).join(" – ") || "alle Länder";
  main.replaceChildren(
    el("h1", { text: `Zeitleiste ${pair}: ${events.length} Ereignisse (${events.length - dated.length} undatiert)` }),
    el("div", { class: "card" }, chart("timeline")),
    el("div", { class: "card" }, el("h2", { text: "Kooperation je Monat (Summe der Goldstein-Werte) und Zahl der Ereignisse" }),
       chart("dyads", "small")),
    el("h2", { text: "Ereignisse" }), eventTable(events, pick));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const series = types.map((t) => ({
    name: t, type: "scatter", id: `type-${t}`, symbolSize: 14, itemStyle: { color: TYPE_COLORS[t] || "#555" },
    data: dated.filter((e) => e.type === t).map((e) => ({
      value: [axisDate(e.date), t], id: e.id, name: e.subtype,
      itemStyle: e.status === "planned"
        ? { color: "#ffffff", borderColor: TYPE_COLORS[t] || "#555", borderWidth: 2.5 }
        : { color: TYPE_COLORS[t] || "#555", borderColor: TYPE_COLORS[t] || "#555" },
    })),
  }));
  const byId = new Map(events.map((e) => [e.id, e]));
  const tl = mountChart(document.getElementById("timeline"), {
    animation: false,
    grid: { left: 110, right: 30, top: 40, bottom: 50 },
    legend: { top: 0, data: types },
    tooltip: { formatter: (p) => { const e = byId.get(p.data.id); return e ? `${e.date} · ${e.subtype} (${e.status})<br>${actor(e.source)} → ${actor(e.target)}` : ""; } },
    xAxis: { type: "time", name: "Datum", min: (v) => v.min - pad(v), max: (v) => v.max + pad(v) },
    yAxis: { type: "category", data: types },
    dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
    series,
  });
  tl.on("click", (p) => { const e = byId.get(p.data && p.data.id); if (e) pick(e); });
  const dy = await api("dyads", q);
  const periods = new Map();
  for (const d of dy.items) {
    const cur = periods.get(d.period) || { events: 0, coop: 0 };
    cur.events += d.events; cur.coop += d.cooperation || 0;
    periods.set(d.period, cur);
  }
  const keys = [...periods.keys()].sort();
  mountChart(document.getElementById("dyads"), {
    animation: false, grid: { left: 50, right: 50, top: 30, bottom: 30 }, tooltip: { trigger: "axis" },
    legend: { top: 0, data: ["Kooperation", "Ereignisse"] },
    xAxis: { type: "category", data: keys },
    yAxis: [{ type: "value", name: "Goldstein" }, { type: "value", name: "Anzahl", minInterval: 1 }],
    series: [
      { name: "Kooperation", type: "bar", itemStyle: { color: COOPERATION },
        data: keys.map((k) => {
          const value = +periods.get(k).coop.toFixed(2);
          return { value, itemStyle: { color: value < 0 ? CONFLICT : COOPERATION } };  // conflict months red
        }) },
      { name: "Ereignisse", type: "line", yAxisIndex: 1, data: keys.map((k) => periods.get(k).events), itemStyle: { color: "#1f4e79" } },
    ],
  });
  document.body.dataset.ready = "timeline";
}

async function viewNetwork(main) {
  const net = await api("network", { ...filterQuery(), limit: 150 });
  const shown = net.total_nodes > net.nodes.length ? ` (die ${net.nodes.length} aktivsten von ${net.total_nodes})` : "";
  main.replaceChildren(el("h1", { text: `Akteursnetz: ${net.nodes.length} Akteure${shown}, ${net.edges.length} Verbindungen` }),
    el("p", { class: "muted", text: "Länder als Quadrate, Personen und Organisationen als Kreise; Linienstärke = Zahl der Ereignisse. Klick öffnet die Entität bzw. die Zeitleiste des Landes." }),
    el("div", { class: "card" }, chart("network", "tall")));
  const countries = [...new Set(net.nodes.map((n) => n.country || "?"))];
  const c = mountChart(document.getElementById("network"), {
    animation: false, tooltip: {}, legend: { data: countries, top: 0 },
    series: [{
      type: "graph", layout: "force", top: 50, bottom: 20, roam: true, draggable: true, label: { show: true, position: "right" },
      force: { repulsion: 420, edgeLength: [80, 200] }, labelLayout: { hideOverlap: true },
      categories: countries.map((name) => ({ name })),
      data: net.nodes.map((n) => ({ id: n.id, name: n.label, value: n.events, category: countries.indexOf(n.country || "?"),
        symbol: n.kind === "GPE" ? "rect" : "circle", symbolSize: 12 + 6 * Math.sqrt(n.events), node: n })),
      links: net.edges.map((e) => ({ source: e.source, target: e.target, value: e.weight,
        lineStyle: { width: 1 + 2 * Math.sqrt(e.weight), opacity: 0.6 } })),
    }],
  });
  c.on("click", (p) => {
    if (p.dataType !== "node") return;
    const n = p.data.node;
    if (n.entity_id !== null) go({ view: "entity", entity: n.entity_id, event: null });
    else go({ view: "timeline", country: n.country, event: null });
  });
  document.body.dataset.ready = "network";
}

async function viewEntities(main) {
  const p = params();
  const page = await api("entities", { q: p.get("q"), country: p.get("country"), limit: chronik.meta.max_page });
  const body = el("tbody");
  for (const e of page.items) {
    body.append(el("tr", { class: "clickable", onclick: () => go({ view: "entity", entity: e.id, event: null }) },
      el("td", { text: e.type }), el("td", { text: e.name }), el("td", { text: e.country || "–" }),
      el("td", { class: "muted", text: (e.aliases || []).join(", ") }), el("td", { text: String((e.docs || []).length) })));
  }
  main.replaceChildren(el("h1", { text: `Entitäten (${page.total})` }),
    el("table", {}, el("thead", {}, el("tr", {}, ...["Typ", "Name", "Land", "Schreibweisen", "Dokumente"].map((h) => el("th", { text: h })))), body));
  document.body.dataset.ready = "entities";
}

async function viewEntity(main) {
  const e = await api(`entities/${encodeURIComponent(params().get("entity"))}`);
  chronik.events = e.events;
  const docs = el("ul");
  for (const d of e.documents) {
    docs.append(el("li", {}, el("a", { href: `?view=document&doc=${encodeURIComponent(d.doc_id)}`,
      onclick: (ev) => { ev.preventDefault(); go({ view: "document", doc: d.doc_id, event: null }); },
      text: d.title || d.doc_id }), ` ${d.doc_date || ""}`));
  }
  main.replaceChildren(
    el("h1", { text: `${e.name} (${e.type}${e.country ? ", " + e.country : ""})` }),
    el("p", {}, el("strong", { text: "Schreibweisen: " }), (e.aliases || []).join(", ") || "–"),
    el("p", {}, el("strong", { text: "Rollen: " }), (e.dated_roles && e.dated_roles.length ? e.dated_roles : e.roles || []).join("; ") || "–"),
    e.country ? el("p", {}, el("a", { href: `?view=timeline&country=${encodeURIComponent(e.country)}`,
      onclick: (ev) => { ev.preventDefault(); go({ view: "timeline", country: e.country, entity: null, event: null }); },
      text: `Zeitleiste ${e.country}` })) : null,
    el("h2", { text: `Ereignisse (${e.events_total})` }), eventTable(e.events, pick),
    el("h2", { text: `Dokumente (${e.documents.length})` }), docs);
  document.body.dataset.ready = "entity";
}

async function viewDocuments(main) {
  const page = await api("documents", { limit: chronik.meta.max_page });
  const body = el("tbody");
  for (const d of page.items) {
    body.append(el("tr", { class: "clickable", onclick: () => go({ view: "document", doc: d.doc_id, event: null }) },
      el("td", { text: d.doc_date || "–" }), el("td", { text: d.title || d.doc_id }), el("td", { class: "muted", text: d.url || d.source || "" })));
  }
  main.replaceChildren(el("h1", { text: `Dokumente (${page.total})` }),
    el("table", {}, el("thead", {}, el("tr", {}, ...["Datum", "Titel", "Quelle"].map((h) => el("th", { text: h })))), body));
  document.body.dataset.ready = "documents";
}

function spannedText(doc, selected) {
  // Cut the text at every span boundary; each piece carries the classes of the spans covering it.
  const spans = [
    ...doc.mentions.map((m) => ({ start: m.start, end: m.end, cls: `m ${m.type}`, mention: m })),
    ...doc.events.map((e) => ({ start: e.start, end: e.end, cls: "ev" + (e.id === selected ? " selected" : ""), event: e })),
    ...doc.facts.map((f) => ({ start: f.start, end: f.end, cls: "fact", fact: f })),
  ].filter((s) => Number.isInteger(s.start) && s.end > s.start);
  const cuts = [...new Set([0, doc.text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const box = el("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { box.append(doc.text.slice(a, b)); continue; }
    const piece = el("span", { class: covering.map((s) => s.cls).join(" "), text: doc.text.slice(a, b) });
    const ev = covering.find((s) => s.event), m = covering.find((s) => s.mention);
    if (ev) piece.addEventListener("click", () => pick(ev.event));
    if (m && m.mention.entity_id !== null) {
      piece.title = `${m.mention.type}: ${m.mention.entity_name || m.mention.text}`;
      piece.addEventListener("dblclick", () => go({ view: "entity", entity: m.mention.entity_id, event: null }));
    }
    box.append(piece);
  }
  return box;
}

async function viewDocument(main) {
  const p = params();
  const doc = await api(`documents/${encodeURIComponent(p.get("doc"))}`);
  chronik.events = doc.events;
  const selected = p.get("event");
  const facts = el("ul");
  for (const f of doc.facts) facts.append(el("li", { text: `${f.kind}: ${f.value.toLocaleString("de-DE")} ${f.currency || ""} (${f.qualifier}${f.period ? ", " + f.period : ""}) – ${(f.countries || []).join(", ")}` }));
  main.replaceChildren(
    el("h1", { text: doc.title || doc.doc_id }),
    el("p", { class: "muted", text: `${doc.doc_date || "ohne Datum"}${doc.doc_date_inferred ? " (erschlossen)" : ""} · ${doc.url || doc.source || ""}` }),
    el("p", { class: "legend muted" }, el("span", { text: "Unterstrichen: Personen (rot), Organisationen (violett), Orte/Staaten (blau) – Doppelklick öffnet die Entität." }),
       el("span", { text: "Gelb: Beleg eines Ereignisses (Klick zeigt es), grün: Geldbeträge." })),
    spannedText(doc, selected),
    el("h2", { text: `Ereignisse (${doc.events.length})` }), eventTable(doc.events, pick),
    el("h2", { text: `Fakten (${doc.facts.length})` }), facts);
  const sel = document.querySelector(".doc-text .ev.selected");
  if (sel) sel.scrollIntoView({ block: "nearest" });
  document.body.dataset.ready = "document";
}

const VIEWS = { timeline: viewTimeline, network: viewNetwork, entities: viewEntities, entity: viewEntity,
                documents: viewDocuments, document: viewDocument };

async function render() {
  const p = params();
  const view = VIEWS[p.get("view")] ? p.get("view") : "timeline";
  delete document.body.dataset.ready;
  const form = document.getElementById("filters");
  for (const k of FILTERS) form.elements[k].value = p.get(k) || "";
  document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  for (const c of Object.values(chronik.charts)) c.dispose();
  chronik.charts = {};
  const main = document.getElementById("main");
  try {
    await VIEWS[view](main);
    const chosen = p.get("event") && chronik.events.find((e) => e.id === p.get("event"));
    if (chosen) showEvidence(chosen); else document.getElementById("evidence").hidden = true;
  } catch (err) {
    main.replaceChildren(el("p", { class: "error", text: `Fehler: ${err.message}` }));
    document.body.dataset.ready = "error";
  }
}

async function init() {
  chronik.meta = await api("meta");
  const m = chronik.meta;
  document.getElementById("store-info").textContent =
    `${m.counts.documents} Dokumente · ${m.counts.events} Ereignisse · ${m.counts.entities} Entitäten` + (m.read_only ? " · nur lesen" : "");
  const form = document.getElementById("filters");
  for (const name of ["country", "partner"]) {
    for (const c of m.countries) form.elements[name].append(el("option", { value: c.code, text: `${c.code} (${c.events})` }));
  }
  for (const t of m.types) form.elements.type.append(el("option", { value: t, text: t }));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = { event: null };
    for (const k of FILTERS) changes[k] = form.elements[k].value.trim();
    const view = params().get("view");
    if (!["timeline", "network", "entities"].includes(view)) changes.view = "timeline";
    go(changes);
  });
  document.getElementById("reset").addEventListener("click", () => {
    const changes = { event: null };
    for (const k of FILTERS) changes[k] = null;
    go(changes);
  });
  document.getElementById("close-evidence").addEventListener("click", () => {
    const p = params();
    p.delete("event");
    history.replaceState(null, "", "?" + p);
    document.getElementById("evidence").hidden = true;
  });
  document.querySelectorAll("header nav a[data-view]").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault(); go({ view: a.dataset.view, event: null, entity: null, doc: null });
  }));
  window.addEventListener("popstate", render);
  window.addEventListener("resize", () => Object.values(chronik.charts).forEach((c) => c.resize()));
  await render();
}

document.addEventListener("DOMContentLoaded", init);
