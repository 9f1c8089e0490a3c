import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../i18n/i18n";
import { AboutButton } from "./AboutButton";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    // In a narrow or zoomed pane the language switch and About go below the name.
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground2,
  },
  names: { display: "flex", flexDirection: "column", minWidth: 0, flex: "1 1 9rem" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    marginLeft: "auto",
  },
});

/** The add-in's name, the language switch and About. */
export function AppHeader({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.names}>
        <Text as="h1" weight="semibold" size={400}>
          {t("app.name")}
        </Text>
        <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
      </div>
      <div className={styles.actions}>
        <LanguageSwitch language={language} onChange={onLanguageChange} />
        <AboutButton />
      </div>
    </header>
  );
}
