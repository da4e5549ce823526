import type { BucketLabel } from "./bucketLabels";

/**
 * English text of a bucket heading: `Not due`, `31-60`, `121+`. Other languages translate the `notDue` key and
 * format the ranges themselves.
 *
 * @example
 * bucketLabelText({ key: "range", from: 1, to: 30 }); // "1-30"
 * bucketLabelText({ key: "over", from: 121 }); // "121+"
 */
export function bucketLabelText(label: BucketLabel): string {
  switch (label.key) {
    case "notDue":
      return "Not due";
    case "range":
      return `${label.from}-${label.to}`;
    case "over":
      return `${label.from}+`;
  }
}
