import type {
  ActionCode,
  ActivityType,
  PartnerType,
  SpField,
  SpFormat,
  StaffCategory,
} from "../rules";
import type { VocabularyName } from "./finding-text";

/**
 * The words users type into Role, Category, Type, Kind and Action cells, in English and
 * Latvian. Each code has a readable label for dropdowns and any number of aliases.
 */
export interface VocabularyEntry<T extends string> {
  code: T;
  label: { en: string; lv: string };
  aliases?: readonly string[];
}

export interface Vocabulary<T extends string> {
  /** Which vocabulary it is, for messages that name it in the reader's language. */
  name: VocabularyName;
  entries: readonly VocabularyEntry<T>[];
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-/]+/g, " ")
    .trim();
}

const indexes = new WeakMap<Vocabulary<string>, Map<string, string>>();

/**
 * Words as typed, already looked up: a budget repeats a handful of words on every row, and
 * folding each (normalize, two regular expressions) was a large share of a check. Bounded,
 * so a workbook of all-different words cannot grow it without limit.
 */
const typedWords = new WeakMap<Vocabulary<string>, Map<string, string | undefined>>();
const MAX_TYPED_WORDS = 1000;

function indexOf(vocabulary: Vocabulary<string>): Map<string, string> {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const entry of vocabulary.entries) {
      for (const word of [entry.code, entry.label.en, entry.label.lv, ...(entry.aliases ?? [])]) {
        index.set(fold(word), entry.code);
      }
    }
    indexes.set(vocabulary, index);
  }
  return index;
}

/** The code a typed word stands for, or undefined. */
export function lookUp<T extends string>(vocabulary: Vocabulary<T>, text: string): T | undefined {
  let typed = typedWords.get(vocabulary);
  if (!typed) typedWords.set(vocabulary, (typed = new Map()));
  if (typed.has(text)) return typed.get(text) as T | undefined;
  const code = indexOf(vocabulary).get(fold(text));
  if (typed.size < MAX_TYPED_WORDS) typed.set(text, code);
  return code as T | undefined;
}

/** The codes a cell accepts, for messages that list them. */
export function acceptedCodes(vocabulary: Vocabulary<string>): string[] {
  return vocabulary.entries.map((entry) => entry.code);
}

export function labelOf<T extends string>(
  vocabulary: Vocabulary<T>,
  code: T,
  language: "en" | "lv" = "en",
): string {
  return vocabulary.entries.find((entry) => entry.code === code)?.label[language] ?? code;
}

export type Role = "coordinator" | "partner";

export const roles: Vocabulary<Role> = {
  name: "role",
  entries: [
    {
      code: "coordinator",
      label: { en: "Coordinator", lv: "Koordinators" },
      aliases: ["applicant", "coordinating organisation", "koordinējošā iestāde", "iesniedzējs"],
    },
    {
      code: "partner",
      label: { en: "Partner", lv: "Partneris" },
      aliases: ["participating organisation", "partner organisation", "partnerorganizācija"],
    },
  ],
};

export const staffCategories: Vocabulary<StaffCategory> = {
  name: "staff-category",
  entries: [
    {
      code: "manager",
      label: { en: "Manager", lv: "Vadītājs" },
      aliases: ["menedžeris", "vadība"],
    },
    {
      code: "teacher",
      label: {
        en: "Teacher / trainer / researcher / youth worker",
        lv: "Skolotājs / pasniedzējs / pētnieks / jaunatnes darbinieks",
      },
      aliases: [
        "trainer",
        "researcher",
        "youth worker",
        "teacher/trainer/researcher/youth worker",
        "skolotājs",
        "pasniedzējs",
        "pētnieks",
        "jaunatnes darbinieks",
      ],
    },
    {
      code: "technician",
      label: { en: "Technician", lv: "Tehniķis" },
      aliases: ["technical staff", "tehniskais personāls"],
    },
    {
      code: "admin",
      label: { en: "Administrative staff", lv: "Administratīvais personāls" },
      aliases: ["administrative", "administrator", "administratīvais"],
    },
  ],
};

export const partnerTypes: Vocabulary<PartnerType> = {
  name: "organisation-type",
  entries: [
    {
      code: "HEI",
      label: { en: "Higher education institution", lv: "Augstākās izglītības iestāde" },
      aliases: ["university", "AII", "AIIE"],
    },
    { code: "SCHOOL", label: { en: "School", lv: "Skola" } },
    { code: "VET", label: { en: "VET provider", lv: "Profesionālās izglītības iestāde" } },
    {
      code: "ENTERPRISE",
      label: { en: "Enterprise", lv: "Uzņēmums" },
      aliases: ["company", "SME"],
    },
    {
      code: "AUTHORITY",
      label: { en: "Local or regional school authority", lv: "Pašvaldība vai izglītības pārvalde" },
    },
    { code: "PUBLIC", label: { en: "Public body", lv: "Valsts iestāde" } },
    {
      code: "NGO",
      label: { en: "Non-governmental organisation", lv: "Nevalstiska organizācija" },
      aliases: ["NVO"],
    },
    { code: "RESEARCH", label: { en: "Research institute", lv: "Pētniecības institūts" } },
    { code: "SECTOR", label: { en: "Body with sector expertise", lv: "Nozares organizācija" } },
    {
      code: "REGULATOR",
      label: {
        en: "Body shaping VET or education systems",
        lv: "Izglītības sistēmu veidojoša iestāde",
      },
    },
    { code: "OTHER", label: { en: "Other organisation", lv: "Cita organizācija" } },
  ],
};

export const activityTypes: Vocabulary<ActivityType> = {
  name: "activity-type",
  entries: [
    {
      code: "staff-training",
      label: {
        en: "Short-term joint staff training event",
        lv: "Īstermiņa kopīgs personāla mācību pasākums",
      },
    },
    {
      code: "teaching-assignment",
      label: {
        en: "Long-term teaching or training assignment",
        lv: "Ilgtermiņa personāla mācīšana vai mācības",
      },
    },
    {
      code: "pupil-exchange",
      label: {
        en: "Short-term exchange of groups of pupils",
        lv: "Skolēnu grupu īstermiņa apmaiņa",
      },
    },
    {
      code: "pupil-long-term",
      label: { en: "Long-term study mobility of pupils", lv: "Ilgtermiņa skolēnu mobilitāte" },
    },
    {
      code: "blended-mobility",
      label: { en: "Blended mobility of learners", lv: "Apvienotā mobilitāte" },
    },
    {
      code: "intensive-study",
      label: { en: "Intensive study programme", lv: "Intensīvā studiju programma" },
    },
    {
      code: "intensive-study-staff",
      label: {
        en: "Intensive study programme, teaching staff",
        lv: "Intensīvā studiju programma, pasniedzēji",
      },
    },
    { code: "accompanying", label: { en: "Accompanying person", lv: "Pavadošā persona" } },
  ],
};

export type OtherCostKind = "exceptional" | "special-needs";

export const otherCostKinds: Vocabulary<OtherCostKind> = {
  name: "cost-kind",
  entries: [
    {
      code: "exceptional",
      label: { en: "Exceptional costs", lv: "Ārkārtas izmaksas" },
      aliases: ["citas izmaksas"],
    },
    {
      code: "special-needs",
      label: { en: "Special needs support", lv: "Atbalsts speciālajām vajadzībām" },
      aliases: ["special needs", "specialneeds"],
    },
  ],
};

export const actions: Vocabulary<ActionCode> = {
  name: "action",
  entries: [
    { code: "SP", label: { en: "Strategic Partnership", lv: "Stratēģiskā partnerība" } },
    { code: "KA", label: { en: "Knowledge Alliance", lv: "Zināšanu apvienība" } },
    { code: "SSA", label: { en: "Sector Skills Alliance", lv: "Nozaru prasmju apvienība" } },
  ],
};

export const spFormats: Vocabulary<SpFormat> = {
  name: "partnership-format",
  entries: [
    { code: "standard", label: { en: "Standard", lv: "Standarta" } },
    { code: "schools-only", label: { en: "Schools only", lv: "Tikai skolas" } },
    {
      code: "school-regional",
      label: { en: "Regional cooperation of school authorities", lv: "Reģionālā sadarbība" },
    },
  ],
};

/** Fields of a Strategic Partnership; the Latvian names as the National Agency's deck has them. */
export const spFields: Vocabulary<SpField> = {
  name: "field",
  entries: [
    {
      code: "school",
      label: { en: "School education", lv: "Skolu izglītība" },
      aliases: ["schools", "skolu izglītības sektors", "vispārējā izglītība"],
    },
    {
      code: "vet",
      label: {
        en: "Vocational education and training",
        lv: "Profesionālā izglītība un mācības",
      },
      aliases: [
        "vocational education",
        "vocational training",
        "profesionālā izglītība",
        "profesionālās izglītības sektors",
      ],
    },
    {
      code: "higher-education",
      label: { en: "Higher education", lv: "Augstākā izglītība" },
      aliases: ["HE", "augstākās izglītības sektors"],
    },
    {
      code: "adult",
      label: { en: "Adult education", lv: "Pieaugušo izglītība" },
      aliases: ["adult learning", "pieaugušo izglītības sektors"],
    },
    {
      code: "youth",
      label: { en: "Youth", lv: "Jaunatne" },
      aliases: ["youth field", "jaunatnes joma", "jaunatnes jomā"],
    },
  ],
};
