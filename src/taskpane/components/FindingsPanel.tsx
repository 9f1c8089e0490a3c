import {
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { startTransition, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding, Severity } from "../../domain/findings";
import { severities } from "../../domain/findings";
import type { RawWorkbook } from "../../domain/workbook";
import {
  countBySeverity,
  countListed,
  findingsFirstDraw,
  findingsPageSize,
  groupFindings,
  limitGroups,
} from "../state/finding-groups";
import { useFindingText } from "../i18n/use-finding-text";
import { afterNextPaint } from "../state/deferred-work";
import { FindingGroup } from "./FindingGroup";
import type { FindingItemWords } from "./FindingItem";
import { SeverityFilter } from "./SeverityFilter";

/** Exported for StyleWarmUp, which inserts these rules before the first check. */
export const useFindingsPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground2 },
  more: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface FindingsPanelProps {
  findings: readonly Finding[];
  workbook: RawWorkbook;
  selected?: number;
  /** Keep it the same function between renders: the list's items skip re-rendering then. */
  onSelect: (index: number) => void;
}

/**
 * The findings of the last check, filtered by severity, grouped by severity and table. The
 * list is one Tab stop (the arrow keys move within it) and draws a page of findings at a
 * time, with "Show more" for the rest.
 */
export function FindingsPanel({ findings, workbook, selected, onSelect }: FindingsPanelProps) {
  const { t, i18n } = useTranslation();
  const styles = useFindingsPanelStyles();
  const hintId = useId();
  const arrowKeys = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  const [limit, setLimit] = useState(findingsPageSize);
  // A list newly shown (its first check, a filter changed) draws a screenful, and the rest of
  // its page once that is painted: thousands of findings show as quickly as a few. Once whole,
  // a new check redraws the whole page at once, so a focused finding keeps its place. "Whole"
  // belongs to the filter it was drawn for: a filter changed while the rest is being drawn
  // starts over, rather than a late "whole" and the filter's reset racing each other.
  const [wholeFor, setWholeFor] = useState<ReadonlySet<Severity> | null>(null);
  const whole = wholeFor === shown;
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(() => groupFindings(findings, shown), [findings, shown]);
  const total = useMemo(() => countListed(groups), [groups]);
  const partial = !whole && Math.min(limit, total) > findingsFirstDraw;
  const drawLimit = partial ? findingsFirstDraw : limit;
  const drawn = useMemo(
    () => limitGroups(groups, drawLimit, workbook),
    [groups, drawLimit, workbook],
  );
  useEffect(() => {
    if (whole) return;
    // A list drawn whole at once (a screenful or less) is whole for this filter too.
    if (!partial) return setWholeFor(shown);
    // A transition: drawing the rest yields to the user's clicks and keys.
    return afterNextPaint(() => startTransition(() => setWholeFor(shown)));
  }, [whole, partial, shown]);
  // The list's own words, made once per language rather than by each of its items.
  const textOf = useFindingText();
  const words = useMemo<FindingItemWords>(
    () => ({
      severity: {
        error: t("severityOne.error"),
        warning: t("severityOne.warning"),
        info: t("severityOne.info"),
      },
      general: t("findings.general"),
    }),
    [t, i18n.language],
  );
  const drawnCount = Math.min(limit, total);
  const toggle = (severity: Severity) => {
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  };

  if (findings.length === 0) return <Text className={styles.empty}>{t("findings.none")}</Text>;
  return (
    <div className={styles.root}>
      <SeverityFilter counts={counts} shown={shown} onToggle={toggle} />
      <span id={hintId} hidden>
        {t("findings.selectHint")}
      </span>
      {groups.length === 0 ? (
        <Text className={styles.empty}>{t("findings.allHidden")}</Text>
      ) : (
        <div className={styles.groups} {...arrowKeys}>
          {drawn.map((group) => (
            <FindingGroup
              key={group.severity}
              group={group}
              textOf={textOf}
              words={words}
              selected={selected}
              onSelect={onSelect}
              hintId={hintId}
            />
          ))}
        </div>
      )}
      {drawnCount < total && (
        <div className={styles.more}>
          <Button onClick={() => setLimit((current) => current + findingsPageSize)}>
            {t("findings.showMore", { count: Math.min(findingsPageSize, total - drawnCount) })}
          </Button>
          <Caption1 className={styles.note}>
            {t("findings.shown", { shown: drawnCount, total })}
          </Caption1>
        </div>
      )}
    </div>
  );
}
