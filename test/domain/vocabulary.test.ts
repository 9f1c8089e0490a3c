import {
  acceptedCodes,
  actions,
  activityTypes,
  labelOf,
  lookUp,
  otherCostKinds,
  partnerTypes,
  roles,
  spFields,
  spFormats,
  staffCategories,
  type Vocabulary,
} from "../../src/domain/vocabulary";

describe("roles", () => {
  test.each([
    ["coordinator", "coordinator"],
    ["Coordinator", "coordinator"],
    ["COORDINATOR", "coordinator"],
    [" coordinator ", "coordinator"],
    ["applicant", "coordinator"],
    ["Coordinating organisation", "coordinator"],
    ["Koordinators", "coordinator"],
    ["koordinators", "coordinator"],
    ["Koordinējošā iestāde", "coordinator"],
    ["koordinejosa iestade", "coordinator"],
    ["iesniedzējs", "coordinator"],
    ["partner", "partner"],
    ["Partneris", "partner"],
    ["partner organisation", "partner"],
    ["Partner-organisation", "partner"],
    ["participating organisation", "partner"],
    ["partnerorganizācija", "partner"],
  ])("%p → %s", (text, code) => {
    expect(lookUp(roles, text)).toBe(code);
  });

  test.each([["boss"], [""], ["coordinators"], ["co-ordinator x"]])("%p → undefined", (text) => {
    expect(lookUp(roles, text)).toBeUndefined();
  });
});

describe("staff categories", () => {
  test.each([
    ["manager", "manager"],
    ["Manager", "manager"],
    ["Vadītājs", "manager"],
    ["menedžeris", "manager"],
    ["teacher", "teacher"],
    ["trainer", "teacher"],
    ["Researcher", "teacher"],
    ["youth worker", "teacher"],
    ["Youth_worker", "teacher"],
    ["youth-worker", "teacher"],
    ["Teacher / trainer / researcher / youth worker", "teacher"],
    ["teacher/trainer/researcher/youth worker", "teacher"],
    ["skolotājs", "teacher"],
    ["pasniedzējs", "teacher"],
    ["pētnieks", "teacher"],
    ["petnieks", "teacher"],
    ["jaunatnes darbinieks", "teacher"],
    ["technician", "technician"],
    ["Tehniķis", "technician"],
    ["technical staff", "technician"],
    ["admin", "admin"],
    ["Administrative staff", "admin"],
    ["administrative", "admin"],
    ["administrator", "admin"],
    ["Administratīvais personāls", "admin"],
  ])("%p → %s", (text, code) => {
    expect(lookUp(staffCategories, text)).toBe(code);
  });

  test.each([["professor"], ["student"], ["teachers"]])("%p → undefined", (text) => {
    expect(lookUp(staffCategories, text)).toBeUndefined();
  });
});

describe("partner types, activity types, cost kinds, actions, formats", () => {
  test.each([
    [partnerTypes, "university", "HEI"],
    [partnerTypes, "AII", "HEI"],
    [partnerTypes, "hei", "HEI"],
    [partnerTypes, "Skola", "SCHOOL"],
    [partnerTypes, "SME", "ENTERPRISE"],
    [partnerTypes, "Uzņēmums", "ENTERPRISE"],
    [partnerTypes, "NVO", "NGO"],
    [partnerTypes, "vet", "VET"],
    [partnerTypes, "Body with sector expertise", "SECTOR"],
    [activityTypes, "staff-training", "staff-training"],
    [activityTypes, "Staff training", "staff-training"],
    [activityTypes, "Short-term joint staff training event", "staff-training"],
    [activityTypes, "Ilgtermiņa skolēnu mobilitāte", "pupil-long-term"],
    [activityTypes, "Pavadošā persona", "accompanying"],
    [activityTypes, "Intensive study programme", "intensive-study"],
    [otherCostKinds, "special needs", "special-needs"],
    [otherCostKinds, "Special-Needs", "special-needs"],
    [otherCostKinds, "Ārkārtas izmaksas", "exceptional"],
    [otherCostKinds, "exceptional", "exceptional"],
    [actions, "sp", "SP"],
    [actions, "Stratēģiskā partnerība", "SP"],
    [actions, "Knowledge Alliance", "KA"],
    [actions, "ssa", "SSA"],
    [actions, "Nozaru prasmju apvienība", "SSA"],
    [spFormats, "Tikai skolas", "schools-only"],
    [spFormats, "schools only", "schools-only"],
    [spFormats, "standard", "standard"],
    [spFields, "Higher education", "higher-education"],
    [spFields, "higher education", "higher-education"],
    [spFields, "Profesionālā izglītība un mācības", "vet"],
    [spFields, "PROFESIONALA IZGLITIBA", "vet"],
    [spFields, "Skolu izglītība", "school"],
    [spFields, "pieaugušo izglītība", "adult"],
    [spFields, "Jaunatne", "youth"],
    [spFields, "jaunatnes joma", "youth"],
  ] as [Vocabulary<string>, string, string][])("%#: %p → %s", (vocabulary, text, code) => {
    expect(lookUp(vocabulary, text)).toBe(code);
  });

  test("every entry's code, labels and aliases lead back to that entry (no word shared by two)", () => {
    const vocabularies: Vocabulary<string>[] = [
      roles,
      staffCategories,
      partnerTypes,
      activityTypes,
      otherCostKinds,
      actions,
      spFormats,
      spFields,
    ];
    const strays: string[] = [];
    for (const vocabulary of vocabularies) {
      for (const entry of vocabulary.entries) {
        for (const word of [entry.code, entry.label.en, entry.label.lv, ...(entry.aliases ?? [])]) {
          const found = lookUp(vocabulary, word);
          if (found !== entry.code) strays.push(`${vocabulary.name}: "${word}" → ${found}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });
});

describe("acceptedCodes and labelOf", () => {
  test("messages list the codes a cell accepts", () => {
    expect(acceptedCodes(roles)).toEqual(["coordinator", "partner"]);
    expect(acceptedCodes(staffCategories)).toEqual(["manager", "teacher", "technician", "admin"]);
    expect(acceptedCodes(actions)).toEqual(["SP", "KA", "SSA"]);
  });

  test("labels in English and Latvian", () => {
    expect(labelOf(roles, "coordinator")).toBe("Coordinator");
    expect(labelOf(roles, "coordinator", "lv")).toBe("Koordinators");
    expect(labelOf(staffCategories, "admin", "lv")).toBe("Administratīvais personāls");
    expect(labelOf(actions, "KA", "lv")).toBe("Zināšanu apvienība");
  });
});
