import type { ConsortiumRule, PartnerType } from "../../rules";
import { isEuMemberState, isProgrammeCountry } from "../countries";
import { finding } from "../findings";
import { say, type ConsortiumRef, type FindingText } from "../finding-text";
import type { CheckContext, Partner } from "../model";
import { consortiumRule } from "../project-rules";

/**
 * Consortium rules of the action and format, or of the field where it has its own (youth):
 * minimum organisations and countries (counting Programme Countries only), one coordinator in
 * a Programme Country, required types.
 */
export function checkConsortium(context: CheckContext): void {
  const { rulebook, project, findings } = context;
  const partners = [...context.partners.values()];
  // Without a readable Partners table there is nothing to count; a finding already says why.
  if (!context.partnersReadable) return;
  const held = consortiumRule(rulebook, project);
  if (!held) return;
  const { rule, ref: format } = held;
  const inProgramme = partners.filter(
    (partner) => partner.country !== undefined && isProgrammeCountry(rulebook, partner.country),
  );
  const countries = new Set(inProgramme.map((partner) => partner.country as string));
  const consortium = (text: FindingText) =>
    findings.push(finding("error", text, { table: "Partners" }));

  if (inProgramme.length < rule.minOrganisations.value) {
    consortium(
      say("consortium.min-organisations", {
        consortium: format,
        min: rule.minOrganisations.value,
        found: inProgramme.length,
      }),
    );
  }
  if (countries.size < rule.minCountries.value) {
    consortium(
      say("consortium.min-countries", {
        consortium: format,
        min: rule.minCountries.value,
        found: countries.size,
      }),
    );
  }
  const minEu = rule.minEuMemberStates?.value;
  if (minEu !== undefined) {
    const eu = [...countries].filter((code) => isEuMemberState(rulebook, code));
    if (eu.length < minEu) {
      consortium(
        say("consortium.eu-member-states", { consortium: format, min: minEu, found: eu.length }),
      );
    }
  }

  checkCoordinator(context, partners);
  checkTypes(context, rule, inProgramme, format);
}

function checkCoordinator(context: CheckContext, partners: Partner[]): void {
  const { rulebook, findings } = context;
  const coordinators = partners.filter((partner) => partner.role === "coordinator");
  if (coordinators.length !== 1) {
    const rows = coordinators.map((partner) => partner.row);
    findings.push(
      finding(
        "error",
        coordinators.length === 0
          ? say("consortium.coordinator/none", {})
          : say("consortium.coordinator/many", { count: coordinators.length, rows }),
        { table: "Partners", column: "Role" },
      ),
    );
  }
  for (const coordinator of coordinators) {
    if (coordinator.country === undefined || isProgrammeCountry(rulebook, coordinator.country))
      continue;
    findings.push(
      finding(
        "error",
        say("consortium.coordinator-programme-country", {
          id: coordinator.id,
          country: coordinator.country,
          year: rulebook.year,
        }),
        { table: "Partners", row: coordinator.row, column: "Country" },
      ),
    );
  }
}

function checkTypes(
  context: CheckContext,
  rule: ConsortiumRule,
  inProgramme: Partner[],
  format: ConsortiumRef,
): void {
  const { findings } = context;
  const count = (list: Partner[], type: string) => list.filter((p) => p.type === type).length;

  for (const [type, needed] of Object.entries(rule.requiredTypes?.value ?? {})) {
    const found = count(inProgramme, type);
    if (needed !== undefined && found < needed) {
      findings.push(
        finding(
          "error",
          say("consortium.required-types/min", {
            consortium: format,
            needed,
            type: type as PartnerType,
            found,
          }),
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
    if (severity === "warning") {
      // A rule from a later call's source: one warning per country naming what is missing.
      const missing = Object.entries(perCountry)
        .filter(([type, needed]) => needed !== undefined && count(members, type) < needed)
        .map(([type]) => type as PartnerType);
      if (missing.length > 0) {
        findings.push(
          finding(
            "warning",
            say("consortium.required-types/per-country-missing", {
              country,
              missing,
              required: Object.keys(perCountry) as PartnerType[],
            }),
            { table: "Partners", column: "Type" },
          ),
        );
      }
      continue;
    }
    for (const [type, needed] of Object.entries(perCountry)) {
      if (needed !== undefined && count(members, type) < needed) {
        findings.push(
          finding(
            "error",
            say("consortium.required-types/per-country", {
              country,
              needed,
              type: type as PartnerType,
              found: count(members, type),
            }),
            { table: "Partners", column: "Type" },
          ),
        );
      }
    }
  }

  const only = rule.onlyTypes?.value;
  if (only) {
    for (const partner of context.partners.values()) {
      if (partner.type === undefined || only.includes(partner.type)) continue;
      findings.push(
        finding(
          "error",
          say("consortium.required-types/only", {
            consortium: format,
            only,
            id: partner.id,
            type: partner.type,
          }),
          { table: "Partners", row: partner.row, column: "Type" },
        ),
      );
    }
  }
}
