/**
 * Words finance users write in a currency column instead of the ISO 4217 code, keyed in upper case
 * (after NFKC, so full-width letters match). Symbols shared by several currencies ($, ¥, 元) are left
 * out on purpose: guessing between CNY and JPY, or USD and HKD, would mix currencies silently.
 */
export const CURRENCY_LABELS: Readonly<Record<string, string>> = {
  RMB: "CNY",
  人民币: "CNY",
  人民幣: "CNY",
  美元: "USD",
  美金: "USD",
  US$: "USD",
  港币: "HKD",
  港幣: "HKD",
  港元: "HKD",
  HK$: "HKD",
  新台币: "TWD",
  新台幣: "TWD",
  新臺幣: "TWD",
  NT$: "TWD",
  日元: "JPY",
  日圓: "JPY",
  日円: "JPY",
  欧元: "EUR",
  歐元: "EUR",
  "€": "EUR",
  英镑: "GBP",
  英鎊: "GBP",
  "£": "GBP",
  韩元: "KRW",
  韓元: "KRW",
};
