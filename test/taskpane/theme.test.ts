import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentThemeFor, relativeLuminance, themeKindFor } from "../../src/taskpane/theme";

describe("relativeLuminance", () => {
  it("is 1 for white and 0 for black", () => {
    expect(relativeLuminance("#FFFFFF")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
  });

  it("matches a hand calculation for mid grey #808080", () => {
    // 128/255 = 0.501961; ((0.501961 + 0.055) / 1.055)^2.4 = 0.527925^2.4 = exp(2.4 · ln 0.527925)
    // = exp(2.4 · −0.638800) = exp(−1.533120) = 0.215861; R = G = B, and 0.2126 + 0.7152 + 0.0722 = 1.
    expect(relativeLuminance("#808080")).toBeCloseTo(0.215861, 5);
  });

  it("weights green most, blue least (WCAG coefficients)", () => {
    // A saturated primary is linear 1 in one channel and 0 in the others, leaving its coefficient.
    expect(relativeLuminance("#FF0000")).toBeCloseTo(0.2126, 10);
    expect(relativeLuminance("#00FF00")).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance("#0000FF")).toBeCloseTo(0.0722, 10);
  });

  it("uses the linear segment for very dark channels", () => {
    // 10/255 = 0.039216 ≤ 0.04045, so linear = 0.039216 / 12.92 = 0.0030353.
    expect(relativeLuminance("#0A0A0A")).toBeCloseTo(0.0030353, 6);
  });

  it("reads #rgb shorthand, missing #, lower case and spaces", () => {
    expect(relativeLuminance("#fff")).toBe(1);
    expect(relativeLuminance("ffffff")).toBe(1);
    expect(relativeLuminance(" #888 ")).toBe(relativeLuminance("#888888"));
  });

  it.each([[""], ["#"], ["#ff"], ["#ffff"], ["#gggggg"], ["white"], ["rgb(0,0,0)"], ["#1234567"]])(
    "is undefined for %j",
    (color) => {
      expect(relativeLuminance(color)).toBeUndefined();
    },
  );
});

describe("themeKindFor", () => {
  it.each([
    // Typical pane backgrounds: near-black, light grey, white.
    ["#262626", "dark"],
    ["#E6E6E6", "light"],
    ["#FFFFFF", "light"],
  ])("picks %s → %s", (bodyBackgroundColor, expected) => {
    expect(themeKindFor({ bodyBackgroundColor })).toBe(expected);
  });

  it("switches exactly at luminance 0.5", () => {
    // Grey g has luminance ((g/255 + 0.055)/1.055)^2.4; it crosses 0.5 between 187 and 188:
    // #BBBBBB (187): 0.747235^2.4 = exp(2.4 · −0.291375) = 0.496933 < 0.5 → dark.
    // #BCBCBC (188): 0.750953^2.4 = exp(2.4 · −0.286413) = 0.502887 ≥ 0.5 → light.
    expect(relativeLuminance("#BBBBBB")).toBeCloseTo(0.496933, 5);
    expect(relativeLuminance("#BCBCBC")).toBeCloseTo(0.502887, 5);
    expect(themeKindFor({ bodyBackgroundColor: "#BBBBBB" })).toBe("dark");
    expect(themeKindFor({ bodyBackgroundColor: "#BCBCBC" })).toBe("light");
  });

  it("stays light when Office reports no theme or an unreadable colour", () => {
    expect(themeKindFor(undefined)).toBe("light");
    expect(themeKindFor({})).toBe("light");
    expect(themeKindFor({ bodyBackgroundColor: "black" })).toBe("light");
  });
});

describe("fluentThemeFor", () => {
  it("returns Fluent's web dark theme for a dark Office and the light theme otherwise", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});
