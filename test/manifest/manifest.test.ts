import { readFileSync } from "fs";
import path from "path";
import {
  defaultProductionUrl,
  devUrl,
  productionManifest,
  productionUrl,
} from "../../config/addin-urls";
import { readManifest } from "./manifest-facts";

const root = path.join(__dirname, "..", "..");
const devXml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const customUrl = "https://addins.example.lv/ka2-budget/";

/** The files a build serves at the base URL, which the manifest may point at. */
const served = [
  "taskpane.html",
  "functions.js",
  "functions.json",
  "functions.html",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];

/** OfficeApp's children in the order the schema requires (the ones this add-in may use). */
const schemaOrder = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ["manifest.xml (development)", devXml, devUrl],
  ["production manifest, default URL", productionManifest(devXml), defaultProductionUrl],
  [
    "production manifest, KA2_ADDIN_URL",
    productionManifest(devXml, productionUrl({ KA2_ADDIN_URL: customUrl })),
    customUrl,
  ],
])("%s", (_name, xml, baseUrl) => {
  const facts = readManifest(xml);
  const resourceValue = (resid: string) => facts.resources.get(resid)?.value;

  it("identifies an Excel add-in with the least permission it needs", () => {
    expect(facts.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(facts.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(facts.hosts).toEqual(["Workbook"]);
    expect(facts.permissions).toBe("ReadWriteDocument");
  });

  it("keeps the schema's element order", () => {
    const known = facts.topLevelOrder.filter((name) => schemaOrder.includes(name));
    expect(known).toEqual(facts.topLevelOrder);
    expect(known).toEqual(
      [...known].sort((a, b) => schemaOrder.indexOf(a) - schemaOrder.indexOf(b)),
    );
  });

  it("declares SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error)", () => {
    expect(facts.sets).toEqual([
      { name: "SharedRuntime", minVersion: "1.1" },
      { name: "CustomFunctionsRuntime", minVersion: "1.2" },
    ]);
  });

  it("resolves every resid, and uses every resource", () => {
    expect(facts.duplicateResourceIds).toEqual([]);
    const unresolved = facts.residUses.filter((use) => !facts.resources.has(use.resid));
    expect(unresolved).toEqual([]);
    const used = new Set(facts.residUses.map((use) => use.resid));
    expect([...facts.resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it(`points every URL at ${baseUrl} over https, at files the build serves`, () => {
    expect(facts.urls.length).toBeGreaterThan(5);
    for (const url of facts.urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(baseUrl)).toBe(true);
      expect(served).toContain(url.slice(baseUrl.length));
    }
    if (baseUrl !== devUrl) expect(xml).not.toContain("localhost");
  });

  it("needs no app domain", () => {
    expect(facts.appDomains).toEqual([]);
  });

  it("runs functions, ribbon and task pane in one long-lived runtime", () => {
    expect(facts.runtimes).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    expect(facts.customFunctions.page).toBe("Taskpane.Url");
    expect(facts.functionFile).toBe("Taskpane.Url");
    expect(resourceValue("Taskpane.Url")).toBe(`${baseUrl}taskpane.html`);
    expect(resourceValue(facts.customFunctions.script)).toBe(`${baseUrl}functions.js`);
    expect(resourceValue(facts.customFunctions.metadata)).toBe(`${baseUrl}functions.json`);
  });

  it("puts the functions in the KA2 namespace", () => {
    const namespace = facts.resources.get(facts.customFunctions.namespace);
    expect(namespace).toEqual({ kind: "short", value: "KA2" });
  });

  it("opens the task pane from a Home-tab button, with no TaskpaneId under a shared runtime", () => {
    expect(facts.actions).toEqual([
      {
        type: "ShowTaskpane",
        sourceLocation: "Taskpane.Url",
        taskpaneId: undefined,
        tab: "TabHome",
      },
    ]);
  });

  it("keeps strings within Office's lengths", () => {
    for (const [id, resource] of facts.resources) {
      const limit = { short: 125, long: 250 }[resource.kind as "short" | "long"];
      if (limit) expect([id, resource.value.length <= limit]).toEqual([id, true]);
    }
  });

  it("uses icons of 16, 32, 64 and 80 px that exist in assets/", () => {
    const icons = facts.urls.filter((url) => url.includes("/assets/"));
    expect(new Set(icons.map((url) => url.slice(baseUrl.length)))).toEqual(
      new Set([
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ]),
    );
    for (const icon of icons) {
      const size = Number(/icon-(\d+)\.png$/.exec(icon)?.[1]);
      const file = path.join(root, icon.slice(baseUrl.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

describe("the production base URL", () => {
  it("defaults to the project site", () => {
    expect(productionUrl({})).toBe(defaultProductionUrl);
  });

  it.each(["http://addins.example.lv/ka2/", "https://addins.example.lv/ka2", "ftp://x/", " "])(
    "refuses %p",
    (url) => {
      expect(() => productionUrl({ KA2_ADDIN_URL: url })).toThrow(
        /KA2_ADDIN_URL must be an https URL/,
      );
    },
  );

  it("rewrites every development URL, not only the first", () => {
    const count = (text: string, part: string) => text.split(part).length - 1;
    const production = productionManifest(devXml, customUrl);
    expect(count(production, customUrl)).toBe(count(devXml, devUrl));
  });
});
