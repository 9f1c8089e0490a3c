import { fieldRule } from "../domain/project-rules";
import { message, type MessageLanguage } from "../messages/messages";
import { defaultRulebook } from "../rules";

/*
 * The text of `ka2-budget --help` in each language. A page of its own rather than catalogue
 * keys: it is read as one text. Command names, flags and their values stay literal in both.
 */

const english = `ka2-budget — check Erasmus+ KA2 (call 2014) budget workbooks

Usage:
  ka2-budget check FILE.xlsx [--json] [--lang lv|en]
      Recompute every line, check caps and consortium rules, report findings.
      Exit 0: no rule errors; 1: rule errors found; 2: the file cannot be read.
      --json prints { action, field, rulebook, months, totals, findings, figures } and nothing else.
  ka2-budget export FILE.xlsx --out PATH [--format csv|json|xlsx] [--separator ";"] [--force] [--lang lv|en]
      The numbers of the application form's budget part, in the form's order.
      xlsx: a copy of the workbook with a "Form summary" sheet; FILE is never changed.
      The format defaults to PATH's extension. CSV fields are separated by "," unless
      --separator ";" is given (Excel in Latvian and most EU languages). Exit 1 when the budget breaks rules
      (the export is still written and says so).
  ka2-budget template OUT.xlsx [--action SP|KA|SSA] [--months N] [--field FIELD] [--title TEXT] [--force] [--lang lv|en]
      Write a new budget workbook with every table, its formulas and dropdowns.
      --field (SP only): school, vet, higher-education, adult or youth; left blank
      when not given (not youth). Youth: {{youth}}.
      An existing OUT is kept unless --force is given.
  ka2-budget fn NAME ARG... [--rate FIGURE=VALUE]... [--lang lv|en]
      Run a KA2 worksheet function, e.g. "ka2-budget fn MGMT coordinator 24" prints 12000.
      --rate replaces a rulebook figure, as a row of the Rates table does (repeatable).
      Exit 1 when the function refuses its arguments or a rate (the message says why).
      Text results (BAND, PLACE) and messages are in the --lang language.
  ka2-budget rates [--json] [--lang lv|en]
      Every rulebook figure id with its value, confidence mark and sources.
  ka2-budget --help | --version

--lang: the language of messages and headings, Latvian or English; by default the
locale's (LC_ALL, LC_MESSAGES or LANG: lv_LV.UTF-8 is Latvian), English when unset.

A wrong command line (unknown command, option or function, a missing name) exits 2.
Guide: docs/cli.md
`;

const latvian = `ka2-budget — Erasmus+ KA2 (2014. gada konkursa) budžeta darbgrāmatu pārbaude

Lietošana:
  ka2-budget check FILE.xlsx [--json] [--lang lv|en]
      Pārrēķina katru rindu, pārbauda limitus un konsorcija noteikumus, ziņo konstatējumus.
      Izejas kods 0: noteikumu kļūdu nav; 1: ir noteikumu kļūdas; 2: failu nevar nolasīt.
      --json izdrukā tikai { action, field, rulebook, months, totals, findings, figures }.
  ka2-budget export FILE.xlsx --out PATH [--format csv|json|xlsx] [--separator ";"] [--force] [--lang lv|en]
      Pieteikuma veidlapas budžeta daļas skaitļi veidlapas secībā.
      xlsx: darbgrāmatas kopija ar lapu "Form summary" (veidlapas kopsavilkums); FILE netiek mainīts.
      Formātu nosaka PATH paplašinājums, ja --format nav dots. CSV laukus atdala ",", ja vien
      nav dots --separator ";" (Excel latviešu un vairumā ES valodu). Izejas kods 1, ja budžets
      pārkāpj noteikumus (eksports tik un tā tiek ierakstīts un to norāda).
  ka2-budget template OUT.xlsx [--action SP|KA|SSA] [--months N] [--field FIELD] [--title TEXT] [--force] [--lang lv|en]
      Ieraksta jaunu budžeta darbgrāmatu ar visām tabulām, to formulām un izvēlnēm.
      --field (tikai SP): school, vet, higher-education, adult vai youth; tukšs, ja nav
      dots (ne jaunatne). Jaunatne: {{youth}}.
      Esošs OUT paliek neskarts, ja vien nav dots --force.
  ka2-budget fn NAME ARG... [--rate FIGURE=VALUE]... [--lang lv|en]
      Izpilda KA2 darblapas funkciju, piemēram, "ka2-budget fn MGMT coordinator 24" izdrukā 12000.
      --rate aizstāj noteikumu skaitli, kā to dara Rates tabulas rinda (var atkārtot).
      Izejas kods 1, ja funkcija noraida argumentus vai likmi (ziņojums pasaka, kāpēc).
      Teksta rezultāti (BAND, PLACE) un ziņojumi ir --lang valodā.
  ka2-budget rates [--json] [--lang lv|en]
      Katra noteikumu skaitļa id ar vērtību, ticamības atzīmi un avotiem.
  ka2-budget --help | --version

--lang: ziņojumu un virsrakstu valoda, latviešu vai angļu; pēc noklusējuma vides
lokalizācijas valoda (LC_ALL, LC_MESSAGES vai LANG: lv_LV.UTF-8 ir latviešu), angļu, ja tā nav iestatīta.

Nepareiza komandrinda (nezināma komanda, opcija vai funkcija, trūkstošs nosaukums) beidzas ar kodu 2.
Rokasgrāmata: docs/cli.md (latviski: docs/lv/lietotaja-celvedis.md)
`;

/**
 * "6 to 24 months, 2 organisations from 2 countries": the youth field's own figures, from the
 * bundled rulebook that `template --field youth` checks --months against, so the help cannot
 * drift from the rule.
 */
function youthFigures(language: MessageLanguage): string {
  const youth = fieldRule(defaultRulebook(), "SP", "youth");
  if (!youth) return "";
  const { min, max } = youth.duration.value;
  const organisations = youth.consortium.minOrganisations.value;
  const countries = youth.consortium.minCountries.value;
  const say = (unit: string, count: number) => message(language, `units/${unit}`, { count });
  if (language === "en") {
    return `${min} to ${say("months", max)}, ${say("organisations", organisations)} from ${say("countries", countries)}`;
  }
  // "no" with a number takes the dative plural ("no 2 valstīm"), the singular after 1, 21 …
  const one = countries % 10 === 1 && countries % 100 !== 11;
  const from = `no ${countries} ${one ? "valsts" : "valstīm"}`;
  return `${min} līdz ${say("months", max)}, ${say("organisations", organisations)} ${from}`;
}

/** The text of `ka2-budget --help` in a language. */
export function usage(language: MessageLanguage): string {
  return (language === "lv" ? latvian : english).replace("{{youth}}", youthFigures(language));
}
