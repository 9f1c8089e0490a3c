import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { checkCommand } from "./check-command";
import { exportCommand } from "./export-command";
import { CommandError, exitCodes, type CommandIo } from "./command-io";
import { commandErrorMessage, commandErrorText, type CommandErrorText } from "./command-error-text";
import { fnCommand } from "./fn-command";
import type { MessageLanguage } from "../messages/messages";
import { cliLanguage } from "./language";
import { ratesCommand } from "./rates-command";
import { templateCommand } from "./template-command";
import { usage } from "./usage";

/**
 * The `ka2-budget` command line (docs/cli.md): check, export, template, fn. Every expected
 * problem ends as one sentence on stderr and an exit code, never a stack trace.
 */

function version(): string {
  // lib/src/cli when built, src/cli under ts-jest: the package root is two or three levels up.
  for (const up of ["../..", "../../.."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "ka2-budget" && pkg.version) return pkg.version;
    } catch {
      // not here; try one level up
    }
  }
  return "unknown";
}

type ParsedOptions = Record<string, string | boolean | undefined>;

function parse(
  args: readonly string[],
  options: ParseArgsConfig["options"],
): { values: ParsedOptions; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedOptions, positionals: parsed.positionals };
  } catch (error) {
    throw new CommandError(argumentsError(error));
  }
}

/**
 * What parseArgs refused, in the catalogues' words: the option it names and why. parseArgs
 * explains in English at length; an error it has no code for keeps its first sentence.
 */
function argumentsError(error: unknown): CommandErrorText {
  const { code, message } = error as { code?: unknown; message: string };
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return commandErrorText("command/unknown-option", { option });
  }
  if (option !== undefined && code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /argument missing/.test(message)
      ? commandErrorText("command/option-needs-value", { option })
      : commandErrorText("command/option-takes-no-value", { option });
  }
  const detail = message.split(/\.\s/)[0]?.replace(/\.$/, "") ?? message;
  return commandErrorText("command/arguments", { detail });
}

/** The usage line of each command that takes one file, as its messages quote it. */
const fileUsage = {
  check: "check FILE.xlsx",
  export: "export FILE.xlsx --out PATH",
  template: "template OUT.xlsx",
} as const;

function onePositional(positionals: string[], command: keyof typeof fileUsage): string {
  const [value, extra] = positionals;
  if (value === undefined)
    throw new CommandError(commandErrorText(`command/missing-${command}`, {}));
  if (extra !== undefined) {
    throw new CommandError(
      commandErrorText("command/extra-file", { usage: fileUsage[command], extra }),
    );
  }
  return value;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  const help = usage(languageOfArguments(argv));
  switch (command) {
    case undefined:
      io.err(help);
      return exitCodes.cannotRun;
    case "help":
    case "--help":
    case "-h":
      io.out(help);
      return exitCodes.ok;
    case "--version":
    case "-v":
      io.out(`${version()}\n`);
      return exitCodes.ok;
    case "check": {
      const { values, positionals } = parse(rest, {
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      });
      if (values.help) return (io.out(help), exitCodes.ok);
      const file = onePositional(positionals, "check");
      const language = cliLanguage(typeof values.lang === "string" ? values.lang : undefined);
      return checkCommand(file, { json: values.json === true, language }, io);
    }
    case "template": {
      const { values, positionals } = parse(rest, {
        action: { type: "string" },
        months: { type: "string" },
        field: { type: "string" },
        title: { type: "string" },
        force: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      });
      if (values.help) return (io.out(help), exitCodes.ok);
      const out = onePositional(positionals, "template");
      const text = (name: string): string | undefined =>
        typeof values[name] === "string" ? (values[name] as string) : undefined;
      return templateCommand(
        out,
        {
          action: text("action"),
          months: text("months"),
          field: text("field"),
          title: text("title"),
          force: values.force === true,
          language: cliLanguage(text("lang")),
        },
        io,
      );
    }
    case "export": {
      const { values, positionals } = parse(rest, {
        format: { type: "string" },
        separator: { type: "string" },
        out: { type: "string", short: "o" },
        force: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      });
      if (values.help) return (io.out(help), exitCodes.ok);
      const file = onePositional(positionals, "export");
      return exportCommand(
        file,
        {
          format: typeof values.format === "string" ? values.format : undefined,
          out: typeof values.out === "string" ? values.out : undefined,
          separator: typeof values.separator === "string" ? values.separator : undefined,
          force: values.force === true,
          language: cliLanguage(typeof values.lang === "string" ? values.lang : undefined),
        },
        io,
      );
    }
    case "rates": {
      const { values, positionals } = parse(rest, {
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      });
      if (values.help) return (io.out(help), exitCodes.ok);
      if (positionals.length > 0) {
        throw new CommandError(
          commandErrorText("command/rates-no-file", { text: positionals[0] ?? "" }),
        );
      }
      const language = cliLanguage(typeof values.lang === "string" ? values.lang : undefined);
      return ratesCommand(values.json === true, language, io);
    }
    case "fn":
      // No option parsing: arguments such as "-5" are values for the function.
      if (rest[0] === "--help" || rest[0] === "-h") return (io.out(help), exitCodes.ok);
      return fnCommand(rest, io);
    default:
      throw new CommandError(commandErrorText("command/unknown-command", { command }));
  }
}

/**
 * The language the command line asks for (`--lang lv`, `--lang=lv`, else the locale), for
 * messages that end the command before or outside its own options; English when unclear.
 */
function languageOfArguments(argv: readonly string[]): MessageLanguage {
  let flag: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === "--lang") flag = argv[index + 1];
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
  });
  try {
    return cliLanguage(flag);
  } catch {
    return "en";
  }
}

/** Runs one command line; returns the exit code. Expected problems never throw. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    // A wrong command line, an unwritable output or an unreadable file (WorkbookReadError).
    if (error instanceof CommandError) {
      io.err(`${error.messageIn(languageOfArguments(argv))}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    const text = commandErrorText("command/unexpected", { detail });
    io.err(`${commandErrorMessage(text, languageOfArguments(argv))}\n`);
    if (process.env.KA2_BUDGET_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return exitCodes.cannotRun;
  }
}

/** Entry point of bin/ka2-budget.js. */
export function runFromProcess(): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  const io: CommandIo = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
  void main(process.argv.slice(2), io).then((code) => {
    // exitCode, not exit(): a long report still being written to a pipe is not cut off.
    process.exitCode = code;
  });
}
