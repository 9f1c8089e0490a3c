import { readFileSync } from "fs";
import path from "path";
import { anchorOf, functionMetadata, renderFunctionDocs } from "../../scripts/make-function-docs";
import { functionReference } from "../../scripts/function-reference";
import { defaultProductionUrl } from "../../config/addin-urls";

const root = path.join(__dirname, "..", "..");
const source = path.join(root, "src", "functions", "functions.ts");
const docsFile = path.join(root, "docs", "functions.md");

describe("docs/functions.md", () => {
  it("is what `npm run docs:functions` writes from the functions' metadata and the rulebook", async () => {
    const committed = readFileSync(docsFile, "utf8");
    const expected = await renderFunctionDocs(source);
    // Out of date? Run `npm run docs:functions` and commit docs/functions.md.
    expect(committed).toBe(expected);
  });

  it("has the section every function's help link opens", async () => {
    const docs = readFileSync(docsFile, "utf8");
    for (const fn of await functionMetadata(source)) {
      const anchor = anchorOf(fn.id);
      expect(fn.helpUrl).toBe(`${defaultProductionUrl}functions.html#${anchor}`);
      expect(docs).toContain(`<a id="${anchor}"></a>\n\n## KA2.${fn.id}(`);
    }
  });

  it("shows examples and error messages for every function", () => {
    for (const [name, reference] of Object.entries(functionReference)) {
      expect([name, reference.examples.length >= 2]).toEqual([name, true]);
      expect([name, reference.errors.length >= 1]).toEqual([name, true]);
    }
  });
});
