import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { BudgetCheck } from "../../domain/budget-check";
import { useFormat } from "../i18n/use-format";
import { totalsView, type TotalRow } from "../../domain/totals-view";
import { CapBar } from "./CapBar";
import { FiguresToConfirm } from "./FiguresToConfirm";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
  },
  grand: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground2,
  },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  year: { paddingLeft: tokens.spacingHorizontalL },
  plain: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  amount: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The totals of the last check: the grant against the maximum, then each category, then the
 * unverified figures they rest on. `onSetUp` opens the set-up form (for a missing Rates table).
 */
export function TotalsPanel({ check, onSetUp }: { check: BudgetCheck; onSetUp?: () => void }) {
  const { t } = useTranslation();
  const { amount } = useFormat();
  const styles = useStyles();
  const view = totalsView(check);
  const label = (row: TotalRow) =>
    row.year !== undefined
      ? t("totals.meetingsYear", { year: row.year })
      : row.category === "outputs" && view.outputsAreSupport
        ? t("categories.outputsSupport")
        : t(`categories.${row.category}`);

  return (
    <div className={styles.root}>
      <section className={styles.grand} aria-label={t("totals.grandTotal")}>
        {view.maxGrant > 0 ? (
          <CapBar
            label={t("totals.grandTotal")}
            requested={view.requested}
            counted={view.total}
            limit={view.maxGrant}
            prominent
          />
        ) : (
          <>
            <div className={styles.plain}>
              <Text weight="semibold">{t("totals.grandTotal")}</Text>
              <Text weight="semibold" className={styles.amount}>
                {amount(view.total)}
              </Text>
            </div>
            <Caption1 className={styles.note}>{t("totals.grantUnknown")}</Caption1>
          </>
        )}
      </section>
      <section aria-labelledby="ka2-totals-heading">
        <h3 id="ka2-totals-heading" className={styles.heading}>
          {t("totals.heading")}
        </h3>
        <ul className={styles.list}>
          {view.rows.map((row) => (
            <li key={row.key} className={row.year !== undefined ? styles.year : undefined}>
              {row.limit !== undefined ? (
                <CapBar
                  label={label(row)}
                  requested={row.requested}
                  counted={row.counted}
                  limit={row.limit}
                />
              ) : (
                <div className={styles.plain}>
                  <Text>{label(row)}</Text>
                  <Text className={styles.amount}>{amount(row.counted)}</Text>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Caption1 className={styles.note}>{t("totals.capsNote")}</Caption1>
      <FiguresToConfirm check={check} onSetUp={onSetUp} />
    </div>
  );
}
