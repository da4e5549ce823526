/**
 * The cells of one sheet in an AG Grid (MIT, DOM-rendered: screen readers and browser tests read the
 * cell text): column letters, row numbers, values through their number formats and report styles,
 * and Excel-like editing with the formula editor. The grid holds no data of its own: an edit goes to
 * the workbook, and the recalculated sheet comes back as new rows.
 */
import { makeStyles } from "@fluentui/react-components";
import {
  type CellClassParams,
  type CellFocusedEvent,
  type CellStyle,
  type ColDef,
  colorSchemeDark,
  colorSchemeLight,
  type GridApi,
  type SuppressKeyboardEventParams,
  themeQuartz,
  type ValueFormatterParams,
  type ValueSetterParams,
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseCellAddress, columnLetters } from "../../core/report";
import { type RawCell } from "../../host/port";
import { gridKey, rowOfKey, type SheetGrid } from "../workbook/sheetGrid";
import { cellText } from "./cellText";
import { SheetChart } from "./SheetChart";
import { overflowSpan } from "./textOverflow";
import { FormulaCellEditor, type GridContext } from "./FormulaCellEditor";
import { gridColumns, type GridRow, gridRows } from "./gridRows";

/** The sheet to show, where the selection is, and what edits and selections do. */
export interface WorkbookGridProps {
  readonly grid: SheetGrid;
  readonly dark: boolean;
  readonly context: GridContext;
  /** Accessible name of the grid. */
  readonly label: string;
  /** The selected cell, e.g. "B5"; the grid scrolls to it when it changes from outside. */
  readonly selected: string;
  readonly onSelect: (address: string) => void;
  /** A committed edit: the typed text of a cell. */
  readonly onEdit: (address: string, typed: string) => void;
  /** The grid is on screen with its first rows drawn. */
  readonly onFirstPaint?: () => void;
}

const ROW_NUMBER = "#";
const ROW_NUMBER_WIDTH = 56;
const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const TALL_ROW = 44;
// Excel's column width unit is one digit of its default font; the grid's digits and cell padding are wider.
const PIXELS_PER_CHARACTER = 8;
const CELL_PADDING = 18;

const useStyles = makeStyles({
  root: { flexGrow: 1, minHeight: 0, minWidth: 0, position: "relative" },
  // Over the cells, under nothing: clicks go through to the grid, drawing stops at its edges.
  charts: {
    position: "absolute",
    top: `${HEADER_HEIGHT}px`,
    left: `${ROW_NUMBER_WIDTH}px`,
    right: "16px",
    bottom: "16px",
    overflow: "hidden",
    pointerEvents: "none",
  },
});

const lightTheme = themeQuartz.withPart(colorSchemeLight).withParams({
  fontSize: 13,
  spacing: 4,
  rowHeight: ROW_HEIGHT,
  headerHeight: HEADER_HEIGHT,
  wrapperBorderRadius: 0,
  headerFontWeight: 600,
});
const darkTheme = themeQuartz.withPart(colorSchemeDark).withParams({
  fontSize: 13,
  spacing: 4,
  rowHeight: ROW_HEIGHT,
  headerHeight: HEADER_HEIGHT,
  wrapperBorderRadius: 0,
  headerFontWeight: 600,
});

/** Keys the formula editor needs for its function list while the list is open. */
const LIST_KEYS = new Set(["Enter", "Tab", "Escape", "ArrowUp", "ArrowDown"]);

function suppressWhileListOpen({ event, editing }: SuppressKeyboardEventParams<GridRow>): boolean {
  if (!editing || !LIST_KEYS.has(event.key)) return false;
  return event.target instanceof HTMLElement && event.target.getAttribute("aria-expanded") === "true";
}

/**
 * The grid of one sheet.
 *
 * @example
 * <WorkbookGrid grid={grid} dark={false} context={context} label="Cells of Ledger" selected="A1" onSelect={select} onEdit={edit} />
 */
export function WorkbookGrid(props: WorkbookGridProps) {
  const { grid, dark, context, label, selected, onSelect, onEdit, onFirstPaint } = props;
  const styles = useStyles();
  const api = useRef<GridApi<GridRow> | null>(null);
  // Formatters read the latest sheet through a ref, so new data does not rebuild the columns.
  const current = useRef(grid);
  current.current = grid;
  const rows = useMemo(() => gridRows(grid), [grid]);
  // Rows with wrapped text (a report's or a sheet's header) get room for two lines.
  const tallRows = useMemo(
    () =>
      new Set([...grid.styles].filter(([, style]) => style.wrapText === true).map(([key]) => rowOfKey(key))),
    [grid],
  );
  const letters = useMemo(() => gridColumns(grid.columnCount), [grid.columnCount]);
  const widths = grid.widths;
  const edit = useRef(onEdit);
  edit.current = onEdit;

  const pixels = useMemo(
    () =>
      letters.map((_, index) =>
        Math.max(48, Math.round((widths.get(index + 1) ?? 10) * PIXELS_PER_CHARACTER + CELL_PADDING)),
      ),
    [letters, widths],
  );
  const [scroll, setScroll] = useState({ top: 0, left: 0 });

  const columnDefs = useMemo((): ColDef<GridRow>[] => {
    const valueColumn = (letter: string, index: number): ColDef<GridRow> => ({
      colId: letter,
      headerName: letter,
      width: pixels[index],
      colSpan: ({ data }) => {
        if (data === undefined) return 1;
        const fontSize = current.current.styles.get(gridKey(data.r, index + 1))?.fontSize;
        return overflowSpan(data.cells, index, pixels, fontSize === undefined ? 13 : fontSize * 1.1);
      },
      valueGetter: ({ data }) => data?.cells[index] ?? null,
      valueFormatter: ({ value, data }: ValueFormatterParams<GridRow, RawCell>) =>
        data === undefined ? "" : cellText(value ?? null, current.current.formats.get(`${letter}${data.r}`)),
      valueSetter: ({ newValue, data }: ValueSetterParams<GridRow, unknown>) => {
        // The editor hands over the typed text; Delete on a cell hands over nothing: a blank.
        edit.current(`${letter}${data.r}`, typeof newValue === "string" ? newValue : "");
        // The workbook recalculates and the grid gets new rows; nothing to store in this row.
        return false;
      },
      cellStyle: ({ data, value }: CellClassParams<GridRow, RawCell>) =>
        data === undefined ? null : cellStyleOf(current.current, data.r, index + 1, value ?? null),
    });
    return [
      {
        colId: ROW_NUMBER,
        headerName: "",
        valueGetter: ({ data }) => data?.r,
        width: ROW_NUMBER_WIDTH,
        pinned: "left",
        editable: false,
        suppressNavigable: true,
        cellClass: "creditkit-row-number",
        cellStyle: { textAlign: "right", color: "var(--ag-header-text-color)" },
      },
      ...letters.map(valueColumn),
    ];
  }, [letters, pixels]);

  const defaultColDef = useMemo(
    (): ColDef<GridRow> => ({
      editable: true,
      cellEditor: FormulaCellEditor,
      suppressKeyboardEvent: suppressWhileListOpen,
      sortable: false,
      resizable: true,
      suppressMovable: true,
      suppressHeaderMenuButton: true,
    }),
    [],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      const column = event.column;
      const colId = typeof column === "string" ? column : column?.getColId();
      if (
        event.rowIndex === null ||
        event.rowIndex === undefined ||
        colId === undefined ||
        colId === ROW_NUMBER
      )
        return;
      onSelect(`${colId}${event.rowIndex + 1}`);
    },
    [onSelect],
  );

  // A selection from outside (the pane shows a rejected row): bring it into view and mark it, now
  // or, for a grid just mounted for that sheet, once its rows are there.
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const showSelected = useCallback(() => {
    const gridApi = api.current;
    const at = parseCellAddress(selectedRef.current);
    if (gridApi === null || at === null) return;
    const focused = gridApi.getFocusedCell();
    const letter = columnLetters(at.column);
    if (focused?.rowIndex === at.row - 1 && focused.column.getColId() === letter) return;
    gridApi.ensureIndexVisible(at.row - 1, "middle");
    gridApi.ensureColumnVisible(letter, "auto");
    gridApi.setFocusedCell(at.row - 1, letter);
  }, []);
  useEffect(showSelected, [selected, showSelected]);

  return (
    <div className={styles.root} role="region" aria-label={label}>
      <AgGridReact<GridRow>
        theme={dark ? darkTheme : lightTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={({ data }) => String(data.r)}
        getRowHeight={({ data }) => (data !== undefined && tallRows.has(data.r) ? TALL_ROW : undefined)}
        context={context}
        onGridReady={({ api: ready }) => {
          api.current = ready;
        }}
        onFirstDataRendered={() => {
          if (selectedRef.current !== "A1") showSelected();
          onFirstPaint?.();
        }}
        onCellFocused={onCellFocused}
        onBodyScroll={({ top, left }) => {
          if (grid.charts.length > 0) setScroll({ top, left });
        }}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        animateRows={false}
        suppressCellFocus={false}
        ensureDomOrder
      />
      {grid.charts.length > 0 && (
        <div className={styles.charts}>
          {grid.charts.map((chart, i) => {
            let top = 0;
            for (let row = 1; row < chart.row; row++) top += tallRows.has(row) ? TALL_ROW : ROW_HEIGHT;
            const left = pixels.slice(0, chart.column - 1).reduce((sum, width) => sum + width, 0);
            return <SheetChart key={i} chart={chart} left={left - scroll.left} top={top - scroll.top} />;
          })}
        </div>
      )}
    </div>
  );
}

/** The report's or the file's look of a cell; numbers right-aligned as in Excel. */
function cellStyleOf(grid: SheetGrid, row: number, column: number, value: RawCell): CellStyle | null {
  const key = gridKey(row, column);
  const style = grid.styles.get(key);
  // As in Excel, a met "cell value" rule's fill shows over the cell's own.
  const alert = grid.alerts.get(key);
  const conditional = alert ?? (style?.fill === undefined ? grid.conditional.get(key) : undefined);
  const numeric = typeof value === "number";
  // Always an alignment: the grid keeps styles of earlier renders, and an edit may turn text into a number.
  if (style === undefined && conditional === undefined) return { textAlign: numeric ? "right" : "left" };
  return {
    ...(style?.bold === true ? { fontWeight: "600" } : {}),
    ...(style?.italic === true ? { fontStyle: "italic" } : {}),
    ...(style?.fontSize !== undefined ? { fontSize: `${Math.round(style.fontSize * 1.1)}px` } : {}),
    // A filled cell keeps dark text in the dark theme too, or a light fill would hide it.
    ...(style?.fill !== undefined && conditional === undefined
      ? { backgroundColor: style.fill, color: style.fontColor ?? "#1b1b1b" }
      : {}),
    ...(style?.fill === undefined && style?.fontColor !== undefined ? { color: style.fontColor } : {}),
    // A colour scale fills the cell (dark text on it); a data bar leaves the text on the theme's ground.
    ...(conditional !== undefined
      ? {
          background: conditional,
          ...(conditional.startsWith("linear-gradient") ? {} : { color: "#1b1b1b" }),
        }
      : {}),
    textAlign: style?.horizontalAlignment ?? (numeric ? "right" : "left"),
    ...(style?.wrapText === true ? { whiteSpace: "normal", lineHeight: "1.2" } : {}),
  };
}
