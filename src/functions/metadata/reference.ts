import { CREDIT_FUNCTIONS } from "../registry";
import { exampleFormula } from "./exampleText";
import { FUNCTION_EXAMPLES, type FunctionCategory } from "./examples";
import { type FunctionMetadata, type FunctionTranslations, type FunctionsJson } from "./types";

const CATEGORIES: readonly FunctionCategory[] = [
  "Rating",
  "Scoring",
  "Limits",
  "Aging and collection",
  "Loss, distress and scaling",
  "Portfolio",
];

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * The argument list as the reference shows it: optional arguments in brackets, a repeating one with "…".
 *
 * @example
 * argumentList(gradeMetadata); // "score, [scale]"
 */
export function argumentList(fn: FunctionMetadata): string {
  // A repeating parameter is shown as "grades, …": at least one is expected even though Excel marks it optional.
  return fn.parameters
    .map((p) => (p.repeating ? `${p.name}, …` : p.optional ? `[${p.name}]` : p.name))
    .join(", ");
}

/** Functions of a category in catalogue order. */
function byCategory(json: FunctionsJson, category: FunctionCategory): FunctionMetadata[] {
  const order = new Map(CREDIT_FUNCTIONS.map((f, i) => [f.id, i]));
  return json.functions
    .filter((f) => FUNCTION_EXAMPLES[f.id]?.category === category)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** One row of the function reference: the same words in the README and in reference.html. */
export interface ReferenceRow {
  readonly anchor: string;
  readonly name: string;
  readonly args: string;
  readonly description: string;
  readonly returns: string;
  readonly example: string;
  readonly shows: string;
}

/**
 * The reference rows, grouped by category.
 *
 * @example
 * referenceRows(english)[0]; // ["Rating", [{ name: "CREDIT.COLLECTIONRATE", … }, …]]
 */
export function referenceRows(json: FunctionsJson): [FunctionCategory, ReferenceRow[]][] {
  return CATEGORIES.map((category) => [
    category,
    byCategory(json, category).map((fn) => {
      const example = FUNCTION_EXAMPLES[fn.id];
      return {
        anchor: `CREDIT.${fn.id}`,
        name: `CREDIT.${fn.id}`,
        args: argumentList(fn),
        description: fn.description ?? "",
        returns: example?.returns ?? "",
        example: example ? exampleFormula(fn.id, example.args) : "",
        shows: example?.shows ?? "",
      };
    }),
  ]);
}

/**
 * The README's function reference: one Markdown table per category, generated from the same rows
 * as reference.html (a test keeps the README identical to this output).
 *
 * @example
 * renderReadmeReference(english).startsWith("#### Rating"); // true
 */
export function renderReadmeReference(json: FunctionsJson): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return referenceRows(json)
    .map(([category, rows]) =>
      [
        `#### ${category}`,
        "",
        "| Function | Arguments | Result | Example → shows |",
        "|---|---|---|---|",
        ...rows.map(
          (r) =>
            `| \`${r.name}\` — ${cell(r.description)} | ${cell(r.args)} | ${cell(r.returns)} | \`${cell(r.example)}\` → ${cell(r.shows) || "(blank)"} |`,
        ),
      ].join("\n"),
    )
    .join("\n\n");
}

/**
 * The function reference page the add-in ships (`reference.html`), one anchor per function
 * (`#CREDIT.GRADE`), with the Simplified and Traditional Chinese descriptions beside the English.
 *
 * @example
 * renderReferenceHtml(english, translations).includes('id="CREDIT.GRADE"'); // true
 */
export function renderReferenceHtml(json: FunctionsJson, translations: FunctionTranslations): string {
  const byId = new Map(json.functions.map((f) => [f.id, f]));
  const sections = referenceRows(json)
    .map(([category, rows]) => {
      const entries = rows
        .map((r) => {
          const fn = byId.get(r.anchor.slice("CREDIT.".length));
          const zh = translations[fn?.id ?? ""];
          const params = (fn?.parameters ?? [])
            .map(
              (p) =>
                `<tr><td><code>${escapeHtml(p.optional ? `[${p.name}]` : p.name)}</code></td><td>${escapeHtml(p.description ?? "")}</td>` +
                `<td lang="zh-CN">${escapeHtml(zh?.["zh-CN"].parameters[p.name] ?? "")}</td>` +
                `<td lang="zh-TW">${escapeHtml(zh?.["zh-TW"].parameters[p.name] ?? "")}</td></tr>`,
            )
            .join("");
          return `<section id="${escapeHtml(r.anchor)}">
<h3><a href="#${escapeHtml(r.anchor)}">${escapeHtml(r.name)}</a>(${escapeHtml(r.args)})</h3>
<p>${escapeHtml(r.description)}</p>
<p lang="zh-CN">${escapeHtml(zh?.["zh-CN"].description ?? "")}</p>
<p lang="zh-TW">${escapeHtml(zh?.["zh-TW"].description ?? "")}</p>
<table><thead><tr><th>Argument</th><th>English</th><th>简体中文</th><th>繁體中文</th></tr></thead><tbody>${params}</tbody></table>
<p><strong>Result:</strong> ${escapeHtml(r.returns)}. <strong>Example:</strong> <code>${escapeHtml(r.example)}</code> → <code>${escapeHtml(r.shows || "(blank)")}</code></p>
</section>`;
        })
        .join("\n");
      return `<h2>${escapeHtml(category)}</h2>\n${entries}`;
    })
    .join("\n");
  const toc = referenceRows(json)
    .flatMap(([, rows]) => rows.map((r) => `<a href="#${escapeHtml(r.anchor)}">${escapeHtml(r.name)}</a>`))
    .join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CreditKit function reference</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}section{border-top:1px solid #eee;padding-top:.5rem}
h3 a{color:#00786e;text-decoration:none}</style></head>
<body>
<h1>CreditKit function reference · 函数参考 · 函數參考</h1>
<p>Type <code>=CREDIT.</code> in a cell. Dates are Excel dates or date text such as <code>2026-10-31</code>; rates and shares are fractions (0.95 = 95&nbsp;%).
Blank cells are skipped (or count as missing where a position matters); numbers stored as text are read as numbers; other text and TRUE/FALSE give <code>#VALUE!</code> with a message naming the argument.
Results are the same in every language: grades, labels and spilled headings stay in English so formulas that compare them keep working for every colleague.</p>
<nav>${toc}</nav>
${sections}
</body></html>
`;
}
