/** Office.js failures as HostErrors, the only errors the adapter lets out. */
import { HostError } from "../../port";

/**
 * The `code` of an Office.js error (`OfficeExtension.Error`: "ItemNotFound", "InvalidArgument", …),
 * or undefined for anything else. Duck-typed, so no Office global is needed.
 *
 * @example
 * officeErrorCode({ code: "ItemNotFound", message: "…" }); // "ItemNotFound"
 */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The HostError for a failure: HostErrors pass through; "ItemNotFound" becomes `notFound` when the
 * caller knows what was missing; anything else is a `hostFailure` carrying the original text.
 *
 * @example
 * toHostError({ code: "ItemNotFound", message: "x" }, new HostError("sheetNotFound", { name: "Ledger" }));
 * // HostError sheetNotFound { name: "Ledger" }
 */
export function toHostError(error: unknown, notFound?: HostError): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (code === "ItemNotFound" && notFound) return notFound;
  const text =
    typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof text === "string" ? text : String(error);
  return new HostError("hostFailure", {}, code ? `${code}: ${message}` : message);
}

/**
 * True for Excel's "request/response too large" errors, the ones a smaller block can avoid.
 *
 * @example
 * isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" }); // true
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
