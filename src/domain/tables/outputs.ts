import { staffCost, staffDayRate, staffRateFigures } from "../calculators";
import { idKey, type CheckContext, type OutputLine } from "../model";
import { basis, say } from "../finding-text";
import { staffCategories } from "../vocabulary";
import { addAmountLine, partnerOf } from "./amount-line";
import { openLineTable } from "./line-table";

/**
 * Reads and prices staff days on intellectual outputs (KA, SSA: implementation support).
 * `kept`: where to keep the lines read, as objects; the check keeps none
 * (src/domain/budget-records.ts).
 */
export function checkOutputs(context: CheckContext, kept?: OutputLine[]): void {
  const { rulebook } = context;
  const rows = openLineTable(
    context,
    "Outputs",
    context.categories.has("outputs"),
    say("input.missing-table/outputs", { action: context.project.action }),
  );
  for (const row of rows.rows()) {
    const output = row.text("Output", true);
    const partner = partnerOf(context, row, "Partner", true);
    const category = row.word("Category", staffCategories, true);
    const days = row.number("Days", { required: true });
    if (output !== undefined) context.outputs.add(idKey(output));
    if (output === undefined || !partner || category === undefined || days === undefined) continue;
    kept?.push({ row: row.row, output, partner, category, days });
    const country = partner.country;
    if (country === undefined) continue;
    const figure = staffCost(rulebook, category, country, days);
    const rate = staffDayRate(rulebook, category, country);
    addAmountLine(context, row, {
      column: "Amount",
      category: "outputs",
      partner,
      figure,
      eligible: figure,
      figures: staffRateFigures(rulebook, category, country),
      explain: () => basis("basis/staff", { days, rate, category, country }),
    });
  }
}
