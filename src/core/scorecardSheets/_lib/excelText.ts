// The template sheets' quoting and placeholder filling, so both kinds of sheet quote text alike.
import { fillPlaceholders, stringLiteral } from "../../templates/_lib/excelText";

export { fillPlaceholders, stringLiteral };

/**
 * A sheet name as a formula names it: always quoted, inner apostrophes doubled, so a name that looks like a
 * cell (`AB1`), holds spaces or is not Latin (`历史`) reads the same in Excel and in the embedded engine.
 */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `H11` → `$H$11`, so a formula copied down keeps pointing at the bin table. */
export function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/**
 * A text template with `{name}` placeholders as an Excel text formula whose placeholders are cell
 * references: `"{from} to < {to}"` with C7, D7 → `C7&" to < "&D7`. So an edited cut point shows in its bin's
 * description at once.
 */
export function templateFormula(template: string, cells: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    if (!Object.hasOwn(cells, name)) continue;
    const at = match.index;
    if (at > last) parts.push(stringLiteral(template.slice(last, at)));
    parts.push(cells[name] as string);
    last = at + match[0].length;
  }
  if (last < template.length) parts.push(stringLiteral(template.slice(last)));
  return parts.length === 0 ? '""' : parts.join("&");
}
