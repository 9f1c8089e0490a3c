import { XMLParser } from "fast-xml-parser";

/**
 * The facts of an add-in-only manifest the tests check, read with fast-xml-parser: resources
 * by id, every resid used and where, every URL, the requirement sets, the shared-runtime
 * wiring and the ribbon actions. No XSD for current manifests exists offline, so these
 * invariants stand in for schema validation.
 */
export interface ManifestFacts {
  id: string;
  version: string;
  permissions: string;
  hosts: string[];
  topLevelOrder: string[];
  appDomains: string[];
  sets: { name: string; minVersion: string }[];
  resources: Map<string, { kind: string; value: string }>;
  duplicateResourceIds: string[];
  residUses: { element: string; resid: string }[];
  urls: string[];
  runtimes: { resid: string; lifetime: string }[];
  customFunctions: { script: string; page: string; metadata: string; namespace: string };
  functionFile: string;
  actions: { type: string; sourceLocation?: string; taskpaneId?: string; tab: string }[];
}

type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) =>
    [
      "Set",
      "Host",
      "Runtime",
      "bt:Image",
      "bt:Url",
      "bt:String",
      "Control",
      "Group",
      "OfficeTab",
      "ExtensionPoint",
      "AppDomain",
    ].includes(name),
});

const orderParser = new XMLParser({ ignoreAttributes: true, preserveOrder: true });

function child(node: unknown, name: string): XmlNode {
  const value = (node as XmlNode | undefined)?.[name];
  if (value === undefined) throw new Error(`Manifest has no <${name}>.`);
  return (Array.isArray(value) ? value[0] : value) as XmlNode;
}

function attribute(node: unknown, name: string): string {
  return String((node as XmlNode | undefined)?.[`@_${name}`] ?? "");
}

function text(node: unknown): string {
  if (typeof node === "string") return node;
  return String((node as XmlNode | undefined)?.["#text"] ?? "");
}

/** Visits every element with its own name. */
function walk(node: unknown, name: string, visit: (name: string, node: XmlNode) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, name, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  visit(name, node as XmlNode);
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith("@_") && key !== "#text") walk(value, key, visit);
  }
}

export function readManifest(xml: string): ManifestFacts {
  const app = child(parser.parse(xml), "OfficeApp");
  const overrides = child(app, "VersionOverrides");
  const workbook = (child(overrides, "Hosts")["Host"] as XmlNode[]).find(
    (host) => attribute(host, "xsi:type") === "Workbook",
  );
  if (!workbook) throw new Error("Manifest has no Workbook host in VersionOverrides.");

  const resources = new Map<string, { kind: string; value: string }>();
  const duplicateResourceIds: string[] = [];
  const resourceNode = child(overrides, "Resources");
  for (const [group, kind] of [
    ["bt:Images", "image"],
    ["bt:Urls", "url"],
    ["bt:ShortStrings", "short"],
    ["bt:LongStrings", "long"],
  ] as const) {
    const entries = (resourceNode[group] as XmlNode | undefined) ?? {};
    const items = (entries["bt:Image"] ?? entries["bt:Url"] ?? entries["bt:String"] ?? []) as
      XmlNode[] | [];
    for (const item of items) {
      const id = attribute(item, "id");
      if (resources.has(id)) duplicateResourceIds.push(id);
      resources.set(id, { kind, value: attribute(item, "DefaultValue") });
    }
  }

  const residUses: { element: string; resid: string }[] = [];
  const urls: string[] = [];
  walk(app, "OfficeApp", (name, node) => {
    const resid = attribute(node, "resid");
    if (resid) residUses.push({ element: name, resid });
    const value = attribute(node, "DefaultValue");
    if (/^[a-z]+:\/\//i.test(value)) urls.push(value);
  });
  const appDomains = ((app["AppDomains"] as XmlNode | undefined)?.["AppDomain"] ?? []) as unknown[];
  urls.push(...appDomains.map(text));

  const customFunctionsPoint = (
    child(workbook, "AllFormFactors")["ExtensionPoint"] as XmlNode[]
  ).find((point) => attribute(point, "xsi:type") === "CustomFunctions");
  if (!customFunctionsPoint) throw new Error("Manifest has no CustomFunctions extension point.");
  const sourceOf = (name: string) =>
    attribute(child(child(customFunctionsPoint, name), "SourceLocation"), "resid");

  const actions: ManifestFacts["actions"] = [];
  const desktop = child(workbook, "DesktopFormFactor");
  for (const point of (desktop["ExtensionPoint"] ?? []) as XmlNode[]) {
    for (const tab of (point["OfficeTab"] ?? []) as XmlNode[]) {
      walk(tab, "OfficeTab", (name, node) => {
        if (name !== "Action") return;
        actions.push({
          type: attribute(node, "xsi:type"),
          sourceLocation: attribute(node["SourceLocation"], "resid") || undefined,
          taskpaneId: node["TaskpaneId"] === undefined ? undefined : text(node["TaskpaneId"]),
          tab: attribute(tab, "id"),
        });
      });
    }
  }

  const ordered = orderParser.parse(xml) as Record<string, unknown>[];
  const officeApp = ordered.find((node) => "OfficeApp" in node)?.["OfficeApp"] as
    Record<string, unknown>[] | undefined;
  const topLevelOrder = (officeApp ?? [])
    .map((node) => Object.keys(node).find((key) => key !== ":@") ?? "")
    .filter((name) => name !== "#comment" && name !== "");

  return {
    id: text(app["Id"]),
    version: text(app["Version"]),
    permissions: text(app["Permissions"]),
    hosts: ((child(app, "Hosts")["Host"] ?? []) as XmlNode[]).map((h) => attribute(h, "Name")),
    topLevelOrder,
    appDomains: appDomains.map(text),
    sets: ((child(child(app, "Requirements"), "Sets")["Set"] ?? []) as XmlNode[]).map((set) => ({
      name: attribute(set, "Name"),
      minVersion: attribute(set, "MinVersion"),
    })),
    resources,
    duplicateResourceIds,
    residUses,
    urls,
    runtimes: ((child(workbook, "Runtimes")["Runtime"] ?? []) as XmlNode[]).map((runtime) => ({
      resid: attribute(runtime, "resid"),
      lifetime: attribute(runtime, "lifetime"),
    })),
    customFunctions: {
      script: sourceOf("Script"),
      page: sourceOf("Page"),
      metadata: sourceOf("Metadata"),
      namespace: attribute(child(customFunctionsPoint, "Namespace"), "resid"),
    },
    functionFile: attribute(child(desktop, "FunctionFile"), "resid"),
    actions,
  };
}
