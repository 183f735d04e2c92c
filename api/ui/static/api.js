// The REST API, as the page uses it. Paths are resolved against this file's URL (…/ui/static/api.js), so
// the page keeps working when tacit is served under a path prefix.

const ROOT = new URL("../../", import.meta.url);

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
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

export async function call(method, path, { params, body } = {}) {
  let response;
  try {
    response = await fetch(url(path, params), {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "The server did not answer. Is tacit running?");
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, describe(data, response));
  return data;
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
