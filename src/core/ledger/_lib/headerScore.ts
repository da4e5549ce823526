/**
 * A header word for a field (as `headerKey` reduces it), with how surely it names the field (1 = certainly).
 *
 * @example
 * const synonym: Synonym = ["duedate", 1];
 */
export type Synonym = readonly [key: string, weight: number];

// Head nouns come last in English and Chinese headers ("Customer Credit Limit", "客户信用额度"), so a synonym
// at the end of a longer header says more than one at its start ("Customer Terms" is about terms).
const SUFFIX_FACTOR = 0.85;
const INSIDE_FACTOR = 0.6;

function isWide(key: string): boolean {
  return key.charCodeAt(0) >= 0x2e80; // CJK: two characters already make a word
}

/**
 * How well a header key (see `headerKey`) matches a field's synonyms, 0–1: the weight of an exact synonym,
 * less for a synonym at the end of the header, less again for one inside it. Short Latin synonyms ("no",
 * "due") only count when exact, so "Notes" is no invoice number.
 *
 * @example
 * headerScore("duedate", [["duedate", 1]]); // 1
 * headerScore("customercreditlimit", [["creditlimit", 1]]); // 0.85
 */
export function headerScore(key: string, synonyms: readonly Synonym[]): number {
  let best = 0;
  for (const [synonym, weight] of synonyms) {
    let score = 0;
    if (key === synonym) score = weight;
    else if (synonym.length >= (isWide(synonym) ? 2 : 4)) {
      if (key.endsWith(synonym)) score = SUFFIX_FACTOR * weight;
      else if (key.includes(synonym)) score = INSIDE_FACTOR * weight;
    }
    if (score > best) best = score;
  }
  return best;
}
