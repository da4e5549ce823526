/**
 * The grid's cell editor: the formula field with CREDIT suggestions. Editing started by typing begins
 * with the typed character, as in Excel; started with Enter, F2 or a double click, it begins with the
 * cell's formula (or value).
 */
import { type CustomCellEditorProps } from "ag-grid-react";
import { useEffect, useState } from "react";
import { type FunctionHelp } from "../formula/functionCatalog";
import { FormulaInput } from "../formula/FormulaInput";
import { type GridRow } from "./gridRows";

/** What the editor needs from the page, passed as the grid's context. */
export interface GridContext {
  readonly catalog: readonly FunctionHelp[];
  readonly listLabel: string;
  /** The text editing a cell starts from (its formula or value). */
  readonly entryText: (row: number, column: string) => string;
  /** Accessible name of the editor of a cell ("Cell B5"). */
  readonly editorLabel: (address: string) => string;
}

function startText(props: CustomCellEditorProps<GridRow, unknown, GridContext>): string {
  const key = props.eventKey;
  if (key !== null && key.length === 1) return key;
  if (key === "Backspace" || key === "Delete") return "";
  const column = props.column.getColId();
  return props.context.entryText(props.data.r, column);
}

/**
 * The cell editor component (ag-grid `cellEditor`).
 *
 * @example
 * const defaultColDef = { editable: true, cellEditor: FormulaCellEditor };
 */
export function FormulaCellEditor(props: CustomCellEditorProps<GridRow, unknown, GridContext>) {
  const [text, setText] = useState(() => startText(props));
  const { onValueChange } = props;
  useEffect(() => {
    // The grid only sees typed changes; a start by a typed character is one too.
    onValueChange(text);
    // Once, with the starting text; later changes report themselves.
  }, []);
  const address = `${props.column.getColId()}${props.data.r}`;
  return (
    <FormulaInput
      value={text}
      onChange={(next) => {
        setText(next);
        onValueChange(next);
      }}
      catalog={props.context.catalog}
      label={props.context.editorLabel(address)}
      listLabel={props.context.listLabel}
      autoFocus
    />
  );
}
