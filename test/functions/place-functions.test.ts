import { loadGazetteer as loadGazetteerFile } from "../../src/cli/gazetteer-file";
import * as ka2 from "../../src/functions/functions";
import { loadGazetteer } from "../../src/gazetteer/load-gazetteer";

/*
 * KA2.DISTANCE and KA2.PLACE as Excel calls them: asynchronous, with the gazetteer chunk
 * that webpack loads in the add-in replaced by the same file read from disk (jest cannot run
 * webpack's import()). test/build/build.test.ts loads the real chunk from the built bundle.
 */

jest.mock("../../src/gazetteer/load-gazetteer", () => ({
  loadGazetteer: jest.fn(() => Promise.resolve(loadGazetteerFile())),
}));

async function valueError(call: () => Promise<unknown>): Promise<CustomFunctions.Error> {
  const thrown: unknown = await call().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  const error = thrown as CustomFunctions.Error;
  expect(error.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  return error;
}

const placeWanted =
  "must be a place: a city name (Riga; Valencia, ES) or latitude,longitude (56.95, 24.11)";

describe("KA2.DISTANCE(from, to)", () => {
  it.each([
    ["Riga", "Brussels", 1454],
    ["Rīga, LV", "Valencia, ES", 2630],
    ["Helsinki", "Tallinn", 82],
    ["Valletta", "Reykjavík", 3970],
    ["56.95, 24.11", "Lisbon", 3151],
  ])("%s → %s = %s km", async (from, to, km) => {
    const result = ka2.distance(from, to);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe(km);
  });

  it("names the argument that is not a place", async () => {
    expect((await valueError(() => ka2.distance("Rigaa", "Brussels"))).message).toBe(
      `from ${placeWanted}; "Rigaa" is not a city the add-in knows; check the spelling, or give its latitude,longitude.`,
    );
    expect((await valueError(() => ka2.distance("Riga", null))).message).toBe(
      `to ${placeWanted}; the cell is blank.`,
    );
    expect((await valueError(() => ka2.distance("Riga", 0))).message).toBe(
      `to ${placeWanted}; got 0, not a place name.`,
    );
  });

  it("loads the gazetteer for each call through the shared loader", async () => {
    const calls = (loadGazetteer as jest.Mock).mock.calls.length;
    await ka2.distance("Riga", "Jelgava");
    expect((loadGazetteer as jest.Mock).mock.calls.length).toBe(calls + 1);
  });

  it("gives #N/A with a message when the places list cannot be downloaded", async () => {
    const failure = new Error("Loading chunk gazetteer failed.");
    (loadGazetteer as jest.Mock).mockImplementationOnce(() => Promise.reject(failure));
    const thrown: unknown = await ka2.distance("Riga", "Brussels").catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(CustomFunctions.Error);
    expect(thrown).toMatchObject({
      code: CustomFunctions.ErrorCode.notAvailable,
      message: "the places list could not be loaded",
    });
    // The next call downloads again and computes.
    await expect(ka2.distance("Riga", "Brussels")).resolves.toBe(1454);
  });
});

describe("KA2.PLACE(name)", () => {
  it.each([
    ["Valencia", "Valencia, Spain (ES)"],
    ["Valencia, VE", "Valencia, Venezuela (VE)"],
    ["Rīga", "Riga, Latvia (LV)"],
    ["Brisele", "Brussels, Belgium (BE)"],
    ["56.95, 24.11", "56.95, 24.11 (latitude, longitude)"],
  ])("%s → %s", async (name, label) => {
    await expect(ka2.place(name)).resolves.toBe(label);
  });

  it("refuses an unknown place", async () => {
    expect((await valueError(() => ka2.place("Valencia, Narnia"))).message).toBe(
      `name ${placeWanted}; "Narnia" in "Valencia, Narnia" is not a country name or ISO code.`,
    );
  });
});
