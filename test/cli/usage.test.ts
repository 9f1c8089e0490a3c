import { usage } from "../../src/cli/usage";
import { defaultRulebook } from "../../src/rules";

describe("ka2-budget --help", () => {
  test("states the youth field's figures of the bundled rulebook in each language", () => {
    // 6–24 months, 2 organisations from 2 Programme Countries in the 2014 rulebook.
    expect(usage("en")).toContain(
      "when not given (not youth). Youth: 6 to 24 months, 2 organisations from 2 countries.\n",
    );
    expect(usage("lv")).toContain(
      "dots (ne jaunatne). Jaunatne: 6 līdz 24 mēneši, 2 organizācijas no 2 valstīm.\n",
    );
    expect(usage("en")).not.toContain("{{");
    expect(usage("lv")).not.toContain("{{");
  });

  test("follows the rulebook when its youth figures change, in the right plural forms", () => {
    const youth = defaultRulebook().actions.SP.fields!.youth!;
    const saved = {
      duration: youth.duration.value,
      organisations: youth.consortium.minOrganisations.value,
      countries: youth.consortium.minCountries.value,
    };
    try {
      youth.duration.value = { min: 3, max: 30 };
      youth.consortium.minOrganisations.value = 3;
      youth.consortium.minCountries.value = 1;
      expect(usage("en")).toContain("Youth: 3 to 30 months, 3 organisations from 1 country.");
      expect(usage("lv")).toContain("Jaunatne: 3 līdz 30 mēnešu, 3 organizācijas no 1 valsts.");
      youth.consortium.minCountries.value = 21;
      expect(usage("lv")).toContain("3 organizācijas no 21 valsts.");
      youth.consortium.minCountries.value = 11;
      expect(usage("lv")).toContain("3 organizācijas no 11 valstīm.");
    } finally {
      youth.duration.value = saved.duration;
      youth.consortium.minOrganisations.value = saved.organisations;
      youth.consortium.minCountries.value = saved.countries;
    }
  });
});
