import { expandYear } from "./expandYear";
import { monthFromName } from "./monthNames";

/**
 * What a date text says before any calendar check. `fixed`: the layout itself tells which number is
 * the day (ISO, 年月日, 8 digits, dotted, month names); `yearFirst` marks a numeric year-first layout,
 * which is evidence of a "ymd" column. `ordered`: three numbers whose order only a DayOrder decides.
 */
export type DateShape =
  | {
      readonly kind: "fixed";
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly yearFirst: boolean;
    }
  | { readonly kind: "ordered"; readonly first: string; readonly second: string; readonly third: string };

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_FIRST = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/;
const CHINESE = /^(\d{4}|\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号號]?$/;
// Dots with the year last are the German / Russian / Nordic day-first convention.
const DOTTED = /^(\d{1,2}) ?\. ?(\d{1,2}) ?\. ?(\d{4}|\d{2})$/;
const NUMERIC = /^(\d{1,2}) ?([-/]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
const DAY_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[ \-/.]*([A-Za-z]+)\.?[ \-/.,]*(\d{4}|\d{2})$/;
const NAME_DAY_YEAR = /^([A-Za-z]+)\.?[ \-/.]*(\d{1,2})(?:st|nd|rd|th)?(?: ?, ?|[ \-/.]+)(\d{4}|\d{2})$/;
const YEAR_NAME_DAY = /^(\d{4})[ \-/.]*([A-Za-z]+)\.?[ \-/.]*(\d{1,2})$/;

function fixed(yearText: string, month: number, dayText: string, yearFirst: boolean): DateShape {
  return { kind: "fixed", year: expandYear(yearText), month, day: Number(dayText), yearFirst };
}

function named(yearText: string, monthWord: string, dayText: string): DateShape | null {
  const month = monthFromName(monthWord);
  return month === null ? null : fixed(yearText, month, dayText, false);
}

type Layout = readonly [RegExp, (groups: readonly (string | undefined)[]) => DateShape | null];

// First match wins; the named-month layouts come last because they are the loosest.
const LAYOUTS: readonly Layout[] = [
  [COMPACT, ([, y = "", mo = "", d = ""]) => fixed(y, Number(mo), d, true)],
  [YEAR_FIRST, ([, y = "", , mo = "", d = ""]) => fixed(y, Number(mo), d, true)],
  [CHINESE, ([, y = "", mo = "", d = ""]) => fixed(y, Number(mo), d, y.length === 4)],
  [DOTTED, ([, d = "", mo = "", y = ""]) => fixed(y, Number(mo), d, false)],
  [NUMERIC, ([, first = "", , second = "", third = ""]) => ({ kind: "ordered", first, second, third })],
  [DAY_NAME_YEAR, ([, d = "", name = "", y = ""]) => named(y, name, d)],
  [NAME_DAY_YEAR, ([, name = "", d = "", y = ""]) => named(y, name, d)],
  [YEAR_NAME_DAY, ([, y = "", name = "", d = ""]) => named(y, name, d)],
];

/**
 * Recognises the layout of a normalised date text (no time of day); `null` when it is not a date layout.
 *
 * @example
 * readDateShape("31-Oct-2026"); // { kind: "fixed", year: 2026, month: 10, day: 31, yearFirst: false }
 * readDateShape("1/2/2013"); // { kind: "ordered", first: "1", second: "2", third: "2013" }
 */
export function readDateShape(text: string): DateShape | null {
  for (const [pattern, read] of LAYOUTS) {
    const match = pattern.exec(text);
    if (match !== null) return read(match);
  }
  return null;
}
