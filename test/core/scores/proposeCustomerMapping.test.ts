import { factorSourceFor, METRIC_PRESETS, proposeCustomerMapping } from "../../../src/core/scores";
import { templates as en } from "../../../src/i18n/locales/en/templates";
import { templates as zhCn } from "../../../src/i18n/locales/zh-CN/templates";
import { templates as zhTw } from "../../../src/i18n/locales/zh-TW/templates";

const NAMES = [en.weighted.factors, zhCn.weighted.factors, zhTw.weighted.factors];

describe("proposeCustomerMapping", () => {
  it("maps English headers: fields by their words, factor scores by the factors' names, metrics through bands", () => {
    const headers = [
      "Customer name",
      "Payment history score",
      "Current ratio",
      "Open balance",
      "Monthly purchases",
      "Terms (days)",
      "Notes",
    ];
    const { mapping } = proposeCustomerMapping(headers, NAMES, [["Acme", 4, 1.6, 100, 2000, 30, ""]]);
    expect(mapping.fields).toEqual({ customer: 0, exposure: 3, monthlyPurchases: 4, termsDays: 5 });
    expect(mapping.factors).toEqual({
      paymentHistory: { kind: "score", column: 1 },
      solvency: {
        kind: "banded",
        column: 2,
        bands: METRIC_PRESETS.currentRatio.bands,
        metric: "currentRatio",
      },
    });
  });

  it("maps Simplified and Traditional Chinese headers alike", () => {
    const cn = proposeCustomerMapping(
      ["客户名称", "付款记录", "流动比率", "应收余额", "账期"],
      NAMES,
    ).mapping;
    const tw = proposeCustomerMapping(
      ["客戶名稱", "付款紀錄", "流動比率", "應收帳款", "帳期"],
      NAMES,
    ).mapping;
    for (const mapping of [cn, tw]) {
      expect(mapping.fields).toEqual({ customer: 0, exposure: 3, termsDays: 4 });
      expect(mapping.factors.paymentHistory).toEqual({ kind: "score", column: 1 });
      expect(mapping.factors.solvency?.kind).toBe("banded");
    }
  });

  it("reads a column named like a factor as its raw metric when its numbers leave the 1–5 scale", () => {
    const headers = ["Customer", "Years in business"];
    expect(
      proposeCustomerMapping(headers, NAMES, [
        ["A", 3],
        ["B", 5],
      ]).mapping.factors.yearsInBusiness,
    ).toEqual({
      kind: "score",
      column: 1,
    });
    expect(
      proposeCustomerMapping(headers, NAMES, [
        ["A", 3],
        ["B", 12],
      ]).mapping.factors.yearsInBusiness,
    ).toEqual({
      kind: "banded",
      column: 1,
      bands: METRIC_PRESETS.yearsInBusiness.bands,
      metric: "yearsInBusiness",
    });
  });

  it("lets a days-late column feed both the rating and payment history", () => {
    const { mapping } = proposeCustomerMapping(
      ["Customer", "Days late", "Collection rate", "Our share"],
      NAMES,
    );
    expect(mapping.fields).toEqual({ customer: 0, collectionRate: 2, daysLate: 1, ourShare: 3 });
    expect(mapping.factors.paymentHistory).toEqual({
      kind: "banded",
      column: 1,
      bands: METRIC_PRESETS.averageDaysLate.bands,
      metric: "averageDaysLate",
    });
  });

  it("prefers a score column to a raw metric for the same factor", () => {
    const { mapping } = proposeCustomerMapping(["Customer", "Solvency", "Current ratio"], NAMES, [
      ["A", 4, 1.3],
    ]);
    expect(mapping.factors.solvency).toEqual({ kind: "score", column: 1 });
  });

  it("maps nothing it does not recognise", () => {
    expect(proposeCustomerMapping(["Notes", "Region"], NAMES).mapping).toEqual({ fields: {}, factors: {} });
  });
});

describe("factorSourceFor", () => {
  it("keeps scores as scores and bands a factor's raw metric", () => {
    expect(factorSourceFor("paymentHistory", 1, [["A", 4]])).toEqual({ kind: "score", column: 1 });
    expect(
      factorSourceFor("profitability", 1, [
        ["A", 0.12],
        ["B", 7],
      ]),
    ).toEqual({
      kind: "banded",
      column: 1,
      bands: METRIC_PRESETS.netMargin.bands,
      metric: "netMargin",
    });
    // No metric is known for the visit impression: the column stays a score column (and shows red if wrong).
    expect(factorSourceFor("visitImpression", 1, [["A", 9]])).toEqual({ kind: "score", column: 1 });
  });
});
