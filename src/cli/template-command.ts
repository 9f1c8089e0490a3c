import { message, type MessageLanguage } from "../messages/messages";
import { defaultRulebook, type ActionCode, type SpField } from "../rules";
import { durationRule } from "../domain/project-rules";
import { actions, acceptedCodes, lookUp, spFields } from "../domain/vocabulary";
import { budgetTables, type RowInput } from "./budget-workbook";
import { CommandError, exitCodes, type CommandIo } from "./command-io";
import { commandErrorText, type MonthsRange } from "./command-error-text";
import { writeOutputFile } from "./output-file";
import { buildWorkbook, workbookBytes } from "./workbook-writer";

export interface TemplateOptions {
  action?: string;
  months?: string;
  field?: string;
  title?: string;
  force: boolean;
  /** The language of the line saying what was written. */
  language: MessageLanguage;
}

function actionOf(text: string | undefined): ActionCode {
  if (text === undefined) return "SP";
  const action = lookUp(actions, text);
  if (!action) {
    throw new CommandError(
      commandErrorText("command/action", { accepted: acceptedCodes(actions), text }),
    );
  }
  return action;
}

/** The field of a Strategic Partnership, English or Latvian; undefined (blank) when not given. */
function fieldOf(action: ActionCode, text: string | undefined): SpField | undefined {
  if (text === undefined) return undefined;
  const field = lookUp(spFields, text);
  if (!field) {
    throw new CommandError(
      commandErrorText("command/field", { accepted: acceptedCodes(spFields), text }),
    );
  }
  if (action !== "SP") {
    throw new CommandError(commandErrorText("command/field-not-sp", {}));
  }
  return field;
}

/** The duration the action (and field) allows: the given months, or the shortest allowed. */
function monthsOf(
  action: ActionCode,
  field: SpField | undefined,
  text: string | undefined,
): number {
  const rule = durationRule(defaultRulebook(), action, field);
  const allowed = rule.allowedMonths;
  const range: MonthsRange = allowed
    ? { key: "command/months-one-of", params: { allowed: [...allowed] } }
    : { key: "command/months-range", params: { min: rule.min, max: rule.max } };
  if (text === undefined) return allowed?.[0] ?? rule.min;
  // Digits only: Number() would also take "0x18", "1e1" and " 24 ".
  const months = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  const fits =
    Number.isInteger(months) &&
    (allowed ? allowed.includes(months) : months >= rule.min && months <= rule.max);
  if (!fits) {
    throw new CommandError(
      rule.field
        ? commandErrorText("command/months-field", { range, action, field: rule.field, text })
        : commandErrorText("command/months", { range, action, text }),
    );
  }
  return months;
}

/** Excel shows a title in one cell; a longer one is a mistake, not a title. */
const MAX_TITLE = 255;
/** Characters XML 1.0 does not allow (controls, U+FFFE, U+FFFF, lone surrogates): the file would not open. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;

function titleOf(text: string | undefined): string {
  if (text === undefined) return "New KA2 project";
  if (text.length > MAX_TITLE) {
    throw new CommandError(
      commandErrorText("command/title-length", { max: MAX_TITLE, length: text.length }),
    );
  }
  if (NOT_XML.test(text)) {
    throw new CommandError(commandErrorText("command/title-characters", {}));
  }
  return text;
}

/** The Project table of a new budget; an SP's Field is blank (not youth) unless given. */
export function projectRows(
  action: ActionCode,
  months: number,
  title: string,
  field?: SpField,
): RowInput[] {
  return [
    { Setting: "Title", Value: title },
    { Setting: "Action", Value: action },
    { Setting: "Months", Value: months },
    ...(action === "SP"
      ? [
          { Setting: "Format", Value: "standard" },
          { Setting: "Field", Value: field ?? null },
        ]
      : []),
    { Setting: "Rulebook", Value: "2014" },
  ];
}

/** `ka2-budget template OUT.xlsx [--action] [--months] [--field] [--title] [--force]`. */
export async function templateCommand(
  out: string,
  options: TemplateOptions,
  io: CommandIo,
): Promise<number> {
  const action = actionOf(options.action);
  const field = fieldOf(action, options.field);
  const months = monthsOf(action, field, options.months);
  const title = titleOf(options.title);
  const tables = budgetTables({ Project: projectRows(action, months, title, field) });
  await writeOutputFile(out, await workbookBytes(buildWorkbook(tables)), options.force);
  const names = tables.map((table) => table.name);
  const written = field
    ? message(options.language, "report/template-written-field", {
        file: out,
        months,
        action,
        field,
        tables: names,
      })
    : message(options.language, "report/template-written", {
        file: out,
        months,
        action,
        tables: names,
      });
  io.out(`${written}\n`);
  return exitCodes.ok;
}
