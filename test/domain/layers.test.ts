import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The dependency rule of docs/architecture.md: src/rules and src/domain import nothing from the
 * faces (functions, excel, taskpane, preview, cli) and no Office, DOM or Node API, so the same
 * checker runs in Excel, in a browser and in Node.
 */

const src = join(__dirname, "..", "..", "src");

/** Every .ts file under `folder`, as paths relative to src/. */
function sources(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

/** The module specifiers a file imports or re-exports, statically or dynamically. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(src, file), "utf8");
  return [
    ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm),
    ...code.matchAll(/^\s*import\s+"([^"]+)"/gm),
    ...code.matchAll(/\b(?:import|require)\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1]!);
}

/** Whether `file` (relative to src/) importing `specifier` leaves `folders` or `packages`. */
function isStray(file: string, specifier: string, folders: string[], packages: RegExp): boolean {
  if (!specifier.startsWith(".")) return !packages.test(specifier);
  const target = relative(src, resolve(src, dirname(file), specifier));
  return !folders.includes(target.split(/[\\/]/)[0]!);
}

/** The imports of `folder`'s files that leave `folders` or name a package not in `packages`. */
function strayImports(folder: string, folders: string[], packages: RegExp): string[] {
  return sources(folder).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isStray(file, specifier, folders, packages))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

const domainPackages = /^(zod|papaparse|i18n-iso-countries(\/.*)?)$/;

describe("the dependency rule", () => {
  it("src/rules imports only itself and zod", () => {
    expect(sources("rules").length).toBeGreaterThan(0);
    expect(strayImports("rules", ["rules"], /^zod$/)).toEqual([]);
  });

  it("src/domain imports only itself, src/rules and data packages", () => {
    expect(sources("domain").length).toBeGreaterThan(10);
    expect(strayImports("domain", ["domain", "rules"], domainPackages)).toEqual([]);
  });

  it("would catch a face, a Node module or a UI package imported into the domain", () => {
    expect(importsOf("domain/check-budget.ts")).toContain("./checks/caps");
    const file = "domain/checks/caps.ts";
    const stray = (specifier: string) =>
      isStray(file, specifier, ["domain", "rules"], domainPackages);
    expect(
      ["../findings", "../../rules", "zod", "i18n-iso-countries/langs/lv.json"].filter(stray),
    ).toEqual([]);
    expect(
      ["../../excel/office-workbook", "../../cli/report", "node:fs", "fs", "react"].filter(stray),
    ).toEqual(["../../excel/office-workbook", "../../cli/report", "node:fs", "fs", "react"]);
  });
});
