import type { RulebookData } from "./rulebook-schema";

/**
 * Erasmus+ KA2, call 2014 — every figure transcribed from the team's 2014 rules reference, with
 * its source and confidence mark. [M] figures are unverified defaults: they live here as data so a
 * reviewer can correct them without touching code.
 */
export const ka2Rulebook2014: RulebookData = {
  year: 2014,
  title: "Erasmus+ KA2, call 2014 (Programme Guide 2014 v1–v3)",
  currency: "EUR",
  sources: {
    deck: { title: "VIAA information session on KA2 call 2014 (Latvian slide deck)" },
    "guide-2014": {
      title: "Erasmus+ Programme Guide 2014 — from memory, funding tables not read (unverified)",
      url: "https://ec.europa.eu/programmes/erasmus-plus/resources/programme-guide/2014-version_fi",
    },
    signteach: {
      title: "signteach.eu — workshops, seminars, summer courses",
      url: "https://www.signteach.eu/index.php/resources-menu/resources2/item/workshops-seminars-summercourses",
    },
    "public-calculator": {
      title: "Erasmus+ Budget Wizard, public JavaScript calculator (ERASMUS_REF_RATES, mgmt rates)",
    },
    "si-annex-iii": {
      title: "Slovenian NA, SP grant agreement Annex III (financial and contractual rules)",
    },
    "si-annex-iv": {
      title: "Slovenian NA, Annex IV — applicable funding rates (KA1 adult education, 2014 era)",
      url: "http://spotidoc.com/doc/4848039/priloga-iv--veljavne-stopnje-financiranja",
    },
    "uk-na-2019": {
      title: "UK National Agency, 2019 call KA2 Strategic Partnerships (youth) slides",
      url: "https://www.slideshare.net/ErasmusPlusUK/2019-call-key-action-2-strategic-partnerships-projects-for-youth",
    },
    "ec-wiki-meetings": {
      title: "EC wiki — transnational project meetings",
      url: "https://wikis.ec.europa.eu/pages/viewpage.action?pageId=33530849",
    },
    "ec-wiki-beneficiary": {
      title: "EC Beneficiary Module wiki — multiplier events (later calls)",
      url: "https://wikis.ec.europa.eu/pages/viewpage.action?pageId=50105954",
    },
    "sp-agreement-multiplier": {
      title: "Strategic Partnership Projects Agreement — multiplier events clause",
      url: "https://lawinsider.com/clause/multiplier-events/_1",
    },
    cuni: {
      title: "Charles University — Erasmus+ KA2 pages",
      url: "https://ec.cuni.cz/ECEN-71-version1.txt",
    },
    "programme-countries": {
      title: "Yıldız University — Programme Countries (28 EU + IS, LI, NO, MK, TR)",
      url: "https://www.erasmus.yildiz.edu.tr/page/ICM--KA-107-/Programme-countries/321",
    },
    "ec-wiki-distance": {
      title: "EC NA-IT wiki — How to use the Distance Band Calculator (one way, city to city)",
      url: "https://webgate.ec.europa.eu/fpfis/wikis/display/NAITDOC/How+to+use+the+Distance+Band+Calculator",
    },
    "distance-haversine": {
      title: "Unofficial copies of the EC distance calculator (haversine, mean Earth radius)",
      url: "https://cal57.calculator.city/distance-calculator-erasmus.html",
    },
    "ssa-info-day-2015": {
      title:
        "blogs.staffs.ac.uk, 18 Nov 2014: summary of the EC information day for the 2015 call (SSA: VET, sector and regulatory bodies in each country)",
    },
    "ec-note-switzerland": {
      title: "EC information note, 26 Feb 2014: Switzerland a Partner Country for 2014 calls",
      url: "http://ec.europa.eu/programmes/erasmus-plus/news/2014/20140209_pt.htm",
    },
    "sp-2016-budget-note": {
      title:
        "pragmaprojects.eu / deafenterprise.eu, Budget Workshops: budget note of a KA2 Strategic Partnership, 2016 call (2016-1-UK01-KA202-024361), 275 EUR for 100–1,999 km",
    },
    "ec-youth-sp-2014": {
      title:
        "European Commission youth pages, 2014: Strategic Partnerships in the field of youth (6 months to 2 years, partners from at least two countries)",
      url: "http://ec.europa.eu/youth/programme/partnerships/strat_partnerships_en.htm",
    },
    "ec-wiki-ka2-travel": {
      title:
        "EC wiki — how the reporting tool computes KA2 activity travel (expensive domestic travel only from 2017)",
    },
  },
  countries: {
    programme: {
      value: [
        ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"],
        ...["IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB"],
        ...["IS", "LI", "NO", "MK", "TR"],
      ],
      mark: "S",
      sources: ["programme-countries", "ec-note-switzerland"],
      note: "33 countries: the 28 EU Member States plus IS, LI, NO, MK, TR. Switzerland is a Partner Country in 2014 [V].",
    },
    euMemberStates: {
      value: [
        ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"],
        ...["IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB"],
      ],
      mark: "S",
      sources: ["programme-countries"],
    },
    historicNames: {
      value: {
        "former Yugoslav Republic of Macedonia": "MK",
        "the former Yugoslav Republic of Macedonia": "MK",
        FYROM: "MK",
        "bijusī Dienvidslāvijas Maķedonijas Republika": "MK",
        Maķedonija: "MK",
        Macedonia: "MK",
        EL: "GR",
        UK: "GB",
        Čehija: "CZ",
        "Čehijas Republika": "CZ",
      },
      mark: "S",
      sources: ["programme-countries"],
      note: "EU codes EL and UK, and 2014 country names that later changed.",
    },
  },
  staffRates: {
    rows: {
      value: {
        "1": { manager: 294, teacher: 241, technician: 190, admin: 157 },
        "2": { manager: 280, teacher: 214, technician: 162, admin: 131 },
        "3": { manager: 164, teacher: 137, technician: 102, admin: 78 },
        "4": { manager: 88, teacher: 74, technician: 55, admin: 47 },
      },
      mark: "M",
      sources: ["guide-2014", "public-calculator"],
      note: "EUR per staff member per day, by the country of the employing organisation. Backed [S] by a public calculator.",
    },
    programmeCountryRows: {
      value: {
        ...{ DK: "1", IE: "1", LU: "1", NL: "1", AT: "1", SE: "1", LI: "1", NO: "1" },
        ...{ BE: "2", DE: "2", FR: "2", IT: "2", FI: "2", GB: "2", IS: "2" },
        ...{ CZ: "3", GR: "3", ES: "3", CY: "3", MT: "3", PT: "3", SI: "3" },
        ...{ BG: "4", EE: "4", HR: "4", LV: "4", LT: "4", HU: "4", PL: "4", RO: "4" },
        ...{ SK: "4", MK: "4", TR: "4" },
      },
      mark: "M",
      sources: ["guide-2014", "public-calculator"],
      note: "The public calculator's 2019–20 groups, with Serbia removed and the United Kingdom in group 2.",
    },
    partnerCountryRows: {
      value: {
        ...{ AU: "1", CA: "1", KW: "1", MO: "1", MC: "1", QA: "1", SM: "1", CH: "1", US: "1" },
        ...{ AD: "2", BN: "2", JP: "2", NZ: "2", SG: "2", AE: "2", VA: "2" },
        ...{ BS: "3", BH: "3", HK: "3", IL: "3", KR: "3", OM: "3", SA: "3", TW: "3" },
      },
      mark: "M",
      sources: ["guide-2014"],
      note: "Low confidence on which Partner Country is in which row.",
    },
    otherPartnerCountryRow: {
      value: "4",
      mark: "M",
      sources: ["guide-2014"],
      note: "All other Partner Countries.",
    },
  },
  management: {
    coordinatorPerMonth: {
      value: 500,
      mark: "D",
      sources: ["deck", "signteach", "public-calculator"],
    },
    partnerPerMonth: {
      value: 250,
      mark: "D",
      sources: ["deck", "signteach", "public-calculator", "si-annex-iii"],
    },
    projectCapPerMonth: {
      value: 2750,
      mark: "M",
      sources: ["guide-2014", "deck", "uk-na-2019"],
      note: "500 + 9 × 250: the deck funds at most 10 organisations.",
    },
    maxFundedOrganisations: { value: 10, mark: "D", sources: ["deck", "uk-na-2019"] },
  },
  meetings: {
    bands: {
      value: [
        { fromKm: 100, toKm: 2000, amount: 575 },
        { fromKm: 2000, amount: 760 },
      ],
      mark: "M",
      sources: ["guide-2014", "signteach", "ec-wiki-meetings"],
      note: "EUR per participant per meeting, one-way distance. Under 100 km is not funded. signteach.eu puts the upper band at 1,000 km (doubt 1).",
    },
    capPerProjectYear: { value: 23000, mark: "D", sources: ["deck"] },
  },
  multiplierEvents: {
    localParticipant: {
      value: 100,
      mark: "D",
      sources: ["deck", "signteach", "sp-agreement-multiplier"],
    },
    foreignParticipant: {
      value: 200,
      mark: "D",
      sources: ["deck", "signteach", "sp-agreement-multiplier"],
    },
    capPerProject: { value: 30000, mark: "D", sources: ["deck", "ec-wiki-beneficiary"] },
  },
  travel: {
    bands: {
      value: [
        { fromKm: 100, toKm: 2000, amount: 275 },
        { fromKm: 2000, amount: 360 },
      ],
      mark: "S",
      sources: ["sp-2016-budget-note", "signteach", "ec-wiki-ka2-travel", "si-annex-iv"],
      // The secondary sources give the 2,000 km edge and the 275 amount; the 360 is from memory.
      partMarks: { "2.amount": "M" },
      note: "EUR per participant for the return trip, by one-way distance: 275 for 100–1,999 km, 360 from 2,000 km (the 360 amount is [M]). Under 100 km is not funded. The six KA1 bands (180 … 1,100) are not the Strategic Partnership table.",
    },
    sameBandsFor: {
      value: ["KA", "SSA"],
      mark: "M",
      sources: ["guide-2014"],
      note: "Knowledge Alliances and Sector Skills Alliances are assumed to pay activity travel with the same two bands.",
    },
  },
  distanceCalculator: {
    earthRadiusKm: {
      value: 6371,
      mark: "S",
      sources: ["ec-wiki-distance", "distance-haversine"],
      note: "The EC pages do not state the formula; the tool is described as straight-line (great-circle) distance, and unofficial copies use the haversine formula with the mean Earth radius.",
    },
  },
  individualSupport: {
    staff: {
      value: { firstDays: 14, firstRate: 100, laterRate: 70, maxDays: 60 },
      mark: "M",
      sources: ["guide-2014", "si-annex-iv"],
      note: "EUR per day; days 15–60 at 70% of the day 1–14 rate (the 70% step is [S] for KA1 2014).",
    },
    learner: {
      value: { firstDays: 14, firstRate: 55, laterRate: 40, maxDays: 60 },
      mark: "M",
      sources: ["guide-2014", "signteach"],
      note: "55 EUR per day for days 1–14 is backed [S] by signteach.eu.",
    },
    longTermMonthly: {
      value: {
        ...{ BE: { staff: 2340, pupil: 110 }, BG: { staff: 2160, pupil: 70 } },
        ...{ CZ: { staff: 2280, pupil: 90 }, DK: { staff: 2640, pupil: 145 } },
        ...{ DE: { staff: 2220, pupil: 110 }, EE: { staff: 2040, pupil: 85 } },
        ...{ IE: { staff: 2460, pupil: 125 }, GR: { staff: 2100, pupil: 100 } },
        ...{ ES: { staff: 2100, pupil: 105 }, FR: { staff: 2340, pupil: 115 } },
        ...{ HR: { staff: 2220, pupil: 90 }, IT: { staff: 2340, pupil: 115 } },
        ...{ CY: { staff: 2580, pupil: 110 }, LV: { staff: 2040, pupil: 80 } },
        ...{ LT: { staff: 2160, pupil: 80 }, LU: { staff: 2640, pupil: 110 } },
        ...{ HU: { staff: 2400, pupil: 90 }, MT: { staff: 2400, pupil: 110 } },
        ...{ NL: { staff: 2580, pupil: 125 }, AT: { staff: 2400, pupil: 115 } },
        ...{ PL: { staff: 2100, pupil: 85 }, PT: { staff: 2160, pupil: 100 } },
        ...{ RO: { staff: 2040, pupil: 60 }, SI: { staff: 2040, pupil: 85 } },
        ...{ SK: { staff: 2280, pupil: 95 }, FI: { staff: 2580, pupil: 125 } },
        ...{ SE: { staff: 2640, pupil: 115 }, GB: { staff: 2460, pupil: 140 } },
        ...{ MK: { staff: 1740, pupil: 65 }, IS: { staff: 2280, pupil: 125 } },
        ...{ LI: { staff: 2340, pupil: 140 }, NO: { staff: 2400, pupil: 130 } },
        TR: { staff: 2280, pupil: 80 },
      },
      mark: "M",
      sources: ["guide-2014"],
      note: "Low confidence: EUR per month by receiving country. Check against the Guide before relying on it.",
    },
  },
  activities: {
    "staff-training": {
      label: "Short-term joint staff training event",
      duration: { value: { unit: "days", min: 5, max: 60 }, mark: "D", sources: ["deck"] },
      support: { kind: "daily", rate: "staff" },
    },
    "teaching-assignment": {
      label: "Long-term teaching or training assignment",
      duration: { value: { unit: "months", min: 2, max: 12 }, mark: "D", sources: ["deck"] },
      support: { kind: "monthly", rate: "staff" },
    },
    "pupil-exchange": {
      label: "Short-term exchange of groups of pupils",
      duration: { value: { unit: "days", min: 5, max: 60 }, mark: "D", sources: ["deck"] },
      support: { kind: "daily", rate: "learner" },
    },
    "pupil-long-term": {
      label: "Long-term study mobility of pupils",
      duration: { value: { unit: "months", min: 2, max: 12 }, mark: "D", sources: ["deck"] },
      support: { kind: "monthly", rate: "pupil" },
      minAge: { value: 14, mark: "D", sources: ["deck"] },
    },
    "blended-mobility": {
      label: "Blended mobility of learners",
      duration: {
        value: { unit: "days", min: 1, max: 60 },
        mark: "M",
        sources: ["deck", "guide-2014"],
        note: "The deck: the physical part is short-term, under 2 months. The 1-day minimum is [M].",
      },
      support: { kind: "daily", rate: "learner" },
    },
    "intensive-study": {
      label: "Intensive study programme (learners)",
      duration: {
        value: { unit: "days", min: 5, max: 60 },
        mark: "S",
        sources: ["cuni", "guide-2014"],
      },
      support: { kind: "daily", rate: "learner" },
    },
    "intensive-study-staff": {
      label: "Intensive study programme (teaching staff)",
      duration: {
        value: { unit: "days", min: 5, max: 60 },
        mark: "S",
        sources: ["cuni", "guide-2014"],
        note: "Teaching staff of an intensive study programme are paid the staff rate [M].",
      },
      support: { kind: "daily", rate: "staff" },
    },
    accompanying: {
      label: "Accompanying person (short-term)",
      duration: {
        value: { unit: "days", min: 1, max: 60 },
        mark: "M",
        sources: ["guide-2014"],
        note: "As long as the activity accompanied.",
      },
      support: { kind: "daily", rate: "staff" },
    },
  },
  linguistic: {
    perParticipant: { value: 150, mark: "M", sources: ["guide-2014"] },
    months: { value: { min: 2, max: 12 }, mark: "D", sources: ["deck"] },
  },
  exceptional: {
    rate: { value: 0.75, mark: "M", sources: ["guide-2014"] },
    capPerProject: {
      value: 50000,
      mark: "D",
      sources: ["deck"],
      note: "Believed [M] to exclude the cost of a financial guarantee.",
    },
  },
  specialNeeds: { rate: { value: 1, mark: "M", sources: ["guide-2014"] } },
  actions: {
    SP: {
      label: "Strategic Partnership",
      duration: { value: { min: 24, max: 36 }, mark: "D", sources: ["deck", "cuni"] },
      maxGrant: {
        value: { kind: "per-project-year", amount: 150000 },
        mark: "D",
        sources: ["deck", "signteach", "uk-na-2019"],
        note: "150,000 EUR per year, i.e. 12,500 EUR per month of the project.",
      },
      categories: {
        value: [
          "management",
          "meetings",
          "outputs",
          "events",
          "travel",
          "support",
          "linguistic",
          "exceptional",
          "specialNeeds",
        ],
        mark: "D",
        sources: ["deck"],
      },
      outputsLabel: "Intellectual outputs",
      consortium: {
        standard: {
          label: "3 organisations from 3 Programme Countries",
          minOrganisations: { value: 3, mark: "D", sources: ["deck", "cuni"] },
          minCountries: { value: 3, mark: "D", sources: ["deck", "cuni"] },
        },
        "schools-only": {
          label: "Schools only: 2 schools from 2 Programme Countries",
          minOrganisations: { value: 2, mark: "D", sources: ["deck"] },
          minCountries: { value: 2, mark: "D", sources: ["deck"] },
          onlyTypes: { value: ["SCHOOL"], mark: "D", sources: ["deck"] },
        },
        "school-regional": {
          label: "Regional cooperation: 2 school authorities from 2 Programme Countries",
          minOrganisations: { value: 2, mark: "D", sources: ["deck"] },
          minCountries: { value: 2, mark: "D", sources: ["deck"] },
          requiredTypes: { value: { AUTHORITY: 2 }, mark: "D", sources: ["deck"] },
          requiredTypesPerCountry: {
            value: { AUTHORITY: 1, SCHOOL: 1 },
            mark: "M",
            sources: ["deck", "guide-2014"],
            note: "Each authority's partnership includes a school and another local organisation; exact wording unverified.",
          },
        },
      },
      fields: {
        youth: {
          label: "Youth field: 6 to 24 months, 2 organisations from 2 Programme Countries",
          duration: {
            value: { min: 6, max: 24 },
            mark: "S",
            sources: ["ec-youth-sp-2014"],
            note: "Youth partnerships “can last between 6 months and 2 years”. The 24–36 months apply to the education and training fields.",
          },
          consortium: {
            label: "Youth field: 2 organisations from 2 Programme Countries",
            minOrganisations: {
              value: 2,
              mark: "S",
              sources: ["ec-youth-sp-2014"],
              note: "The page asks for partners from at least two countries and states no number of organisations: one from each is assumed [M].",
            },
            minCountries: {
              value: 2,
              mark: "S",
              sources: ["ec-youth-sp-2014"],
              note: "“Partners from at least two different countries”, counted as Programme Countries as for the other fields.",
            },
          },
        },
      },
    },
    KA: {
      label: "Knowledge Alliance",
      duration: {
        value: { min: 24, max: 36, allowedMonths: [24, 36] },
        mark: "D",
        sources: ["deck"],
      },
      maxGrant: {
        value: { kind: "by-duration", amounts: { "24": 700000, "36": 1000000 } },
        mark: "D",
        sources: ["deck"],
      },
      categories: {
        value: ["outputs", "travel", "support", "specialNeeds"],
        mark: "M",
        sources: ["guide-2014"],
        note: "Unverified model: the Knowledge Alliance funding rules of the Programme Guide 2014 (Part B) were not read. Assumed: implementation support as staff days × rates, travel and subsistence for activities, special needs.",
      },
      outputsLabel: "Implementation support (staff days)",
      consortium: {
        standard: {
          label: "6 organisations from 3 Programme Countries, ≥2 HEIs and ≥2 enterprises",
          minOrganisations: { value: 6, mark: "D", sources: ["deck"] },
          minCountries: { value: 3, mark: "D", sources: ["deck"] },
          requiredTypes: { value: { HEI: 2, ENTERPRISE: 2 }, mark: "D", sources: ["deck"] },
        },
      },
    },
    SSA: {
      label: "Sector Skills Alliance",
      duration: {
        value: { min: 24, max: 36, allowedMonths: [24, 36] },
        mark: "D",
        sources: ["deck"],
      },
      maxGrant: {
        value: { kind: "by-duration", amounts: { "24": 700000, "36": 1000000 } },
        mark: "D",
        sources: ["deck"],
      },
      categories: {
        value: ["outputs", "travel", "support", "specialNeeds"],
        mark: "M",
        sources: ["guide-2014"],
        note: "Unverified model: the Sector Skills Alliance funding rules of the Programme Guide 2014 (Part B) were not read. Assumed as for Knowledge Alliances; whether SSA 2014 had mobility lines at all is unknown.",
      },
      outputsLabel: "Implementation support (staff days)",
      consortium: {
        standard: {
          label:
            "9 organisations from 3 Programme Countries (≥2 EU), with VET, sector and regulatory bodies",
          minOrganisations: { value: 9, mark: "D", sources: ["deck"] },
          minCountries: { value: 3, mark: "D", sources: ["deck"] },
          minEuMemberStates: { value: 2, mark: "D", sources: ["deck"] },
          requiredTypes: {
            value: { VET: 1, SECTOR: 1, REGULATOR: 1 },
            mark: "D",
            sources: ["deck"],
            note: "Whether each type must be present in each country is from a later year [S] only.",
          },
          requiredTypesPerCountry: {
            value: { VET: 1, SECTOR: 1, REGULATOR: 1 },
            mark: "S",
            sources: ["ssa-info-day-2015", "cuni"],
            note: "In each participating Programme Country; the 2014 wording is unread, so a missing type is a warning.",
          },
          requiredTypesPerCountrySeverity: "warning",
        },
      },
    },
  },
};
