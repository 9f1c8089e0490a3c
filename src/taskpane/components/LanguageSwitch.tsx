import { Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languages, type Language } from "../i18n/i18n";

const useStyles = makeStyles({
  select: {
    width: "5.75rem",
    flexShrink: 0,
    // The underline's colour change alone is too faint a focus indicator.
    ":focus-within": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

/** Switches the pane between English and Latvian. */
export function LanguageSwitch({
  language,
  onChange,
}: {
  language: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const id = useId();
  return (
    <Select
      id={id}
      className={styles.select}
      size="small"
      appearance="underline"
      aria-label={t("language.label")}
      value={language}
      onChange={(_, data) => onChange(data.value as Language)}
    >
      {languages.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </Select>
  );
}
