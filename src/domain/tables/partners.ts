import { finding } from "../findings";
import { basis, say } from "../finding-text";
import { idKey, type CheckContext, type Partner } from "../model";
import { TableRows } from "../parse/table-rows";
import { tableSpec } from "../table-schema";
import { partnerTypes, roles } from "../vocabulary";
import { managementAmount, managementFigures } from "../calculators";
import { addAmountLine } from "./amount-line";
import { IdRegister } from "./id-register";

const TABLE = "Partners";

/** Reads the Partners table into context.partners and prices project management. */
export function checkPartners(context: CheckContext): void {
  const { rulebook, project, findings } = context;
  const rows = new TableRows(context.workbook, tableSpec(TABLE), findings);
  if (!rows.present) {
    if (rows.missing) {
      findings.push(finding("error", say("input.missing-table/partners", {}), { table: TABLE }));
    }
    return;
  }
  context.partnersReadable = rows.readable;
  const ids = new IdRegister(rows.rowCount);
  for (const row of rows.rows()) {
    const id = row.text("ID", true);
    const organisation = row.text("Organisation", true);
    const country = row.country("Country", rulebook);
    const type = row.word("Type", partnerTypes, true);
    const role = row.word("Role", roles, true);
    const ownMonths = row.number("Months", {
      integer: true,
      min: 1,
      max: project.months,
      required: false,
    });
    if (id === undefined || !ids.claim(row, "ID", id)) continue;
    const months = ownMonths ?? project.months;
    const partner: Partner = { row: row.row, id, organisation, country, type, role, months };
    context.partners.set(idKey(id), partner);

    if (role === undefined || months === undefined) continue;
    const figure = managementAmount(rulebook, role, months);
    addAmountLine(context, row, {
      column: "Management",
      category: "management",
      partner,
      figure,
      eligible: figure,
      figures: managementFigures(role),
      explain: () => basis("basis/management", { role, country: country ?? null, months }),
    });
  }
}
