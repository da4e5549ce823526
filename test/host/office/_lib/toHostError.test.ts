import { HostError } from "../../../../src/host";
import {
  isPayloadTooLarge,
  officeErrorCode,
  toHostError,
} from "../../../../src/host/office/_lib/toHostError";

describe("toHostError", () => {
  it("passes HostErrors through and names what was not found", () => {
    const cancelled = new HostError("cancelled");
    expect(toHostError(cancelled)).toBe(cancelled);
    const missing = new HostError("sheetNotFound", { name: "Ledger" });
    expect(toHostError({ code: "ItemNotFound", message: "x" }, missing)).toBe(missing);
  });

  it("keeps the Office.js code and message of other failures", () => {
    expect(toHostError({ code: "ItemNotFound", message: "gone" })).toEqual(
      new HostError("hostFailure", {}, "ItemNotFound: gone"),
    );
    const error = Object.assign(new Error("Busy"), { code: "GeneralException" });
    expect(toHostError(error)).toEqual(new HostError("hostFailure", {}, "GeneralException: Busy"));
    expect(toHostError("plain")).toEqual(new HostError("hostFailure", {}, "plain"));
  });

  it("recognises Office.js codes and payload refusals", () => {
    expect(officeErrorCode({ code: "InvalidArgument" })).toBe("InvalidArgument");
    expect(officeErrorCode(new Error("x"))).toBeUndefined();
    expect(officeErrorCode(null)).toBeUndefined();
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "InvalidArgument" })).toBe(false);
  });
});
