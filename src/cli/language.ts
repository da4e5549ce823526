import { resolveLanguage, type SupportedLanguage } from "../i18n";

/**
 * The CLI's language: `--lang` when given, else the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`:
 * `zh_CN.UTF-8` → zh-CN, `zh_TW.UTF-8` → zh-TW), else English.
 *
 * @example
 * cliLanguage(["eval", "x", "--lang", "zh-TW"], {}); // "zh-TW"
 * cliLanguage([], { LANG: "zh_CN.UTF-8" }); // "zh-CN"
 */
export function cliLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SupportedLanguage {
  const flag = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const fromFlag =
    flag < 0 ? undefined : argv[flag]?.includes("=") ? argv[flag]?.split("=")[1] : argv[flag + 1];
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const tag = fromFlag ?? posix.split(".")[0]?.replace("_", "-") ?? "";
  return tag && tag !== "C" && tag !== "POSIX" ? resolveLanguage(tag) : "en";
}
