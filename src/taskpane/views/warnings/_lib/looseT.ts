import { type i18n as I18n } from "i18next";
import { type MessageParams } from "../../../../core/errors";

/** A `t` that takes any key: the rules name their texts by message ids built from their data. */
export type LooseT = (key: string, params?: MessageParams) => string;

/**
 * The instance's `t` without the typed keys, for message ids the warning rules carry as data
 * (`warnings:rules.over-limit.name`).
 *
 * @example
 * looseT(i18n)(rule.name); // "Over credit limit"
 */
export function looseT(i18n: I18n): LooseT {
  return i18n.t as LooseT;
}
