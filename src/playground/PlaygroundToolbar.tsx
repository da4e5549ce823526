/**
 * The playground's toolbar: open a file, download the workbook, start again from the sample, and
 * show the task pane as Office would — dark or light, at the narrowest and widest pane widths.
 */
import {
  Select,
  Switch,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentTable20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * Pane widths to try: Excel's narrowest task pane, its default and a wide one.
 *
 * @example
 * PANE_WIDTHS[0]; // 320
 */
export const PANE_WIDTHS = [320, 360, 450] as const;

/** What the toolbar shows and does. */
export interface PlaygroundToolbarProps {
  readonly dark: boolean;
  readonly paneWidth: number;
  readonly busy: boolean;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
  readonly onSample: () => void;
  readonly onDarkChange: (dark: boolean) => void;
  readonly onPaneWidthChange: (width: number) => void;
}

const useStyles = makeStyles({
  root: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  field: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/**
 * The toolbar.
 *
 * @example
 * <PlaygroundToolbar dark={false} paneWidth={360} busy={false} onOpen={open} onDownload={save} … />
 */
export function PlaygroundToolbar(props: PlaygroundToolbarProps) {
  const { dark, paneWidth, busy, onOpen, onDownload, onSample, onDarkChange, onPaneWidthChange } = props;
  const styles = useStyles();
  const { t } = useTranslation("playground");
  const picker = useRef<HTMLInputElement | null>(null);
  const widthId = useId("pane-width");
  return (
    <Toolbar className={styles.root} aria-label={t("toolbar.label")} size="small">
      <ToolbarButton
        icon={<FolderOpen20Regular />}
        title={t("toolbar.openTitle")}
        disabled={busy}
        onClick={() => picker.current?.click()}
      >
        {t("toolbar.open")}
      </ToolbarButton>
      <input
        ref={picker}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file !== undefined) onOpen(file);
        }}
      />
      <ToolbarButton icon={<ArrowDownload20Regular />} disabled={busy} onClick={onDownload}>
        {t("toolbar.download")}
      </ToolbarButton>
      <ToolbarButton
        icon={<DocumentTable20Regular />}
        title={t("toolbar.sampleTitle")}
        disabled={busy}
        onClick={onSample}
      >
        {t("toolbar.sample")}
      </ToolbarButton>
      <ToolbarDivider />
      <Switch
        checked={dark}
        label={t("toolbar.dark")}
        onChange={(_event, data) => onDarkChange(data.checked)}
      />
      <span className={styles.field}>
        <label htmlFor={widthId}>{t("toolbar.paneWidth")}</label>
        <Select
          id={widthId}
          size="small"
          value={String(paneWidth)}
          onChange={(_event, data) => onPaneWidthChange(Number(data.value))}
        >
          {PANE_WIDTHS.map((width) => (
            <option key={width} value={width}>
              {t("toolbar.paneWidthOption", { width })}
            </option>
          ))}
        </Select>
      </span>
    </Toolbar>
  );
}
