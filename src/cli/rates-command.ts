import { formatNumber } from "../domain/money";
import { figureCatalogue } from "../domain/rates/figure-ids";
import { defaultRulebook } from "../rules";
import { exitCodes, type CommandIo } from "./command-io";

/**
 * `ka2-budget rates [--json]`: every figure id of the bundled rulebook with its value,
 * confidence mark and sources — the ids a Rates row (or `fn --rate`) can name.
 */
export function ratesCommand(json: boolean, io: CommandIo): number {
  const book = defaultRulebook();
  const figures = [...figureCatalogue(book).values()];
  if (json) {
    io.out(`${JSON.stringify(figures, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = figures.map((figure) => [
    figure.id,
    formatNumber(figure.value),
    `[${figure.mark}]`,
    figure.sources.join(", "),
  ]);
  const width = (column: number, header: string) =>
    rows.reduce((widest, row) => Math.max(widest, (row[column] ?? "").length), header.length);
  const idWidth = width(0, "figure");
  const valueWidth = width(1, "value");
  const line = ([id = "", value = "", mark = "", sources = ""]: string[]) =>
    `${id.padEnd(idWidth)}  ${value.padStart(valueWidth)}  ${mark.padEnd(4)}  ${sources}`.trimEnd();
  io.out(
    [
      `${book.title}: ${figures.length} figures. [M]: not verified, confirm with your National Agency.`,
      "",
      line(["figure", "value", "mark", "sources"]),
      ...rows.map(line),
      "",
      "Set a figure in the budget's Rates table (Figure, Value), or for one function: ka2-budget fn NAME ARG... --rate FIGURE=VALUE.",
      "",
    ].join("\n"),
  );
  return exitCodes.ok;
}
