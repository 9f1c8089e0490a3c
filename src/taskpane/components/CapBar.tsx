import {
  Caption1,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle12Filled, Warning12Filled } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/use-format";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  line: {
    display: "flex",
    // In a narrow or zoomed pane the amount goes below a long label instead of past the edge.
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  amount: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  large: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  caption: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
  },
  // The words carry the state in a colour readable on every theme; the icon carries its colour
  // (the status colours are too faint for small text on the dark theme's background).
  alert: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  near: { color: tokens.colorStatusWarningForeground3, flexShrink: 0 },
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
  /** The project total: a larger figure. */
  prominent?: boolean;
}

/**
 * An amount against its cap: what counts, a bar of what was asked against the cap that turns
 * to the warning colour near the cap and to the error colour over it, and the figures in words.
 */
export function CapBar({ label, requested, counted, limit, prominent }: CapBarProps) {
  const { t } = useTranslation();
  const { amount } = useFormat();
  const styles = useStyles();
  const state = capState(requested, limit);
  const caption =
    state === "over"
      ? t("totals.over", { amount: amount(requested - limit), counted: amount(counted) })
      : t("totals.ofLimit", { amount: amount(requested), limit: amount(limit) });
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Text weight={prominent ? "semibold" : "regular"}>{label}</Text>
        <Text
          weight={prominent ? "semibold" : "regular"}
          className={mergeClasses(styles.amount, prominent && styles.large)}
        >
          {amount(counted)}
        </Text>
      </div>
      <ProgressBar
        value={limit > 0 ? Math.min(requested / limit, 1) : 1}
        color={state === "over" ? "error" : state === "near" ? "warning" : "brand"}
        thickness="large"
        aria-label={label}
        aria-valuetext={caption}
      />
      <Caption1 className={mergeClasses(styles.caption, state !== "under" && styles.alert)}>
        {state === "over" && <ErrorCircle12Filled className={styles.over} aria-hidden="true" />}
        {state === "near" && <Warning12Filled className={styles.near} aria-hidden="true" />}
        {caption}
      </Caption1>
    </div>
  );
}
