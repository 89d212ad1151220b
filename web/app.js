// ControlMap's web map: the snapshot from /v1/map.geojson drawn with Leaflet over a graticule
// (no tiles: it works offline), a time slider that replays the map through ?at=, the evidence
// of a place on click, and live events from /v1/stream.
"use strict";

(function () {
  const token = new URLSearchParams(location.search).get("token");
  const withToken = (url) => token ? url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token) : url;
  const getJSON = (url) => fetch(withToken(url)).then((r) => {
    if (!r.ok) throw new Error(url + " answered " + r.status);
    return r.json();
  });
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  };

  const map = L.map("map", { zoomSnap: 0.25, attributionControl: false }).setView([34.8, 40.5], 6);
  drawGraticule(map, 30, 50, 28, 40);
  // Country borders (Natural Earth 1:110m, bundled): orientation only, under the places.
  fetch("/assets/outlines.geojson").then((r) => r.ok ? r.json() : null).then((borders) => {
    if (borders) L.geoJSON(borders, { interactive: false, style: { color: "#8a8170", weight: 1, fillColor: "#f4f1ea", fillOpacity: 0.6 } }).addTo(map).bringToBack();
  });

  const state = { palette: {}, contested: "#ff00ff", unknown: "#aaaaaa", dates: [], layer: L.layerGroup().addTo(map), markers: {}, selected: null };

  function colour(actor) { return state.palette[actor] || state.unknown; }

  // One degree grid with labels, the only background drawn.
  function drawGraticule(m, west, east, south, north) {
    const style = { color: "#9ab", weight: 0.6, opacity: 0.7, interactive: false };
    for (let lon = west; lon <= east; lon++) {
      L.polyline([[south, lon], [north, lon]], style).addTo(m);
      L.marker([south + 0.1, lon], { interactive: false, icon: L.divIcon({ className: "grid-label", html: lon + "°E", iconSize: [30, 12] }) }).addTo(m);
    }
    for (let lat = south; lat <= north; lat++) {
      L.polyline([[lat, west], [lat, east]], style).addTo(m);
      L.marker([lat, west + 0.1], { interactive: false, icon: L.divIcon({ className: "grid-label", html: lat + "°N", iconSize: [30, 12] }) }).addTo(m);
    }
  }

  // The fill of a place: the controller's colour, or a split of the parties' shares.
  function fill(p) {
    const shares = Object.entries(p.shares || {});
    if (p.status === "contested" && shares.length > 1) {
      let at = 0;
      const stops = shares.map(([actor, share]) => {
        const from = at; at += share * 360;
        return colour(actor) + " " + from + "deg " + at + "deg";
      });
      return "conic-gradient(" + stops.join(", ") + ")";
    }
    if (p.status === "contested" && (p.parties || []).length > 1) {
      const step = 360 / p.parties.length;
      return "conic-gradient(" + p.parties.map((a, i) => colour(a) + " " + i * step + "deg " + (i + 1) * step + "deg").join(", ") + ")";
    }
    if (p.status === "contested" && !p.controller) return state.contested;
    return colour(p.controller);
  }

  function drawMap(collection) {
    state.layer.clearLayers();
    state.markers = {};
    for (const f of collection.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const classes = ["cm-dot", p.status];
      if (p.stale) classes.push("stale");
      if (f.id === state.selected) classes.push("selected");
      const html = '<span class="' + classes.join(" ") + '" style="background:' + fill(p) + '"></span>';
      const icon = L.divIcon({ className: "cm-place", html: html, iconSize: [14, 14], iconAnchor: [7, 7] });
      const marker = L.marker([lat, lon], { icon: icon, title: p.name + (p.name_ar ? " · " + p.name_ar : ""), keyboard: true });
      marker.on("click", () => showPlace(f.id));
      marker.on("add", () => {
        const e = marker.getElement();
        if (e) { e.dataset.id = f.id; e.dataset.status = p.status; e.dataset.controller = p.controller || ""; }
      });
      marker.addTo(state.layer);
      state.markers[f.id] = marker;
    }
    document.getElementById("generated").textContent = collection.features.length + " places · generated " + collection.generated;
    document.body.dataset.places = String(collection.features.length);
  }

  function loadMap() {
    const i = Number(document.getElementById("slider").value);
    const atNow = state.dates.length === 0 || i >= state.dates.length;
    const at = atNow ? null : state.dates[i];
    document.getElementById("slider-date").textContent = at || "now";
    document.body.dataset.at = at || "";
    return getJSON(at ? "/v1/map.geojson?at=" + at : "/v1/map.geojson").then(drawMap);
  }

  function describe(e) {
    const who = e.actor || "someone";
    const from = e.from_actor ? " from " + e.from_actor : "";
    const share = e.share != null ? " (" + Math.round(e.share * 100) + "%)" : "";
    return e.date + ": " + e.kind.replace("_", " ") + " by " + who + from + share;
  }

  function evidenceItem(e) {
    const source = e.url ? el("a", { href: e.url, target: "_blank", rel: "noopener" }, e.source || e.url) : (e.source || "document " + String(e.document).slice(0, 12));
    return el("li", {}, describe(e), el("q", { class: "evidence", dir: "auto" }, e.evidence), el("small", { class: "muted" }, source, " · confidence " + e.confidence));
  }

  function showPlace(id) {
    state.selected = id;
    const at = document.body.dataset.at;
    return getJSON("/v1/places/" + encodeURIComponent(id) + (at ? "?at=" + at : "")).then((place) => {
      const section = document.getElementById("place");
      section.hidden = false;
      const name = document.getElementById("place-name");
      name.textContent = "";
      name.append(place.name, place.name_ar ? " · " : "", place.name_ar ? el("bdi", { lang: "ar" }, place.name_ar) : "");
      const s = place.state;
      document.getElementById("place-state").textContent = s
        ? s.status + (s.controller ? " by " + s.controller : "") + " since " + s.since + " · " + s.sources + " source(s)" + (s.stale ? " · stale" : "")
        : "no state";
      const list = document.getElementById("place-history");
      list.replaceChildren(...place.history.slice().reverse().map(evidenceItem));
      for (const m of Object.values(state.markers)) {
        const dot = m.getElement() && m.getElement().querySelector(".cm-dot");
        if (dot) dot.classList.toggle("selected", m === state.markers[id]);
      }
    });
  }

  function legend(data) {
    for (const a of data.actors) state.palette[a.id] = a.colour;
    state.contested = data.contested;
    state.unknown = data.unknown;
    const list = document.getElementById("legend-list");
    const item = (c, label, extra) => el("li", {}, el("span", { class: "swatch " + (extra || ""), style: "background:" + c }), label);
    list.replaceChildren(...data.actors.map((a) => item(a.colour, a.id)),
      item(state.contested, "contested (split by shares when known)"),
      el("li", {}, el("span", { class: "cm-dot besieged", style: "display:inline-block;vertical-align:middle;margin-inline-end:0.4em;background:#fff" }), "besieged"),
      el("li", {}, el("span", { class: "cm-dot stale", style: "display:inline-block;vertical-align:middle;margin-inline-end:0.4em;background:#888" }), "stale (no news for long)"));
  }

  function timeline(t) {
    state.dates = t.dates;
    const slider = document.getElementById("slider");
    slider.max = String(t.dates.length);
    slider.value = String(t.dates.length);
    slider.addEventListener("input", loadMap);
    document.getElementById("now").addEventListener("click", () => { slider.value = slider.max; loadMap(); });
  }

  function live() {
    if (!window.EventSource) return;
    const status = document.getElementById("live-status");
    const source = new EventSource(withToken("/v1/stream"));
    source.addEventListener("hello", () => { status.textContent = "live feed: connected"; });
    source.addEventListener("events", (m) => {
      const list = document.getElementById("event-list");
      for (const f of JSON.parse(m.data).features) {
        const p = f.properties;
        list.prepend(el("li", {}, el("strong", {}, p.name), p.name_ar ? " · " : "", p.name_ar ? el("bdi", { lang: "ar" }, p.name_ar) : "",
          " ", describe(Object.assign({}, p)), el("q", { class: "evidence", dir: "auto" }, p.evidence)));
      }
      while (list.children.length > 50) list.lastChild.remove();
    });
    source.addEventListener("snapshot", () => {
      const slider = document.getElementById("slider");
      if (Number(slider.value) >= state.dates.length) {
        getJSON("/v1/timeline").then((t) => { state.dates = t.dates; slider.max = String(t.dates.length); slider.value = slider.max; return loadMap(); });
      }
    });
    source.onerror = () => { status.textContent = "live feed: reconnecting"; };
  }

  Promise.all([getJSON("/v1/legend").then(legend), getJSON("/v1/timeline").then(timeline)])
    .then(loadMap)
    .then(() => { document.body.dataset.ready = "true"; live(); })
    .catch((e) => { document.getElementById("generated").textContent = "error: " + e.message; throw e; });
})();
