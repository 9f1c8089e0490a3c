import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronRight12Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { renderFinding } from "../../messages/messages";
import type { ListedFinding } from "../state/finding-groups";
import { severityColour } from "./severity-style";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
  },
  button: {
    cursor: "pointer",
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":active": { background: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    background: tokens.colorBrandBackground2,
    ":hover": { background: tokens.colorBrandBackground2Hover },
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  rule: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground4,
    fontWeight: tokens.fontWeightRegular,
    marginLeft: tokens.spacingHorizontalS,
  },
  message: { gridColumn: "1 / 2", overflowWrap: "anywhere" },
  chevron: {
    gridRow: "1 / 3",
    gridColumn: "2",
    alignSelf: "center",
    color: tokens.colorNeutralForeground3,
  },
});

export interface FindingItemProps {
  listed: ListedFinding;
  selected: boolean;
  onSelect: (index: number) => void;
}

/**
 * One finding: where it is and what is wrong. A finding that points at cells is a button
 * (click, Enter or Space) that selects them in the sheet.
 */
export function FindingItem({ listed, selected, onSelect }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { finding, address } = listed;
  const message = renderFinding(finding, i18n);
  const stripe = { borderLeftColor: severityColour[finding.severity] };
  const head = (
    <span className={styles.address}>
      {address ?? t("findings.general")} <span className={styles.rule}>{finding.rule}</span>
    </span>
  );
  if (address === undefined) {
    return (
      <div className={styles.item} style={stripe} title={t("findings.noCell")}>
        {head}
        <span className={styles.message}>{message}</span>
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.button, selected && styles.selected)}
      style={stripe}
      aria-current={selected ? "true" : undefined}
      title={t("findings.goTo", { address })}
      aria-label={`${t("findings.goTo", { address })}: ${message}`}
      onClick={() => onSelect(listed.index)}
    >
      {head}
      <span className={styles.message}>{message}</span>
      <ChevronRight12Regular className={styles.chevron} aria-hidden="true" />
    </button>
  );
}
