/**
 * The playground's workbook state: which workbook is open (the sample first), which sheet is shown,
 * the selected cell, and the sheet as the grid reads it — re-read whenever the workbook changes,
 * whether the change came from the grid or from the task pane.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type SupportedLanguage } from "../i18n";
import { loadSampleWorkbook } from "./sample/loadSampleWorkbook";
import { sampleWorkbook } from "./sample/sampleWorkbook";
import { PlaygroundHost } from "./workbook/playgroundHost";
import { previewSheetGrid, readSheetGrid, type SheetGrid } from "./workbook/sheetGrid";

/** The open workbook and where the user is in it. */
export interface PlaygroundWorkbook {
  readonly status: "loading" | "ready" | "failed";
  readonly error: unknown;
  readonly host: PlaygroundHost | null;
  /** The opened file's name (the sample's download name for the sample). */
  readonly fileName: string;
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  readonly selected: string;
  readonly grid: SheetGrid | null;
  /**
   * While the sample's formula engine is being built: its first sheet, drawn straight from the generated
   * sample (values and layout, no formulas) so the page shows the workbook at once.
   */
  readonly preview: SheetGrid | null;
  /** Tells the hook the preview is on screen: the engine, which blocks the page while it builds, comes next. */
  readonly previewPainted: () => void;
  /** Changes when the sheet shown is replaced as a whole (a report written again): the grid starts afresh. */
  readonly gridKey: string;
  /** Rows of the sample ledger, when the sample is open. */
  readonly sampleInvoices: number | null;
  readonly showSheet: (sheet: string) => void;
  readonly select: (address: string) => void;
  /** Replaces the workbook (a file was opened). */
  readonly replace: (host: PlaygroundHost, fileName: string) => void;
  readonly loadSample: () => void;
}

const SAMPLE_FILE = "creditkit-sample.xlsx";
// Builds the engine anyway if the preview never reports its paint (a hidden tab draws nothing).
const PREVIEW_WAIT_MS = 1_500;

/**
 * Holds the playground's workbook, starting with the sample in `language`.
 *
 * @example
 * const book = usePlaygroundWorkbook("en");
 * book.grid?.rows[0]; // the first row of the sheet shown
 */
export function usePlaygroundWorkbook(language: SupportedLanguage): PlaygroundWorkbook {
  const [host, setHost] = useState<PlaygroundHost | null>(null);
  const [status, setStatus] = useState<PlaygroundWorkbook["status"]>("loading");
  const [error, setError] = useState<unknown>(null);
  const [fileName, setFileName] = useState(SAMPLE_FILE);
  const [sampleInvoices, setSampleInvoices] = useState<number | null>(null);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [activeSheet, setActiveSheet] = useState("");
  const [selected, setSelected] = useState("A1");
  const [version, setVersion] = useState(0);
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  const [sampleRequest, setSampleRequest] = useState(0);
  const [rewrites, setRewrites] = useState(0);
  const [preview, setPreview] = useState<SheetGrid | null>(null);
  // Which workbook the grid shows: the sample keeps its key from its preview to its engine, so the grid
  // is not drawn afresh when the engine arrives.
  const [workbookKey, setWorkbookKey] = useState("");
  const painted = useRef<(() => void) | null>(null);
  const previewPainted = useCallback(() => painted.current?.(), []);

  const replace = useCallback((next: PlaygroundHost, name: string, key: string = next.id) => {
    setWorkbookKey(key);
    setPreview(null);
    setHost(next);
    setFileName(name);
    setSampleInvoices(null);
    setActiveSheet(next.workbook.sheetNames()[0] ?? "");
    setSelected("A1");
    setGrid(null);
    setStatus("ready");
  }, []);

  useEffect(() => {
    let current = true;
    setStatus("loading");
    performance.mark("creditkit:sample-start");
    const key = `sample-${sampleRequest}`;
    let sample;
    try {
      sample = sampleWorkbook();
    } catch (failure) {
      setError(failure);
      setStatus("failed");
      return undefined;
    }
    const first = sample.sheets[0];
    // The first load only: a sample asked for later replaces a workbook that is on screen until then.
    const shown = first === undefined || sampleRequest > 0 ? null : previewSheetGrid(first);
    if (shown !== null) {
      setWorkbookKey(key);
      setPreview(shown);
      setSheets(sample.sheets.map((sheet) => sheet.name));
      setActiveSheet(shown.sheet);
      setSelected("A1");
    }
    // Building the engine holds the page for most of a second: it starts once the preview is drawn.
    const drawn =
      shown === null
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            painted.current = resolve;
            setTimeout(resolve, PREVIEW_WAIT_MS);
          });
    void drawn
      .then(() => {
        painted.current = null;
        // Only the first load needs the language: later switches re-word the open workbook instead.
        return current ? loadSampleWorkbook({ language, sample }) : null;
      })
      .then(
        (loaded) => {
          performance.mark("creditkit:sample-loaded");
          if (!current || loaded === null) return;
          replace(new PlaygroundHost(loaded.workbook), SAMPLE_FILE, key);
          // The ledger block is the header and the invoices, broken rows included.
          const ledgerRows = loaded.sample.sheets[0]?.blocks[1]?.rows.length ?? 1;
          setSampleInvoices(ledgerRows - 1 - loaded.sample.brokenRows.length);
        },
        (failure: unknown) => {
          if (!current) return;
          setPreview(null);
          setError(failure);
          setStatus("failed");
        },
      );
    return () => {
      current = false;
    };
  }, [sampleRequest, replace]);

  useEffect(() => {
    host?.setLanguage(language);
  }, [host, language]);

  useEffect(() => {
    if (host === null) return undefined;
    return host.subscribe((change) => {
      if (change.kind === "content") {
        setVersion((v) => v + 1);
        if (change.activate !== undefined) {
          setRewrites((n) => n + 1);
          setActiveSheet(change.activate);
          setSelected("A1");
        }
      } else {
        setActiveSheet(change.sheet);
        setSelected(change.address.split(":")[0] ?? "A1");
      }
    });
  }, [host]);

  useEffect(() => {
    if (host === null) return undefined;
    let current = true;
    void (async () => {
      try {
        // Names and visibility only: listing the sheets through the port would measure every used range.
        const listed = host.workbook
          .sheetNames()
          .filter((name) => host.sheetLayout(name).state === "visible");
        const shown = listed.includes(activeSheet) ? activeSheet : (listed[0] ?? "");
        const read = shown === "" ? null : await readSheetGrid(host, shown);
        if (!current) return;
        setSheets(listed);
        if (shown !== activeSheet) setActiveSheet(shown);
        setGrid(read);
      } catch (failure) {
        // The sheet went away between the change and the read; the next change reads again.
        console.warn("CreditKit playground: the sheet could not be read.", failure);
      }
    })();
    return () => {
      current = false;
    };
  }, [host, version, activeSheet]);

  return {
    status,
    error,
    host,
    fileName,
    sheets,
    activeSheet,
    selected,
    grid: grid?.sheet === activeSheet ? grid : null,
    preview: host === null && preview?.sheet === activeSheet ? preview : null,
    previewPainted,
    gridKey: `${workbookKey}:${activeSheet}:${rewrites}`,
    sampleInvoices,
    showSheet: (sheet) => {
      setActiveSheet(sheet);
      setSelected("A1");
    },
    select: setSelected,
    replace,
    loadSample: () => setSampleRequest((n) => n + 1),
  };
}
