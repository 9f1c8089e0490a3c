import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/use-format";

const useStyles = makeStyles({
  label: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    width: "100%",
  },
  amount: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** Share of a cap from which the bar turns to the warning colour. */
export const nearCap = 0.9;

export type CapState = "under" | "near" | "over";

export function capState(requested: number, limit: number): CapState {
  if (requested > limit + 0.004) return "over";
  return limit > 0 && requested >= limit * nearCap ? "near" : "under";
}

export interface CapBarProps {
  label: string;
  requested: number;
  counted: number;
  limit: number;
}

/**
 * An amount against its cap: a bar that turns to the warning colour near the cap and to the
 * error colour over it, with the figures in words underneath.
 */
export function CapBar({ label, requested, counted, limit }: CapBarProps) {
  const { t } = useTranslation();
  const { amount } = useFormat();
  const styles = useStyles();
  const state = capState(requested, limit);
  const caption =
    state === "over"
      ? t("totals.over", { amount: amount(requested - limit), counted: amount(counted) })
      : t("totals.ofLimit", { amount: amount(requested), limit: amount(limit) });
  return (
    <Field
      label={{
        children: (
          <span className={styles.label}>
            <span>{label}</span>
            <span className={styles.amount}>{amount(counted)}</span>
          </span>
        ),
      }}
      validationState={state === "over" ? "error" : state === "near" ? "warning" : "none"}
      validationMessage={caption}
    >
      <ProgressBar
        value={limit > 0 ? Math.min(requested / limit, 1) : 1}
        color={state === "over" ? "error" : state === "near" ? "warning" : "brand"}
        thickness="large"
        aria-valuetext={caption}
      />
    </Field>
  );
}
