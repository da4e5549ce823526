/**
 * The i18next side of translation: the bundled tables, instances for the task pane, and one shared
 * instance for code outside React (cell functions, the report, the CLI). Kept apart from the barrel so
 * modules of this folder that translate (ledgerMessage) can use it without importing the barrel that
 * re-exports them.
 */
import { createInstance, type i18n as I18n } from "i18next";
import type { MessageParams } from "../core/errors";
import { type SupportedLanguage, supportedLanguages } from "./language";
import { cli as enCli } from "./locales/en/cli";
import { errors as enErrors } from "./locales/en/errors";
import { playground as enPlayground } from "./locales/en/playground";
import { report as enReport } from "./locales/en/report";
import { templates as enTemplates } from "./locales/en/templates";
import { fit as enFit } from "./locales/en/fit";
import { scores as enScores } from "./locales/en/scores";
import { ui as enUi } from "./locales/en/ui";
import { warnings as enWarnings } from "./locales/en/warnings";
import { cli as zhCnCli } from "./locales/zh-CN/cli";
import { errors as zhCnErrors } from "./locales/zh-CN/errors";
import { playground as zhCnPlayground } from "./locales/zh-CN/playground";
import { report as zhCnReport } from "./locales/zh-CN/report";
import { templates as zhCnTemplates } from "./locales/zh-CN/templates";
import { fit as zhCnFit } from "./locales/zh-CN/fit";
import { scores as zhCnScores } from "./locales/zh-CN/scores";
import { ui as zhCnUi } from "./locales/zh-CN/ui";
import { warnings as zhCnWarnings } from "./locales/zh-CN/warnings";
import { cli as zhTwCli } from "./locales/zh-TW/cli";
import { errors as zhTwErrors } from "./locales/zh-TW/errors";
import { playground as zhTwPlayground } from "./locales/zh-TW/playground";
import { report as zhTwReport } from "./locales/zh-TW/report";
import { templates as zhTwTemplates } from "./locales/zh-TW/templates";
import { fit as zhTwFit } from "./locales/zh-TW/fit";
import { scores as zhTwScores } from "./locales/zh-TW/scores";
import { ui as zhTwUi } from "./locales/zh-TW/ui";
import { warnings as zhTwWarnings } from "./locales/zh-TW/warnings";

/**
 * Every language's tables by namespace: `ui` for the task pane (the default), `errors` for the
 * messages of the cell functions' errors.
 *
 * @example
 * resources["zh-TW"].ui.nav.settings; // "設定"
 */
export const resources = {
  en: {
    ui: enUi,
    errors: enErrors,
    cli: enCli,
    report: enReport,
    playground: enPlayground,
    warnings: enWarnings,
    templates: enTemplates,
    scores: enScores,
    fit: enFit,
  },
  "zh-CN": {
    ui: zhCnUi,
    errors: zhCnErrors,
    cli: zhCnCli,
    report: zhCnReport,
    playground: zhCnPlayground,
    warnings: zhCnWarnings,
    templates: zhCnTemplates,
    scores: zhCnScores,
    fit: zhCnFit,
  },
  "zh-TW": {
    ui: zhTwUi,
    errors: zhTwErrors,
    cli: zhTwCli,
    report: zhTwReport,
    playground: zhTwPlayground,
    warnings: zhTwWarnings,
    templates: zhTwTemplates,
    scores: zhTwScores,
    fit: zhTwFit,
  },
} as const satisfies Record<
  SupportedLanguage,
  {
    ui: unknown;
    errors: unknown;
    cli: unknown;
    report: unknown;
    playground: unknown;
    warnings: unknown;
    templates: unknown;
    scores: unknown;
    fit: unknown;
  }
>;

declare module "i18next" {
  // Typed keys: a misspelt `t("nav.agin")` fails `tsc` instead of showing the raw key to a user.
  interface CustomTypeOptions {
    defaultNS: "ui";
    resources: (typeof resources)["en"];
  }
}

/**
 * Creates a ready i18next instance showing `language`; switch later with `changeLanguage`.
 *
 * @example
 * const i18n = createI18n("zh-TW");
 * i18n.t("nav.settings"); // "設定"
 */
export function createI18n(language: SupportedLanguage): I18n {
  const instance = createInstance();
  // With bundled resources and initAsync false, init completes before it returns; the promise only
  // mirrors that, so nothing waits on it.
  void instance.init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...supportedLanguages],
    resources,
    ns: ["ui", "errors", "cli", "report", "playground", "warnings", "templates", "scores", "fit"],
    defaultNS: "ui",
    initAsync: false,
    // React escapes what it renders and Excel shows messages as plain text: escaping here would
    // print "&amp;" to the user.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

// One instance serves every language through getFixedT; created on first use so code that never
// translates (most cell function calls succeed) pays nothing.
let shared: I18n | undefined;

/**
 * The one i18next instance behind {@link translate}, for code that needs more than `t` (such as
 * `exists`) outside React. Its own language never matters: callers pass the language each time.
 *
 * @example
 * sharedI18n().exists("errors:argBlank", { lng: "zh-TW" }); // true
 */
export function sharedI18n(): I18n {
  shared ??= createI18n("en");
  return shared;
}

/**
 * Translates `key` (`"nav.aging"` in the `ui` namespace, `"errors:someId"` for an error message)
 * into `language`, outside React. An unknown key comes back as the key itself, so a missing message
 * is visible rather than blank.
 *
 * @example
 * translate("zh-CN", "settings.about", { version: "1.0.0" }); // "CreditKit 1.0.0。所有计算均在本机完成，…"
 * translate("en", "errors:generic"); // "The calculation could not be completed."
 */
export function translate(language: SupportedLanguage, key: string, params: MessageParams = {}): string {
  const t = sharedI18n().getFixedT(language) as (key: string, options: MessageParams) => string;
  return t(key, params);
}
