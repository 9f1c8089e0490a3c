import { spawnSync, type SpawnSyncReturns } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { parse } from "acorn";
import { defaultProductionUrl, productionManifest } from "../../config/addin-urls";
import { worksheetFunctions } from "../../src/domain/worksheet-functions";
import { loadBundle } from "../../bench/bundle-sandbox";
import { buildTimeoutMs } from "../support/build-timeout";

/*
 * The production build as Excel will load it: one webpack run (10–30 s, minutes on a busy
 * machine) into a temporary folder, then the files, and the shipped functions.js run in a sandbox.
 */

const root = path.join(__dirname, "..", "..");
const ids = Object.keys(worksheetFunctions).sort();

describe("npm run build", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "ka2-build-"));
  let build: SpawnSyncReturns<string> | undefined;
  beforeAll(() => {
    const env = { ...process.env, KA2_ADDIN_URL: "" };
    const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    build = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
      cwd: root,
      env,
      encoding: "utf8",
    });
  }, buildTimeoutMs);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("emits the manifest, functions.json, functions.js and the task pane, with office.js from the CDN", async () => {
    if (!build) throw new Error("the build did not run");
    expect([build.status, build.stderr]).toEqual([0, ""]);
    expect(build.stdout).toContain("compiled successfully");
    const read = (file: string) => readFileSync(path.join(out, file), "utf8");

    // functions.json lists every function, with help links on the production site.
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; helpUrl: string }[];
    };
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(ids);
    for (const fn of metadata.functions) {
      expect(fn.helpUrl).toBe(`${defaultProductionUrl}functions.html#ka2${fn.id.toLowerCase()}`);
    }

    // functions.js registers every function, minified, with a source map and no eval.
    const functionsJs = read("functions.js");
    for (const id of ids) expect(functionsJs).toContain(`CustomFunctions.associate("${id}",`);
    expect(functionsJs).toMatch(/\/\/# sourceMappingURL=functions\.js\.map\s*$/);
    expect(existsSync(path.join(out, "functions.js.map"))).toBe(true);
    for (const chunk of ["functions.js", "taskpane.js", "commands.js"]) {
      expect([chunk, /\beval\s*\(/.test(read(chunk))]).toEqual([chunk, false]);
    }

    // The shipped bundle computes and refuses like the source.
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    class SandboxError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: SandboxError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    const sandbox = vm.createContext({ CustomFunctions, console });
    vm.runInContext(read("runtime.js"), sandbox);
    vm.runInContext(functionsJs, sandbox);
    expect([...registered.keys()].sort()).toEqual(ids);
    expect(registered.get("MGMT")?.("coordinator", 24)).toBe(12000);
    expect(registered.get("STAFF")?.("skolotājs", "Latvija", 10)).toBe(740);
    let blank: unknown;
    try {
      registered.get("MGMT")?.("coordinator", null);
    } catch (error) {
      blank = error;
    }
    expect(blank).toEqual(
      new SandboxError(
        "#VALUE!",
        "months must be a number of months, a whole number from 1 to 60; the cell is blank.",
      ),
    );

    // KA2.DISTANCE and KA2.PLACE fetch the places list, a chunk of its own, on their first call.
    expect(existsSync(path.join(out, "gazetteer.js"))).toBe(true);
    expect(functionsJs).not.toContain("Daugavpils");
    const bundle = loadBundle(out);
    expect(bundle.chunksLoaded).toEqual([]);
    await expect(bundle.functions.get("DISTANCE")?.("Riga", "Brussels")).resolves.toBe(1454);
    await expect(bundle.functions.get("PLACE")?.("Valencia")).resolves.toBe("Valencia, Spain (ES)");
    await expect(bundle.functions.get("DISTANCE")?.("Riga", "Rigaa")).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^to must be a place: .*"Rigaa" is not a city/),
    });
    expect(bundle.chunksLoaded).toEqual(["gazetteer.js"]);

    // One page loads office.js from Microsoft's CDN, then one webpack runtime and the three
    // chunks of the shared runtime, the functions first.
    const page = read("taskpane.html");
    const scripts = [...page.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "runtime.js",
      "functions.js",
      "taskpane.js",
      "commands.js",
    ]);
    // Webpack's module registry and chunk loader are in runtime.js alone; the entries only
    // push their modules onto it.
    expect(read("runtime.js")).toMatch(/\.m=/);
    for (const chunk of ["functions.js", "taskpane.js", "commands.js"]) {
      expect([
        chunk,
        /^(\/\*![^\n]*\*\/\n)?("use strict";)?\(globalThis\.webpackChunk\w+=/.test(read(chunk)),
      ]).toEqual([chunk, true]);
    }
    // No copy of office.js or the files it loads: the CDN serves them.
    expect(
      readdirSync(out).filter((file) =>
        /^(office|o15apptofilemappingtable|excel-.*)\.js$/.test(file),
      ),
    ).toEqual([]);

    // The production manifest, the icons and the help page the links open.
    expect(read("manifest.xml")).toBe(
      productionManifest(readFileSync(path.join(root, "manifest.xml"), "utf8")),
    );
    for (const size of [16, 32, 64, 80]) {
      expect(existsSync(path.join(out, "assets", `icon-${size}.png`))).toBe(true);
    }
    const help = read("functions.html");
    for (const id of ids) expect(help).toMatch(new RegExp(`id="?ka2${id.toLowerCase()}[">]`));
  });

  it("shows a message in Internet Explorer's and the old Edge's web views, in plain ES5", () => {
    const page = readFileSync(path.join(out, "taskpane.html"), "utf8");
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline).toHaveLength(1);
    const script = inline[0] ?? "";
    // Trident parses ES5 only: acorn refuses anything newer.
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(page).toContain("KA2 Budget cannot run in this version of Office");
    expect(page).toContain("KA2 Budget nevar darboties šajā Office versijā");

    /** Which element the script leaves shown, for a web view's user agent. */
    const shown = (userAgent: string) => {
      const style = { root: "", "old-webview": "none" } as Record<string, string>;
      const document = {
        getElementById: (id: string) => ({
          style: {
            set display(value: string) {
              style[id] = value;
            },
          },
        }),
      };
      vm.runInNewContext(script, { window: { navigator: { userAgent } }, document });
      return style.root === "none" && style["old-webview"] === "block" ? "message" : "pane";
    };
    expect(shown("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")).toBe(
      "message",
    );
    expect(
      shown(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
      ),
    ).toBe("message");
    // WebView2 (Chromium Edge says "Edg/"), Excel on Mac (WKWebView) and Excel on the web.
    for (const agent of [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    ]) {
      expect([agent, shown(agent)]).toEqual([agent, "pane"]);
    }
  });
});
