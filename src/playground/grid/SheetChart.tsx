/**
 * A report's chart drawn over the grid as Excel draws it over the sheet: stacked or clustered bars
 * (horizontal for "bar", vertical for "column"), a title and a legend, in SVG. Pie and line charts
 * (no report writes them yet) are left to Excel.
 */
import { tokens } from "@fluentui/react-components";
import { type ChartView } from "./reportVisuals";

/** The chart and where it is drawn, in pixels from the top-left of the grid's cells. */
export interface SheetChartProps {
  readonly chart: ChartView;
  readonly left: number;
  readonly top: number;
}

// Bucket-like order: green for current, through amber, to reds for the oldest.
const PALETTE = ["#107C10", "#8CBD18", "#FFB900", "#F7630C", "#D13438", "#A4262C", "#5C2E91", "#0078D4"];
const TITLE = 26;
const LEGEND_ROW = 18;
const LEGEND_ITEM = 96;
const LABEL = 56;

/**
 * One chart.
 *
 * @example
 * <SheetChart chart={chart} left={120} top={240} />
 */
export function SheetChart({ chart, left, top }: SheetChartProps) {
  if (!["barStacked", "barClustered", "columnStacked", "columnClustered"].includes(chart.kind)) return null;
  const stacked = chart.kind.endsWith("Stacked");
  const horizontal = chart.kind.startsWith("bar");
  const { width, height, categories, series } = chart;
  const legendPerRow = Math.max(1, Math.floor((width - 16) / LEGEND_ITEM));
  const legendHeight = Math.ceil(series.length / legendPerRow) * LEGEND_ROW + 6;
  const plot = { x: LABEL, y: TITLE, w: width - LABEL - 16, h: height - TITLE - legendHeight - 8 };
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)
      : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  const scale = Math.max(...totals, 1);
  const band = (horizontal ? plot.h : plot.w) / Math.max(1, categories.length);
  const bars: { key: string; x: number; y: number; w: number; h: number; color: string; label: string }[] =
    [];
  categories.forEach((category, i) => {
    let offset = 0;
    series.forEach((s, k) => {
      const value = Math.max(0, s.values[i] ?? 0);
      const length = (value / scale) * (horizontal ? plot.w : plot.h);
      const thickness = stacked ? band * 0.6 : (band * 0.8) / series.length;
      const start = band * i + (stacked ? band * 0.2 : band * 0.1 + thickness * k);
      const color = PALETTE[k % PALETTE.length] ?? "#0078D4";
      const label = `${category} · ${s.name}: ${value}`;
      if (horizontal)
        bars.push({
          key: `${i}-${k}`,
          x: plot.x + offset,
          y: plot.y + start,
          w: length,
          h: thickness,
          color,
          label,
        });
      else
        bars.push({
          key: `${i}-${k}`,
          x: plot.x + start,
          y: plot.y + plot.h - offset - length,
          w: thickness,
          h: length,
          color,
          label,
        });
      if (stacked) offset += length;
    });
  });
  return (
    <svg
      role="img"
      aria-label={chart.title}
      width={width}
      height={height}
      style={{
        position: "absolute",
        left,
        top,
        background: tokens.colorNeutralBackground1,
        border: `1px solid ${tokens.colorNeutralStroke2}`,
        fontFamily: tokens.fontFamilyBase,
      }}
    >
      <text
        x={width / 2}
        y={18}
        textAnchor="middle"
        fontSize={13}
        fontWeight={600}
        fill={tokens.colorNeutralForeground1}
      >
        {chart.title}
      </text>
      {categories.map((category, i) => (
        <text
          key={category}
          x={horizontal ? plot.x - 6 : plot.x + band * (i + 0.5)}
          y={horizontal ? plot.y + band * (i + 0.5) + 4 : plot.y + plot.h + 14}
          textAnchor={horizontal ? "end" : "middle"}
          fontSize={11}
          fill={tokens.colorNeutralForeground2}
        >
          {category}
        </text>
      ))}
      {bars.map((bar) => (
        <rect
          key={bar.key}
          x={bar.x}
          y={bar.y}
          width={Math.max(0, bar.w)}
          height={Math.max(0, bar.h)}
          fill={bar.color}
        >
          <title>{bar.label}</title>
        </rect>
      ))}
      {series.map((s, k) => {
        const x = 8 + (k % legendPerRow) * LEGEND_ITEM;
        const y = height - legendHeight + Math.floor(k / legendPerRow) * LEGEND_ROW + 8;
        return (
          <g key={s.name}>
            <rect x={x} y={y} width={10} height={10} fill={PALETTE[k % PALETTE.length]} />
            <text x={x + 14} y={y + 9} fontSize={11} fill={tokens.colorNeutralForeground2}>
              {s.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
