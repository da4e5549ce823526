/**
 * English text of the browser playground around the task pane (the `playground` namespace): the
 * toolbar, the formula bar, the sheet tabs and the messages about files. The task pane inside it
 * keeps its own `ui` strings.
 */

/**
 * The English playground strings; `{{name}}` marks an interpolated value.
 *
 * @example
 * playground.toolbar.download; // "Download .xlsx"
 */
export const playground = {
  title: "CreditKit playground",
  tagline: "The task pane beside a live workbook, calculated in this browser. Nothing is uploaded.",
  loading: "Preparing the sample workbook…",
  loadFailed: "The sample workbook could not be prepared: {{reason}}",
  toolbar: {
    label: "Workbook",
    open: "Open…",
    openTitle: "Open an .xlsx workbook or a .csv file from this computer",
    download: "Download .xlsx",
    sample: "Sample",
    sampleTitle: "Start again from the sample workbook",
    dark: "Dark theme",
    paneWidth: "Pane width",
    paneWidthOption: "{{width}} px",
  },
  file: {
    opening: "Opening {{file}}…",
    opened: "Opened {{file}}.",
    openFailed: "{{file}} could not be opened: {{reason}}",
    unsupported: "only .xlsx workbooks and .csv files can be opened.",
    keptAtSavedValue:
      "{{count}} formulas could not be recalculated here and show the value saved in the file.",
    downloadFailed: "The workbook could not be saved: {{reason}}",
    sampleLoaded: "Sample workbook: a ledger of {{count}} invoices, a customer master and a scorecard.",
  },
  formulaBar: {
    label: "Formula bar",
    cell: "Selected cell",
    editFailed: "{{address}} could not be changed: {{reason}}",
  },
  grid: {
    label: "Cells of {{sheet}}",
  },
  sheets: {
    label: "Sheets",
  },
  suggestions: {
    label: "CREDIT functions",
  },
  pane: {
    label: "CreditKit task pane",
  },
};

/**
 * The shape every language's playground table has.
 *
 * @example
 * const table: PlaygroundStrings = playground;
 */
export type PlaygroundStrings = typeof playground;
