import { getRulebook, type Rulebook } from "../../src/rules";
import {
  countryName,
  isEuMemberState,
  isProgrammeCountry,
  resolveCountry,
} from "../../src/domain/countries";

const book = getRulebook() as Rulebook;

describe("resolveCountry", () => {
  test.each([
    // codes
    ["LV", "LV"],
    ["lv", "LV"],
    ["LVA", "LV"],
    ["lva", "LV"],
    ["MK", "MK"],
    ["MKD", "MK"],
    ["GRC", "GR"],
    // English and Latvian names, any case, spaces around
    ["Latvia", "LV"],
    ["LATVIA", "LV"],
    ["Latvija", "LV"],
    ["latvija ", "LV"],
    ["  Latvija\t", "LV"],
    ["Germany", "DE"],
    ["Vācija", "DE"],
    ["vacija", "DE"],
    ["Czech Republic", "CZ"],
    ["Czechia", "CZ"],
    ["Čehija", "CZ"],
    ["Čehijas Republika", "CZ"],
    ["Greece", "GR"],
    ["Grieķija", "GR"],
    ["United Kingdom", "GB"],
    ["Lielbritānija", "GB"],
    ["Netherlands", "NL"],
    ["The Netherlands", "NL"],
    ["Nīderlande", "NL"],
    ["Turkey", "TR"],
    ["Türkiye", "TR"],
    ["Turcija", "TR"],
    ["Norway", "NO"],
    ["Norvēģija", "NO"],
    ["Switzerland", "CH"],
    ["Šveice", "CH"],
    ["Ukraine", "UA"],
    ["Ukraina", "UA"],
    // names of the 2014 call that the library no longer knows, and EU codes
    ["former Yugoslav Republic of Macedonia", "MK"],
    ["the former Yugoslav Republic of Macedonia", "MK"],
    ["Former Yugoslav Republic of Macedonia ", "MK"],
    ["FYROM", "MK"],
    ["Macedonia", "MK"],
    ["bijusī Dienvidslāvijas Maķedonijas Republika", "MK"],
    ["North Macedonia", "MK"],
    ["Ziemeļmaķedonija", "MK"],
    ["EL", "GR"],
    ["el", "GR"],
    ["UK", "GB"],
    ["uk", "GB"],
  ])("%p → %s", (text, code) => {
    expect(resolveCountry(text, book)).toBe(code);
  });

  test.each([["Latvla"], [""], ["   "], ["-"], ["XX"], ["Atlantis"], ["Latvia Estonia"]])(
    "%p → undefined",
    (text) => {
      expect(resolveCountry(text, book)).toBeUndefined();
    },
  );
});

describe("isProgrammeCountry (2014)", () => {
  test.each([
    ["LV", true],
    ["DE", true],
    ["GB", true],
    ["MK", true],
    ["TR", true],
    ["IS", true],
    ["LI", true],
    ["NO", true],
    ["HR", true],
    ["CH", false],
    ["RS", false],
    ["UA", false],
    ["US", false],
  ])("%s → %s", (code, programme) => {
    expect(isProgrammeCountry(book, code)).toBe(programme);
  });

  test("Switzerland typed in either language resolves but is not a Programme Country", () => {
    for (const text of ["Switzerland", "Šveice", "CH", "CHE"]) {
      const code = resolveCountry(text, book);
      expect(code).toBe("CH");
      expect(isProgrammeCountry(book, code as string)).toBe(false);
    }
  });
});

describe("isEuMemberState (2014)", () => {
  test.each([
    ["LV", true],
    ["GB", true], // still a Member State in 2014
    ["HR", true], // joined 1 July 2013
    ["GR", true],
    ["NO", false],
    ["IS", false],
    ["LI", false],
    ["MK", false],
    ["TR", false],
    ["CH", false],
  ])("%s → %s", (code, member) => {
    expect(isEuMemberState(book, code)).toBe(member);
  });

  test("EL and UK resolve to Member States", () => {
    expect(isEuMemberState(book, resolveCountry("EL", book) as string)).toBe(true);
    expect(isEuMemberState(book, resolveCountry("UK", book) as string)).toBe(true);
  });
});

describe("countryName", () => {
  test("English by default, Latvian on request", () => {
    expect(countryName("LV")).toBe("Latvia");
    expect(countryName("LV", "lv")).toBe("Latvija");
    expect(countryName("DE", "lv")).toBe("Vācija");
  });

  test("an unknown code is shown as itself", () => {
    expect(countryName("XX")).toBe("XX");
  });
});
