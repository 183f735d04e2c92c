// The memory browser: pick a user, read and correct what tacit remembers, try a request, export.
// Every piece of data reaches the page through dom.js (text nodes only); see the note there.

import { ApiError, apiKey, call, download, setApiKey, url, userPath } from "./api.js";
import { $, enterSubmits, fill, h, when } from "./dom.js";
import { editDiff } from "./editdiff.js";

const PAGE_SIZE = 50;
const USERS_PAGE_SIZE = 200; // the server's default largest page (TACIT_LIMITS__MAX_PAGE_SIZE)
const STATUSES = ["active", "superseded", "deleted"];
const KINDS = ["preference", "dislike", "fact", "style", "constraint"];
// Snapshot fields an event's before/after may show; bookkeeping fields (version, counts) are left out.
const SHOWN_FIELDS = ["text", "kind", "category", "context", "subject", "confidence", "status", "pinned"];

const state = { users: [], userId: null, cursor: null, loads: 0, userLoads: 0 };

// ---------------------------------------------------------------- messages

function clearMessages() {
  fill($("alert"));
  fill($("status"));
}

function say(text) {
  fill($("status"), text);
}

function showError(what, err) {
  const message = err instanceof ApiError ? err.message : "Something went wrong in the page.";
  const needsKey = err instanceof ApiError && err.status === 401;
  if (needsKey) $("key-form").hidden = false;
  fill(
    $("alert"),
    h(
      "p",
      {},
      h("strong", {}, `Sorry, ${what} did not work.`),
      " ",
      message,
      needsKey ? " Enter a key under “API key”." : null,
    ),
    h("button", { type: "button", class: "quiet", onclick: () => fill($("alert")) }, "Dismiss"),
  );
}

/** Run one user action: clear old messages, show any error politely in the alert area. */
async function attempt(what, action) {
  clearMessages();
  try {
    return await action();
  } catch (err) {
    if (!(err instanceof ApiError)) console.error(err);
    showError(what, err);
    return undefined;
  }
}

/** A memory's context as a phrase: "when writing to colleagues" (some contexts already start with "when"). */
function applies(context) {
  return /^when\b/i.test(context) ? context.replace(/^w/, "W") : `When ${context}`;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------- users

/** The list says aria-busy="true" until the latest load is drawn; an older load's answer is dropped. */
async function loadUsers() {
  const load = ++state.userLoads;
  $("user-list").setAttribute("aria-busy", "true");
  try {
    const users = [];
    let cursor = null;
    do {
      const page = await call("GET", "v1/users", { params: { limit: USERS_PAGE_SIZE, cursor } });
      users.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    if (load !== state.userLoads) return;
    state.users = users;
    renderUsers();
  } finally {
    if (load === state.userLoads) $("user-list").setAttribute("aria-busy", "false");
  }
}

/** Redraws the list; a user's button that had the focus has it again afterwards (keyboard users keep their place). */
function renderUsers() {
  const needle = $("user-filter").value.trim().toLowerCase();
  const shown = state.users.filter(
    (u) => !needle || u.id.toLowerCase().includes(needle) || u.display_name.toLowerCase().includes(needle),
  );
  const focused = $("user-list").contains(document.activeElement) ? document.activeElement.dataset.userId : null;
  fill(
    $("user-list"),
    shown.map((u) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "user",
            dataset: { userId: u.id },
            "aria-current": u.id === state.userId ? "true" : null,
            onclick: () => selectUser(u.id),
          },
          h("span", { class: "user-name" }, u.display_name || u.id),
          u.display_name ? h("span", { class: "user-id" }, u.id) : null,
          h("span", { class: "user-count" }, plural(u.memory_count, "memory", "memories")),
        ),
      ),
    ),
  );
  $("users-note").textContent =
    state.users.length === 0 ? "No users yet." : shown.length === 0 ? "No user matches the filter." : "";
  if (focused) [...$("user-list").querySelectorAll("button")].find((b) => b.dataset.userId === focused)?.focus();
}

/** The selected user lives in the URL (#user=<id>), so a reload or a shared link opens the same user. */
function userFromHash() {
  const match = /^#user=(.+)$/.exec(location.hash);
  try {
    return match ? decodeURIComponent(match[1]) : null;
  } catch {
    return null; // a mangled link: show the user list
  }
}

function selectUser(id) {
  if (userFromHash() === id) openUser(id, true);
  else location.hash = `user=${encodeURIComponent(id)}`; // the hashchange listener opens it
}

async function openUser(id, moveFocus = false) {
  state.userId = id;
  renderUsers();
  $("pick-user").hidden = Boolean(id);
  $("user-view").hidden = !id;
  if (!id) return;
  $("export-json").href = url(userPath(id, "export"), { format: "json" });
  $("export-md").href = url(userPath(id, "export"), { format: "markdown" });
  fill($("user-title"), id);
  fill($("user-meta"));
  fill($("memory-list"));
  fill($("try-result"));
  showView("memories");
  if (moveFocus) {
    $("user-title").setAttribute("tabindex", "-1");
    $("user-title").focus();
  }
  await attempt("opening this user", async () => {
    await refreshUser();
    await fetchMemories();
    await loadProfile();
  });
}

/** Header and the user list's count, after anything that changes the number of memories. */
async function refreshUser() {
  const id = state.userId;
  const user = await call("GET", userPath(id));
  if (id !== state.userId) return;
  fill($("user-title"), user.display_name || user.id);
  fill(
    $("user-meta"),
    [
      user.display_name ? user.id : null,
      plural(user.memory_count, "active memory", "active memories"),
      `since ${when(user.created_at)}`,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  const listed = state.users.find((u) => u.id === id);
  if (listed && listed.memory_count !== user.memory_count) {
    listed.memory_count = user.memory_count;
    renderUsers();
  }
}

// ---------------------------------------------------------------- sections

function showView(name) {
  for (const button of document.querySelectorAll(".tabs button")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === name));
  }
  for (const view of ["memories", "profile", "try"]) $(`view-${view}`).hidden = view !== name;
  if (name === "profile") attempt("loading the profile", loadProfile);
}

// ---------------------------------------------------------------- memories

function currentFilters() {
  const f = Object.fromEntries(new FormData($("filters")));
  return { ...f, q: f.q.trim(), category: f.category.trim().toLowerCase() };
}

function loadMemories(more = false) {
  return attempt("loading the memories", () => fetchMemories(more));
}

async function fetchMemories(more = false) {
  const id = state.userId;
  const load = ++state.loads; // a newer load makes this one's answer stale
  const f = currentFilters();
  let items;
  let next = null;
  if (f.mode === "meaning") {
    if (!f.q) throw new ApiError(0, "Type what to look for in “Text contains”, then search again.");
    const found = await call("POST", userPath(id, "memories", "search"), { body: { query: f.q, k: PAGE_SIZE } });
    items = found.hits
      .map((hit) => ({ ...hit.memory, score: hit.score }))
      .filter((m) => (!f.kind || m.kind === f.kind) && (!f.category || m.category === f.category));
  } else {
    const params = {
      status: f.status === "all" ? STATUSES : f.status,
      kind: f.kind,
      category: f.category,
      q: f.q,
      limit: PAGE_SIZE,
      cursor: more ? state.cursor : null,
    };
    const page = await call("GET", userPath(id, "memories"), { params });
    items = page.items;
    next = page.next_cursor;
  }
  if (load !== state.loads || id !== state.userId) return;
  state.cursor = next;
  const list = $("memory-list");
  if (!more) list.replaceChildren();
  for (const m of items) list.append(card(m));
  $("more").hidden = !next;
  const n = list.children.length;
  $("count").textContent =
    n === 0
      ? "Nothing matches."
      : f.mode === "meaning"
        ? `${plural(n, "active memory", "active memories")}, closest in meaning first.`
        : `${plural(n, "memory", "memories")}${next ? " so far" : ""}, newest first.`;
}

function card(memory) {
  const li = h("li", {});
  renderCard(li, memory);
  return li;
}

/** (Re)draw one memory; focusAction names the button to focus afterwards (keyboard users keep their place). */
function renderCard(li, m, focusAction = null) {
  li.memory = m;
  li.dataset.id = m.id;
  li.className = `card status-${m.status}${m.pinned ? " is-pinned" : ""}`;
  const textId = `text-${m.id}`;
  const active = m.status === "active";
  // Every card has the same button names; aria-describedby tells a screen reader which memory they act on.
  const button = (action, label, onclick, extra = {}) =>
    h("button", { type: "button", dataset: { action }, "aria-describedby": textId, onclick, ...extra }, label);
  fill(
    li,
    h("p", { class: "text", id: textId }, m.text),
    m.context ? h("p", { class: "context" }, applies(m.context)) : null,
    h(
      "ul",
      { class: "chips", "aria-label": "Details" },
      active ? null : h("li", { class: `chip chip-${m.status}` }, m.status),
      m.pinned ? h("li", { class: "chip chip-pinned" }, "pinned") : null,
      h("li", { class: "chip" }, m.kind),
      h("li", { class: "chip" }, m.category),
      h("li", { class: "chip quiet" }, `${Math.round(m.confidence * 100)}% sure`),
      h("li", { class: "chip quiet" }, m.human_edited ? `${m.source}, edited` : m.source),
      m.score === undefined ? null : h("li", { class: "chip quiet" }, `match ${m.score.toFixed(2)}`),
    ),
    h(
      "div",
      { class: "actions" },
      active ? button("edit", "Edit", () => startEdit(li)) : null,
      active ? button("pin", m.pinned ? "Unpin" : "Pin", () => save(li, { pinned: !m.pinned }, "pin")) : null,
      active
        ? button("delete", "Delete", () => remove(li), { class: "danger" })
        : button("restore", "Restore", () => restore(li)),
      button("details", "History & evidence", () => toggleDetails(li), {
        "aria-expanded": "false",
        "aria-controls": `details-${m.id}`,
      }),
    ),
    h("div", { class: "details", id: `details-${m.id}`, hidden: true }),
  );
  if (focusAction) li.querySelector(`[data-action="${focusAction}"]`)?.focus();
}

function startEdit(li) {
  const m = li.memory;
  const text = h("textarea", { name: "text", rows: "3", required: true, maxlength: "4000" });
  const kind = h(
    "select",
    { name: "kind" },
    KINDS.map((k) => h("option", { value: k }, k)),
  );
  const category = h("input", {
    name: "category",
    required: true,
    autocomplete: "off",
    list: "categories",
    pattern: "[A-Za-z][A-Za-z0-9_\\-]{0,39}",
    title: "Letters, digits, _ or -, starting with a letter",
  });
  const context = h("input", { name: "context", maxlength: "500", placeholder: "always" });
  text.value = m.text;
  kind.value = m.kind;
  category.value = m.category;
  context.value = m.context;
  enterSubmits(text);
  const cancel = () => renderCard(li, li.memory, "edit");
  const form = h(
    "form",
    { class: "edit", "aria-label": "Edit memory" },
    h("label", { class: "field" }, h("span", {}, "Text"), text),
    h(
      "div",
      { class: "row" },
      h("label", { class: "field" }, h("span", {}, "Kind"), kind),
      h("label", { class: "field" }, h("span", {}, "Category"), category),
      h("label", { class: "field grow" }, h("span", {}, "When it applies"), context),
    ),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary" }, "Save"),
      h("button", { type: "button", onclick: cancel }, "Cancel"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const changes = {};
    for (const field of [text, kind, category, context]) {
      const value = field.value.trim();
      if (value !== m[field.name]) changes[field.name] = value;
    }
    if (Object.keys(changes).length === 0) cancel();
    else save(li, changes, "edit");
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") cancel();
  });
  fill(li, form);
  text.focus();
}

/** PATCH a memory. expected_version makes a change made meanwhile (by the learner, say) a 409, not lost. */
async function save(li, changes, focusAction) {
  const m = li.memory;
  const what = focusAction === "edit" ? "saving your change" : m.pinned ? "unpinning" : "pinning";
  await attempt(what, async () => {
    try {
      const updated = await call("PATCH", userPath(state.userId, "memories", m.id), {
        body: { ...changes, expected_version: m.version },
      });
      renderCard(li, updated, focusAction);
      say(focusAction === "edit" ? "Saved." : updated.pinned ? "Pinned." : "Unpinned.");
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) await refetch(li, focusAction);
      throw err;
    }
  });
}

/** After a conflict: take the item as it is now. An open edit form stays, so typed text is not lost. */
async function refetch(li, focusAction) {
  const fresh = await call("GET", userPath(state.userId, "memories", li.memory.id)).catch(() => null);
  if (!fresh) return;
  li.memory = fresh;
  if (!li.querySelector("form.edit")) renderCard(li, fresh, focusAction);
}

async function remove(li) {
  const id = li.memory.id;
  await attempt("deleting the memory", async () => {
    await call("DELETE", userPath(state.userId, "memories", id));
    renderCard(li, await call("GET", userPath(state.userId, "memories", id)), "restore");
    say("Deleted. Restore brings it back.");
    await refreshUser();
  });
}

async function restore(li) {
  const id = li.memory.id;
  await attempt("restoring the memory", async () => {
    renderCard(li, await call("POST", userPath(state.userId, "memories", id, "restore")), "delete");
    say("Restored.");
    await refreshUser();
  });
}

async function toggleDetails(li) {
  const toggle = li.querySelector('[data-action="details"]');
  const panel = li.querySelector(".details");
  if (toggle.getAttribute("aria-expanded") === "true") {
    toggle.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    return;
  }
  await attempt("loading the history", async () => {
    const events = await call("GET", userPath(state.userId, "memories", li.memory.id, "history"));
    fill(panel, evidence(li.memory), history(events));
    panel.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
  });
}

function evidence(m) {
  return [
    h("h3", {}, m.source === "edit" ? "Learned from an edit: the draft and the user's version" : "Where it came from"),
    m.evidence.length === 0
      ? h("p", { class: "muted" }, `No quoted messages (source: ${m.source}).`)
      : h(
          "ul",
          { class: "quotes" },
          m.evidence.map((e) =>
            h(
              "li",
              {},
              (m.source === "edit" && editDiff(e.quote)) || h("blockquote", {}, e.quote || "(no quote kept)"),
              h(
                "p",
                { class: "muted" },
                [e.message_id == null ? null : `message #${e.message_id}`, when(e.observed_at)]
                  .filter(Boolean)
                  .join(" · "),
              ),
            ),
          ),
        ),
  ];
}

function history(events) {
  return [
    h("h3", {}, "History"),
    h(
      "ol",
      { class: "events" },
      events.map((ev) =>
        h(
          "li",
          {},
          h("p", {}, h("strong", {}, ev.type), ` by ${ev.actor} · ${when(ev.created_at)}`),
          ev.reason ? h("p", { class: "muted" }, ev.reason) : null,
          changes(ev),
        ),
      ),
    ),
  ];
}

/** What an event changed: the text before and after in full, other fields as "field: old → new". */
function changes(ev) {
  const before = ev.before ?? {};
  const after = ev.after ?? {};
  const rows = [];
  for (const field of SHOWN_FIELDS) {
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (field === "text" && old === undefined) {
      rows.push(h("div", { class: "diff" }, h("span", {}, "Text"), now));
    } else if (field === "text") {
      rows.push(h("div", { class: "diff before" }, h("span", {}, "Before"), old));
      if (now !== undefined) rows.push(h("div", { class: "diff after" }, h("span", {}, "After"), now));
    } else if (old !== undefined && now !== undefined) {
      rows.push(h("div", { class: "diff field" }, `${field}: ${show(old)} → ${show(now)}`));
    }
  }
  return rows;
}

function show(value) {
  return value === "" ? "(none)" : String(value);
}

// ---------------------------------------------------------------- profile

async function loadProfile() {
  const id = state.userId;
  const profile = await call("GET", userPath(id, "profile"));
  if (id !== state.userId) return;
  // In the server's order, as in the Markdown: what sets this user apart first.
  const groups = Object.entries(profile.categories);
  fill(
    $("categories"),
    groups.map(([name]) => h("option", { value: name })),
  );
  fill(
    $("profile"),
    profile.summary
      ? h("p", { class: "profile-summary" }, profile.summary, profile.summary_stale ? " (out of date)" : "")
      : null,
    groups.length === 0
      ? h("p", { class: "empty" }, "Nothing known yet.")
      : groups.map(([name, items]) =>
          h(
            "section",
            { class: "profile-group" },
            h("h3", {}, name),
            h(
              "ul",
              {},
              items.map((m) =>
                h(
                  "li",
                  {},
                  m.text,
                  m.context ? h("span", { class: "muted" }, ` (${applies(m.context).replace(/^W/, "w")})`) : null,
                  m.pinned ? h("span", { class: "chip chip-pinned" }, "pinned") : null,
                ),
              ),
            ),
          ),
        ),
  );
  $("profile-md").textContent = profile.markdown;
}

// ---------------------------------------------------------------- try a request

async function tryRequest(event) {
  event.preventDefault();
  const query = $("try-query").value.trim();
  const budget = Number($("try-budget").value) || 400;
  await attempt("building the context", async () => {
    const result = await call("POST", userPath(state.userId, "context"), {
      body: { query, budget_tokens: budget },
    });
    fill(
      $("try-result"),
      h(
        "p",
        { class: "summary" },
        `${plural(result.items.length, "memory", "memories")} chosen of ${result.considered} considered · ` +
          `${result.tokens} of ${budget} tokens`,
      ),
      result.prefix
        ? [h("h3", {}, "The prefix tacit would inject"), h("pre", { class: "block prefix" }, result.prefix)]
        : h("p", { class: "empty" }, "Nothing to inject for this request."),
      result.items.length === 0
        ? null
        : [
            h("h3", {}, "Why each memory"),
            h(
              "ol",
              { class: "chosen" },
              result.items.map((c) =>
                h(
                  "li",
                  {},
                  h("p", { class: "text" }, c.memory.text),
                  h(
                    "p",
                    { class: "muted" },
                    `${c.section === "core" ? "always sent" : "matches this request"} · score ${c.score.toFixed(2)}`,
                  ),
                  c.why.length
                    ? h(
                        "ul",
                        { class: "why" },
                        c.why.map((w) => h("li", {}, w)),
                      )
                    : null,
                ),
              ),
            ),
          ],
    );
  });
}

// ---------------------------------------------------------------- API key

function useKey(key) {
  setApiKey(key);
  $("api-key").value = "";
  attempt("loading the users", loadUsers);
  if (state.userId) openUser(state.userId);
  say(key ? "Using the API key." : "API key forgotten."); // after the loads above cleared the messages
}

/** With a key set, export links download through fetch (a plain link cannot send the key header). */
function exportClicked(event) {
  if (!apiKey()) return;
  event.preventDefault();
  attempt("downloading the export", () => download(event.currentTarget.href));
}

// ---------------------------------------------------------------- start

function start() {
  $("key-form").hidden = !apiKey();
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    useKey($("api-key").value.trim());
  });
  $("key-forget").addEventListener("click", () => useKey(""));
  $("export-json").addEventListener("click", exportClicked);
  $("export-md").addEventListener("click", exportClicked);
  $("user-filter").addEventListener("input", renderUsers);
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    loadMemories();
  });
  $("more").addEventListener("click", () => loadMemories(true));
  $("try-form").addEventListener("submit", tryRequest);
  enterSubmits($("try-query"));
  for (const button of document.querySelectorAll(".tabs button")) {
    button.addEventListener("click", () => showView(button.dataset.view));
  }
  window.addEventListener("hashchange", () => openUser(userFromHash(), true));
  attempt("loading the users", loadUsers);
  openUser(userFromHash());
}

start();
