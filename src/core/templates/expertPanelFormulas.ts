import { EXPERT_PANEL_CELLS as C } from "./expertPanelCells";
import { type TemplateForm } from "./templateOptions";

/**
 * The formulas (without "=") of the panel's consensus, spread and blend.
 *
 * @example
 * const formulas: ExpertPanelFormulas = expertPanelFormulas("portable");
 */
export interface ExpertPanelFormulas {
  readonly consensus: string;
  readonly spread: string;
  readonly blended: string;
}

/**
 * CREDIT.EXPERTSCORE, EXPERTSPREAD and BLEND with functions every Excel version has: over the experts' mean
 * ratings (blank for an expert with none), median / mean / trimmed mean (without the single lowest and
 * highest when there are 3 or more), QUARTILE (the same as QUARTILE.INC, without its `_xlfn.` prefix).
 */
function portable(): ExpertPanelFormulas {
  const scores = C.expertScores;
  const none = `COUNT(${scores})=0`;
  const trimmed =
    `IF(COUNT(${scores})>=3,(SUM(${scores})-MIN(${scores})-MAX(${scores}))/(COUNT(${scores})-2),` +
    `AVERAGE(${scores}))`;
  return {
    consensus:
      `IF(${none},NA(),IF(${C.method}="mean",AVERAGE(${scores}),` +
      `IF(${C.method}="trimmed",${trimmed},MEDIAN(${scores}))))`,
    spread: `IF(${none},NA(),QUARTILE(${scores},3)-QUARTILE(${scores},1))`,
    blended:
      `IF(COUNT(${C.modelScore})=0,NA(),` +
      `${C.modelWeight}*${C.modelScore}+(1-${C.modelWeight})*${C.expertScore100})`,
  };
}

/**
 * The panel's formulas in `form`.
 *
 * @example
 * expertPanelFormulas("addin").consensus; // "CREDIT.EXPERTSCORE(B6:D10,H6)"
 */
export function expertPanelFormulas(form: TemplateForm): ExpertPanelFormulas {
  if (form === "portable") return portable();
  return {
    consensus: `CREDIT.EXPERTSCORE(${C.ratings},${C.method})`,
    spread: `CREDIT.EXPERTSPREAD(${C.ratings})`,
    blended: `CREDIT.BLEND(${C.modelScore},${C.expertScore100},${C.modelWeight})`,
  };
}
