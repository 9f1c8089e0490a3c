import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Finding } from "../../domain/findings";
import type { ListedFinding } from "../state/finding-groups";
import { severityColour } from "./severity-style";
import { SeverityIcon } from "./SeverityIcon";
import { useVisuallyHidden } from "./visually-hidden";

/** Exported for StyleWarmUp, which inserts these rules before the first check. */
export const useFindingItemStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
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
    // The chevron that says "goes somewhere", drawn by CSS rather than an icon component per
    // item (a component, an svg and a path each). Decorative: not in the button's name.
    "::after": {
      content: '""',
      gridRow: "1 / 4",
      gridColumn: "2",
      alignSelf: "center",
      width: "5px",
      height: "5px",
      marginRight: "3px",
      borderTop: `1px solid ${tokens.colorNeutralForeground3}`,
      borderRight: `1px solid ${tokens.colorNeutralForeground3}`,
      transform: "rotate(45deg)",
    },
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
    // Forced colours drop the background: a system-coloured frame marks the selection instead.
    "@media (forced-colors: active)": { outline: "2px solid Highlight", outlineOffset: "-2px" },
  },
  head: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  message: { gridColumn: "1 / 2", overflowWrap: "anywhere" },
  rule: {
    gridColumn: "1 / 2",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  // The severity's stripe on the left (a class each: no inline style per item).
  error: { borderLeftColor: severityColour.error },
  warning: { borderLeftColor: severityColour.warning },
  info: { borderLeftColor: severityColour.info },
});

/** The words every item shows, in the pane's language (one object for the whole list). */
export interface FindingItemWords {
  /** "Error", "Warning", "Note": for screen readers, before the address. */
  severity: Record<Finding["severity"], string>;
  /** Where a whole-budget finding is, instead of an address. */
  general: string;
}

export interface FindingItemProps {
  listed: ListedFinding;
  /** The finding's message in the pane's language. */
  message: string;
  words: FindingItemWords;
  selected: boolean;
  onSelect: (index: number) => void;
  /** Id of the list's shared description ("Selects its cells in the sheet"). */
  hintId: string;
}

/**
 * One finding: its severity (icon, and in words for screen readers), where it is, what is
 * wrong, and its rule id in small print. A finding that points at cells is a button (click,
 * Enter or Space) that selects them in the sheet; its name is its visible text.
 */
export const FindingItem = memo(function FindingItem({
  listed,
  message,
  words,
  selected,
  onSelect,
  hintId,
}: FindingItemProps) {
  const styles = useFindingItemStyles();
  const hidden = useVisuallyHidden();
  const { finding, address, index } = listed;
  const ruleId = `${hintId}-rule-${index}`;
  const content = (
    <>
      <span className={styles.head}>
        <SeverityIcon severity={finding.severity} />
        <span className={hidden.hidden}>{words.severity[finding.severity]}: </span>
        <span className={styles.address}>{address ?? words.general}</span>
      </span>{" "}
      <span className={styles.message}>{message}</span>
      {/* In a button it is read as the description, not as part of the name. */}
      <span
        id={ruleId}
        className={styles.rule}
        aria-hidden={address !== undefined ? "true" : undefined}
      >
        {finding.rule}
      </span>
    </>
  );
  if (address === undefined) {
    return <div className={mergeClasses(styles.item, styles[finding.severity])}>{content}</div>;
  }
  return (
    <button
      type="button"
      className={mergeClasses(
        styles.item,
        styles[finding.severity],
        styles.button,
        selected && styles.selected,
      )}
      aria-current={selected ? "true" : undefined}
      aria-describedby={`${ruleId} ${hintId}`}
      onClick={() => onSelect(index)}
    >
      {content}
    </button>
  );
});
