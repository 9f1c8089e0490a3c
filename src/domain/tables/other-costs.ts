import { exceptionalAmount, otherCostFigures, specialNeedsAmount } from "../calculators";
import type { CheckContext, OtherCost } from "../model";
import { basis, say } from "../finding-text";
import { otherCostKinds } from "../vocabulary";
import { addAmountLine, partnerOf } from "./amount-line";
import { IdRegister } from "./id-register";
import { openLineTable } from "./line-table";

/**
 * Reads and prices exceptional costs and special needs support (real costs). `kept`: where
 * to keep the costs read, as objects; the check keeps none (src/domain/budget-records.ts).
 */
export function checkOtherCosts(context: CheckContext, kept?: OtherCost[]): void {
  const { rulebook } = context;
  const rows = openLineTable(
    context,
    "OtherCosts",
    false,
    say("input.missing-table/other-costs", {}),
  );
  const ids = new IdRegister(rows.rowCount);
  for (const row of rows.rows()) {
    const id = row.text("ID", true);
    const kind = row.word("Kind", otherCostKinds, true);
    const partner = partnerOf(context, row, "Partner", true);
    const description = row.text("Description", false);
    const realCost = row.number("RealCost", { required: true });
    if (id === undefined || !ids.claim(row, "ID", id)) continue;
    if (kind === undefined || !partner || realCost === undefined) continue;
    kept?.push({ row: row.row, id, kind, partner, description, realCost });
    const exceptional = kind === "exceptional";
    const figure = exceptional
      ? exceptionalAmount(rulebook, realCost)
      : specialNeedsAmount(rulebook, realCost);
    const rate = exceptional ? rulebook.exceptional.rate.value : rulebook.specialNeeds.rate.value;
    addAmountLine(context, row, {
      column: "Amount",
      category: exceptional ? "exceptional" : "specialNeeds",
      partner,
      figure,
      eligible: figure,
      figures: otherCostFigures(exceptional ? "exceptional" : "specialNeeds"),
      explain: () => basis("basis/share", { percent: Math.round(rate * 100), realCost }),
    });
  }
}
