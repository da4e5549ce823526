/**
 * The playground page: a workbook (toolbar, formula bar, grid, sheet tabs) on the left, calculated by
 * the embedded host, and on the right the very task pane Excel loads, on the same host — so a report
 * the pane writes appears as a new sheet tab, and a rejected row it lists is shown in the grid.
 */
import {
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { type FunctionsJson } from "../functions/metadata/types";
import { HostError } from "../host/port";
import { createI18n, type SupportedLanguage } from "../i18n";
import {
  browserLanguageStorage,
  effectiveLanguage,
  type LanguageChoice,
  languageStorageKey,
  loadLanguageChoice,
} from "../taskpane/languagePreference";
import { isSupportedLanguage } from "../i18n/language";
import { downloadWorkbook } from "./files/downloadWorkbook";
import { openWorkbookFile, UnsupportedFileError } from "./files/openWorkbookFile";
import { functionCatalog } from "./formula/functionCatalog";
import { FormulaBar } from "./FormulaBar";
import { type GridContext } from "./grid/FormulaCellEditor";
import { WorkbookGrid } from "./grid/WorkbookGrid";
import { observedLanguageStorage } from "./languageStorage";
import { PANE_WIDTHS, PlaygroundToolbar } from "./PlaygroundToolbar";
import { SheetTabs } from "./SheetTabs";
import { usePlaygroundWorkbook } from "./usePlaygroundWorkbook";
import { cellContentOf, entryText } from "./workbook/cellInput";
import { PlaygroundHost } from "./workbook/playgroundHost";
import { parseCellAddress } from "../core/report";

/** What the page is started with. */
export interface PlaygroundProps {
  /** The generated functions.json (English descriptions of the CREDIT functions). */
  readonly functions: FunctionsJson;
  readonly version: string;
  /** The browser's language, standing in for Office's display language. */
  readonly browserLanguage?: string;
  /** `?theme=dark&pane=320` in the address, for links and the browser tests. */
  readonly initial?: { readonly dark?: boolean; readonly paneWidth?: number };
}

// The task pane's code (its views and the credit logic behind them) comes in a chunk of its own,
// loaded once the grid shows the sample: the pane is drawn after the grid anyway, and the first view
// does not wait for its code to be fetched and compiled.
const App = lazy(() =>
  import(/* webpackChunkName: "taskpane" */ "../taskpane/App").then((module) => ({
    default: module.App,
  })),
);

/**
 * Name of the performance mark set when the grid first shows the sample workbook.
 *
 * @example
 * performance.getEntriesByName(SAMPLE_PAINTED_MARK)[0]?.startTime; // ms since navigation
 */
export const SAMPLE_PAINTED_MARK = "creditkit:sample-painted";

/**
 * Name of the performance mark set when the grid shows the sample workbook with its formula engine built:
 * cells can be edited and the task pane reads it.
 *
 * @example
 * performance.getEntriesByName(SAMPLE_READY_MARK)[0]?.startTime; // 2400
 */
export const SAMPLE_READY_MARK = "creditkit:sample-ready";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: "240px", flexGrow: 1 },
  tagline: { color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, minHeight: 0 },
  status: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  cellError: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  waiting: { margin: "auto" },
  paneWaiting: { padding: tokens.spacingVerticalXXL },
  pane: {
    flexShrink: 0,
    boxSizing: "border-box",
    overflowY: "auto",
    overflowX: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type Notice = { readonly intent: "info" | "success" | "warning" | "error"; readonly text: string } | null;

function reasonOf(error: unknown): string {
  if (error instanceof HostError) return error.causeText ?? error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The playground page.
 *
 * @example
 * createRoot(container).render(<Playground functions={functionsJson} version="0.1.0" />);
 */
export function Playground({ functions, version, browserLanguage, initial }: PlaygroundProps) {
  const [storage] = useState(() => observedLanguageStorage(browserLanguageStorage));
  const [choice, setChoice] = useState<LanguageChoice>(() => loadLanguageChoice(storage).choice);
  useEffect(
    () =>
      storage.subscribe((key, value) => {
        if (key === languageStorageKey && (value === "office" || isSupportedLanguage(value)))
          setChoice(value);
      }),
    [storage],
  );
  const language = effectiveLanguage(choice, browserLanguage);
  const [i18n] = useState(() => createI18n(language));
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  const [dark, setDark] = useState(initial?.dark ?? false);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <PlaygroundPage
          functions={functions}
          version={version}
          browserLanguage={browserLanguage}
          language={language}
          storage={storage}
          dark={dark}
          onDarkChange={setDark}
          initialPaneWidth={initial?.paneWidth}
        />
      </FluentProvider>
    </I18nextProvider>
  );
}

interface PageProps {
  readonly functions: FunctionsJson;
  readonly version: string;
  readonly browserLanguage: string | undefined;
  readonly language: SupportedLanguage;
  readonly storage: ReturnType<typeof observedLanguageStorage>;
  readonly dark: boolean;
  readonly onDarkChange: (dark: boolean) => void;
  readonly initialPaneWidth: number | undefined;
}

// Split from Playground because useTranslation needs the provider Playground renders.
function PlaygroundPage(props: PageProps) {
  const { functions, version, browserLanguage, language, storage, dark, onDarkChange } = props;
  const styles = useStyles();
  const { t } = useTranslation("playground");
  const book = usePlaygroundWorkbook(language);
  const { host, grid, activeSheet, selected } = book;
  const [paneWidth, setPaneWidth] = useState(props.initialPaneWidth ?? PANE_WIDTHS[1]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // The engine's sheet, or the sample's first sheet drawn while its engine is built.
  const shownGrid = host !== null ? grid : book.preview;
  const catalog = useMemo(() => functionCatalog(functions, language), [functions, language]);
  const painted = useRef(false);
  // The pane starts reading the workbook once the grid has shown it, so the two do not compete for
  // the first second; afterwards every workbook goes to the pane at once.
  const [paneReady, setPaneReady] = useState(false);

  useEffect(() => {
    if (book.status === "ready" && book.sampleInvoices !== null)
      setNotice({ intent: "info", text: t("file.sampleLoaded", { count: book.sampleInvoices }) });
  }, [book.status, book.sampleInvoices, t]);

  const entryOf = useCallback(
    (address: string): string => {
      if (host === null || activeSheet === "") return "";
      const at = parseCellAddress(address);
      const value = at === null || grid === null ? null : (grid.rows[at.row - 1]?.[at.column - 1] ?? null);
      try {
        return entryText(host.workbook.cellFormula(activeSheet, address), value);
      } catch {
        return "";
      }
    },
    [host, activeSheet, grid],
  );

  // An error in the selected cell comes with the message the CREDIT function gave (Excel shows it
  // on the cell's error marker); the playground shows it under the formula bar.
  const errorMessage = useMemo(() => {
    if (host === null || activeSheet === "" || grid === null) return null;
    try {
      const value = host.workbook.getCellValue(activeSheet, selected);
      return value.kind === "error" && value.message !== "" ? `${value.error} ${value.message}` : null;
    } catch {
      return null;
    }
  }, [host, activeSheet, selected, grid]);

  const edit = useCallback(
    (address: string, typed: string) => {
      if (host === null || activeSheet === "") return;
      try {
        host.setCell(activeSheet, address, cellContentOf(typed));
      } catch (error) {
        setNotice({
          intent: "error",
          text: t("formulaBar.editFailed", { address, reason: reasonOf(error) }),
        });
      }
    },
    [host, activeSheet, t],
  );

  const context = useMemo(
    (): GridContext => ({
      catalog,
      listLabel: t("suggestions.label"),
      entryText: (row, column) => entryOf(`${column}${row}`),
      editorLabel: (address) => `${t("formulaBar.cell")} ${address}`,
    }),
    [catalog, t, entryOf],
  );

  const open = async (file: File) => {
    setBusy(true);
    setNotice({ intent: "info", text: t("file.opening", { file: file.name }) });
    try {
      const workbook = await openWorkbookFile(file, language);
      book.replace(new PlaygroundHost(workbook), file.name);
      const kept = workbook.warnings.length;
      setNotice(
        kept > 0
          ? {
              intent: "warning",
              text: `${t("file.opened", { file: file.name })} ${t("file.keptAtSavedValue", { count: kept })}`,
            }
          : { intent: "success", text: t("file.opened", { file: file.name }) },
      );
    } catch (error) {
      const reason = error instanceof UnsupportedFileError ? t("file.unsupported") : reasonOf(error);
      setNotice({ intent: "error", text: t("file.openFailed", { file: file.name, reason }) });
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    if (host === null) return;
    setBusy(true);
    try {
      await downloadWorkbook(host.workbook, book.fileName);
    } catch (error) {
      setNotice({ intent: "error", text: t("file.downloadFailed", { reason: reasonOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const { previewPainted } = book;
  const [firstPainted, setFirstPainted] = useState(false);
  const firstPaint = useCallback(() => {
    if (painted.current) return;
    painted.current = true;
    // After the frame that shows the rows: that is when a user first sees the sample (its preview,
    // or the workbook itself when there is none).
    requestAnimationFrame(() => {
      performance.mark(SAMPLE_PAINTED_MARK);
      setFirstPainted(true);
      previewPainted();
    });
  }, [previewPainted]);

  // Ready once the grid shows the workbook with its engine: cells can be edited and the pane can read it.
  const workbookShown = firstPainted && host !== null && grid !== null;
  useEffect(() => {
    if (!workbookShown || paneReady) return;
    requestAnimationFrame(() => {
      performance.mark(SAMPLE_READY_MARK);
      document.body.dataset.ready = "true";
      setPaneReady(true);
    });
  }, [workbookShown, paneReady]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h1">{t("title")}</Subtitle1>
          <Caption1 className={styles.tagline}>{t("tagline")}</Caption1>
        </div>
        <PlaygroundToolbar
          dark={dark}
          paneWidth={paneWidth}
          busy={busy || host === null}
          onOpen={(file) => void open(file)}
          onDownload={() => void download()}
          onSample={book.loadSample}
          onDarkChange={onDarkChange}
          onPaneWidthChange={setPaneWidth}
        />
      </header>
      <div className={styles.body}>
        <main className={styles.workbook} aria-label={t("toolbar.label")}>
          {book.status === "failed" && (
            <MessageBar intent="error" className={styles.status}>
              <MessageBarBody>{t("loadFailed", { reason: reasonOf(book.error) })}</MessageBarBody>
            </MessageBar>
          )}
          {(host !== null || book.preview !== null) && (
            <FormulaBar
              address={selected}
              entry={entryOf(selected)}
              catalog={catalog}
              onCommit={(typed) => edit(selected, typed)}
            />
          )}
          {errorMessage !== null && (
            <Caption1 className={styles.cellError} role="note">
              {errorMessage}
            </Caption1>
          )}
          {shownGrid !== null ? (
            <WorkbookGrid
              key={book.gridKey}
              grid={shownGrid}
              dark={dark}
              context={context}
              label={t("grid.label", { sheet: activeSheet })}
              selected={selected}
              onSelect={book.select}
              onEdit={edit}
              onFirstPaint={firstPaint}
            />
          ) : (
            book.status !== "failed" && <Spinner className={styles.waiting} label={t("loading")} />
          )}
          {shownGrid !== null && (
            <SheetTabs sheets={book.sheets} active={activeSheet} onSelect={book.showSheet} />
          )}
          <div className={styles.status} role="status" aria-live="polite">
            {notice !== null && notice.intent !== "error" && <Body1>{notice.text}</Body1>}
          </div>
          {notice?.intent === "error" && (
            <MessageBar intent="error" className={styles.status}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </main>
        <aside
          className={styles.pane}
          style={{ width: `${paneWidth}px` }}
          aria-label={t("pane.label")}
          id="creditkit-pane"
        >
          {/* The same providers and props the add-in's taskpane/index.tsx gives the App. */}
          <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
            <Suspense fallback={<Spinner className={styles.paneWaiting} size="small" label={t("loading")} />}>
              {host !== null && paneReady ? (
                <App
                  key={host.id}
                  version={version}
                  officeLanguage={browserLanguage}
                  storage={storage}
                  host={host}
                />
              ) : book.status === "failed" ? (
                <App version={version} officeLanguage={browserLanguage} storage={storage} />
              ) : (
                <Spinner className={styles.paneWaiting} size="small" label={t("loading")} />
              )}
            </Suspense>
          </FluentProvider>
        </aside>
      </div>
    </div>
  );
}
