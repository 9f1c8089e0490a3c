import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../domain/findings";
import type { ListedFinding, SeverityGroup } from "../state/finding-groups";
import { FindingItem, type FindingItemWords } from "./FindingItem";
import { SeverityIcon } from "./SeverityIcon";

/** Exported for StyleWarmUp, which inserts these rules before the first check. */
export const useFindingGroupStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
    overflowWrap: "anywhere",
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  // Items out of view are laid out and painted only once scrolled to (they stay in the
  // accessibility tree and take focus): a page of a hundred findings draws like a screenful.
  item: { contentVisibility: "auto", containIntrinsicSize: "auto 4rem" },
});

export interface FindingGroupProps {
  group: SeverityGroup<ListedFinding>;
  /** A finding's message in the pane's language. */
  textOf: (finding: Finding) => string;
  words: FindingItemWords;
  selected?: number;
  onSelect: (index: number) => void;
  hintId: string;
}

/** The findings of one severity, under one sub-heading per table. */
export const FindingGroup = memo(function FindingGroup({
  group,
  textOf,
  words,
  selected,
  onSelect,
  hintId,
}: FindingGroupProps) {
  const { t } = useTranslation();
  const styles = useFindingGroupStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        <SeverityIcon severity={group.severity} />
        {t("findings.filterButton", { label: t(`severity.${group.severity}`), count: group.count })}
      </h3>
      {group.tables.map((tableGroup) => (
        <div key={tableGroup.table ?? ""}>
          <h4 className={styles.table}>
            {tableGroup.table === undefined
              ? t("findings.general")
              : t("findings.table", { table: tableGroup.table })}
          </h4>
          <ul className={styles.list}>
            {tableGroup.findings.map((listed) => (
              <li key={listed.index} className={styles.item}>
                <FindingItem
                  listed={listed}
                  message={textOf(listed.finding)}
                  words={words}
                  selected={selected === listed.index}
                  onSelect={onSelect}
                  hintId={hintId}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
