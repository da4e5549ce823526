import { type MasterField } from "../customerMaster";
import { type FieldSet } from "./detectColumns";
import { LEDGER_SYNONYMS } from "./ledgerSynonyms";
import { CUSTOMER_SYNONYMS, synonyms } from "./synonyms";

/**
 * The customer master's fields for column detection: the customer key, credit limit, terms, grade, the date
 * of the last credit review and the open orders, in English, Simplified and Traditional Chinese.
 *
 * @example
 * MASTER_FIELD_SET.kinds.limit; // "amount"
 */
export const MASTER_FIELD_SET: FieldSet<MasterField> = {
  fields: ["customer", "limit", "terms", "grade", "lastReview", "orders"],
  synonyms: {
    customer: CUSTOMER_SYNONYMS,
    limit: [
      ...synonyms(1, "credit limit", "limit", "credit line", "approved limit", "credit limit amount"),
      ...synonyms(
        1,
        "信用额度",
        "信用額度",
        "授信额度",
        "授信額度",
        "赊销额度",
        "賒銷額度",
        "信用限额",
        "信用限額",
      ),
      ...synonyms(0.9, "额度", "額度", "限额", "限額", "credit"),
    ],
    terms: LEDGER_SYNONYMS.termsDays,
    grade: [
      ...synonyms(
        1,
        "grade",
        "rating",
        "credit grade",
        "credit rating",
        "risk grade",
        "risk rating",
        "risk class",
      ),
      ...synonyms(
        1,
        "等级",
        "等級",
        "评级",
        "評級",
        "信用等级",
        "信用等級",
        "风险等级",
        "風險等級",
        "信用评级",
        "信用評級",
      ),
      ...synonyms(0.8, "class", "级别", "級別", "类别", "類別"),
      ...synonyms(0.5, "category", "score"),
    ],
    lastReview: [
      ...synonyms(
        1,
        "last review",
        "last review date",
        "review date",
        "last reviewed",
        "reviewed on",
        "last credit review",
      ),
      ...synonyms(
        1,
        "最近评审",
        "最近評審",
        "评审日期",
        "評審日期",
        "复核日期",
        "複核日期",
        "覆核日期",
        "最近复核",
        "最近複核",
      ),
      ...synonyms(
        0.9,
        "审核日期",
        "審核日期",
        "评估日期",
        "評估日期",
        "最近评估",
        "最近評估",
        "reviewed",
        "review",
      ),
    ],
    orders: [
      ...synonyms(
        1,
        "open orders",
        "open order amount",
        "orders on hand",
        "order backlog",
        "unshipped orders",
        "未发货订单",
        "未發貨訂單",
        "在手订单",
        "在手訂單",
        "未交订单",
        "未交訂單",
        "未结订单",
        "未結訂單",
      ),
      ...synonyms(0.8, "orders", "backlog", "订单", "訂單"),
    ],
  },
  kinds: {
    customer: "any",
    limit: "amount",
    terms: "days",
    grade: "any",
    lastReview: "date",
    orders: "amount",
  },
};
