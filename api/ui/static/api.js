// The REST API, as the page uses it. Paths are resolved against this file's URL (…/ui/static/api.js), so
// the page keeps working when tacit is served under a path prefix.

const ROOT = new URL("../../", import.meta.url);
const KEY_STORAGE = "tacit.apiKey";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The API key, when this tacit requires one. Kept for this browser tab only (sessionStorage). */
export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) ?? "";
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** The URL of an API path, with query parameters (arrays become repeated parameters). */
export function url(path, params = {}) {
  const u = new URL(path.replace(/^\//, ""), ROOT);
  for (const [name, value] of Object.entries(params)) {
    for (const v of [value].flat()) {
      if (v !== null && v !== undefined && v !== "") u.searchParams.append(name, v);
    }
  }
  return u.href;
}

/** A user-scoped path: every id is URL-encoded. */
export function userPath(userId, ...rest) {
  return ["v1", "users", userId, ...rest].map(encodeURIComponent).join("/");
}

async function send(method, href, body) {
  const headers = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (apiKey()) headers["x-tacit-key"] = apiKey();
  let response;
  try {
    response = await fetch(href, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "The server did not answer. Is tacit running?");
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, describe(data, response));
  }
  return response;
}

/** Call the API; the parsed JSON answer, or null for 204. Errors throw ApiError with a readable message. */
export async function call(method, path, { params, body } = {}) {
  const response = await send(method, url(path, params), body);
  return response.status === 204 ? null : response.json();
}

/**
 * Download a file from the API through fetch, so the API key header goes along (a plain link cannot send
 * it). The file name comes from the answer's Content-Disposition.
 */
export async function download(href) {
  const response = await send("GET", href);
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "tacit-export";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** tacit's error body {"error": {message, problems?}}, or FastAPI's {"detail": [{loc, msg}]}, as one sentence. */
function describe(data, response) {
  const error = data?.error;
  if (error?.message) {
    const problems = Array.isArray(error.problems) ? error.problems.map(String) : [];
    return [error.message, ...problems].join("; ");
  }
  if (Array.isArray(data?.detail)) {
    return data.detail
      .map((d) => {
        const where = (d.loc ?? []).filter((part) => part !== "body").join(".");
        return where ? `${where}: ${d.msg}` : d.msg;
      })
      .join("; ");
  }
  if (typeof data?.detail === "string") return data.detail;
  return `${response.status} ${response.statusText}`.trim();
}
