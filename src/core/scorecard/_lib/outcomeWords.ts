/**
 * Outcome values whose meaning is plain from the word itself, in the forms {@link outcomeKey} produces. Kept
 * short on purpose: a value that is not listed makes the proposal ask the user rather than guess.
 */
export const GOOD_WORDS: ReadonlySet<string> = new Set([
  "good",
  "g",
  "好",
  "好客户",
  "好客戶",
  "正常",
  "performing",
  "non-default",
  "nondefault",
  "no default",
  "paid",
  "repaid",
]);

/** Outcome values that plainly mean a bad account. */
export const BAD_WORDS: ReadonlySet<string> = new Set([
  "bad",
  "b",
  "坏",
  "壞",
  "坏客户",
  "壞客戶",
  "违约",
  "違約",
  "不良",
  "逾期",
  "default",
  "defaulted",
  "delinquent",
  "charged off",
  "charged-off",
  "charge-off",
  "written off",
  "write-off",
]);

/** The "yes" side of a flag column. */
export const YES_WORDS: ReadonlySet<string> = new Set(["1", "y", "yes", "true", "是", "t"]);

/** The "no" side of a flag column. */
export const NO_WORDS: ReadonlySet<string> = new Set(["0", "n", "no", "false", "否", "f"]);

/** A header saying its flag marks bad accounts (`Default`, `Bad flag`, `违约`, `逾期90天`, `target`…). */
export const BAD_FLAG_HEADER =
  /bad|default|delinq|arrear|charge|write|writ|target|违约|違約|坏|壞|逾期|不良/i;

/** A header saying its flag marks good accounts (`Good`, `Paid on time`, `正常`…). */
export const GOOD_FLAG_HEADER = /good|paid|perform|好|正常/i;
