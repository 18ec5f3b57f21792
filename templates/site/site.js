// The attendee site's script: views, search and filters, stars, now/next, time zones, the personal calendar.
// A classic deferred script, not a module: browsers refuse module scripts from file://, and the site
// must work opened from a folder. No framework and no build step. Everything reads the page itself
// (items are the elements with data-item-id, in page order) and the JSON in #_data, whose "items"
// rows are in the same order: start (minutes after data.t0, minutes since 1970 UTC) and length in
// minutes, kind, room, track (indices, -1 for none), the people (indices into "people"), and for an
// untimed item the page positions of the items a calendar shows it as (a poster: its sessions).
// A timed item's element carries its VEVENT (data-ics) exactly as program.ics has it, LF for CRLF.
"use strict";
(function () {
  const began = performance.now();
  const data = JSON.parse(document.getElementById("_data").textContent);
  const els = document.querySelectorAll("[data-item-id]");
  const n = els.length;
  const rows = data.items;
  const starts = new Float64Array(n).fill(NaN);
  const ends = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (rows[i][0] === null) continue;
    starts[i] = data.t0 + rows[i][0];
    ends[i] = starts[i] + (rows[i][1] === null ? 0 : rows[i][1]);
  }
  const ids = new Array(n);
  const index = new Map();
  for (let i = 0; i < n; i++) {
    ids[i] = els[i].getAttribute("data-item-id");
    index.set(ids[i], i);
  }
  // A session's talks are items inside its element: a talk shown shows its session around it.
  const parentOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const around = els[i].parentElement.closest("[data-item-id]");
    if (around) parentOf[i] = index.get(around.getAttribute("data-item-id"));
  }
  // An item's own text, without the talks inside it: a search finds a talk, not its session too.
  function ownText(el) {
    const talks = el.querySelector(":scope > .talks");
    return talks ? el.textContent.replace(talks.textContent, "") : el.textContent;
  }
  const $ = (id) => document.getElementById(id);
  // The page's words, from the program's catalogue: "{name}" marks what is filled in here.
  const labels = data.labels;
  const plurals = new Intl.PluralRules(data.locale);
  function filled(text, values) { return text.replace(/\{(\w+)\}/g, (all, name) => String(values[name])); }
  function counted(forms, count) { return filled(forms[plurals.select(count)] || forms.other, { count: count }); }
  const sections = [...document.querySelectorAll(".day, .pg, .others")];
  const wrappers = ["_program", "_posters", "_others"].map((id) => document.getElementById(id)).filter(Boolean);
  const sectionOf = new Int32Array(n);
  for (let i = 0; i < n; i++) sectionOf[i] = sections.indexOf(els[i].closest(".day, .pg, .others"));
  const shown = new Uint8Array(n).fill(1);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(starts[i])) continue;
    first = Math.min(first, starts[i]);
    last = Math.max(last, ends[i]);
  }
  // day: the one day shown (an index into daySections), or -1 for all of them.
  const state = { view: "program", terms: [], kind: -1, room: -1, track: -1, people: null, day: -1 };

  // ---- stars: kept in localStorage, shown as aria-pressed, carried by #fav= links ----
  const storeKey = data.store + ":stars";
  const stars = new Set();
  // A renamed item has a new id: its star follows it. A cancelled item's star is kept (in `gone`), so
  // My schedule can say it was cancelled, until the attendee removes it.
  const versions = data.changes.versions;
  const renamedTo = new Map();
  const removed = new Map();
  for (const version of versions) {
    for (const row of version[1]) {
      if (row[0] && row[1] && row[0] !== row[1]) renamedTo.set(row[1], row[0]);
      if (!row[0] && row[1]) removed.set(row[1], row);
    }
  }
  const gone = new Set();
  function loadStars() {
    try {
      for (let id of JSON.parse(localStorage.getItem(storeKey) || "[]")) {
        for (let hops = 0; renamedTo.has(id) && !index.has(id) && hops < versions.length; hops++) id = renamedTo.get(id);
        if (index.has(id)) stars.add(id);
        else if (removed.has(id)) gone.add(id);
      }
    } catch (error) { /* private browsing or a damaged entry: start with no stars */ }
  }
  function saveStars() {
    try { localStorage.setItem(storeKey, JSON.stringify([...stars, ...gone])); } catch (error) { /* storage full or off */ }
  }
  function showStar(i) {
    const on = stars.has(ids[i]);
    const button = els[i].querySelector(".star");
    button.setAttribute("aria-pressed", on ? "true" : "false");
    els[i].classList.toggle("on", on);
  }
  function starredInOrder() {
    return [...stars].map((id) => index.get(id)).filter((i) => i !== undefined).sort((a, b) => a - b);
  }
  function starsChanged() {
    saveStars();
    $("_count").textContent = stars.size ? "(" + stars.size + ")" : "";
    $("_mine_empty").hidden = stars.size > 0;
    const share = location.href.split("#")[0] + "#fav=" + starredInOrder().map((i) => ids[i]).join(",");
    $("_share").href = share;
    refreshCalendar();
    showMineChanged();
    if (state.view === "mine") apply();
  }
  function takeSharedStars() {
    const match = /^#fav=(.*)$/.exec(location.hash);
    if (!match) return false;
    let added = 0;
    for (const id of match[1].split(",").map(decoded)) {
      if (index.has(id) && !stars.has(id)) { stars.add(id); added++; }
    }
    for (const id of stars) showStar(index.get(id));
    setStatus(counted(labels.starred, added));
    return true;
  }

  // ---- search and filters: one pass over precomputed folded texts, touching only what changes ----
  // Text is folded as people type it: case and accents dropped ("clement" finds Clément), letters
  // without a decomposition spelled out (ß as ss, ø as o), and an umlaut both ways: "gruter" and
  // "grueter" find Grüter. A person's other spellings (data.people[p][4]) count as their name.
  const LETTERS = { "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
  const UMLAUTS = { "ä": "ae", "ö": "oe", "ü": "ue" };
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "").replace(/[ßøæœłđðþı]/g, (c) => LETTERS[c]);
  }
  function folds(text) {
    const lower = text.toLowerCase().normalize("NFC");
    const plain = fold(lower);
    return /[äöü]/.test(lower) ? plain + "\n" + fold(lower.replace(/[äöü]/g, (c) => UMLAUTS[c])) : plain;
  }
  let names = null;
  function personTexts() {
    if (names === null) names = data.people.map((person) => folds([person[1], ...(person[4] || [])].join("\n")));
    return names;
  }
  let texts = null;
  function searchTexts() {
    if (texts === null) {
      texts = new Array(n);
      for (let i = 0; i < n; i++) {
        const room = rows[i][3] >= 0 ? " " + data.rooms[rows[i][3]] : "";
        let aliases = "";
        for (const p of rows[i][5]) if (data.people[p][4]) aliases += " " + data.people[p][4].join(" ");
        texts[i] = folds(ownText(els[i]) + room + aliases);
      }
    }
    return texts;
  }
  function matches(i) {
    const row = rows[i];
    if (state.view === "mine" && !stars.has(ids[i])) return false;
    if (state.kind >= 0 && row[2] !== state.kind) return false;
    if (state.room >= 0 && row[3] !== state.room) return false;
    if (state.track >= 0 && row[4] !== state.track) return false;
    if (state.people !== null && !row[5].some((p) => state.people.has(p))) return false;
    if (state.terms.length) {
      const text = texts[i];
      for (const term of state.terms) if (!text.includes(term)) return false;
    }
    return true;
  }
  // ---- ranking: while searching, the best matches listed first, above the days ----
  // A term in the title ranks above one in a person's name, above the room or track, above anything
  // else (the abstract, the kind); in the title, names, room and track, at the start of a word above
  // inside one. Ties in time order. Only the matches are scored, and only the best few sorted.
  const BEST = 10;
  let fields = null;
  function fieldTexts() {
    if (fields === null) {
      fields = new Array(n);
      for (let i = 0; i < n; i++) {
        const heading = els[i].querySelector("h3, h4");
        let people = "";
        for (const p of rows[i][5]) people += data.people[p][1] + "\n" + (data.people[p][4] || []).join("\n") + "\n";
        const place = (rows[i][3] >= 0 ? data.rooms[rows[i][3]] : "") + "\n" + (rows[i][4] >= 0 ? data.tracks[rows[i][4]] : "");
        fields[i] = [folds(heading ? heading.textContent : ""), folds(people), folds(place)];
      }
    }
    return fields;
  }
  // Only the short fields are looked through again: a match elsewhere (an abstract) was found by the
  // filter pass already, and scanning long texts a second time is what a keystroke cannot afford.
  const WORD = /[\p{L}\p{N}]/u;
  function atWordStart(text, term) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (at === 0 || !WORD.test(text[at - 1])) return true;
    }
    return false;
  }
  function rank(i) {
    let score = 0;
    for (const term of state.terms) {
      const own = fields[i];
      let field = 0;
      while (field < 3 && !own[field].includes(term)) field++;
      score += field < 3 ? field * 2 + (atWordStart(own[field], term) ? 0 : 1) : 6;
    }
    return score;
  }
  function showBest(count) {
    const box = $("_best");
    if (!state.terms.length || count < 2 || state.view === "speakers" || state.view === "changes") {
      box.hidden = true;
      return;
    }
    fieldTexts();
    // Count the matches at each score, then sort only those at or below the score that fills the list.
    const scores = new Int32Array(n).fill(-1);
    const perScore = [];
    for (let i = 0; i < n; i++) {
      if (!wanted[i]) continue;
      scores[i] = rank(i);
      perScore[scores[i]] = (perScore[scores[i]] || 0) + 1;
    }
    let cut = 0;
    for (let taken = 0; cut < perScore.length; cut++) if ((taken += perScore[cut] || 0) >= BEST) break;
    const best = [];
    for (let i = 0; i < n; i++) if (scores[i] >= 0 && scores[i] <= cut) best.push(i);
    const when = (i) => (Number.isNaN(starts[i]) ? Infinity : starts[i]);
    best.sort((a, b) => scores[a] - scores[b] || when(a) - when(b) || a - b);
    $("_best_list").replaceChildren(...best.slice(0, BEST).map((i) => {
      const line = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#item-" + ids[i];
      link.textContent = els[i].querySelector("h3, h4").textContent;
      const meta = document.createElement("span");
      meta.className = "m";
      meta.textContent = " " + els[i].querySelector(".m").textContent;
      line.append(link, meta);
      return line;
    }));
    box.hidden = false;
  }
  // A pass decides every item in a few milliseconds; the page then shows or hides the ones that
  // changed, a slice per frame from the top, so a keystroke never waits for 10,000 elements' styles.
  const wanted = new Uint8Array(n).fill(1);
  const around = new Uint8Array(n);
  const SLICE = 600;
  let cursor = n;
  let frame = 0;
  function filtering() {
    return state.terms.length || state.kind >= 0 || state.room >= 0 || state.track >= 0 || state.people;
  }
  function apply() {
    if (state.terms.length) searchTexts();
    const filtered = filtering();
    // One day at a time in the program; a search, a filter or my schedule looks through every day.
    const oneDay = state.view === "program" && !filtered && state.day >= 0 ? daySectionAt[state.day] : -1;
    const visible = new Int32Array(sections.length);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const ok = matches(i);
      wanted[i] = ok ? 1 : 0;
      if (ok) { count++; if (sectionOf[i] >= 0) visible[sectionOf[i]]++; }
    }
    // A session not wanted itself stays around the talks of it that are (its talks follow it).
    around.fill(0);
    for (let i = 0; i < n; i++) if (wanted[i] && parentOf[i] >= 0) around[parentOf[i]] = 1;
    for (let s = 0; s < sections.length; s++) {
      const hide = visible[s] === 0 || (oneDay >= 0 && s !== oneDay);
      if (sections[s].hidden !== hide) sections[s].hidden = hide;
    }
    dayLinks.forEach((link, d) => { link.parentElement.hidden = visible[daySectionAt[d]] === 0; });
    if (allLink) allLink.parentElement.hidden = !(state.view === "program" && !filtered);
    markDay();
    // A heading with nothing left under it goes too ("Posters" after a search that finds none).
    for (const part of wrappers) part.classList.toggle("empty", !part.querySelector(".day:not([hidden]), .pg:not([hidden]), .others:not([hidden])"));
    if (filtered && count === 0) setStatus(labels.nothing);
    else if (filtered || state.view === "mine") setStatus(filled(labels.shown, { shown: count, total: n }));
    else setStatus("");
    $("_clear").hidden = !filtered;
    showBest(count);
    cursor = 0;
    showSlice();
  }
  function showSlice() {
    let changed = 0;
    while (cursor < n && changed < SLICE) {
      const i = cursor++;
      const want = wanted[i] | around[i];
      if (shown[i] !== want) { shown[i] = want; els[i].hidden = !want; changed++; }
    }
    const done = cursor >= n;
    document.documentElement.dataset.settled = done ? "1" : "0";
    if (!done && !frame) frame = requestAnimationFrame(() => { frame = 0; showSlice(); });
  }
  let pending = 0;
  function applySoon() {
    // At most one pass per frame however fast someone types. Not settled until that pass has shown
    // its result (what tests and the bench wait for).
    document.documentElement.dataset.settled = "0";
    if (!pending) pending = requestAnimationFrame(() => { pending = 0; apply(); });
  }
  function setStatus(text) { $("_status").textContent = text; }
  function readFilters() {
    state.terms = fold($("_q").value).split(/\s+/).filter(Boolean);
    state.kind = Number($("_kind").value || -1);
    state.room = Number($("_room").value || -1);
    state.track = Number($("_track").value || -1);
    const who = fold($("_person").value.trim());
    if (!who) state.people = null;
    else {
      state.people = new Set();
      personTexts().forEach((text, p) => { if (text.includes(who)) state.people.add(p); });
    }
    applySoon();
  }
  function fillSelect(select, names) {
    names.forEach((name, value) => select.add(new Option(name, String(value))));
  }

  // ---- versions: what changed since the version this device last showed ----
  // localStorage keeps {seen: the version shown last, since: the version changes are marked after}.
  // A new version marks what changed since the one seen; the marks stay, reload after reload,
  // until "Mark all as seen" or the next version. A first visit marks nothing.
  const seenKey = data.store + ":seen";
  const now = data.changes.now;
  let since = now;
  function loadSeen() {
    let stored = null;
    try { stored = JSON.parse(localStorage.getItem(seenKey) || "null"); } catch (error) { stored = null; }
    if (!stored || typeof stored.seen !== "string") since = now;
    else if (stored.seen !== now) since = stored.seen;
    else since = typeof stored.since === "string" ? stored.since : now;
    saveSeen();
  }
  function saveSeen() {
    try { localStorage.setItem(seenKey, JSON.stringify({ seen: now, since })); } catch (error) { /* storage off */ }
  }
  function changesSince() {
    if (since === now) return [];
    const known = versions.findIndex((version) => version[0] === since);
    // A version older than those the site knows: every change it knows is new.
    return versions.slice(known + 1).flatMap((version) => version[1]);
  }
  let changedRows = [];
  function markChanges() {
    for (const note of document.querySelectorAll("main .chg")) note.remove();
    for (const el of document.querySelectorAll(".i.changed")) el.classList.remove("changed");
    changedRows = changesSince();
    for (const row of changedRows) {
      const i = index.get(row[0]);
      if (i === undefined) continue;
      const note = document.createElement("p");
      note.className = "chg";
      note.textContent = row[4];
      els[i].classList.add("changed");
      els[i].querySelector(".m").after(note);
    }
    texts = null;
    const count = $("_chg_count");
    if (count) count.textContent = changedRows.length ? counted(labels.new_count, changedRows.length) : "";
    if ($("_since")) {
      $("_since").textContent = changedRows.length
        ? counted(labels.since, changedRows.length)
        : "";
      $("_seen_p").hidden = !changedRows.length;
    }
    showMineChanged();
  }
  function showMineChanged() {
    // Starred items that changed since the last visit, and starred items cancelled (until removed).
    const list = $("_mine_changed_list");
    list.replaceChildren();
    const lines = changedRows.filter((row) => row[0] && stars.has(row[0])).map((row) => [row, null]);
    for (const id of gone) lines.push([removed.get(id), id]);
    for (const [row, goneId] of lines) {
      const line = document.createElement("li");
      const title = document.createElement(goneId ? "strong" : "a");
      title.textContent = row[3];
      if (!goneId) title.href = "#" + row[0];
      line.append(title, ": " + row[4]);
      if (goneId) {
        const forget = document.createElement("button");
        forget.type = "button";
        forget.className = "forget";
        forget.dataset.id = goneId;
        forget.textContent = labels.remove;
        forget.setAttribute("aria-label", filled(labels.remove_item, { title: row[3] }));
        line.append(" ", forget);
      }
      list.append(line);
    }
    $("_mine_changed").hidden = !lines.length;
  }

  // ---- views ----
  const viewParts = {
    program: ["_program", "_posters", "_others"],
    mine: ["_mine", "_program", "_posters", "_others"],
    speakers: ["_speakers"],
    posters: ["_posters"],
    changes: ["_changes"],
  };
  function show(view) {
    state.view = view;
    for (const button of document.querySelectorAll(".views button")) {
      button.setAttribute("aria-pressed", button.dataset.view === view ? "true" : "false");
    }
    const wanted = new Set(viewParts[view]);
    for (const id of ["_mine", "_program", "_posters", "_others", "_speakers", "_changes"]) {
      const part = $(id);
      if (part) part.hidden = !wanted.has(id);
    }
    $("_tools").hidden = view === "speakers" || view === "changes";
    showDayNav();
    if (view === "speakers") renderSpeakers();
    apply();
  }

  // ---- speakers: built from the data the first time they are shown ----
  let speakersDone = false;
  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }
  function itemLine(i) {
    const el = els[i];
    const heading = el.querySelector("h3, h4");
    const meta = el.querySelector(".m");
    return '<a href="#item-' + escapeHtml(ids[i]) + '">' + escapeHtml(meta.textContent) + ": " +
      escapeHtml(heading.textContent) + "</a>";
  }
  function renderSpeakers() {
    if (speakersDone) return;
    speakersDone = true;
    const mine = data.people.map(() => []);
    for (let i = 0; i < n; i++) for (const p of rows[i][5]) mine[p].push(i);
    const parts = [];
    let letter = null;
    data.people.forEach((person, p) => {
      if (person[2] !== letter) {
        if (letter !== null) parts.push("</dl>");
        letter = person[2];
        parts.push("<h3>" + escapeHtml(letter) + "</h3><dl>");
      }
      const calendar = person[3] ? ' · <a href="people/' + escapeHtml(person[0]) + '.ics">' + escapeHtml(labels.calendar) + "</a>" : "";
      parts.push('<dt id="_p-' + escapeHtml(person[0]) + '">' + escapeHtml(person[1]) + calendar + "</dt>");
      for (const i of mine[p]) parts.push("<dd>" + itemLine(i) + "</dd>");
    });
    if (letter !== null) parts.push("</dl>");
    const list = $("_speakers_list");
    list.className = "speakers";
    list.innerHTML = parts.join("");
  }
  function linkPeople(from, deadline) {
    // Names are plain text in the HTML (weight at 10,000 items); link them to the speakers view in idle time.
    let i = from;
    for (; i < n && (i - from < 50 || deadline.timeRemaining() > 2); i++) {
      const line = els[i].querySelector(".pp");
      const people = rows[i][5];
      if (!line || !people.length) continue;
      const names = line.textContent.split(", ");
      if (names.length !== people.length) continue;
      line.innerHTML = people.map((p, k) =>
        '<a href="#_p-' + escapeHtml(data.people[p][0]) + '">' + escapeHtml(names[k]) + "</a>").join(", ");
    }
    if (i < n) idle((next) => linkPeople(i, next));
  }
  function idle(task) {
    if (window.requestIdleCallback) requestIdleCallback(task, { timeout: 5000 });
    else setTimeout(() => task({ timeRemaining: () => 10 }), 30);
  }
  let opened = -1;
  // A link cut short or mangled by a chat app ("#fav=%E0%A4%A") must not stop the script:
  // decodeURIComponent throws on it, so a part that cannot be decoded is taken as written.
  function decoded(text) {
    try { return decodeURIComponent(text); } catch { return text; }
  }
  function follow() {
    const hash = decoded(location.hash.slice(1));
    if (hash.startsWith("fav=")) { if (takeSharedStars()) { starsChanged(); show("mine"); } return; }
    if (hash.startsWith("_p-")) {
      show("speakers");
      const target = $(hash);
      if (target) target.scrollIntoView();
      return;
    }
    if (hash === "all-days" || hash.startsWith("day-")) {
      const d = daySections.findIndex((section) => section.id === hash);
      if (hash !== "all-days" && d < 0) return;
      state.day = d;
      if (filtering()) clearFilters();
      show("program");
      (d >= 0 ? daySections[d] : $("_program")).scrollIntoView();
      return;
    }
    // #item-<id> (a shared link, a cross reference, "Now"): its day, the program, the item open.
    const i = index.get(hash.startsWith("item-") ? hash.slice(5) : hash);
    if (i === undefined) return;
    if (dayOf[i] >= 0 && state.day >= 0) state.day = dayOf[i];
    if (state.view === "speakers" || state.view === "changes" || (state.view === "posters" && sectionOf[i] >= 0 && !sections[sectionOf[i]].matches(".pg"))) show("program");
    if (!matches(i)) { clearFilters(); show(state.view === "mine" ? "program" : state.view); }
    else apply();
    shown[i] = wanted[i] = 1;
    els[i].hidden = false;
    if (parentOf[i] >= 0) { shown[parentOf[i]] = around[parentOf[i]] = 1; els[parentOf[i]].hidden = false; }
    if (opened >= 0) els[opened].classList.remove("open");
    opened = i;
    els[i].classList.add("open");
    const details = els[i].querySelector("details");
    if (details) details.open = true;
    els[i].scrollIntoView();
  }
  function clearFilters() {
    for (const id of ["_q", "_person"]) $(id).value = "";
    for (const id of ["_kind", "_room", "_track"]) $(id).value = "";
    Object.assign(state, { terms: [], kind: -1, room: -1, track: -1, people: null });
  }

  // ---- times: the venue's zone as printed, or this device's; the 12- or 24-hour clock ----
  // Written by the browser's Intl in the page's language (data.locale) and the program's IANA zone;
  // the default English ("root") build writes "1:55 p.m.", its house style, with data.meridiem.
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const clockKey = data.store + ":clock";
  const printed = new Map();
  const times = { device: false, clock12: data.clock12 };
  try {
    const kept = localStorage.getItem(clockKey);
    if (kept === "12" || kept === "24") times.clock12 = kept === "12";
  } catch (error) { /* storage off: the build's clock */ }
  function clock(minutes, zone, withDay) {
    const twelve = times.clock12;
    const options = { timeZone: zone, hour: twelve ? "numeric" : "2-digit", minute: "2-digit", hourCycle: twelve ? "h12" : "h23" };
    if (withDay) options.weekday = "short";
    const moment = new Date(minutes * 60000);
    if (!data.meridiem) return new Intl.DateTimeFormat(data.locale, options).format(moment);
    const parts = {};
    for (const part of new Intl.DateTimeFormat("en-US", options).formatToParts(moment)) parts[part.type] = part.value;
    const period = twelve ? " " + data.meridiem[parts.dayPeriod === "AM" ? 0 : 1] : "";
    return (withDay ? parts.weekday + " " : "") + parts.hour + ":" + parts.minute + period;
  }
  function retime() {
    $("_tz").setAttribute("aria-pressed", times.device ? "true" : "false");
    $("_clock").setAttribute("aria-pressed", times.clock12 ? "false" : "true");
    $("_zone").textContent = times.device ? filled(labels.device_zone, { zone: deviceZone.replace(/_/g, " ") }) : "";
    const asPrinted = !times.device && times.clock12 === data.clock12;
    const zone = times.device ? deviceZone : data.zone;
    for (let i = 0; i < n; i++) {
      if (rows[i][0] === null) continue;
      const time = els[i].querySelector(".t");
      if (!printed.has(i)) printed.set(i, time.textContent);
      if (asPrinted) { time.textContent = printed.get(i); continue; }
      // an end a day or more later has its weekday, as the build prints it (a 48-hour item: "4:00 p.m.–Sun 4:00 p.m.")
      const end = rows[i][1] === null ? "" : "–" + clock(ends[i], zone, ends[i] - starts[i] >= 1440);
      time.textContent = clock(starts[i], zone, times.device) + end;
    }
  }
  function useDeviceZone(on) { times.device = on; retime(); }
  function useClock(twelve) {
    times.clock12 = twelve;
    try { localStorage.setItem(clockKey, twelve ? "12" : "24"); } catch (error) { /* storage full or off */ }
    retime();
  }

  // ---- the day list: a link to each day, the day in view marked, "Now" while the event runs ----
  const dayLinks = [...document.querySelectorAll(".daynav a[href^='#day-']")];
  const daySections = dayLinks.map((link) => $(link.getAttribute("href").slice(1)));
  const daySectionAt = daySections.map((section) => sections.indexOf(section));
  const dayOf = new Int32Array(n).map((_, i) => daySectionAt.indexOf(sectionOf[i]));
  const allLink = $("_all");
  // The day shown first: the one running now, or the next to come, while the event runs; else the first.
  function firstDay() {
    if (dayLinks.length < 2) return -1;
    const now = Date.now() / 60000;
    if (now < first - 12 * 60 || now >= last) return 0;
    for (let i = 0; i < n; i++) if (ends[i] > now && dayOf[i] >= 0) return dayOf[i];
    return 0;
  }
  const nowLink = $("_now");
  let nowShown = false;
  function showDayNav() {
    const nav = $("_days");
    if (!nav) return;
    nav.hidden = !(state.view === "program" || state.view === "mine") || (!dayLinks.length && !nowShown);
    // What scrolls to a day or an item stops below the list, however many rows it wraps to.
    if (!nav.hidden) document.documentElement.style.setProperty("--nav-height", nav.offsetHeight + "px");
  }
  let dayFrame = 0;
  function markDay() {
    dayFrame = 0;
    if (!dayLinks.length) return;
    const oneDay = state.view === "program" && !filtering() && state.day >= 0;
    let current = oneDay ? state.day : -1;
    if (!oneDay) {
      const line = $("_days").getBoundingClientRect().bottom + 8;
      for (let d = 0; d < daySections.length; d++) {
        if (!daySections[d].hidden && daySections[d].getBoundingClientRect().top <= line) current = d;
      }
    }
    const mark = (link, on) => { if (on) link.setAttribute("aria-current", "location"); else link.removeAttribute("aria-current"); };
    dayLinks.forEach((link, d) => mark(link, d === current));
    if (allLink) mark(allLink, state.view === "program" && !filtering() && state.day < 0);
  }

  // ---- now and next, by the device's clock ----
  let marked = [];
  function tick() {
    for (const i of marked) els[i].classList.remove("now", "next");
    marked = [];
    const now = Date.now() / 60000;
    let next = Infinity;
    let running = -1;
    let begunLately = -1;
    for (let i = 0; i < n; i++) {
      const start = starts[i];
      if (Number.isNaN(start)) continue;
      if (start <= now && now < ends[i]) {
        els[i].classList.add("now");
        marked.push(i);
        if (running < 0) running = i;
        if (begunLately < 0 && now - start <= 60) begunLately = i;
      } else if (start > now && start < next) next = start;
    }
    let upcoming = -1;
    for (let i = 0; i < n && next !== Infinity; i++) {
      if (starts[i] !== next) continue;
      if (upcoming < 0) upcoming = i;
      if (next - now < 24 * 60) { els[i].classList.add("next"); marked.push(i); }
    }
    // "Now" jumps to the first item running (of those begun in the last hour, when there are any),
    // else to the next to begin; it is there from an hour before the first item to the end of the last.
    const jump = begunLately >= 0 ? begunLately : running >= 0 ? running : upcoming;
    nowShown = nowLink !== null && jump >= 0 && now >= first - 60 && now < last;
    if (nowLink) {
      nowLink.parentElement.hidden = !nowShown;
      if (nowShown) {
        nowLink.href = "#item-" + ids[jump];
        nowLink.textContent = running >= 0 ? labels.now : labels.next;
      }
    }
    showDayNav();
  }

  // ---- the personal calendar: VEVENTs icalendar wrote (each item's data-ics), joined here ----
  let calendarUrl = null;
  function refreshCalendar() {
    const chosen = new Set();
    for (const i of starredInOrder()) {
      for (const e of rows[i][0] === null ? rows[i][6] : [i]) chosen.add(e);
    }
    const events = [...chosen].sort((a, b) => a - b).map((e) => els[e].getAttribute("data-ics").replace(/\n/g, "\r\n"));
    const [head, zone, foot] = data.ics;
    const text = head + (events.length ? zone : "") + events.join("") + foot;
    if (calendarUrl) URL.revokeObjectURL(calendarUrl);
    calendarUrl = URL.createObjectURL(new Blob([text], { type: "text/calendar" }));
    $("_ics").href = calendarUrl;
  }

  // ---- wiring ----
  document.addEventListener("click", (event) => {
    const star = event.target.closest(".star");
    if (star) {
      const i = index.get(star.closest("[data-item-id]").getAttribute("data-item-id"));
      if (stars.has(ids[i])) stars.delete(ids[i]); else stars.add(ids[i]);
      showStar(i);
      starsChanged();
      return;
    }
    const view = event.target.closest(".views button");
    if (view) show(view.dataset.view);
    const forget = event.target.closest(".forget");
    if (forget) { gone.delete(forget.dataset.id); starsChanged(); }
    // A link to where the page already is changes no hash: follow it here (another day may be shown).
    const link = event.target.closest("a[href^='#']");
    if (link && location.hash === link.getAttribute("href")) { event.preventDefault(); follow(); }
  });
  if ($("_seen")) $("_seen").addEventListener("click", () => { since = now; saveSeen(); markChanges(); });
  $("_q").addEventListener("input", readFilters);
  $("_q").addEventListener("focus", () => idle(() => { searchTexts(); fieldTexts(); }), { once: true });
  for (const id of ["_kind", "_room", "_track"]) $(id).addEventListener("change", readFilters);
  $("_person").addEventListener("input", readFilters);
  $("_person").addEventListener("focus", () => {
    const list = $("_people");
    if (!list.options.length) list.append(...data.people.map((person) => new Option(person[1])));
  }, { once: true });
  $("_tools").addEventListener("submit", (event) => event.preventDefault());
  $("_clear").addEventListener("click", () => { clearFilters(); apply(); $("_q").focus(); });
  $("_tz").addEventListener("click", () => useDeviceZone($("_tz").getAttribute("aria-pressed") !== "true"));
  $("_clock").addEventListener("click", () => useClock(!times.clock12));
  window.addEventListener("hashchange", follow);
  if (dayLinks.length) {
    window.addEventListener("scroll", () => { if (!dayFrame) dayFrame = requestAnimationFrame(markDay); }, { passive: true });
  }

  fillSelect($("_kind"), data.kinds.map((kind) => kind[1]));
  fillSelect($("_room"), data.rooms);
  fillSelect($("_track"), data.tracks);
  // Each track's option in its track's colour (site_tracks.py chose it at build time).
  $("_track").querySelectorAll("option[value]:not([value=''])").forEach((option) => { option.className = "tc" + data.trackColours[Number(option.value)]; });
  $("_room_l").hidden = data.rooms.length < 2;
  $("_track_l").hidden = data.tracks.length < 2;
  if (deviceZone === data.zone) $("_tz").hidden = true;
  document.querySelector(".views").hidden = false;
  $("_tools").hidden = false;
  if ($("_changes")) $("_changes").hidden = true;  // shown without JavaScript; here a view of its own
  if (times.clock12 !== data.clock12) retime();
  else $("_clock").setAttribute("aria-pressed", data.clock12 ? "false" : "true");
  loadStars();
  loadSeen();
  for (const id of stars) showStar(index.get(id));
  markChanges();
  starsChanged();
  tick();
  setInterval(tick, 30000);
  state.day = firstDay();
  if (location.hash.length > 1) follow();
  else apply();
  idle((deadline) => linkPeople(0, deadline));
  // For tests and bench/bench_site.py: when the page became usable, and what the script's start cost.
  document.documentElement.dataset.ready = String(Math.round(performance.now()));
  document.documentElement.dataset.scriptMs = String(Math.round(performance.now() - began));
})();
