import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ProjectSummary } from "../../domain/budget-check";
import { countryName } from "../../domain/countries";
import { actions, labelOf, spFields, spFormats } from "../../domain/vocabulary";
import { useFormat } from "../i18n/use-format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { overflowWrap: "anywhere" },
  facts: { color: tokens.colorNeutralForeground2 },
  countries: { color: tokens.colorNeutralForeground3 },
});

/**
 * The project the workbook describes: title, action (with its format and field when set),
 * duration, organisations and countries.
 */
export function ProjectHeader({
  project,
  rulebook,
}: {
  project: ProjectSummary;
  rulebook: string;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const styles = useStyles();
  const action = project.action
    ? `${labelOf(actions, project.action, language)} (${project.action})`
    : t("project.actionUnknown");
  const format =
    project.format && project.format !== "standard"
      ? ` · ${labelOf(spFormats, project.format, language)}`
      : "";
  const field = project.field ? ` · ${labelOf(spFields, project.field, language)}` : "";
  const months =
    project.months === undefined
      ? t("project.monthsUnknown")
      : t("project.months", { count: project.months });
  // In the order of the Partners table, so the coordinator's country comes first.
  const countries = project.countries.map((code) => countryName(code, language));
  return (
    <section className={styles.root} aria-label={t("project.region")}>
      <Subtitle2 as="h2" className={styles.title}>
        {project.title ?? t("project.untitled")}
      </Subtitle2>
      <Text size={200} className={styles.facts}>
        {action}
        {format}
        {field} · {months} · {t("project.rulebook", { year: rulebook })}
      </Text>
      <Caption1 className={styles.countries}>
        {t("project.organisations", { count: project.partners })}
        {" · "}
        {countries.length > 0 ? countries.join(", ") : t("project.noCountries")}
      </Caption1>
    </section>
  );
}
