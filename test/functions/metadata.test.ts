import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { worksheetFunctions } from "../../src/domain/worksheet-functions";
import type { FunctionMetadata } from "../../scripts/make-function-docs";
import { localizedFunctions } from "../../config/localized-functions";
import functionsLv from "../../src/functions/functions-lv.json";

/*
 * The functions.json Excel reads is generated from the JSDoc of src/functions/functions.ts.
 * The generator's CLI exits 0 on errors, so the metadata is checked here through its API.
 */

const source = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

async function generate() {
  const result = await generateCustomFunctionsMetadata([source], false);
  const functions = (
    JSON.parse(result.metadataJson || '{"functions":[]}') as {
      functions: FunctionMetadata[];
    }
  ).functions;
  return { ...result, functions };
}

describe("custom function metadata", () => {
  let metadata: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    metadata = await generate();
  });

  it("has no errors", () => {
    expect(metadata.errors).toEqual([]);
  });

  it("has exactly the worksheet functions of the command line", () => {
    const ids = metadata.functions.map((fn) => fn.id).sort();
    expect(ids).toEqual(Object.keys(worksheetFunctions).sort());
    expect(metadata.associate.map((a) => a.id).sort()).toEqual(ids);
  });

  it("names each function as Excel allows, nothing that reads as a cell reference", () => {
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/); // A1 style
      expect(fn.id).not.toMatch(/^R[0-9]*C[0-9]*$/); // R1C1 style
    }
  });

  it("describes every function and every argument", () => {
    for (const fn of metadata.functions) {
      expect([fn.id, (fn.description ?? "").length > 20]).toEqual([fn.id, true]);
      expect(fn.helpUrl).toMatch(/^https:\/\/[^\s#]+#ka2[a-z]+$/);
      for (const parameter of fn.parameters) {
        expect([fn.id, parameter.name, (parameter.description ?? "").length > 10]).toEqual([
          fn.id,
          parameter.name,
          true,
        ]);
      }
    }
  });

  it("takes the arguments of the command line, raw, with the same ones optional", () => {
    for (const fn of metadata.functions) {
      const expected = worksheetFunctions[fn.id as keyof typeof worksheetFunctions].params;
      const actual = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect([fn.id, actual]).toEqual([fn.id, [...expected]]);
      // "any": a blank, a text or a boolean reaches the domain, which names the argument.
      expect(fn.parameters.every((p) => p.type === "any")).toBe(true);
    }
  });

  it("returns text only for BAND and PLACE and numbers otherwise", () => {
    for (const fn of metadata.functions) {
      const text = fn.id === "BAND" || fn.id === "PLACE";
      expect([fn.id, fn.result.type]).toEqual([fn.id, text ? "string" : "number"]);
    }
  });

  it("declares no volatile, streaming or address-reading function", () => {
    for (const fn of metadata.functions) {
      expect([fn.id, (fn as { options?: unknown }).options]).toEqual([fn.id, undefined]);
    }
  });

  it("has Latvian help for every function and argument, under the same KA2 names", () => {
    const english = JSON.stringify({ functions: metadata.functions });
    const latvian = localizedFunctions(english, functionsLv);
    expect(latvian.missing).toEqual([]);
    const translated = (JSON.parse(latvian.json) as { functions: FunctionMetadata[] }).functions;
    expect(translated.map((fn) => [fn.id, fn.name])).toEqual(
      metadata.functions.map((fn) => [fn.id, fn.name]),
    );
    translated.forEach((fn, index) => {
      const original = metadata.functions[index]!;
      expect([fn.id, fn.description !== original.description]).toEqual([fn.id, true]);
      fn.parameters.forEach((parameter, at) => {
        expect([fn.id, parameter.name, (parameter.description ?? "").length > 10]).toEqual([
          fn.id,
          original.parameters[at]!.name,
          true,
        ]);
      });
    });
    // Nothing in the Latvian file names a function or argument that does not exist.
    for (const [id, entry] of Object.entries(functionsLv)) {
      const fn = metadata.functions.find((candidate) => candidate.id === id);
      expect([id, fn !== undefined]).toEqual([id, true]);
      for (const name of Object.keys(entry.parameters)) {
        expect([id, name, fn?.parameters.some((p) => p.name === name)]).toEqual([id, name, true]);
      }
    }
  });
});
