import { type StyleSpec } from "../../report";

/** CreditKit's teal, as on the other report sheets' headers. */
export const HEADER_FILL = "#00786E";
/** Pale teal: a characteristic's name row. */
export const ACCENT_FILL = "#E6F2F1";
/** Pale yellow: cells the user may edit (points, cut points, a level's bin). */
export const INPUT_FILL = "#FFF2CC";
/** Grey of notes and subtitles. */
export const NOTE_COLOR = "#595959";

/** The title, subtitle and help line at the top of a sheet. */
export function topStyles(): StyleSpec[] {
  return [
    { range: "A1", bold: true, fontSize: 14, fontColor: HEADER_FILL },
    { range: "A2", italic: true, fontColor: NOTE_COLOR },
    { range: "A3", fontColor: NOTE_COLOR },
  ];
}

/** A section title or column heading row. */
export function headerStyle(range: string): StyleSpec {
  return { range, bold: true, fill: HEADER_FILL, fontColor: "#FFFFFF" };
}

/** A section's title line. */
export function sectionStyle(range: string): StyleSpec {
  return { range, bold: true, fontSize: 12 };
}

/** A characteristic's name row. */
export function nameRowStyle(range: string): StyleSpec {
  return { range, bold: true, fill: ACCENT_FILL };
}

/** A cell the user may edit. */
export function inputStyle(range: string): StyleSpec {
  return { range, fill: INPUT_FILL };
}
