import { applyCard, readCustomerTable, scoresSpecFor } from "../../../src/app/scores/applyCard";
import { cellAddress } from "../../../src/core/report";
import { SCORES_ROWS, scoresLayout } from "../../../src/core/scores";
import { type EmbeddedWorkbook } from "../../../src/host/embedded";
import { type Customer, customerBook, expectedFor, randomCustomers } from "./_lib/customerBook";

type Shown = number | string | boolean | null | { error: string };

function shown(book: EmbeddedWorkbook, sheet: string, address: string): Shown {
  const result = book.getCellValue(sheet, address);
  if (result.kind === "error") return { error: result.error };
  return result.kind === "value" ? result.value : null;
}

/** Every cell of a sheet's used range, value and formula: what "unchanged" is checked against. */
async function snapshot(book: EmbeddedWorkbook, sheet: string): Promise<string[]> {
  const cells: string[] = [];
  for await (const block of book.readRows({ kind: "sheet", sheet })) {
    block.rows.forEach((row, i) =>
      row.forEach((value, c) => {
        const address = cellAddress(block.firstRow + i, c + 1);
        cells.push(`${address}=${JSON.stringify(value)}|${book.cellFormula(sheet, address) ?? ""}`);
      }),
    );
  }
  return cells;
}

const REQUEST = { card: "Scorecard", table: { kind: "sheet", sheet: "Customers" }, language: "en" } as const;

/** The mapping the proposal finds for the test table, fixed so the layout is known. */
async function applied(customers: readonly Customer[], form: "addin" | "portable") {
  const book = await customerBook(customers);
  const result = await applyCard(book, { ...REQUEST, form });
  if (result.kind !== "done") throw new Error(`blocked: ${result.id}`);
  return { book, result, layout: scoresLayout(result.mapping, form) };
}

function expectRow(
  book: EmbeddedWorkbook,
  layout: ReturnType<typeof scoresLayout>,
  row: number,
  customer: Customer,
) {
  const want = expectedFor(customer);
  const at = (column: number) => shown(book, "Scores", cellAddress(row, column));
  const score = at(layout.score);
  if (want.score === "error") expect(score).toEqual({ error: expect.any(String) });
  else expect(score as number).toBeCloseTo(want.score, 9);
  if (want.grade === "error") expect(at(layout.grade)).toEqual({ error: expect.any(String) });
  else expect(at(layout.grade)).toBe(want.grade);
  const limit = at(layout.limitGroup?.limit ?? 0);
  if (want.limit === "error") expect(limit).toEqual({ error: expect.any(String) });
  else expect(limit).toBe(want.limit);
}

describe("applyCard", () => {
  const customers: Customer[] = [
    // Pay 4 (10 %), ratio 1.6 → 4, 12 years → 5: (0.4 + 0.2 + 0.25) / (5 × 0.2) = 85 → A;
    // limit 80,000 × 45 / 30 × 1.2 = 144,000; utilisation 50,000 / 144,000.
    ["Acme", 4, 1.6, 12, 50_000, 80_000, 45],
    // Pay 2, ratio 0.9 → 1, 1 year → 1: (0.2 + 0.05 + 0.05) / 1 = 30 → D; limit 0 → "No credit".
    ["Beta", 2, 0.9, 1, 120_000, 30_000, 60],
    // Pay blank: ratio 1.2 → 3 (bands start at their breakpoint), 4 years → 3, weights reallocated:
    // (0.15 + 0.15) / (5 × 0.1) = 60 → C; terms from the card (30): 10,000 × 30 / 30 × 0.5 = 5,000.
    ["Gamma", null, 1.2, 4, 0, 10_000, null],
    // Pay 5, ratio 2 → 5, 3 years → 3, card terms 30: (0.5 + 0.25 + 0.15) / 1 = 90 → A; 9,000 × 30 / 30 × 1.2
    // = 10,800, rounded down to 10,000.
    ["Delta", 5, 2, 3, 12_000, 9_000, null],
  ];

  it.each(["addin", "portable"] as const)("scores a hand-checked table in the %s form", async (form) => {
    const { book, result, layout } = await applied(customers, form);
    expect(result.customers).toBe(4);
    expect(result.mapping.fields).toEqual({ customer: 0, exposure: 4, monthlyPurchases: 5, termsDays: 6 });
    // Column letters a user sees: the results first — score C, grade D, limit E, utilisation G.
    expect([layout.score, layout.grade, layout.limitGroup?.limit, layout.utilisation]).toEqual([3, 4, 5, 7]);
    const first = SCORES_ROWS.firstCustomer;
    expect(shown(book, "Scores", `A${first}`)).toBe("Acme");
    expect(shown(book, "Scores", `B${first}`)).toBe(2);
    expect(shown(book, "Scores", `C${first}`)).toBeCloseTo(85, 9);
    expect(shown(book, "Scores", `D${first}`)).toBe("A");
    expect(shown(book, "Scores", `E${first}`)).toBe(144_000);
    expect(shown(book, "Scores", `G${first}`)).toBeCloseTo(50_000 / 144_000, 12);
    expect(shown(book, "Scores", `C${first + 1}`)).toBeCloseTo(30, 9);
    expect(shown(book, "Scores", `E${first + 1}`)).toBe(0);
    expect(shown(book, "Scores", `G${first + 1}`)).toBe("No credit");
    expect(shown(book, "Scores", `C${first + 2}`)).toBeCloseTo(60, 9);
    expect(shown(book, "Scores", `E${first + 2}`)).toBe(5_000);
    expect(shown(book, "Scores", `C${first + 3}`)).toBeCloseTo(90, 9);
    expect(shown(book, "Scores", `AB${first + 3}`)).toBe(30);
    expect(shown(book, "Scores", `E${first + 3}`)).toBe(10_000);
    customers.forEach((customer, i) => expectRow(book, layout, first + i, customer));
  });

  it("recalculates every customer when a weight on the card or a band on the Scores sheet changes", async () => {
    const { book } = await applied(customers, "addin");
    const first = SCORES_ROWS.firstCustomer;
    // Payment history (card row 19) from 10 % to 30 %: Acme (1.2 + 0.2 + 0.25) / (5 × 0.4) = 82.5 → B.
    book.setCell("Scorecard", "C19", 0.3);
    expect(shown(book, "Scores", `C${first}`)).toBeCloseTo(82.5, 9);
    expect(shown(book, "Scores", `D${first}`)).toBe("B");
    // The current-ratio band from 1.5 now scores 5: Acme (1.2 + 0.25 + 0.25) / 2 = 85 → A again.
    const spec = scoresSpecFor(
      (await readCustomerTable(book, { kind: "sheet", sheet: "Customers" })) as never,
      (await applyCard(book, { ...REQUEST, form: "addin" }).then((r) =>
        r.kind === "done" ? r.mapping : null,
      ))!,
      { card: "Scorecard", form: "addin", language: "en" },
    );
    const bandRow = spec.blocks.find((b) => b.rows[0]?.[0] === 1.5);
    expect(bandRow).toBeDefined();
    const [letters, row] = [bandRow!.topLeft.replace(/\d+/, ""), Number(bandRow!.topLeft.replace(/\D+/, ""))];
    const pointsColumn = String.fromCharCode(letters.charCodeAt(letters.length - 1) + 1);
    book.setCell("Scores", `${letters.slice(0, -1)}${pointsColumn}${row}`, 5);
    expect(shown(book, "Scores", `C${first}`)).toBeCloseTo(85, 9);
  });

  it("leaves the customer table and the card exactly as they were", async () => {
    const book = await customerBook(customers);
    const before = [await snapshot(book, "Customers"), await snapshot(book, "Scorecard")];
    await applyCard(book, { ...REQUEST, form: "addin" });
    expect([await snapshot(book, "Customers"), await snapshot(book, "Scorecard")]).toEqual(before);
  });

  it.each(["addin", "portable"] as const)(
    "matches an independent computation on 300 random customers in the %s form",
    async (form) => {
      const random = randomCustomers(300, form === "addin" ? 7 : 11);
      const { book, layout } = await applied(random, form);
      random.forEach((customer, i) => expectRow(book, layout, SCORES_ROWS.firstCustomer + i, customer));
    },
    60_000,
  );

  it("reads a range of a sheet and an Excel-style range with its own header row", async () => {
    const book = await customerBook(customers);
    const result = await applyCard(book, {
      ...REQUEST,
      table: { kind: "range", sheet: "Customers", address: "A1:G3" },
      form: "addin",
    });
    expect(result.kind === "done" && result.customers).toBe(2);
    expect(shown(book, "Scores", `A${SCORES_ROWS.firstCustomer + 1}`)).toBe("Beta");
    expect(shown(book, "Scores", `A${SCORES_ROWS.firstCustomer + 2}`)).toBeNull();
  });

  describe("refuses, naming what is wrong, and writes nothing", () => {
    async function refused(request: Partial<Parameters<typeof applyCard>[1]>, mapping?: object) {
      const book = await customerBook(customers);
      const sheets = book.sheetNames();
      const result = await applyCard(book, {
        ...REQUEST,
        form: "addin",
        ...request,
        ...(mapping ? { mapping } : {}),
      } as never);
      expect(book.sheetNames()).toEqual(sheets);
      return result;
    }

    it("a card sheet that does not exist", async () => {
      expect(await refused({ card: "Nope" })).toEqual({
        kind: "blocked",
        id: "cardNotFound",
        params: { card: "Nope" },
      });
    });
    it("a sheet that is not a weighted card, naming the cell", async () => {
      expect(await refused({ card: "Customers" })).toEqual({
        kind: "blocked",
        id: "cardNotWeighted",
        params: { card: "Customers", cell: "B6", expected: "factor" },
      });
    });
    it("a table that does not exist, and a range that is not one", async () => {
      expect(await refused({ table: { kind: "sheet", sheet: "Clients" } })).toMatchObject({
        id: "sourceNotFound",
      });
      expect(await refused({ table: { kind: "range", sheet: "Customers", address: "A1:ZZ" } })).toMatchObject(
        {
          id: "rangeInvalid",
        },
      );
    });
    it("a header row with no customers under it", async () => {
      expect(await refused({ table: { kind: "range", sheet: "Customers", address: "A1:G1" } })).toMatchObject(
        {
          id: "sourceEmpty",
        },
      );
    });
    it("a mapping without the customer column or without any factor", async () => {
      expect(
        await refused({}, { fields: {}, factors: { paymentHistory: { kind: "score", column: 1 } } }),
      ).toMatchObject({
        id: "customerMissing",
        params: { headers: expect.stringContaining("Payment history") },
      });
      expect(await refused({}, { fields: { customer: 0 }, factors: {} })).toMatchObject({
        id: "nothingMapped",
      });
    });
    it("the source or the card as the sheet to write, and a sheet of the user's with the Scores name", async () => {
      expect(await refused({ sheetName: "customers" })).toEqual({
        kind: "blocked",
        id: "sameAsSource",
        params: { sheet: "customers" },
      });
      expect(await refused({ sheetName: "SCORECARD" })).toMatchObject({ id: "sameAsSource" });
      const withNotes = await customerBook(customers, [
        { name: "Scores", blocks: [{ topLeft: "A1", rows: [["my notes"]] }] },
      ]);
      expect(await applyCard(withNotes, { ...REQUEST, form: "addin" })).toEqual({
        kind: "blocked",
        id: "sheetTaken",
        params: { sheet: "Scores" },
      });
      expect(withNotes.getCellValue("Scores", "A1")).toMatchObject({ value: "my notes" });
    });
  });

  it("scores 10,000 customers in blocks of 1,000 rows, every one as computed by hand, source unchanged", async () => {
    const many = randomCustomers(10_000, 2026);
    const book = await customerBook(many);
    const before = await snapshot(book, "Customers");
    const table = await readCustomerTable(book, REQUEST.table);
    if (table.kind !== "table") throw new Error("table not read");
    const result = await applyCard(book, { ...REQUEST, form: "addin" });
    if (result.kind !== "done") throw new Error(result.id);
    const spec = scoresSpecFor(table, result.mapping, { card: "Scorecard", form: "addin", language: "en" });
    const customerBlocks = spec.blocks.filter(
      (b) => Number(b.topLeft.slice(1)) >= SCORES_ROWS.firstCustomer && b.topLeft.startsWith("A"),
    );
    expect(customerBlocks.map((b) => b.rows.length)).toEqual(new Array(10).fill(1000));
    const layout = scoresLayout(result.mapping, "addin");
    many.forEach((customer, i) => expectRow(book, layout, SCORES_ROWS.firstCustomer + i, customer));
    expect(await snapshot(book, "Customers")).toEqual(before);
  }, 300_000);
});
