import { multiplierEventAmount, multiplierEventFigures } from "../calculators";
import { cleanCellText } from "../cell-text";
import { idKey, type CheckContext, type MultiplierEvent } from "../model";
import { basis, say } from "../finding-text";
import { addAmountLine, partnerOf } from "./amount-line";
import { IdRegister } from "./id-register";
import { openLineTable } from "./line-table";

/**
 * Reads and prices multiplier events; events need an intellectual output to be funded.
 * `kept`: where to keep the events read, as objects; the check keeps none
 * (src/domain/budget-records.ts).
 */
export function checkEvents(context: CheckContext, kept?: MultiplierEvent[]): void {
  const { rulebook } = context;
  const rows = openLineTable(
    context,
    "Events",
    false, // multiplier events are optional even where funded
    say("input.missing-table/events", {}),
  );
  const ids = new IdRegister(rows.rowCount);
  for (const row of rows.rows()) {
    const id = row.text("ID", true);
    const output = row.text("Output", true);
    const partner = partnerOf(context, row, "Partner", true);
    const local = row.number("Local", { integer: true, required: true });
    const foreign = row.number("Foreign", { integer: true, required: true });
    if (id === undefined || !ids.claim(row, "ID", id)) continue;
    if (output === undefined || !partner || local === undefined || foreign === undefined) continue;
    kept?.push({ row: row.row, id, output, partner, local, foreign });
    const figure = multiplierEventAmount(rulebook, local, foreign);
    const linked = context.outputs.has(idKey(output));
    if (!linked && context.categories.has("events")) {
      row.report(
        "error",
        context.outputs.size === 0
          ? say("rule.events-need-outputs/no-outputs", {})
          : say("rule.events-need-outputs/unknown-output", { output: cleanCellText(output) }),
        "Output",
      );
    }
    addAmountLine(context, row, {
      column: "Amount",
      category: "events",
      partner,
      figure,
      eligible: linked ? figure : 0,
      figures: multiplierEventFigures(local, foreign),
      explain: () => basis("basis/events", { local, foreign }),
    });
  }
}
