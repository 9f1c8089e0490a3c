import { messageLanguage, type MessageLanguage } from "../messages/messages";
import { CommandError } from "./command-io";
import { commandErrorText } from "./command-error-text";

/**
 * The language of a command's output: `--lang lv|en` when given, else the locale of the
 * environment (LC_ALL, then LC_MESSAGES, then LANG: "lv_LV.UTF-8" is Latvian), English when
 * none is set.
 */
export function cliLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): MessageLanguage {
  if (flag !== undefined) {
    const wanted = flag.trim().toLowerCase();
    if (wanted === "lv" || wanted === "en") return wanted;
    throw new CommandError(commandErrorText("command/lang", { text: flag }));
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value !== "");
  return messageLanguage(locale);
}
