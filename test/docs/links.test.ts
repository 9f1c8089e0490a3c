import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The docs stand alone: every link and every path they mention resolves inside this
 * repository, and none points at notes that live outside it.
 */

const root = join(__dirname, "..", "..");

/** Every Markdown file under `folder` (relative to the root), at any depth. */
function markdownUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(folder, name));
}

const pages = ["README.md", "TESTING.md", ...markdownUnder("docs")];

/** Link targets of a Markdown page, [text](target) and ![alt](target), other than web addresses. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingId(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/**
 * The ids a link can jump to on a Markdown page: its headings' (a repeated one numbered as
 * GitHub does) and explicit anchors, <a id="ka2mgmt"></a>.
 */
function headingIds(markdown: string): Set<string> {
  const ids = new Set([...markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, "");
  for (const match of withoutCode.matchAll(/^#{1,6} +(.+?)\s*$/gm)) {
    const id = headingId(match[1]!);
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    ids.add(count === 0 ? id : `${id}-${count}`);
  }
  return ids;
}

/** Why `target`, linked from `page`, does not resolve inside the repository; undefined if it does. */
function brokenLink(page: string, target: string): string | undefined {
  const [path = "", anchor] = target.split("#");
  const file = path === "" ? join(root, page) : resolve(root, dirname(page), decodeURI(path));
  if (relative(root, file).startsWith("..")) return `${target} leaves the repository`;
  if (!existsSync(file)) return `${target} does not exist`;
  if (anchor && file.endsWith(".md") && !headingIds(readFileSync(file, "utf8")).has(anchor)) {
    return `${target} names no heading of ${relative(root, file)}`;
  }
  return undefined;
}

/** Team notes kept outside the repository, which no reader of the repository has. */
const outsideNotes = /\.\.\/shared\b|(?<![\w.-])shared\/|\bDESIGN\.md\b|\bSTYLE\.md\b/g;

/** Paths in `code spans` that start at a folder of the repository, e.g. `src/rules/ka2-2014.ts`. */
function mentionedPaths(markdown: string): string[] {
  const folders = "src|test|docs|examples|scripts|bench|config|assets|bin|\\.ci";
  const pattern = new RegExp(`\`((?:${folders})/[^\`\\s]*)\``, "g");
  return [...markdown.matchAll(pattern)].map((match) => match[1]!);
}

/** A mentioned path exists; a glob (`examples/*.xlsx`) needs its folder to. */
function pathExists(path: string): boolean {
  const fixed = path.split("*")[0]!;
  const file = join(root, fixed);
  return path.includes("*") ? existsSync(dirname(file)) : existsSync(file);
}

describe("documentation links", () => {
  it.each(pages)("every link and picture in %s resolves inside the repository", (page) => {
    const markdown = readFileSync(join(root, page), "utf8");
    const broken = relativeLinks(markdown)
      .map((target) => brokenLink(page, target))
      .filter((reason) => reason !== undefined);
    expect(broken).toEqual([]);
  });

  it.each(pages)("%s mentions no path outside the repository or missing from it", (page) => {
    const markdown = readFileSync(join(root, page), "utf8");
    expect(markdown.match(outsideNotes) ?? []).toEqual([]);
    expect(mentionedPaths(markdown).filter((path) => !pathExists(path))).toEqual([]);
  });

  it("tells a broken link, an outside note and a missing path from good ones", () => {
    expect(brokenLink("docs/cli.md", "../README.md#what-is-checked")).toBeUndefined();
    expect(brokenLink("docs/cli.md", "#exit-codes")).toBeUndefined();
    expect(brokenLink("docs/cli.md", "../../shared/DESIGN.md")).toMatch(/leaves the repository/);
    expect(brokenLink("README.md", "docs/nowhere.md")).toMatch(/does not exist/);
    expect(brokenLink("README.md", "docs/cli.md#no-such-heading")).toMatch(/names no heading/);
    expect(headingId("`export FILE.xlsx --out PATH`")).toBe("export-filexlsx---out-path");
    const outside =
      "see `shared/reference/rules.md`, ../shared/x and DESIGN.md; the shared runtime";
    expect(outside.match(outsideNotes)).toEqual(["shared/", "../shared", "DESIGN.md"]);
    expect(mentionedPaths("`src/rules/ka2-2014.ts`, `examples/*.xlsx`, `src/nowhere.ts`")).toEqual([
      "src/rules/ka2-2014.ts",
      "examples/*.xlsx",
      "src/nowhere.ts",
    ]);
    expect(
      ["src/rules/ka2-2014.ts", "examples/*.xlsx", "src/nowhere.ts"].filter(pathExists),
    ).toEqual(["src/rules/ka2-2014.ts", "examples/*.xlsx"]);
  });
});

describe("code comments", () => {
  /** Source files a contributor reads, other than this test (which names what it looks for). */
  const sources = ["src", "test", "scripts", "bench", "config"]
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: "utf8" }).map((name) =>
        join(folder, name),
      ),
    )
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && statSync(join(root, file)).isFile())
    .filter((file) => file !== relative(root, __filename));

  it("point at nothing outside the repository", () => {
    expect(sources.length).toBeGreaterThan(100);
    const outside = sources.flatMap((file) =>
      (readFileSync(join(root, file), "utf8").match(outsideNotes) ?? []).map(
        (match) => `${file}: ${match}`,
      ),
    );
    expect(outside).toEqual([]);
  });
});

it("the user guide shows the task pane's screenshots", () => {
  const guide = readFileSync(join(root, "docs", "user-guide.md"), "utf8");
  expect(
    relativeLinks(guide).filter((target) => target.endsWith(".png")).length,
  ).toBeGreaterThanOrEqual(4);
});
