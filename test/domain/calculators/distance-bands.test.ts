import { getRulebook, type Rulebook } from "../../../src/rules";
import { bandFor, bandName, distanceBand } from "../../../src/domain/calculators";
import { functionText } from "../../../src/messages/function-messages";
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

const bandLabel = (band: Parameters<typeof bandName>[0]) => functionText(bandName(band), "en");

describe("bandName", () => {
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

describe("distanceBand, in English and Latvian", () => {
  test.each([
    [150, "100–1,999 km", "100–1\u00a0999 km"],
    [2000, "2,000 km and more", "2\u00a0000 km un vairāk"],
    [99.5, "under 100 km (not funded)", "mazāk par 100 km (netiek finansēts)"],
  ])("%d km: %s / %s", (km, english, latvian) => {
    const band = distanceBand(book.travel.bands.value, km);
    expect(functionText(band, "en")).toBe(english);
    expect(functionText(band, "lv")).toBe(latvian);
  });
});
