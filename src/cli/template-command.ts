import { defaultRulebook, type ActionCode } from "../rules";
import { actions, acceptedWords, lookUp } from "../domain/vocabulary";
import { budgetTables, type RowInput } from "./budget-workbook";
import { CommandError, exitCodes, type CommandIo } from "./command-io";
import { writeOutputFile } from "./output-file";
import { buildWorkbook, workbookBytes } from "./workbook-writer";

export interface TemplateOptions {
  action?: string;
  months?: string;
  title?: string;
  force: boolean;
}

function actionOf(text: string | undefined): ActionCode {
  if (text === undefined) return "SP";
  const action = lookUp(actions, text);
  if (!action) {
    throw new CommandError(`--action must be ${acceptedWords(actions)}; got "${text}".`);
  }
  return action;
}

/** The duration the action allows: the given months, or the shortest allowed. */
function monthsOf(action: ActionCode, text: string | undefined): number {
  const rule = defaultRulebook().actions[action].duration.value;
  const allowed = rule.allowedMonths;
  const range = allowed ? allowed.join(" or ") : `${rule.min} to ${rule.max}`;
  if (text === undefined) return allowed?.[0] ?? rule.min;
  const months = Number(text);
  const fits =
    Number.isInteger(months) &&
    (allowed ? allowed.includes(months) : months >= rule.min && months <= rule.max);
  if (!fits) {
    throw new CommandError(`--months must be ${range} for ${action}; got "${text}".`);
  }
  return months;
}

/** The Project table of a new budget. */
export function projectRows(action: ActionCode, months: number, title: string): RowInput[] {
  return [
    { Setting: "Title", Value: title },
    { Setting: "Action", Value: action },
    { Setting: "Months", Value: months },
    ...(action === "SP" ? [{ Setting: "Format", Value: "standard" }] : []),
    { Setting: "Rulebook", Value: "2014" },
  ];
}

/** `ka2-budget template OUT.xlsx [--action] [--months] [--title] [--force]`. */
export async function templateCommand(
  out: string,
  options: TemplateOptions,
  io: CommandIo,
): Promise<number> {
  const action = actionOf(options.action);
  const months = monthsOf(action, options.months);
  const title = options.title ?? "New KA2 project";
  const tables = budgetTables({ Project: projectRows(action, months, title) });
  await writeOutputFile(out, await workbookBytes(buildWorkbook(tables)), options.force);
  io.out(
    `Wrote ${out}: a ${months}-month ${action} budget with the tables ${tables.map((table) => table.name).join(", ")}.\n`,
  );
  return exitCodes.ok;
}
