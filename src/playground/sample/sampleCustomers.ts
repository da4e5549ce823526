/**
 * The invented customers of the sample workbook: mainland Chinese buyers invoiced in CNY and a few
 * overseas ones in USD, each with payment habits that make the ledger, the grades and the limits
 * tell one consistent story (a late payer has grade C and an overdue balance).
 */
import { datePartsToSerial } from "../../core/dates";
import { isCreditError } from "../../core/errors";
import { type SampleRandom } from "./random";

/** How a customer pays: on time, a little late, late, or badly (some invoices never paid). */
export type PayingHabit = "prompt" | "slow" | "late" | "bad";

/** One customer of the sample. */
export interface SampleCustomer {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly salesperson: string;
  readonly currency: "CNY" | "USD";
  readonly termsDays: number;
  /** Credit limit; null for the customer nobody set one for (a warning to find). */
  readonly limit: number | null;
  readonly grade: "A" | "B" | "C" | "D";
  /** Excel serial of the last credit review. */
  readonly reviewed: number;
  /** Typical invoiced amount per month. */
  readonly monthlySales: number;
  readonly habit: PayingHabit;
}

const CITIES = [
  "上海",
  "深圳",
  "杭州",
  "苏州",
  "广州",
  "宁波",
  "成都",
  "武汉",
  "天津",
  "青岛",
  "厦门",
  "南京",
];
const WORDS = [
  "恒通",
  "华盛",
  "金鼎",
  "瑞丰",
  "宏达",
  "新源",
  "永利",
  "鑫达",
  "东方",
  "嘉禾",
  "联创",
  "中远",
];
const KINDS = ["贸易有限公司", "电子科技有限公司", "机械制造有限公司", "包装材料有限公司", "化工有限公司"];
const OVERSEAS = [
  "Northwind Trading Ltd",
  "Harbour Electronics Inc.",
  "Pacific Rim Components",
  "Summit Supply Co.",
  "Bluewater Industries Pte Ltd",
  "Evergreen Packaging GmbH",
  "Redwood Machinery LLC",
  "Meridian Chemicals plc",
];
const REGIONS_CN: Readonly<Record<string, string>> = {
  上海: "华东",
  杭州: "华东",
  苏州: "华东",
  宁波: "华东",
  南京: "华东",
  深圳: "华南",
  广州: "华南",
  厦门: "华南",
  成都: "西南",
  武汉: "华中",
  天津: "华北",
  青岛: "华北",
};
const SALES_CN = ["张伟", "李娜", "王芳", "刘洋", "陈静"];
const SALES_OVERSEAS = ["Emily Wong", "David Chen"];
const HABITS: readonly PayingHabit[] = ["prompt", "prompt", "prompt", "slow", "slow", "late", "bad"];
const GRADE_OF: Readonly<Record<PayingHabit, SampleCustomer["grade"]>> = {
  prompt: "A",
  slow: "B",
  late: "C",
  bad: "D",
};
// Limits as a committee set them some time ago: generous for good payers, tight for poor ones, so
// the slow and bad payers' overdue balances push some of them over their limit.
const MULTIPLIER: Readonly<Record<SampleCustomer["grade"], number>> = { A: 1.6, B: 1.4, C: 1.2, D: 1 };

function serialOf(year: number, month: number, day: number): number {
  const serial = datePartsToSerial(year, month, day);
  if (isCreditError(serial)) throw new Error(`sample date ${year}-${month}-${day} is not a date`);
  return serial;
}

/**
 * `count` customers (the first eight overseas ones in USD at positions 5, 12, …), names unique.
 * Reviews fall in the year before `asOf`, except for a few customers whose review is long overdue.
 *
 * @example
 * sampleCustomers(seededRandom(7), 60, 46326).length; // 60
 */
export function sampleCustomers(random: SampleRandom, count: number, asOf: number): SampleCustomer[] {
  const names = new Set<string>();
  const customers: SampleCustomer[] = [];
  let overseas = 0;
  for (let i = 0; i < count; i++) {
    const abroad = i % 7 === 5 && overseas < OVERSEAS.length;
    let name: string;
    let region: string;
    if (abroad) {
      name = OVERSEAS[overseas++] ?? `Overseas Buyer ${i}`;
      region = i % 2 === 0 ? "Hong Kong" : "Singapore";
    } else {
      const city = random.pick(CITIES);
      do name = `${city}${random.pick(WORDS)}${random.pick(KINDS)}`;
      while (names.has(name));
      region = REGIONS_CN[city] ?? "华东";
    }
    names.add(name);
    const habit = random.pick(HABITS);
    const grade = GRADE_OF[habit];
    const termsDays = abroad ? random.pick([45, 60, 90]) : random.pick([30, 30, 45, 60]);
    const monthlySales = random.int(8, 120) * (abroad ? 2_500 : 10_000);
    // Need-based limit (DESIGN §3.4) rounded down to 10,000, as a credit committee would set it.
    const need = ((monthlySales * (termsDays + 10)) / 30) * MULTIPLIER[grade];
    const limit = i === 17 ? null : Math.max(10_000, Math.floor(need / 10_000) * 10_000);
    const reviewed = i % 9 === 4 ? asOf - random.int(420, 700) : asOf - random.int(10, 330);
    customers.push({
      code: `C${String(i + 1).padStart(3, "0")}`,
      name,
      region,
      salesperson: abroad ? random.pick(SALES_OVERSEAS) : random.pick(SALES_CN),
      currency: abroad ? "USD" : "CNY",
      termsDays,
      limit,
      grade,
      reviewed,
      monthlySales,
      habit,
    });
  }
  return customers;
}

/**
 * The Excel serial of a calendar date of the sample (which only uses real dates).
 *
 * @example
 * sampleDate(2026, 10, 31); // 46326
 */
export function sampleDate(year: number, month: number, day: number): number {
  return serialOf(year, month, day);
}
