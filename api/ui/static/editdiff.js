// The evidence of a memory learned from an edit: the assistant's draft and the user's version, word by word,
// with what the user removed struck out and what they added marked. The quote reads "draft: ...\nedited: ...".
import { h } from "./dom.js";

const SEP = "\nedited: ";

/** The two texts of an edit's evidence quote, or null when the quote is not one. */
export function splitEdit(quote) {
  if (!quote || !quote.startsWith("draft: ") || !quote.includes(SEP)) return null;
  const cut = quote.indexOf(SEP);
  return { draft: quote.slice("draft: ".length, cut), edited: quote.slice(cut + SEP.length) };
}

// Words and the spaces after them, so that joining the pieces gives the text back.
function tokens(text) {
  return text.match(/\S+\s*|\s+/g) || [];
}

// Longest common subsequence of two token lists (texts are at most ~1,000 characters each).
function common(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i].trim() === b[j].trim()
          ? table[(i + 1) * cols + j + 1] + 1
          : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const keepA = new Set();
  const keepB = new Set();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].trim() === b[j].trim()) {
      keepA.add(i++);
      keepB.add(j++);
    } else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) i++;
    else j++;
  }
  return [keepA, keepB];
}

function marked(words, keep, tag) {
  return words.map((w, i) => (keep.has(i) ? w : h(tag, {}, w)));
}

/** The before/after view of an edit's evidence quote, or null when the quote is not an edit's. */
export function editDiff(quote) {
  const texts = splitEdit(quote);
  if (texts === null) return null;
  const a = tokens(texts.draft);
  const b = tokens(texts.edited);
  const [keepA, keepB] = common(a, b);
  return h(
    "div",
    { class: "edit-diff" },
    h("p", { class: "diff before" }, h("span", {}, "draft"), marked(a, keepA, "del")),
    h("p", { class: "diff after" }, h("span", {}, "edited"), marked(b, keepB, "ins")),
  );
}
