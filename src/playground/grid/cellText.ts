/**
 * What a cell shows in the grid: its value through its Excel number format. Covers the formats
 * CreditKit's reports and the sample use (dates, amounts with thousands separators, percentages,
 * fixed decimals, a separate negative section) and Excel's General for the rest; a format it does
 * not understand shows the number as General rather than wrongly.
 */
import { serialToDateParts } from "../../core/dates";
import { isCreditError } from "../../core/errors";
import { type RawCell } from "../../host/port";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The text of a cell.
 *
 * @example
 * cellText(46326, "yyyy-mm-dd"); // "2026-10-31"
 * cellText(-1234.5, "#,##0.00;-#,##0.00"); // "-1,234.50"
 * cellText(0.4567, "0.0%"); // "45.7%"
 * cellText({ error: "#N/A" }, undefined); // "#N/A"
 */
export function cellText(value: RawCell, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  if (format === undefined || /^general$/i.test(format)) return generalText(value);
  const sections = format.split(";");
  const negative = value < 0 && sections.length > 1;
  const section = (negative ? sections[1] : sections[0]) ?? "";
  if (isDateFormat(section)) return dateText(value, section) ?? generalText(value);
  const shown = numberText(negative ? -value : value, section);
  return shown ?? generalText(value);
}

/** Excel's General: up to 11 significant digits, no trailing zeros. */
function generalText(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mantissa = "", exponent = ""] = value.toExponential(5).split("e");
    const power = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, "")}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(10)));
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) && !/[0#]/.test(bare);
}

function dateText(serial: number, section: string): string | null {
  const parts = serialToDateParts(Math.floor(serial));
  if (isCreditError(parts)) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return section.replace(/"([^"]*)"|\\(.)/g, "$1$2").replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(parts.year);
      case "yy":
        return pad(parts.year % 100);
      case "mmmm":
      case "mmm":
        return MONTHS[parts.month - 1] ?? "";
      case "mm":
        return pad(parts.month);
      case "m":
        return String(parts.month);
      case "dd":
        return pad(parts.day);
      default:
        return String(parts.day);
    }
  });
}

/** A number through a section like `#,##0.00`, `0.0%`, `-#,##0` or `0`; null for other shapes. */
function numberText(value: number, section: string): string | null {
  const match = /^([^#0]*)([#,]*0[0,]*)(?:\.(0+))?(%?)([^#0]*)$/.exec(
    section.replace(/"([^"]*)"|\\(.)/g, "$1$2"),
  );
  if (match === null) return null;
  const [, prefix = "", digits = "", decimals = "", percent = "", suffix = ""] = match;
  const scaled = percent === "%" ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals.length);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = digits.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${prefix}${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ""}${percent}${suffix}`;
}
