import { figureCatalogue } from "../domain/rates/figure-ids";
import { formatNumberIn, message, type MessageLanguage } from "../messages/messages";
import { defaultRulebook } from "../rules";
import { exitCodes, type CommandIo } from "./command-io";

/**
 * `ka2-budget rates [--json]`: every figure id of the bundled rulebook with its value,
 * confidence mark and sources — the ids a Rates row (or `fn --rate`) can name.
 */
export function ratesCommand(json: boolean, language: MessageLanguage, io: CommandIo): number {
  const say = (key: string, params?: Record<string, unknown>) => message(language, key, params);
  const book = defaultRulebook();
  const figures = [...figureCatalogue(book).values()];
  if (json) {
    io.out(`${JSON.stringify(figures, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = figures.map((figure) => [
    figure.id,
    // In the language of the report, as `check` lists figures: 2 750 and 0,75 in Latvian.
    formatNumberIn(language, figure.value),
    `[${figure.mark}]`,
    figure.sources.join(", "),
  ]);
  const width = (column: number, header: string) =>
    rows.reduce((widest, row) => Math.max(widest, (row[column] ?? "").length), header.length);
  const headers = [
    say("report/figures-figure"),
    say("report/figures-value"),
    say("rates/column-mark"),
    say("rates/column-sources"),
  ];
  const idWidth = width(0, headers[0] ?? "");
  const valueWidth = width(1, headers[1] ?? "");
  const line = ([id = "", value = "", mark = "", sources = ""]: string[]) =>
    `${id.padEnd(idWidth)}  ${value.padStart(valueWidth)}  ${mark.padEnd(4)}  ${sources}`.trimEnd();
  io.out(
    [
      say("rates/heading", { title: book.title, count: figures.length }),
      "",
      line(headers),
      ...rows.map(line),
      "",
      say("rates/how-to-set"),
      "",
    ].join("\n"),
  );
  return exitCodes.ok;
}
