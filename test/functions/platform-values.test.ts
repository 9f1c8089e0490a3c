import { loadGazetteer as loadGazetteerFile } from "../../src/cli/gazetteer-file";
import * as ka2 from "../../src/functions/functions";
import { worksheetFunctions, type CellArgument } from "../../src/domain/worksheet-functions";
import { functionReference } from "../../scripts/function-reference";

/*
 * What a cell hands a KA2.* function differs between Excel platforms and cell contents:
 * a blank cell arrives as null on the web and as 0 on Windows (office-js issue 4702), and a
 * cell converted to a data type (a country as Geography) arrives as an entity object, since
 * the generated metadata allows custom data for "any" parameters. Every function must give
 * one answer for a blank whichever way it arrives, and read a data type by its text or value.
 */

jest.mock("../../src/gazetteer/load-gazetteer", () => ({
  loadGazetteer: jest.fn(() => Promise.resolve(loadGazetteerFile())),
}));

type CustomFunction = (...args: CellArgument[]) => unknown;

/** The custom function registered under a worksheet-function name (MGMT → mgmt). */
function customFunction(name: string): CustomFunction {
  const entry = Object.entries(ka2).find(([key]) => key.toLowerCase() === name.toLowerCase());
  if (!entry) throw new Error(`No custom function for KA2.${name}`);
  return entry[1] as CustomFunction;
}

/** What a cell would show: the value, or the error code (the message may name what came). */
async function shownInCell(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return (error as CustomFunctions.Error).code;
  }
}

const cases = Object.entries(functionReference).flatMap(([name, reference]) => {
  const params = worksheetFunctions[name as keyof typeof worksheetFunctions].params;
  return [...reference.examples, ...reference.errors].flatMap((example) =>
    params.map((param, index) => ({ name, param, example, index })),
  );
});

describe("a blank cell gives one answer on the web (null) and on Windows (0)", () => {
  it.each(cases)("KA2.$name with $param blank in $example", async ({ name, example, index }) => {
    const fn = customFunction(name);
    const withBlank = (blank: null | 0) =>
      Array.from({ length: Math.max(example.length, index + 1) }, (_, at) =>
        at === index ? blank : (example[at] ?? null),
      );
    const web = await shownInCell(() => fn(...withBlank(null)));
    const windows = await shownInCell(() => fn(...withBlank(0)));
    expect(windows).toEqual(web);
  });
});

describe("a blank optional count is the default on every platform", () => {
  it.each([
    ["TRAVEL", [100, null], 275], // 1 × 275 (100–1,999 km band)
    ["TRAVEL", [100, 0], 275],
    ["TRAVEL", [100, ""], 275],
    ["LINGUISTIC", [6, 0], 150], // 1 × 150
    ["SUPPORT", ["staff-training", 15, 0], 1470], // 14 × 100 + 1 × 70
  ])("KA2.%s(%p) = %s", async (name, args, amount) => {
    await expect(shownInCell(() => customFunction(name)(...args))).resolves.toBe(amount);
  });
});

/** A country cell converted to Excel's Geography data type, as a custom function receives it. */
function geography(name: string): unknown {
  return {
    type: "LinkedEntity",
    text: name,
    basicType: "Error",
    basicValue: "#VALUE!",
    id: { culture: "en-US", domainId: "Geography", entityId: `geo-${name}`, serviceId: 268435456 },
    properties: { Population: { type: "Double", basicValue: 1_000_000 } },
  };
}

describe("data types are read by their text or value", () => {
  const entity = (text: string) => ({ type: "Entity", text, properties: {} });
  const formatted = (basicValue: number) => ({
    type: "FormattedNumber",
    basicValue,
    numberFormat: "0",
  });
  const rich = (value: unknown) => value as string;

  it.each([
    ["COUNTRYGROUP", [rich(geography("Latvia"))], 4], // LV: staff-rate group 4
    ["COUNTRYGROUP", [rich(geography("Norway"))], 1],
    ["COUNTRYGROUP", [rich(entity("Latvija"))], 4],
    ["STAFF", ["teacher", rich(geography("Latvia")), 10], 740], // 10 × 74 (group 4)
    ["MGMT", ["coordinator", rich(formatted(24))], 12000], // 24 × 500
    ["MGMT", [rich({ type: "String", basicValue: "partner" }), 24], 6000], // 24 × 250
    ["TRAVEL", [100, rich(formatted(3))], 825], // 3 × 275
    ["DISSEM", [rich(formatted(10)), rich({ type: "Empty", basicValue: "" })], 1000], // 10 × 100
    ["DISTANCE", [rich(geography("Riga")), "Brussels"], 1454],
  ])("KA2.%s(%p) = %s", async (name, args, expected) => {
    await expect(shownInCell(() => customFunction(name)(...args))).resolves.toBe(expected);
  });

  it("names a data type it cannot read without [object Object]", () => {
    let message = "";
    try {
      ka2.countryGroup(rich({ type: "WebImage", address: "https://example.org/a.png" }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      "country must be a country: an ISO code or its English or Latvian name (LV, Latvia, Latvija); got a value Excel cannot show as text.",
    );
  });
});
