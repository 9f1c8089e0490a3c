import { loadGazetteer } from "../../src/cli/gazetteer-file";
import { bandFor } from "../../src/domain/calculators";
import {
  foldPlaceName,
  Gazetteer,
  greatCircleKm,
  placeProblemText,
  placeResult,
  resolvePlace,
  shortPlaceName,
  travelDistanceKm,
  type Place,
  type PlaceProblem,
} from "../../src/domain/places";
import { functionText } from "../../src/messages/function-messages";
import { getRulebook, type Rulebook } from "../../src/rules";

/*
 * Distances are checked against figures worked out here by another formula (the spherical law
 * of cosines, or R × Δlatitude along a meridian) from the coordinates cited in each case, and
 * against published great-circle distances where one is well known — never against the code
 * under test.
 */

const book = getRulebook() as Rulebook;
const places = loadGazetteer();
const R = 6371; // reference §11: mean Earth radius
const rad = Math.PI / 180;

/** Spherical law of cosines: an independent route to the great-circle distance. */
function lawOfCosinesKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const c =
    Math.sin(lat1 * rad) * Math.sin(lat2 * rad) +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return R * Math.acos(Math.min(1, c));
}

/** A place as KA2.PLACE shows it in English. */
const placeLabel = (place: Place) => functionText(placeResult(place), "en");

/** Why a value is not a place, as KA2.DISTANCE's English message ends. */
const placeProblemReason = (problem: PlaceProblem) =>
  problem.kind === "blank" ? "the cell is blank" : functionText(placeProblemText(problem), "en");

function resolved(text: unknown): Place {
  const result = resolvePlace(text, places, book);
  if ("problem" in result) throw new Error(placeProblemReason(result.problem));
  return result.place;
}

function problem(text: unknown): string {
  const result = resolvePlace(text, places, book);
  if ("place" in result) throw new Error(`${String(text)} resolved to ${placeLabel(result.place)}`);
  return placeProblemReason(result.problem);
}

const travelBand = (km: number) => bandFor(book.travel.bands.value, km)?.amount ?? 0;
const meetingBand = (km: number) => bandFor(book.meetings.bands.value, km)?.amount ?? 0;

describe("great-circle distances of known city pairs (GeoNames coordinates)", () => {
  // [from, to, from lat/lon, to lat/lon (GeoNames, 4 decimals), published km or null,
  //  travel band EUR, meeting band EUR]
  const pairs: [
    string,
    string,
    [number, number],
    [number, number],
    number | null,
    number,
    number,
  ][] = [
    ["Riga", "Brussels", [56.946, 24.1059], [50.8505, 4.3488], null, 275, 575],
    ["Riga", "Lisbon", [56.946, 24.1059], [38.7167, -9.1333], null, 360, 760],
    ["Helsinki", "Tallinn", [60.1695, 24.9354], [59.437, 24.7535], 82, 0, 0],
    ["Valletta", "Reykjavík", [35.8997, 14.5148], [64.1355, -21.8954], null, 360, 760],
    ["Riga", "Tallinn", [56.946, 24.1059], [59.437, 24.7535], 279, 275, 575],
    ["Riga", "Vilnius", [56.946, 24.1059], [54.6892, 25.2798], 262, 275, 575],
    ["Daugavpils", "Liepāja", [55.8833, 26.5333], [56.5047, 21.0109], null, 275, 575],
  ];

  it.each(pairs)("%s – %s", (from, to, [lat1, lon1], [lat2, lon2], published, travel, meeting) => {
    const a = resolved(from);
    const b = resolved(to);
    expect([a.latitude, a.longitude, b.latitude, b.longitude]).toEqual([lat1, lon1, lat2, lon2]);
    const expected = lawOfCosinesKm(lat1, lon1, lat2, lon2);
    expect(Math.abs(greatCircleKm(a, b, R) - expected)).toBeLessThan(0.01);
    const km = travelDistanceKm(book, a, b);
    expect(km).toBe(Math.round(expected));
    if (published !== null) expect(Math.abs(km - published)).toBeLessThanOrEqual(1);
    expect([travelBand(km), meetingBand(km)]).toEqual([travel, meeting]);
  });

  it("gives the hand-worked figures", () => {
    // Law of cosines on the coordinates above, rounded: see the table in docs/distances.md.
    const km = (from: string, to: string) => travelDistanceKm(book, resolved(from), resolved(to));
    expect(km("Riga", "Brussels")).toBe(1454);
    expect(km("Riga", "Lisbon")).toBe(3151);
    expect(km("Helsinki", "Tallinn")).toBe(82); // under 100 km: not funded
    expect(km("Valletta", "Reykjavík")).toBe(3970);
    expect(km("Brussels", "Riga")).toBe(1454); // one way, either way
    expect(km("Riga", "Rīga")).toBe(0);
  });

  it("measures a quarter of a meridian as a quarter of the circumference", () => {
    const pole = { latitude: 90, longitude: 0 };
    const equator = { latitude: 0, longitude: 45 };
    expect(greatCircleKm(pole, equator, R)).toBeCloseTo((Math.PI * R) / 2, 6);
    expect(greatCircleKm(equator, equator, R)).toBe(0);
    // Antipodes: half the circumference, no NaN from rounding above 1.
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 }, R)).toBe(
      Math.PI * R,
    );
  });
});

describe("rounding at band edges", () => {
  // Along a meridian the distance is R × Δlatitude (radians): the km of each typed point
  // pair is worked out here, independently of the haversine code.
  const meridianKm = (latitude: number) => R * latitude * rad;
  const km = (latitude: string) =>
    travelDistanceKm(book, resolved("0, 0"), resolved(`${latitude}, 0`));

  it.each([
    ["0.8958", 99.61, 100, 275], // 99.6 km → 100 km: first band, funded
    ["0.894", 99.41, 99, 0], // 99.4 km → 99 km: not funded
    ["0.89932", 100.0, 100, 275],
    ["17.982", 1999.51, 2000, 360], // 1,999.5 km → 2,000 km: next band
    ["17.981", 1999.4, 1999, 275], // 1,999.4 km → 1,999 km
  ])("%s° of latitude is %s km, counted as %s km (%s EUR travel)", (lat, exact, whole, eur) => {
    expect(meridianKm(Number(lat))).toBeCloseTo(exact, 2);
    expect(km(lat)).toBe(whole);
    expect(travelBand(km(lat))).toBe(eur);
  });

  it("rounds the same on both sides of every travel band's lower edge", () => {
    for (const band of book.travel.bands.value) {
      const below = (band.fromKm - 0.6) / (R * rad);
      const above = (band.fromKm - 0.4) / (R * rad);
      expect(km(below.toFixed(6))).toBe(band.fromKm - 1);
      expect(km(above.toFixed(6))).toBe(band.fromKm);
      expect(travelBand(km(above.toFixed(6)))).toBe(band.amount);
    }
  });

  it("leaves a typed distance as given: 99.6 km is under 100 km for the bands", () => {
    expect(travelBand(99.6)).toBe(0);
    expect(travelBand(1999.5)).toBe(275);
  });
});

describe("resolvePlace: names", () => {
  it.each([
    ["Riga", "Riga, Latvia (LV)"],
    ["Rīga", "Riga, Latvia (LV)"],
    ["RIGA", "Riga, Latvia (LV)"],
    ["  riga ", "Riga, Latvia (LV)"],
    ["Rīga, LV", "Riga, Latvia (LV)"],
    ["Riga, Latvija", "Riga, Latvia (LV)"],
    ["Liepāja", "Liepāja, Latvia (LV)"],
    ["Liepaja", "Liepāja, Latvia (LV)"],
    ["Daugavpils", "Daugavpils, Latvia (LV)"],
    ["Jūrmala", "Jūrmala, Latvia (LV)"],
    ["Cesis", "Cēsis, Latvia (LV)"],
    ["Sigulda", "Sigulda, Latvia (LV)"],
    ["Reykjavik", "Reykjavík, Iceland (IS)"],
    ["Lodz", "Łódź, Poland (PL)"],
    ["Tromso", "Tromsø, Norway (NO)"],
    ["Izmir", "İzmir, Türkiye (TR)"],
    ["Saint Etienne", "Saint-Étienne, France (FR)"],
    // Latvian, native and English names kept by hand
    ["Brisele", "Brussels, Belgium (BE)"],
    ["Bruxelles", "Brussels, Belgium (BE)"],
    ["Lisabona", "Lisbon, Portugal (PT)"],
    ["Tallina", "Tallinn, Estonia (EE)"],
    ["Viļņa", "Vilnius, Lithuania (LT)"],
    ["Kauņa", "Kaunas, Lithuania (LT)"],
    ["München", "Munich, Germany (DE)"],
    ["Cologne", "Köln, Germany (DE)"],
    ["Kiev", "Kyiv, Ukraine (UA)"],
    // short names and names with a slash
    ["Frankfurt", "Frankfurt am Main, Germany (DE)"],
    ["Frankfurt, DE", "Frankfurt am Main, Germany (DE)"],
    ["Halle", "Halle (Saale), Germany (DE)"],
    ["San Sebastián", "Donostia / San Sebastián, Spain (ES)"],
  ])("%p → %s", (text, label) => {
    expect(placeLabel(resolved(text))).toBe(label);
  });

  it("takes the most populous Programme-Country place of an ambiguous name", () => {
    // Valencia, Venezuela has more inhabitants than Valencia, Spain in GeoNames.
    const all = places.lookup("Valencia");
    expect(all[0]?.country).toBe("VE");
    expect(resolved("Valencia")).toMatchObject({ name: "Valencia", country: "ES" });
    expect(resolved("Valencia")).toEqual(all.find((place) => place.country === "ES"));
  });

  it("takes the country given after a comma: code, English or Latvian name", () => {
    for (const text of [
      "Valencia, VE",
      "Valencia, Venezuela",
      "Valencia, Venecuēla",
      "valencia,ve",
    ]) {
      expect([text, resolved(text).country]).toEqual([text, "VE"]);
    }
    for (const text of ["Valencia, ES", "Valencia, Spain", "Valencia, Spānija"]) {
      expect([text, resolved(text).country]).toEqual([text, "ES"]);
    }
    // What KA2.PLACE shows reads back as the same place.
    expect(placeLabel(resolved("Valencia, Venezuela (VE)"))).toBe("Valencia, Venezuela (VE)");
  });

  it("takes the most populous anywhere when no Programme Country has the name", () => {
    expect(resolved("Moscow").country).toBe("RU");
    expect(resolved("Bern").country).toBe("CH");
  });

  it("shows the resolution: name, country, coordinates, population", () => {
    expect(resolved("Valletta")).toEqual({
      name: "Valletta",
      country: "MT",
      latitude: 35.8997,
      longitude: 14.5148,
      population: 6794,
    });
  });
});

describe("resolvePlace: coordinates", () => {
  it.each([
    ["56.95,24.11", 56.95, 24.11],
    ["56.95, 24.11", 56.95, 24.11],
    [" -33.92 , 18.42 ", -33.92, 18.42],
    ["56,95; 24,11", 56.95, 24.11],
    ["56.95;24.11", 56.95, 24.11],
    ["90, 180", 90, 180],
    ["-90,-180", -90, -180],
  ])("%p", (text, latitude, longitude) => {
    expect(resolved(text)).toEqual({ name: `${latitude}, ${longitude}`, latitude, longitude });
  });

  it("labels coordinates as such", () => {
    expect(placeLabel(resolved("56.95, 24.11"))).toBe("56.95, 24.11 (latitude, longitude)");
  });

  it.each(["91, 24", "56.95, 181", "-90.5, 0", "56.95", "56.95, 24.11, 3", "56,95, 24,11"])(
    "refuses %p",
    (text) => {
      expect(problem(text)).toBe(
        `"${text}" is not latitude,longitude: latitude goes from -90 to 90 and longitude from -180 to 180`,
      );
    },
  );
});

describe("resolvePlace: what it cannot resolve", () => {
  it("says a name is unknown and what to do", () => {
    expect(problem("Rigaa")).toBe(
      '"Rigaa" is not a city the add-in knows; check the spelling, or give its latitude,longitude',
    );
    expect(problem("Narnia")).toMatch(/^"Narnia" is not a city the add-in knows/);
  });

  it("names the places of that name elsewhere when the country has none", () => {
    expect(problem("Valencia, LV")).toBe(
      '"Valencia" is not a city the add-in knows in Latvia (it knows Valencia, Spain (ES); Valencia, Venezuela (VE); Valencia, United States of America (US))',
    );
  });

  it("says which country it does not know", () => {
    expect(problem("Valencia, Narnia")).toBe(
      '"Narnia" in "Valencia, Narnia" is not a country name or ISO code',
    );
  });

  it("refuses blanks and numbers", () => {
    expect(problem(null)).toBe("the cell is blank");
    expect(problem("  ")).toBe("the cell is blank");
    expect(problem(undefined)).toBe("the cell is blank");
    expect(problem(0)).toBe("got 0, not a place name");
    expect(problem(true)).toBe("got true, not a place name");
  });
});

describe("place names", () => {
  it("fold case, diacritics, letters without a decomposition and punctuation", () => {
    expect(foldPlaceName("Rīga")).toBe("riga");
    expect(foldPlaceName("ŁÓDŹ")).toBe("lodz");
    expect(foldPlaceName("Saint-Étienne")).toBe("saint etienne");
    expect(foldPlaceName("'s-Gravenhage")).toBe("s gravenhage");
    expect(foldPlaceName("Ærøskøbing")).toBe("aeroskobing");
    expect(foldPlaceName("Москва")).toBe("москва");
  });

  it("have short forms without a qualifier", () => {
    expect(shortPlaceName("Frankfurt am Main")).toBe("Frankfurt");
    expect(shortPlaceName("Frankfurt (Oder)")).toBe("Frankfurt");
    expect(shortPlaceName("Freiburg im Breisgau")).toBe("Freiburg");
    expect(shortPlaceName("Newcastle upon Tyne")).toBe("Newcastle");
    expect(shortPlaceName("Riga")).toBeUndefined();
  });
});

describe("Gazetteer", () => {
  const small = new Gazetteer({
    cities: [
      "Springfield|US|39.8017|-89.6437|116250",
      "Springfield|US|37.2153|-93.2982|159498",
      "Bruxelles|BE|50.8505|4.3488|1019022|Brussel;Brisele",
    ],
  });

  it("lists the places of a name most populous first", () => {
    expect(small.lookup("springfield").map((place) => place.population)).toEqual([159498, 116250]);
    expect(small.size).toBe(3);
  });

  it("finds a place by its other names", () => {
    expect(small.lookup("Brisele")).toEqual(small.lookup("Bruxelles"));
    expect(small.lookup("Brussel")[0]).toMatchObject({ country: "BE", latitude: 50.8505 });
    expect(small.lookup("Paris")).toEqual([]);
  });
});
