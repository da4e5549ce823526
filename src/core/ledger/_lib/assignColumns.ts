import { type Synonym, headerScore } from "./headerScore";
import { headerKey } from "./headerKey";
import { MIN_FIELD_SCORE } from "./findHeaderRow";

/**
 * A column that could hold a field, with its score (0–1).
 *
 * @example
 * const candidate: ColumnCandidate = { column: 3, score: 0.85 };
 */
export interface ColumnCandidate {
  readonly column: number;
  readonly score: number;
}

/** Lowest score listed among a field's candidates (shown to the user as alternatives). */
const MIN_CANDIDATE_SCORE = 0.3;

/** A rival column scoring this close to the chosen one makes the choice ambiguous. */
const AMBIGUITY_MARGIN = 0.1;

/**
 * The mapping of fields to columns, with every field's candidates and any ambiguous choice.
 *
 * @example
 * assignColumns(["Customer ID", "Customer Name"], ["customer"], synonymsOf).ambiguous; // [{ field: "customer", chosen: 0, other: 1 }]
 */
export interface ColumnAssignment<F extends string> {
  readonly mapping: Partial<Record<F, number>>;
  readonly confidence: Record<F, number>;
  readonly candidates: Record<F, ColumnCandidate[]>;
  /** Fields whose chosen column has a close rival that no other field took. */
  readonly ambiguous: readonly { readonly field: F; readonly chosen: number; readonly other: number }[];
}

/**
 * Matches header texts to fields. Every (field, column) pair is scored; the best pairs are taken first, each
 * field and each column at most once, ties broken by field order then column order — so "Open Amount" goes
 * to the open balance (exact) before the plain amount (suffix) can take it. `adjust` lets the caller lower a
 * score when the data below the header does not fit the field. Confidence is the chosen score, halved when
 * another free column scores within 0.1 of it.
 *
 * @example
 * assignColumns(["Customer", "Amount"], ["customer", "amount"], synonymsOf).mapping; // { customer: 0, amount: 1 }
 */
export function assignColumns<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  synonymsOf: (field: F) => readonly Synonym[],
  adjust: (field: F, column: number, score: number) => number = (_f, _c, score) => score,
): ColumnAssignment<F> {
  const keys = headers.map(headerKey);
  const pairs: { field: number; column: number; score: number }[] = [];
  const candidates = {} as Record<F, ColumnCandidate[]>;
  fields.forEach((field, f) => {
    const list: ColumnCandidate[] = [];
    keys.forEach((key, column) => {
      if (key === "") return;
      const raw = headerScore(key, synonymsOf(field));
      const score = raw > 0 ? adjust(field, column, raw) : 0;
      if (score >= MIN_CANDIDATE_SCORE) list.push({ column, score });
      if (score >= MIN_FIELD_SCORE) pairs.push({ field: f, column, score });
    });
    candidates[field] = list.sort((a, b) => b.score - a.score || a.column - b.column);
  });
  pairs.sort((a, b) => b.score - a.score || a.field - b.field || a.column - b.column);

  const mapping: Partial<Record<F, number>> = {};
  const confidence = {} as Record<F, number>;
  for (const field of fields) confidence[field] = 0;
  const taken = new Set<number>();
  for (const { field, column, score } of pairs) {
    const name = fields[field] as F;
    if (mapping[name] !== undefined || taken.has(column)) continue;
    mapping[name] = column;
    confidence[name] = score;
    taken.add(column);
  }

  const ambiguous: { field: F; chosen: number; other: number }[] = [];
  for (const field of fields) {
    const chosen = mapping[field];
    if (chosen === undefined) continue;
    const rival = candidates[field].find(
      (c) =>
        c.column !== chosen &&
        !taken.has(c.column) &&
        c.score >= MIN_FIELD_SCORE &&
        c.score >= confidence[field] - AMBIGUITY_MARGIN,
    );
    if (rival !== undefined) {
      ambiguous.push({ field, chosen, other: rival.column });
      confidence[field] = confidence[field] / 2;
    }
  }
  // Field order, not the order of the greedy pass, so the mapping reads like the field list.
  const ordered: Partial<Record<F, number>> = {};
  for (const field of fields) if (mapping[field] !== undefined) ordered[field] = mapping[field];
  return { mapping: ordered, confidence, candidates, ambiguous };
}
