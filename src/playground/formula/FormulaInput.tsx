/**
 * A formula entry field that offers the CREDIT functions while a name is typed (`=CREDIT.` lists them
 * all with their descriptions), as an ARIA combobox: arrows move through the list, Enter or Tab takes
 * the highlighted function, Escape closes the list. Used as the grid's cell editor and as the formula
 * bar; the list is drawn in a layer above the page so a grid cell does not clip it.
 */
import { makeStyles, mergeClasses, Portal, tokens, useId } from "@fluentui/react-components";
import {
  type ForwardedRef,
  forwardRef,
  type KeyboardEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { type FunctionHelp } from "./functionCatalog";
import { completeFunction, type FunctionToken, functionTokenAt, matchingFunctions } from "./functionToken";

/** What the field shows and what it reports. */
export interface FormulaInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Enter or Tab with the list closed (the formula bar commits; the grid handles its own keys). */
  readonly onCommit?: (key: "Enter" | "Tab") => void;
  /** Escape with the list closed. */
  readonly onCancel?: () => void;
  readonly catalog: readonly FunctionHelp[];
  /** Accessible name of the field. */
  readonly label: string;
  /** Accessible name of the list of functions. */
  readonly listLabel: string;
  readonly className?: string;
  /** Where the caret starts (default: at the end). */
  readonly initialCaret?: number;
  readonly autoFocus?: boolean;
}

const useStyles = makeStyles({
  input: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: "none",
    outlineStyle: "none",
  },
  list: {
    position: "fixed",
    zIndex: 1000,
    margin: 0,
    padding: tokens.spacingVerticalXS,
    listStyleType: "none",
    maxHeight: "320px",
    overflowY: "auto",
    width: "min(480px, calc(100vw - 16px))",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  option: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-2px",
  },
  name: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  args: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  description: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The list's place under (or, near the bottom of the window, above) the field. */
function listPlace(input: HTMLInputElement | null): { left: number; top?: number; bottom?: number } {
  if (input === null) return { left: 0, top: 0 };
  const box = input.getBoundingClientRect();
  const left = Math.max(8, Math.min(box.left, window.innerWidth - 488));
  return box.bottom + 330 > window.innerHeight && box.top > 330
    ? { left, bottom: window.innerHeight - box.top + 2 }
    : { left, top: box.bottom + 2 };
}

/**
 * The formula entry field. The ref is the input element.
 *
 * @example
 * <FormulaInput value={text} onChange={setText} onCommit={save} catalog={catalog} label="Formula bar" listLabel="CREDIT functions" />
 */
export const FormulaInput = forwardRef(function FormulaInput(
  props: FormulaInputProps,
  ref: ForwardedRef<HTMLInputElement | null>,
) {
  const {
    value,
    onChange,
    onCommit,
    onCancel,
    catalog,
    label,
    listLabel,
    className,
    initialCaret,
    autoFocus,
  } = props;
  const styles = useStyles();
  const listId = useId("credit-functions");
  const input = useRef<HTMLInputElement | null>(null);
  useImperativeHandle<HTMLInputElement | null, HTMLInputElement | null>(ref, () => input.current, []);
  const [caret, setCaret] = useState<number>(initialCaret ?? value.length);
  const [active, setActive] = useState(0);
  // The token the user closed the list on with Escape: it stays closed until they type on.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const token: FunctionToken | null = functionTokenAt(value, caret);
  const matches = token === null ? [] : matchingFunctions(catalog, token);
  const open = matches.length > 0 && dismissed !== token?.end;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (index: number) => `${listId}-${index}`;

  useLayoutEffect(() => {
    const element = input.current;
    if (element === null) return;
    if (autoFocus === true) {
      element.focus();
      const at = initialCaret ?? element.value.length;
      element.setSelectionRange(at, at);
    }
    // Only on mount: the field keeps its own caret afterwards.
  }, []);

  useLayoutEffect(() => {
    // A completion moved the caret: put it there once React has written the new text.
    const at = pendingCaret.current;
    if (at === null || input.current === null) return;
    pendingCaret.current = null;
    input.current.setSelectionRange(at, at);
  });

  useLayoutEffect(() => {
    if (open) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  const choose = (fn: FunctionHelp) => {
    if (token === null) return;
    const done = completeFunction(value, token, fn.name);
    pendingCaret.current = done.caret;
    setCaret(done.caret);
    setActive(0);
    onChange(done.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (open) {
      const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (step !== undefined) {
        event.preventDefault();
        setActive((activeIndex + step + matches.length) % matches.length);
        return;
      }
      const chosen = matches[activeIndex];
      if ((event.key === "Enter" || event.key === "Tab") && chosen !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        choose(chosen);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(token?.end ?? null);
        return;
      }
    }
    if ((event.key === "Enter" || event.key === "Tab") && onCommit !== undefined) {
      event.preventDefault();
      onCommit(event.key);
    } else if (event.key === "Escape" && onCancel !== undefined) {
      event.preventDefault();
      onCancel();
    }
  };

  const place = open ? listPlace(input.current) : null;
  return (
    <>
      <input
        ref={input}
        className={mergeClasses(styles.input, className)}
        value={value}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setCaret(event.target.selectionStart ?? event.target.value.length);
          setActive(0);
          setDismissed(null);
          onChange(event.target.value);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? value.length)}
        onKeyDown={onKeyDown}
      />
      {open && place !== null && (
        <Portal>
          <ul id={listId} role="listbox" aria-label={listLabel} className={styles.list} style={place}>
            {matches.map((fn, index) => (
              <li
                key={fn.name}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={mergeClasses(styles.option, index === activeIndex && styles.active)}
                // Keeps the focus (and the caret) in the field while the mouse picks a function.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(fn);
                }}
              >
                <span className={styles.name}>
                  {fn.name}
                  <span className={styles.args}>({fn.args})</span>
                </span>
                <span className={styles.description}>{fn.description}</span>
              </li>
            ))}
          </ul>
        </Portal>
      )}
    </>
  );
});
