import {
  knownRulebookYears,
  rulebookFor,
  type ActionCode,
  type Rulebook,
  type SpField,
} from "../../rules";
import { cleanCellText } from "../cell-text";
import { finding, type CellRef, type Finding } from "../findings";
import { say } from "../finding-text";
import type { Project } from "../model";
import { TableRows } from "../parse/table-rows";
import { fieldRule } from "../project-rules";
import { tableSpec } from "../table-schema";
import { acceptedCodes, actions, lookUp, spFields, spFormats } from "../vocabulary";
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
  if (rows.missing) {
    findings.push(finding("error", say("input.missing-table/project", {}), { table: TABLE }));
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
          "error",
          say("input.unknown-value/rulebook", {
            text: cleanCellText(text),
            known: [...knownRulebookYears],
          }),
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
        "error",
        actionSetting
          ? say("input.unknown-value/action", {
              text: cleanCellText(String(actionSetting.value)),
              accepted: acceptedCodes(actions),
            })
          : say("input.missing-value/action", { accepted: acceptedCodes(actions) }),
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
          "error",
          say("input.invalid-number/months", { text: cleanCellText(String(monthsSetting.value)) }),
          where("Months"),
        ),
      );
    }
  } else if (rows.readable) {
    findings.push(finding("error", say("input.missing-value/months", {}), { table: TABLE }));
  }

  const formatSetting = settings.get("format");
  let format = lookUp(spFormats, "standard") ?? "standard";
  if (formatSetting) {
    const code = lookUp(spFormats, String(formatSetting.value));
    if (code) format = code;
    else {
      findings.push(
        finding(
          "error",
          say("input.unknown-value/format", {
            text: cleanCellText(String(formatSetting.value)),
            accepted: acceptedCodes(spFormats),
          }),
          where("Format"),
        ),
      );
    }
  }
  const resolvedAction = action ?? "SP";
  if (resolvedAction !== "SP" && format !== "standard") {
    findings.push(
      finding(
        "warning",
        say("input.not-in-action/format", { format, action: resolvedAction }),
        where("Format"),
      ),
    );
    format = "standard";
  }

  const field = readField(settings.get("field"), resolvedAction, findings, where("Field"));
  // A field with a consortium rule of its own (youth) leaves the format nothing to decide.
  if (field && fieldRule(rulebook, resolvedAction, field) && format !== "standard") {
    findings.push(
      finding(
        "warning",
        say("input.not-in-action/format-in-field", { format, field }),
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
      ...(field ? { field } : {}),
      months,
      monthsRow: monthsSetting?.row,
      rulebookYear,
      title: title ? String(title.value) : undefined,
    },
  };
}

/**
 * The Field setting: a field of the vocabulary, or undefined when blank, unknown (an error
 * says so) or set for an action other than SP (a warning says it was not used).
 */
function readField(
  setting: { value: string | number } | undefined,
  action: ActionCode,
  findings: Finding[],
  where: CellRef,
): SpField | undefined {
  if (!setting) return undefined;
  const text = String(setting.value);
  const field = lookUp(spFields, text);
  if (!field) {
    findings.push(
      finding(
        "error",
        say("input.unknown-value/field", {
          text: cleanCellText(text),
          accepted: acceptedCodes(spFields),
        }),
        where,
      ),
    );
    return undefined;
  }
  if (action !== "SP") {
    findings.push(finding("warning", say("input.not-in-action/field", { field, action }), where));
    return undefined;
  }
  return field;
}
