/**
 * The Scores sheet (issue 7): a weighted card applied to every customer of a table. Each customer row points
 * at its source row — factor scores as they are or through point bands, the limit's inputs, the exposure and
 * the rating's indicators — and at the card sheet for the weights, missing-data policy, grade scale, terms,
 * grace days and limit policy, so editing the card or a band recalculates every customer. The source table is
 * only read.
 */
import { DEFAULT_LOYALTY_THRESHOLDS } from "../rating/loyaltyThresholds";
import {
  type CellBlock,
  type CellInput,
  type ConditionalFormatSpec,
  type NumberFormatSpec,
  type SheetSpec,
  type StyleSpec,
  columnLetters,
} from "../report";
import { fillPlaceholders, stringLiteral } from "../templates/_lib/excelText";
import {
  TEMPLATE_TAB,
  alertWhen,
  headerStyle,
  inputStyle,
  subheaderStyle,
  topStyles,
} from "../templates/_lib/templateStyles";
import { RATING_CARD_CELLS, type RatingCardCellMap } from "../templates/ratingCardCells";
import { ratingCardFormulas } from "../templates/ratingCardFormulas";
import { DEFAULT_SCORECARD_FACTORS, type ScorecardFactorId } from "../templates/scorecardFactors";
import { type TemplateForm } from "../templates/templateOptions";
import { WEIGHTED_ROWS } from "../templates/_lib/weightedCardRows";
import { WEIGHTED_CARD_CELLS, type WeightedCardCellMap } from "../templates/weightedCardCells";
import { weightedCardFormulas } from "../templates/weightedCardFormulas";
import { type CustomerTableMapping, type FactorSource } from "./customerTableMapping";
import { type ScoresLayout, SCORES_ROWS as R, at, scoresLayout } from "./scoresLayout";
import { type ScoresSheetLabels } from "./scoresSheetLabels";

/**
 * Where the customers are: the source sheet, the sheet column of the table's first column (mapping columns
 * count from it) and the sheet row of every customer, in order.
 *
 * @example
 * const source: CustomerSource = { sheet: "Customers", firstColumn: 1, rows: [2, 3, 4], text: "Customers!A1:H4" };
 */
export interface CustomerSource {
  readonly sheet: string;
  readonly firstColumn: number;
  readonly rows: readonly number[];
  /** The table or range as the subtitle names it. */
  readonly text: string;
}

/**
 * Options of {@link scoresSheetSpec}.
 *
 * @example
 * const options: ScoresSheetOptions = { form: "addin", labels, sheetName: "Scores", card: "Scorecard", source, mapping };
 */
export interface ScoresSheetOptions {
  readonly form: TemplateForm;
  readonly labels: ScoresSheetLabels;
  readonly sheetName: string;
  /** The weighted card's sheet (as `creditkit template weighted` or the task pane inserts it). */
  readonly card: string;
  readonly source: CustomerSource;
  readonly mapping: CustomerTableMapping;
  /** Customer rows per written block (default 1,000), so a host writes large tables in bounded requests. */
  readonly blockRows?: number;
}

const DEFAULT_BLOCK_ROWS = 1000;

/** `name` quoted for a reference, always: a bare sheet name like "AB12" would read as a cell. */
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** `H11` or `G16:H19` on `sheet`, anchored, so every customer row points at the same card cell. */
function onSheet(sheet: string, address: string): string {
  const anchored = address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoted(sheet)}!${anchored}`;
}

/** A source cell's value, blank staying blank (a plain reference would turn it into 0). */
const passThrough = (ref: string): string => `IF(ISBLANK(${ref}),"",${ref})`;

/** Where a banded factor's breakpoints and points sit on the side panel. */
interface BandCells {
  readonly breakpoints: string;
  readonly points: string;
  readonly firstBreakpoint: string;
}

/** The side panel: a band table per banded factor, then the loyalty thresholds when the rating is shown. */
function panelCells(
  layout: ScoresLayout,
  mapping: CustomerTableMapping,
  labels: ScoresSheetLabels,
): {
  readonly rows: { row: number; cells: CellInput[] }[];
  readonly bands: Partial<Record<ScorecardFactorId, BandCells>>;
  /** The loyalty thresholds' range and its A, B and C cells. */
  readonly loyalty: {
    readonly range: string;
    readonly a: string;
    readonly b: string;
    readonly c: string;
  } | null;
  readonly headers: number[];
  readonly subheaders: number[];
  readonly inputs: string[];
} {
  const p = layout.panel;
  const rows: { row: number; cells: CellInput[] }[] = [];
  const bands: Partial<Record<ScorecardFactorId, BandCells>> = {};
  const headers: number[] = [];
  const subheaders: number[] = [];
  const inputs: string[] = [];
  let row = R.weights;
  const banded = DEFAULT_SCORECARD_FACTORS.filter((f) => mapping.factors[f.id]?.kind === "banded");
  if (banded.length > 0) {
    headers.push(row);
    rows.push({ row: row++, cells: [labels.bands.title, null] });
  }
  for (const factor of banded) {
    const source = mapping.factors[factor.id] as Extract<FactorSource, { kind: "banded" }>;
    const metric =
      source.metric !== null && source.metric in labels.bands.metrics
        ? labels.bands.metrics[source.metric as keyof typeof labels.bands.metrics]
        : labels.bands.custom;
    rows.push({
      row: row++,
      cells: [fillPlaceholders(labels.bands.heading, { factor: labels.factors[factor.id], metric }), null],
    });
    subheaders.push(row);
    rows.push({ row: row++, cells: [labels.bands.from, labels.bands.points] });
    const first = row;
    rows.push({ row: row++, cells: [labels.bands.below, source.bands.points[0] ?? null] });
    source.bands.breakpoints.forEach((breakpoint, i) =>
      rows.push({ row: row++, cells: [breakpoint, source.bands.points[i + 1] ?? null] }),
    );
    const last = row - 1;
    bands[factor.id] = {
      breakpoints: `${at(p, first + 1, true)}:${at(p, last, true)}`,
      points: `${at(p + 1, first, true)}:${at(p + 1, last, true)}`,
      firstBreakpoint: at(p, first + 1, true),
    };
    inputs.push(`${at(p, first + 1)}:${at(p + 1, last)}`, at(p + 1, first));
    row++;
  }
  let loyalty: { range: string; a: string; b: string; c: string } | null = null;
  if (layout.ratingGroup !== null) {
    headers.push(row);
    rows.push({ row: row++, cells: [labels.loyalty.title, null] });
    const { a, b, c } = DEFAULT_LOYALTY_THRESHOLDS;
    const first = row;
    rows.push({ row: row++, cells: [labels.loyalty.gradeA, a] });
    rows.push({ row: row++, cells: [labels.loyalty.gradeB, b] });
    rows.push({ row: row++, cells: [labels.loyalty.gradeC, c] });
    loyalty = {
      range: `${at(p + 1, first, true)}:${at(p + 1, first + 2, true)}`,
      a: at(p + 1, first, true),
      b: at(p + 1, first + 1, true),
      c: at(p + 1, first + 2, true),
    };
    inputs.push(`${at(p + 1, first)}:${at(p + 1, first + 2)}`);
  }
  return { rows, bands, loyalty, headers, subheaders, inputs };
}

/** A factor's cell of one customer row. */
function factorFormula(
  source: FactorSource,
  ref: string,
  bands: BandCells | undefined,
  form: TemplateForm,
): string {
  if (source.kind === "score" || bands === undefined) return passThrough(ref);
  if (form === "addin")
    return `IF(ISBLANK(${ref}),"",CREDIT.POINTS(${ref},${bands.breakpoints},${bands.points}))`;
  // CREDIT.POINTS with one point more than breakpoints: below the first band points[0], else the band's.
  const value = `ROUND(${ref},10)`;
  return (
    `IF(ISBLANK(${ref}),"",IF(ISNUMBER(${ref}),INDEX(${bands.points},` +
    `IF(${value}<${bands.firstBreakpoint},1,MATCH(${value},${bands.breakpoints},1)+1)),NA()))`
  );
}

/**
 * The Scores sheet for `options.mapping`: every customer's factor scores, score, grade and — when the table
 * has the inputs — limit, exposure, utilisation and three-indicator rating, as live formulas in `form`.
 *
 * @example
 * const spec = scoresSheetSpec({ form: "addin", labels, sheetName: "Scores", card: "Scorecard", source, mapping });
 * spec.blocks.length; // header rows + one block per 1,000 customers
 */
export function scoresSheetSpec(options: ScoresSheetOptions): SheetSpec {
  const { form, labels, mapping, source, card } = options;
  const layout = scoresLayout(mapping, form);
  const panel = panelCells(layout, mapping, labels);
  const cardCell = (address: string): string => onSheet(card, address);
  const sourceCell = (column: number, row: number): string =>
    `${quoted(source.sheet)}!${columnLetters(source.firstColumn + column)}${row}`;
  const lg = layout.limitGroup;
  const rg = layout.ratingGroup;
  const wk = layout.workings;

  const header: CellInput[] = new Array<CellInput>(layout.lastColumn).fill(null);
  const weights: CellInput[] = new Array<CellInput>(layout.lastColumn).fill(null);
  const put = (cells: CellInput[], column: number | null | undefined, value: CellInput): void => {
    if (column !== null && column !== undefined) cells[column - 1] = value;
  };
  put(weights, layout.sourceRow, labels.weightsRow);
  put(header, layout.customer, labels.customer);
  put(header, layout.sourceRow, labels.sourceRow);
  DEFAULT_SCORECARD_FACTORS.forEach((factor, i) => {
    const column = layout.factors[factor.id];
    put(header, column, labels.factors[factor.id]);
    put(weights, column, { formula: cardCell(`C${WEIGHTED_ROWS.firstFactor + i}`) });
  });
  put(header, layout.score, labels.score);
  put(header, layout.grade, labels.grade);
  // Each optional group's roles are named as their headings.
  for (const [role, column] of Object.entries(lg ?? {})) put(header, column, labels[role as keyof typeof lg]);
  put(header, layout.exposure, labels.exposure);
  put(header, layout.utilisation, labels.utilisation);
  for (const [role, column] of Object.entries(rg ?? {})) put(header, column, labels[role as keyof typeof rg]);
  for (const [role, column] of Object.entries(wk ?? {})) {
    put(header, column, labels.workings[role as keyof typeof labels.workings]);
  }

  const cardCells = Object.fromEntries(
    Object.entries(WEIGHTED_CARD_CELLS).map(([role, address]) => [role, cardCell(address)]),
  ) as WeightedCardCellMap;
  const weightRange = `${at(layout.firstFactor, R.weights, true)}:${at(layout.lastFactor, R.weights, true)}`;
  // A cell no customer row uses, for the inputs a row does not have: formulas never read it.
  const unused = "";

  const customerRow = (row: number, sourceRow: number): CellInput[] => {
    const cells: CellInput[] = new Array<CellInput>(layout.lastColumn).fill(null);
    const f = mapping.fields;
    const fieldRef = (column: number | undefined): string | null =>
      column === undefined ? null : sourceCell(column, sourceRow);
    put(cells, layout.customer, { formula: passThrough(fieldRef(f.customer ?? 0) as string) });
    put(cells, layout.sourceRow, sourceRow);
    for (const factor of DEFAULT_SCORECARD_FACTORS) {
      const factorSource = mapping.factors[factor.id];
      if (factorSource === undefined) continue;
      put(cells, layout.factors[factor.id], {
        formula: factorFormula(
          factorSource,
          sourceCell(factorSource.column, sourceRow),
          panel.bands[factor.id],
          form,
        ),
      });
    }
    const cellMap: WeightedCardCellMap = {
      ...cardCells,
      scores: `${at(layout.firstFactor, row)}:${at(layout.lastFactor, row)}`,
      weights: weightRange,
      total: at(layout.score, row),
      grade: at(layout.grade, row),
      monthlyPurchases: lg === null ? unused : at(lg.monthlyPurchases, row),
      termsDays: lg === null ? unused : at(lg.termsDays, row),
      netWorth: lg === null ? unused : at(lg.netWorth, row),
      workingCapital: lg === null ? unused : at(lg.workingCapital, row),
      limit: lg === null ? unused : at(lg.limit, row),
      need: wk === null ? unused : at(wk.need, row),
      multiplier: wk === null ? unused : at(wk.multiplier, row),
      adjustedNeed: wk === null ? unused : at(wk.adjustedNeed, row),
      netWorthCap: wk === null ? unused : at(wk.netWorthCap, row),
      workingCapitalCap: wk === null ? unused : at(wk.workingCapitalCap, row),
      lowest: wk === null ? unused : at(wk.lowest, row),
      roundTo: wk === null ? unused : at(wk.roundTo, row),
    };
    const formulas = weightedCardFormulas(form, cellMap);
    put(cells, layout.score, { formula: formulas.total });
    put(cells, layout.grade, { formula: formulas.grade });
    if (lg !== null) {
      put(cells, lg.monthlyPurchases, { formula: passThrough(fieldRef(f.monthlyPurchases) as string) });
      const terms = fieldRef(f.termsDays);
      // A customer without terms of its own is on the card's terms.
      put(cells, lg.termsDays, {
        formula:
          terms === null ? cardCells.termsDays : `IF(ISBLANK(${terms}),${cardCells.termsDays},${terms})`,
      });
      const netWorth = fieldRef(f.netWorth);
      if (netWorth !== null) put(cells, lg.netWorth, { formula: passThrough(netWorth) });
      const workingCapital = fieldRef(f.workingCapital);
      if (workingCapital !== null) put(cells, lg.workingCapital, { formula: passThrough(workingCapital) });
      put(cells, lg.limit, { formula: formulas.limit });
      if (wk !== null) {
        const columnOf = new Map<string, number>([
          [cellMap.need, wk.need],
          [cellMap.multiplier, wk.multiplier],
          [cellMap.adjustedNeed, wk.adjustedNeed],
          [cellMap.netWorthCap, wk.netWorthCap],
          [cellMap.workingCapitalCap, wk.workingCapitalCap],
          [cellMap.lowest, wk.lowest],
          [cellMap.roundTo, wk.roundTo],
        ]);
        for (const [address, formula] of formulas.workings) put(cells, columnOf.get(address), { formula });
      }
    }
    if (layout.exposure !== null) {
      const exposure = at(layout.exposure, row);
      put(cells, layout.exposure, { formula: passThrough(fieldRef(f.exposure) as string) });
      if (layout.utilisation !== null && lg !== null) {
        const limit = at(lg.limit, row);
        const ratio = form === "addin" ? `CREDIT.UTILIZATION(${exposure},${limit})` : `${exposure}/${limit}`;
        put(cells, layout.utilisation, {
          formula: `IF(${exposure}="","",IF(${limit}=0,${stringLiteral(labels.noCredit)},${ratio}))`,
        });
      }
    }
    if (rg !== null && panel.loyalty !== null) {
      put(cells, rg.collectionRate, { formula: passThrough(fieldRef(f.collectionRate) as string) });
      put(cells, rg.daysLate, { formula: passThrough(fieldRef(f.daysLate) as string) });
      put(cells, rg.ourShare, { formula: passThrough(fieldRef(f.ourShare) as string) });
      const ratingCells: RatingCardCellMap = {
        ...RATING_CARD_CELLS,
        rate: at(rg.collectionRate, row),
        daysLate: at(rg.daysLate, row),
        share: at(rg.ourShare, row),
        collectionGrade: at(rg.collectionGrade, row),
        latenessGrade: at(rg.latenessGrade, row),
        loyaltyGrade: at(rg.loyaltyGrade, row),
        grades: `${at(rg.collectionGrade, row)}:${at(rg.loyaltyGrade, row)}`,
        combined: at(rg.rating, row),
        thresholds: panel.loyalty.range,
        thresholdA: panel.loyalty.a,
        thresholdB: panel.loyalty.b,
        thresholdC: panel.loyalty.c,
      };
      const rating = ratingCardFormulas(form, ratingCells);
      put(cells, rg.collectionGrade, { formula: rating.collectionGrade });
      put(cells, rg.latenessGrade, { formula: rating.latenessGrade });
      put(cells, rg.loyaltyGrade, { formula: rating.loyaltyGrade });
      put(cells, rg.rating, { formula: rating.combined });
    }
    return cells;
  };

  const blockRows = Math.max(1, options.blockRows ?? DEFAULT_BLOCK_ROWS);
  const blocks: CellBlock[] = [
    {
      topLeft: "A1",
      rows: [
        [labels.title],
        [form === "addin" ? labels.formAddin : labels.formPortable],
        [fillPlaceholders(labels.subtitle, { card, source: source.text, count: source.rows.length })],
        [labels.help],
      ],
    },
    { topLeft: `A${R.weights}`, rows: [weights, header] },
  ];
  for (let start = 0; start < source.rows.length; start += blockRows) {
    const rows: CellInput[][] = [];
    for (let i = start; i < Math.min(start + blockRows, source.rows.length); i++) {
      rows.push(customerRow(R.firstCustomer + i, source.rows[i] as number));
    }
    blocks.push({ topLeft: `A${R.firstCustomer + start}`, rows });
  }
  for (const { row, cells } of panel.rows) blocks.push({ topLeft: at(layout.panel, row), rows: [cells] });

  return {
    name: options.sheetName,
    tabColor: TEMPLATE_TAB,
    blocks,
    numberFormats: numberFormats(layout, source.rows.length),
    styles: styles(layout, panel),
    conditionalFormats: alerts(layout, source.rows.length, cardCells.maxPoints),
    columnWidths: [
      { column: layout.customer, width: 28 },
      { column: layout.sourceRow, width: 8 },
      ...DEFAULT_SCORECARD_FACTORS.map((factor) => ({ column: layout.factors[factor.id], width: 12 })),
      { column: layout.panel, width: 30 },
      { column: layout.panel + 1, width: 10 },
    ],
    freeze: { rows: R.header, columns: 1 },
  };
}

/** `column`'s customer cells. */
function customers(column: number, count: number): string {
  return `${at(column, R.firstCustomer)}:${at(column, R.firstCustomer + Math.max(count, 1) - 1)}`;
}

function numberFormats(layout: ScoresLayout, count: number): NumberFormatSpec[] {
  const formats: NumberFormatSpec[] = [
    { range: `${at(layout.firstFactor, R.weights)}:${at(layout.lastFactor, R.weights)}`, format: "0%" },
    { range: customers(layout.score, count), format: "0.0" },
  ];
  const add = (column: number | null | undefined, format: string): void => {
    if (column !== null && column !== undefined) formats.push({ range: customers(column, count), format });
  };
  add(layout.limitGroup?.monthlyPurchases, "#,##0");
  add(layout.limitGroup?.termsDays, "0");
  add(layout.limitGroup?.netWorth, "#,##0");
  add(layout.limitGroup?.workingCapital, "#,##0");
  add(layout.limitGroup?.limit, "#,##0");
  add(layout.exposure, "#,##0.00");
  add(layout.utilisation, "0%");
  add(layout.ratingGroup?.collectionRate, "0.0%");
  add(layout.ratingGroup?.daysLate, "0.#");
  add(layout.ratingGroup?.ourShare, "0%");
  return formats;
}

function styles(layout: ScoresLayout, panel: ReturnType<typeof panelCells>): StyleSpec[] {
  return [
    ...topStyles(),
    { range: `${at(layout.sourceRow, R.weights)}:${at(layout.lastFactor, R.weights)}`, fontColor: "#595959" },
    headerStyle(`${at(1, R.header)}:${at(layout.lastColumn, R.header)}`),
    { range: `${at(1, R.header)}:${at(layout.lastColumn, R.header)}`, wrapText: true },
    ...panel.headers.map((row) => headerStyle(`${at(layout.panel, row)}:${at(layout.panel + 1, row)}`)),
    ...panel.subheaders.map((row) => subheaderStyle(`${at(layout.panel, row)}:${at(layout.panel + 1, row)}`)),
    ...panel.inputs.map(inputStyle),
  ];
}

/** Red for grade D, a D rating, utilisation above 100 % and a factor score outside the card's scale. */
function alerts(layout: ScoresLayout, count: number, maxPoints: string): ConditionalFormatSpec[] {
  const list: ConditionalFormatSpec[] = [alertWhen(customers(layout.grade, count), "equalTo", '"D"')];
  const factors = `${at(layout.firstFactor, R.firstCustomer)}:${at(layout.lastFactor, R.firstCustomer + Math.max(count, 1) - 1)}`;
  list.push(alertWhen(factors, "greaterThan", maxPoints), alertWhen(factors, "lessThan", "0"));
  if (layout.ratingGroup !== null)
    list.push(alertWhen(customers(layout.ratingGroup.rating, count), "equalTo", '"D"'));
  if (layout.utilisation !== null)
    list.push(alertWhen(customers(layout.utilisation, count), "greaterThan", "1"));
  return list;
}
