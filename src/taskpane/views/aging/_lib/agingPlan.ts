/**
 * Turns what the user chose — source, corrected columns, options — into a run plan: the request for
 * runAging, and the options to remember once it finishes. `null` while something does not read yet.
 */
import { type AgingRequest } from "../../../../app/aging/runAging";
import { isCreditError } from "../../../../core/errors";
import { type SupportedLanguage } from "../../../../i18n";
import { type AgingFormValues, checkAgingForm } from "./agingForm";
import { type ColumnOverrides, requestMapping } from "./columnOverrides";
import { type LastRun, savedMapping } from "./lastRun";
import { type SourceOption } from "./sourceOptions";
import { type AgingRunPlan } from "./useAgingRun";

/** Everything a plan is made from. */
export interface AgingChoices {
  readonly source: SourceOption;
  readonly form: AgingFormValues;
  readonly overrides: ColumnOverrides;
  /** The workbook's sources, where the master is looked up by id. */
  readonly sources: readonly SourceOption[];
  readonly language: SupportedLanguage;
}

/**
 * The plan of a run, or `null` when the as-of date, the buckets or the sales figure does not read.
 *
 * @example
 * const plan = agingPlan({ source, form, overrides, sources, language: "en" });
 * if (plan !== null) void start(plan);
 */
export function agingPlan({ source, form, overrides, sources, language }: AgingChoices): AgingRunPlan | null {
  const { asOf, edges, sales } = checkAgingForm(form);
  if (asOf === null || isCreditError(edges) || sales === "invalid") return null;
  const master = sources.find((option) => option.id === form.master)?.ref ?? null;
  const request: AgingRequest = {
    source: source.ref,
    asOf,
    basis: form.basis,
    edges,
    groupBy: form.groupBy,
    mapping: requestMapping(overrides),
    dayOrder: form.dayOrder === "auto" ? null : form.dayOrder,
    master,
    sales: sales === null ? null : { creditSales: sales },
  };
  const remember = (headers: readonly string[]): LastRun => ({
    source: source.ref,
    mapping: savedMapping(overrides, headers),
    basis: form.basis,
    buckets: form.buckets,
    groupBy: form.groupBy,
    dayOrder: form.dayOrder,
    master,
  });
  return { request, sourceName: source.name, language, remember: (run) => remember(run.detection.headers) };
}
