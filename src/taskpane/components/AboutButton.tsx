import {
  Button,
  Link,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Info20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  surface: {
    // Never wider than the pane, even at 200% zoom in a narrow pane.
    maxWidth: "min(300px, calc(100vw - 24px))",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** What the add-in is, how sure its figures are, and the data it carries with their licences. */
export function AboutButton() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    // trapFocus: Tab stays within the links and Esc closes it, returning focus to the button.
    <Popover withArrow positioning="below-end" trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<Info20Regular />} aria-label={t("about.open")} />
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={t("about.title")}>
        <Text weight="semibold">{t("about.title")}</Text>
        <Text size={200}>{t("about.rules")}</Text>
        <Text size={200}>{t("about.countries")}</Text>
        <Text size={200}>
          {t("about.places")}{" "}
          <Link href="https://www.geonames.org/" target="_blank" rel="noreferrer">
            GeoNames
          </Link>{" "}
          (
          <Link
            href="https://creativecommons.org/licenses/by/4.0/"
            target="_blank"
            rel="noreferrer"
          >
            CC BY 4.0
          </Link>
          ), {t("about.placesVia")}
        </Text>
      </PopoverSurface>
    </Popover>
  );
}
