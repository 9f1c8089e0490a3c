import { readFileSync } from "fs";
import path from "path";
import { renderRulesDocs } from "../../scripts/make-rules-docs";
import { figureCatalogue } from "../../src/domain/rates/figure-ids";
import { defaultRulebook } from "../../src/rules";

const docsFile = path.join(__dirname, "..", "..", "docs", "rules.md");

describe("docs/rules.md", () => {
  it("is what `npm run docs:rules` writes from the rulebook", () => {
    // Out of date? Run `npm run docs:rules` and commit docs/rules.md.
    expect(readFileSync(docsFile, "utf8")).toBe(renderRulesDocs());
  });

  it("lists every figure id a Rates row can name", () => {
    const docs = readFileSync(docsFile, "utf8");
    for (const id of figureCatalogue(defaultRulebook()).keys()) {
      expect(docs).toContain(`| \`${id}\` |`);
    }
    expect(docs).toContain("| `management.coordinatorPerMonth` | 500 | [D] |");
    expect(docs).toContain("| `travel.bands.1.amount` | 275 | [S] |");
    expect(docs).toContain("| `travel.bands.2.amount` | 360 | [M] |");
  });
});
