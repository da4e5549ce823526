import { altmanZone, type AltmanModel } from "../../../src/core/distress";
import { creditError } from "../../../src/core/errors";

describe("altmanZone", () => {
  // model, safe above, distress below (DESIGN §3.7; em = nonmfg + 3.25)
  const cutoffs: [AltmanModel, number, number][] = [
    ["public", 2.99, 1.81],
    ["private", 2.9, 1.23],
    ["nonmfg", 2.6, 1.1],
    ["em", 5.85, 4.35],
  ];

  it.each(cutoffs)(
    "%s: SAFE above %d, GREY on and between the cut-offs, DISTRESS below %d",
    (model, safe, distress) => {
      expect(altmanZone(safe + 0.001, model)).toBe("SAFE");
      expect(altmanZone(safe, model)).toBe("GREY");
      expect(altmanZone(safe - 0.001, model)).toBe("GREY");
      expect(altmanZone((safe + distress) / 2, model)).toBe("GREY");
      expect(altmanZone(distress + 0.001, model)).toBe("GREY");
      expect(altmanZone(distress, model)).toBe("GREY");
      expect(altmanZone(distress - 0.001, model)).toBe("DISTRESS");
    },
  );

  it("treats a score a hair off a cut-off by binary noise as on it", () => {
    // 2.9900000000000002 and 1.8099999999999998 are 2.99 and 1.81 after rounding away noise: GREY
    expect(altmanZone(2.99 + 2 ** -51, "public")).toBe("GREY");
    expect(altmanZone(1.81 - 2 ** -52, "public")).toBe("GREY");
  });

  it("classifies the published example (1.458641) as DISTRESS", () => {
    expect(altmanZone(1.458641, "public")).toBe("DISTRESS");
  });

  it("refuses non-numeric scores and unknown models", () => {
    expect(altmanZone(Number.NaN, "public")).toEqual(creditError("#VALUE!", "numberNotFinite", { arg: "z" }));
    expect(altmanZone(2, "ohlson" as never)).toEqual(
      creditError("#VALUE!", "altmanModelUnknown", { model: "ohlson" }),
    );
  });
});
