import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = join(__dirname, "..", "..");
const pages = [
  "README.md",
  "TESTING.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name)),
  ...readdirSync(join(root, "docs", "lv"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", "lv", name)),
];

/** Relative link targets of a Markdown page: [text](target) and ![alt](target). */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split("#")[0]!)
    .filter((target) => target !== "" && !/^[a-z]+:/i.test(target));
}

describe("documentation links", () => {
  it.each(pages)("every relative link and picture in %s exists", (page) => {
    const missing = relativeLinks(readFileSync(join(root, page), "utf8")).filter(
      (target) => !existsSync(join(root, dirname(page), decodeURI(target))),
    );
    expect(missing).toEqual([]);
  });
});

it("the user guide shows the task pane's screenshots", () => {
  const guide = readFileSync(join(root, "docs", "user-guide.md"), "utf8");
  expect(
    relativeLinks(guide).filter((target) => target.endsWith(".png")).length,
  ).toBeGreaterThanOrEqual(4);
});
