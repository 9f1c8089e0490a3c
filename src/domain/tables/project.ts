import { knownRulebookYears, rulebookFor, type Rulebook } from "../../rules";
import { quotedCellText } from "../cell-text";
import { finding, type Finding } from "../findings";
import type { Project } from "../model";
import { TableRows } from "../parse/table-rows";
import { tableSpec } from "../table-schema";
import { acceptedWords, actions, lookUp, spFormats } from "../vocabulary";
import { headerKey, isCellError, type RawWorkbook } from "../workbook";

const TABLE = "Project";

export interface ProjectReading {
  project: Project;
  rulebook: Rulebook;
}

/** Reads the Project table's settings; what is missing or unknown becomes a finding and a default. */
export function readProject(workbook: RawWorkbook, findings: Finding[]): ProjectReading {
  const settings = new Map<string, { value: string | number; row: number }>();
  const rows = new TableRows(workbook, tableSpec(TABLE), findings);
  if (!rows.present) {
    findings.push(
      finding(
        "input.missing-table",
        "error",
        "The workbook has no Project table (Setting, Value) with the Action and Months of the project; SP rules were assumed.",
        { table: TABLE },
      ),
    );
  }
  for (const row of rows.rows()) {
    const name = row.text("Setting", false);
    const cell = row.cell("Value");
    if (name === undefined || cell === undefined || cell === null || isCellError(cell)) continue;
    if (typeof cell === "string" && cell.trim() === "") continue;
    settings.set(headerKey(name), {
      value: typeof cell === "number" ? cell : String(cell).trim(),
      row: row.row,
    });
  }

  const where = (setting: string) => ({
    table: TABLE,
    row: settings.get(headerKey(setting))?.row,
    column: "Value",
  });

  let rulebookYear = "2014";
  const year = settings.get("rulebook");
  if (year) {
    const text = String(year.value);
    if (knownRulebookYears.includes(text as (typeof knownRulebookYears)[number]))
      rulebookYear = text;
    else {
      findings.push(
        finding(
          "input.unknown-value",
          "error",
          `Project Rulebook is ${quotedCellText(text)}; the add-in knows the call years ${knownRulebookYears.join(", ")}. The 2014 rules were used.`,
          where("Rulebook"),
        ),
      );
    }
  }
  const rulebook = rulebookFor(rulebookYear);

  const actionSetting = settings.get("action");
  const action = actionSetting ? lookUp(actions, String(actionSetting.value)) : undefined;
  if (rows.readable && !action) {
    findings.push(
      finding(
        actionSetting ? "input.unknown-value" : "input.missing-value",
        "error",
        actionSetting
          ? `Project Action is ${quotedCellText(String(actionSetting.value))}; use one of: ${acceptedWords(actions)}. SP rules were assumed.`
          : `The Project table has no Action setting (${acceptedWords(actions)}); SP rules were assumed.`,
        actionSetting ? where("Action") : { table: TABLE },
      ),
    );
  }

  const monthsSetting = settings.get("months");
  let months: number | undefined;
  if (monthsSetting) {
    const value =
      typeof monthsSetting.value === "number" ? monthsSetting.value : Number(monthsSetting.value);
    if (Number.isInteger(value) && value > 0) months = value;
    else {
      findings.push(
        finding(
          "input.invalid-number",
          "error",
          `Project Months is ${quotedCellText(String(monthsSetting.value))}; it must be a whole number of months, such as 24.`,
          where("Months"),
        ),
      );
    }
  } else if (rows.readable) {
    findings.push(
      finding(
        "input.missing-value",
        "error",
        "The Project table has no Months setting (the project's duration in months).",
        { table: TABLE },
      ),
    );
  }

  const formatSetting = settings.get("format");
  let format = lookUp(spFormats, "standard") ?? "standard";
  if (formatSetting) {
    const code = lookUp(spFormats, String(formatSetting.value));
    if (code) format = code;
    else {
      findings.push(
        finding(
          "input.unknown-value",
          "error",
          `Project Format is ${quotedCellText(String(formatSetting.value))}; use one of: ${acceptedWords(spFormats)}. The standard format was assumed.`,
          where("Format"),
        ),
      );
    }
  }
  const resolvedAction = action ?? "SP";
  if (resolvedAction !== "SP" && format !== "standard") {
    findings.push(
      finding(
        "input.not-in-action",
        "warning",
        `Project Format ${quotedCellText(String(format))} applies to Strategic Partnerships only; the ${resolvedAction} consortium rules were used.`,
        where("Format"),
      ),
    );
    format = "standard";
  }

  const title = settings.get("title");
  return {
    rulebook,
    project: {
      action: resolvedAction,
      actionKnown: action !== undefined,
      format,
      months,
      monthsRow: monthsSetting?.row,
      rulebookYear,
      title: title ? String(title.value) : undefined,
    },
  };
}
