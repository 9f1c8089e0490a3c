import type { PartnerType } from "../../rules";
import { countryName, isEuMemberState, isProgrammeCountry } from "../countries";
import { finding, type Finding } from "../findings";
import type { CheckContext, Partner } from "../model";
import { labelOf, partnerTypes } from "../vocabulary";

/**
 * Consortium rules of the action and format: minimum organisations and countries (counting
 * Programme Countries only), one coordinator in a Programme Country, required types.
 */
export function checkConsortium(context: CheckContext): void {
  const { rulebook, project, findings } = context;
  const partners = [...context.partners.values()];
  // Without a readable Partners table there is nothing to count; a finding already says why.
  if (!context.partnersReadable) return;
  const rule = rulebook.actions[project.action].consortium[project.format];
  if (!rule) return;
  const inProgramme = partners.filter(
    (partner) => partner.country !== undefined && isProgrammeCountry(rulebook, partner.country),
  );
  const countries = new Set(inProgramme.map((partner) => partner.country as string));
  const consortium = (rule: Finding["rule"], message: string) =>
    findings.push(finding(rule, "error", message, { table: "Partners" }));
  const format = `${rulebook.actions[project.action].label} (${rule.label})`;

  if (inProgramme.length < rule.minOrganisations.value) {
    consortium(
      "consortium.min-organisations",
      `A ${format} needs at least ${rule.minOrganisations.value} organisations from Programme Countries; this one has ${inProgramme.length}.`,
    );
  }
  if (countries.size < rule.minCountries.value) {
    consortium(
      "consortium.min-countries",
      `A ${format} needs organisations from at least ${rule.minCountries.value} Programme Countries; this one has ${countries.size}.`,
    );
  }
  const minEu = rule.minEuMemberStates?.value;
  if (minEu !== undefined) {
    const eu = [...countries].filter((code) => isEuMemberState(rulebook, code));
    if (eu.length < minEu) {
      consortium(
        "consortium.eu-member-states",
        `A ${format} needs organisations from at least ${minEu} EU Member States; this one has ${eu.length}.`,
      );
    }
  }

  checkCoordinator(context, partners);
  checkTypes(context, inProgramme, format);
}

function checkCoordinator(context: CheckContext, partners: Partner[]): void {
  const { rulebook, findings } = context;
  const coordinators = partners.filter((partner) => partner.role === "coordinator");
  if (coordinators.length !== 1) {
    const rows = coordinators.map((partner) => partner.row).join(", ");
    findings.push(
      finding(
        "consortium.coordinator",
        "error",
        coordinators.length === 0
          ? "No organisation has the role coordinator; a project has exactly one coordinator (the applicant)."
          : `${coordinators.length} organisations (rows ${rows}) have the role coordinator; a project has exactly one.`,
        { table: "Partners", column: "Role" },
      ),
    );
  }
  for (const coordinator of coordinators) {
    if (coordinator.country === undefined || isProgrammeCountry(rulebook, coordinator.country))
      continue;
    findings.push(
      finding(
        "consortium.coordinator-programme-country",
        "error",
        `The coordinator ${coordinator.id} is in ${countryName(coordinator.country)}, which is not a Programme Country in ${rulebook.year}; the applicant must be established in a Programme Country.`,
        { table: "Partners", row: coordinator.row, column: "Country" },
      ),
    );
  }
}

function checkTypes(context: CheckContext, inProgramme: Partner[], format: string): void {
  const { rulebook, project, findings } = context;
  const rule = rulebook.actions[project.action].consortium[project.format];
  if (!rule) return;
  const count = (list: Partner[], type: string) => list.filter((p) => p.type === type).length;
  const typeName = (type: string) => labelOf(partnerTypes, type as PartnerType);

  for (const [type, needed] of Object.entries(rule.requiredTypes?.value ?? {})) {
    const found = count(inProgramme, type);
    if (needed !== undefined && found < needed) {
      findings.push(
        finding(
          "consortium.required-types",
          "error",
          `A ${format} needs at least ${needed} organisation(s) of type ${type} (${typeName(type)}) from Programme Countries; this one has ${found}.`,
          { table: "Partners", column: "Type" },
        ),
      );
    }
  }

  const perCountry = rule.requiredTypesPerCountry?.value ?? {};
  const byCountry = new Map<string, Partner[]>();
  for (const partner of inProgramme) {
    const list = byCountry.get(partner.country as string) ?? [];
    list.push(partner);
    byCountry.set(partner.country as string, list);
  }
  const severity = rule.requiredTypesPerCountrySeverity ?? "error";
  for (const [country, members] of byCountry) {
    const missing = Object.entries(perCountry)
      .filter(([type, needed]) => needed !== undefined && count(members, type) < needed)
      .map(
        ([type, needed]) => `${needed} ${type} (${typeName(type)}; it has ${count(members, type)})`,
      );
    if (missing.length === 0) continue;
    findings.push(
      finding(
        "consortium.required-types",
        severity,
        `In ${countryName(country)} the partnership needs at least ${missing.join(", ")}: each participating Programme Country needs ${Object.keys(perCountry).join(", ")}.` +
          (severity === "warning"
            ? " This per-country rule comes from a later call's source; confirm it with the Agency."
            : ""),
        { table: "Partners", column: "Type" },
      ),
    );
  }

  const only = rule.onlyTypes?.value;
  if (only) {
    for (const partner of context.partners.values()) {
      if (partner.type === undefined || only.includes(partner.type)) continue;
      findings.push(
        finding(
          "consortium.required-types",
          "error",
          `Partners row ${partner.row}: a ${format} admits only ${only.join(", ")} organisations; ${partner.id} is ${partner.type}.`,
          { table: "Partners", row: partner.row, column: "Type" },
        ),
      );
    }
  }
}
