import { headerKey } from "./headerKey";
import { type Synonym } from "./headerScore";

/**
 * Header words at one weight, written the way people type them and reduced by `headerKey`.
 *
 * @example
 * synonyms(1, "Due Date", "到期日"); // [["duedate", 1], ["到期日", 1]]
 */
export function synonyms(weight: number, ...headers: readonly string[]): Synonym[] {
  return headers.map((header): Synonym => [headerKey(header), weight]);
}

/**
 * Words for the customer key, shared by the ledger and the customer master. An id or code outranks a name a
 * little: names come in spelling variants, codes do not.
 *
 * @example
 * CUSTOMER_SYNONYMS.some(([key]) => key === "客戶"); // true
 */
export const CUSTOMER_SYNONYMS: readonly Synonym[] = [
  ...synonyms(1, "customer", "client", "debtor", "客户", "客戶", "客商", "往来单位", "往來單位"),
  ...synonyms(
    0.97,
    "customer id",
    "customer code",
    "customer no",
    "customer number",
    "customer key",
    "client id",
    "client code",
    "account id",
    "account no",
    "account number",
    "debtor id",
    "客户编码",
    "客户编号",
    "客户代码",
    "客户号",
    "客戶編碼",
    "客戶編號",
    "客戶代碼",
  ),
  ...synonyms(
    0.95,
    "customer name",
    "client name",
    "account name",
    "debtor name",
    "buyer",
    "sold to",
    "bill to",
    "客户名称",
    "客户名",
    "客户简称",
    "客戶名稱",
    "客戶簡稱",
    "单位名称",
    "單位名稱",
    "购货单位",
    "購貨單位",
    "购买方",
    "購買方",
  ),
  ...synonyms(0.8, "account"),
  ...synonyms(0.6, "name", "company", "party", "名称", "名稱", "公司", "单位", "單位"),
];
