import { getRulebook, type Rulebook } from "../../../src/rules";
import { bandFor, bandLabel } from "../../../src/domain/calculators";
import { travelBandCases } from "../../support/reference-bands";

const book = getRulebook() as Rulebook;

/* Bands by hand from reference §2 (meetings) and §5.1 (travel): lower edge inclusive. */

describe("bandFor", () => {
  test.each(travelBandCases)("travel: %d km → %s EUR", (km, amount) => {
    expect(bandFor(book.travel.bands.value, km)?.amount).toBe(amount);
  });

  test.each([
    [99, undefined],
    [99.99, undefined],
    [100, 575],
    [1999, 575],
    [1999.5, 575],
    [2000, 760],
  ])("meetings: %d km → %s EUR", (km, amount) => {
    expect(bandFor(book.meetings.bands.value, km)?.amount).toBe(amount);
  });

  test("a distance that is not a number falls in no band", () => {
    expect(bandFor(book.travel.bands.value, NaN)).toBeUndefined();
    expect(bandFor(book.travel.bands.value, -500)).toBeUndefined();
  });
});

describe("bandLabel", () => {
  test.each([
    [150, "100–1,999 km"],
    [1999, "100–1,999 km"],
    [2000, "2,000 km and more"],
    [8000, "2,000 km and more"],
  ])("travel band of %d km is named %s", (km, label) => {
    const band = bandFor(book.travel.bands.value, km);
    expect(band && bandLabel(band)).toBe(label);
  });

  test.each([
    [100, "100–1,999 km"],
    [2000, "2,000 km and more"],
  ])("meeting band of %d km is named %s", (km, label) => {
    const band = bandFor(book.meetings.bands.value, km);
    expect(band && bandLabel(band)).toBe(label);
  });
});
