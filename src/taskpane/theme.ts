/**
 * The task pane follows Office's theme: a dark Office body background gets Fluent's dark theme, so
 * the pane does not flash white beside a black ribbon.
 */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Which Fluent theme the pane uses. */
export type ThemeKind = "light" | "dark";

/** The part of `Office.context.officeTheme` the decision reads (absent in hosts without themes). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/**
 * WCAG 2 relative luminance (0 black … 1 white) of a `#rgb` or `#rrggbb` colour, `undefined` when the
 * text is not such a colour.
 *
 * @example
 * relativeLuminance("#FFFFFF"); // 1
 * relativeLuminance("#808080"); // ≈ 0.2159
 */
export function relativeLuminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [red, green, blue] = [0, 2, 4].map((start) =>
    linearChannel(parseInt(full.slice(start, start + 2), 16)),
  );
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}

/**
 * Dark when Office's body background has relative luminance below 0.5; light otherwise, including
 * when Office reports no theme or a colour that cannot be read.
 *
 * @example
 * themeKindFor({ bodyBackgroundColor: "#262626" }); // "dark"
 * themeKindFor(undefined); // "light"
 */
export function themeKindFor(officeTheme: OfficeThemeColors | undefined): ThemeKind {
  const color = officeTheme?.bodyBackgroundColor;
  const luminance = color === undefined ? undefined : relativeLuminance(color);
  return luminance !== undefined && luminance < 0.5 ? "dark" : "light";
}

/**
 * The Fluent theme matching Office's theme.
 *
 * @example
 * <FluentProvider theme={fluentThemeFor(Office.context.officeTheme)}>…</FluentProvider>
 */
export function fluentThemeFor(officeTheme: OfficeThemeColors | undefined): Theme {
  return themeKindFor(officeTheme) === "dark" ? webDarkTheme : webLightTheme;
}

// sRGB transfer function inverted (WCAG 2 definition), 8-bit channel to linear light.
function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
