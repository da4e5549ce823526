/**
 * A characteristic's bins as the text a user edits in the Fit panel, and back: cut points as "12, 24, 36",
 * groups of levels as "A11, A12 | A13 | A14". Parsing refuses what the engine would refuse, naming the
 * offending value, so the message appears under the field in the user's words rather than as an engine
 * error.
 */
import { type BinningSpec, type CategoricalBinning, type NumericBinning } from "../../../../core/scorecard";

/**
 * Why a text is not a binning; `value` is the piece of text at fault, shown in the message.
 *
 * @example
 * const problem: BinningTextProblem = { id: "notAscending", value: "12", previous: "24" };
 */
export type BinningTextProblem =
  | { readonly id: "empty" }
  | { readonly id: "notNumber"; readonly value: string }
  | { readonly id: "notAscending"; readonly value: string; readonly previous: string }
  | { readonly id: "repeatedCut"; readonly value: string }
  | { readonly id: "unknownLevel"; readonly value: string }
  | { readonly id: "repeatedLevel"; readonly value: string }
  | { readonly id: "missingLevel"; readonly value: string };

/**
 * A parsed binning or the problem with its text.
 *
 * @example
 * const parsed: BinningTextResult<NumericBinning> = { ok: true, binning: { kind: "numeric", cuts: [12] } };
 */
export type BinningTextResult<T extends BinningSpec> =
  { readonly ok: true; readonly binning: T } | { readonly ok: false; readonly problem: BinningTextProblem };

// Chinese keyboards type full-width commas and semicolons; they mean the same as the ASCII ones here.
const ITEM_SEPARATORS = /[,;，；、]/;
// "|" and its full-width form separate groups of levels.
const GROUP_SEPARATORS = /[|｜]/;
// Number() alone would accept "0x10", "Infinity" and whitespace-only text; a user means a plain decimal.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The trimmed, non-blank pieces of `text`: a trailing or doubled separator is no mistake worth a refusal. */
function pieces(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/**
 * A binning as the text the edit field shows: cut points joined by ", ", or groups joined by " | " with
 * their levels joined by ", ". Numbers print as JavaScript writes them, never rounded, so re-applying the
 * text unchanged gives back the same bins.
 *
 * @example
 * binningText({ kind: "numeric", cuts: [12, 24.5] }); // "12, 24.5"
 * binningText({ kind: "categorical", groups: [["A11", "A12"], ["A13"]] }); // "A11, A12 | A13"
 */
export function binningText(binning: BinningSpec): string {
  if (binning.kind === "numeric") return binning.cuts.map(String).join(", ");
  return binning.groups.map((group) => group.join(", ")).join(" | ");
}

/**
 * Cut points from text: numbers separated by commas or semicolons (ASCII or full-width), strictly ascending.
 * Nothing is sorted or de-duplicated silently: a cut out of order or typed twice is probably a typo, and
 * guessing what was meant would move rows between bins without the user seeing it.
 *
 * @example
 * parseCuts("12；24, 36"); // { ok: true, binning: { kind: "numeric", cuts: [12, 24, 36] } }
 * parseCuts("24, 12"); // { ok: false, problem: { id: "notAscending", value: "12", previous: "24" } }
 */
export function parseCuts(text: string): BinningTextResult<NumericBinning> {
  const items = pieces(text, ITEM_SEPARATORS);
  if (items.length === 0) return { ok: false, problem: { id: "empty" } };
  const cuts: number[] = [];
  let previous: string | null = null;
  for (const item of items) {
    const cut = Number(item);
    if (!PLAIN_NUMBER.test(item) || !Number.isFinite(cut)) {
      return { ok: false, problem: { id: "notNumber", value: item } };
    }
    const last = cuts[cuts.length - 1];
    if (last !== undefined && previous !== null) {
      if (cut === last) return { ok: false, problem: { id: "repeatedCut", value: item } };
      if (cut < last) return { ok: false, problem: { id: "notAscending", value: item, previous } };
    }
    cuts.push(cut);
    previous = item;
  }
  return { ok: true, binning: { kind: "numeric", cuts } };
}

/**
 * Groups of levels from text: groups separated by "|", levels within a group by commas (ASCII or full-width).
 * Every one of `levels` (the levels the data has) must appear exactly once, because the engine refuses a
 * level it cannot place and a level in two bins would have two scores.
 *
 * @example
 * parseGroups("A11, A12 | A13", ["A11", "A12", "A13"]);
 * // { ok: true, binning: { kind: "categorical", groups: [["A11", "A12"], ["A13"]] } }
 * parseGroups("A11 | A13", ["A11", "A12", "A13"]);
 * // { ok: false, problem: { id: "missingLevel", value: "A12" } }
 */
export function parseGroups(text: string, levels: readonly string[]): BinningTextResult<CategoricalBinning> {
  const known = new Set(levels);
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const groupText of pieces(text, GROUP_SEPARATORS)) {
    const group = pieces(groupText, ITEM_SEPARATORS);
    for (const level of group) {
      if (!known.has(level)) return { ok: false, problem: { id: "unknownLevel", value: level } };
      if (seen.has(level)) return { ok: false, problem: { id: "repeatedLevel", value: level } };
      seen.add(level);
    }
    if (group.length > 0) groups.push(group);
  }
  if (groups.length === 0) return { ok: false, problem: { id: "empty" } };
  const missing = levels.find((level) => !seen.has(level));
  if (missing !== undefined) return { ok: false, problem: { id: "missingLevel", value: missing } };
  return { ok: true, binning: { kind: "categorical", groups } };
}
