/**
 * What the scorecards view needs of the workbook: its sheets as card candidates (which of them are weighted
 * cards CreditKit can read), its sheets and tables as customer sources, and where to start — the first
 * weighted card, and the first source whose header names the customer and at least one factor. Read again
 * on `refresh` (after a template is inserted) without going back to "loading", so the view keeps its state.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { checkWeightedCard, proposeMappingFor } from "../../../../app/scores/applyCard";
import { type RawCell, type WorkbookHost } from "../../../../host";
import { type SourceOption, sourceOptions } from "../../aging/_lib/sourceOptions";

/** Sheets checked for a weighted card, and sources probed for customers, before leaving it to the user. */
const MAX_PROBED = 12;
/** Rows read of a source to guess whether it holds customers: enough to pass a title above the header. */
const PROBE_ROWS = 20;

/** A sheet offered as the card; `weighted` is null for a sheet not checked. */
export interface CardOption {
  readonly name: string;
  readonly weighted: boolean | null;
}

/** The view's starting point, or why it could not be read. */
export type ScorecardsSetup =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "ready";
      readonly cards: readonly CardOption[];
      readonly sources: readonly SourceOption[];
      /** The first weighted card ("" for none). */
      readonly initialCard: string;
      /** The id of the first source that looks like a customer table ("" for none). */
      readonly initialTable: string;
    };

/** The setup and how to read it again. */
export interface ScorecardsSetupControls {
  readonly setup: ScorecardsSetup;
  /** Reads the workbook again; resolves once the new setup shows. */
  readonly refresh: () => Promise<void>;
}

/**
 * Loads the view's starting point from `host` (again when the host changes or on `refresh`).
 *
 * @example
 * const { setup, refresh } = useScorecardsSetup(host);
 * if (setup.status === "ready") setup.initialCard; // "Scorecard"
 */
export function useScorecardsSetup(host: WorkbookHost): ScorecardsSetupControls {
  const [setup, setSetup] = useState<ScorecardsSetup>({ status: "loading" });
  // Only the latest read may show: a refresh overtakes a slower first read.
  const latest = useRef(0);
  const read = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const ready = await loadSetup(host);
      if (latest.current === mine) setSetup(ready);
    } catch (error) {
      if (latest.current === mine) setSetup({ status: "failed", error });
    }
  }, [host]);
  useEffect(() => {
    setSetup({ status: "loading" });
    void read();
    return () => {
      latest.current++;
    };
  }, [read]);
  return { setup, refresh: read };
}

async function loadSetup(host: WorkbookHost): Promise<ScorecardsSetup> {
  const [sheets, tables] = await Promise.all([host.listSheets(), host.listTables()]);
  const visible = sheets.filter((sheet) => sheet.visible && sheet.rowCount > 0);
  const cards: CardOption[] = [];
  for (const [index, sheet] of visible.entries()) {
    cards.push({
      name: sheet.name,
      weighted: index < MAX_PROBED ? await isWeightedCard(host, sheet.name) : null,
    });
  }
  const sources = sourceOptions(sheets, tables);
  let initialTable = "";
  for (const option of sources.slice(0, MAX_PROBED)) {
    if (await looksLikeCustomers(host, option)) {
      initialTable = option.id;
      break;
    }
  }
  return {
    status: "ready",
    cards,
    sources,
    initialCard: cards.find((card) => card.weighted === true)?.name ?? "",
    initialTable,
  };
}

async function isWeightedCard(host: WorkbookHost, sheet: string): Promise<boolean> {
  try {
    return (await checkWeightedCard(host, sheet)) === null;
  } catch {
    // Only a guess at a starting point: a sheet that cannot be read is offered unchecked, and applying
    // a card to it says what is wrong.
    return false;
  }
}

const cellText = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.error : String(cell).trim();

/** True when the source's first non-blank row names the customer and at least one factor of the card. */
async function looksLikeCustomers(host: WorkbookHost, option: SourceOption): Promise<boolean> {
  try {
    for await (const block of host.readRows(option.ref, { blockRows: PROBE_ROWS })) {
      const rows = block.rows.filter((row) => row.some((cell) => cellText(cell) !== ""));
      const [header, ...body] = rows;
      if (header === undefined) return false;
      const { mapping } = proposeMappingFor(header.map(cellText), body);
      return mapping.fields.customer !== undefined && Object.keys(mapping.factors).length > 0;
    }
  } catch {
    // As above: a source that cannot be read now is not proposed; choosing it shows the error in full.
  }
  return false;
}
