import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetCheck } from "../../domain/budget-check";
import type { FigureToConfirm } from "../../domain/rates/figures-to-confirm";
import { useFormat } from "../i18n/use-format";
import { useWorkbook } from "../workbook-context";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  // A figure id has no spaces: it may break anywhere rather than run out of a narrow pane.
  figure: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", maxWidth: "100%" },
  value: { fontVariantNumeric: "tabular-nums" },
  // The Latvian label is long: in a narrow pane the button's text wraps inside it.
  button: { maxWidth: "100%", height: "auto", whiteSpace: "normal", textAlign: "start" },
});

/** What became of one figure's "Add a Rates row" since the last check. */
type Outcome = { kind: "adding" } | { kind: "added"; row: number };

/** Where the Rates row went wrong, shown once above the list. */
type Problem =
  { kind: "missing"; missing: "table" | "columns" } | { kind: "error"; error: unknown };

export interface FiguresToConfirmProps {
  check: BudgetCheck;
  /** Opens the set-up form, which adds the missing tables (Rates among them). */
  onSetUp?: () => void;
}

/**
 * The unverified [M] figures the budget rests on, largest amount first, each with a button
 * that appends a Rates row for it (its id, its present value and a Source note). The list
 * itself changes at the next check, once the Rates table sets the figure.
 */
export function FiguresToConfirm({ check, onSetUp }: FiguresToConfirmProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const port = useWorkbook();
  const { amount, figure: figureValue } = useFormat();
  // Outcomes belong to one check: a new check starts afresh.
  const [state, setState] = useState<{
    check: BudgetCheck;
    outcomes: Record<string, Outcome>;
    problem?: Problem;
  }>({ check, outcomes: {} });
  const current = state.check === check ? state : { check, outcomes: {} };
  const busy = Object.values(current.outcomes).some((outcome) => outcome.kind === "adding");

  const add = async (figure: FigureToConfirm) => {
    const set = (outcome: Outcome | undefined, problem?: Problem) =>
      setState((last) => {
        const base = last.check === check ? last.outcomes : {};
        const outcomes = { ...base };
        if (outcome) outcomes[figure.figure] = outcome;
        else delete outcomes[figure.figure];
        return { check, outcomes, problem };
      });
    set({ kind: "adding" });
    try {
      const result = await port.addRate({
        figure: figure.figure,
        value: figure.value,
        source: t("figures.source"),
      });
      if (result.added) set({ kind: "added", row: result.row });
      else set(undefined, { kind: "missing", missing: result.missing });
    } catch (error) {
      set(undefined, { kind: "error", error });
    }
  };

  const problem = current.problem;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t("figures.heading")}
      </h3>
      {check.figures.length === 0 ? (
        <Caption1 className={styles.note}>{t("figures.none")}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.note}>
            {t("figures.intro", { year: check.rulebook })}
          </Caption1>
          {problem?.kind === "error" && (
            <ErrorMessage
              error={problem.error}
              onDismiss={() => setState({ check, outcomes: current.outcomes })}
            />
          )}
          {problem?.kind === "missing" && (
            <MessageBar intent="warning" layout="multiline" role="alert">
              <MessageBarBody>
                {problem.missing === "table" ? t("figures.noTable") : t("figures.noColumns")}
              </MessageBarBody>
              {problem.missing === "table" && onSetUp && (
                <MessageBarActions>
                  <Button size="small" onClick={onSetUp}>
                    {t("setUp.addMissing")}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          <ul className={styles.list}>
            {check.figures.map((figure) => {
              const outcome = current.outcomes[figure.figure];
              return (
                <li key={figure.figure} className={styles.item}>
                  <Text>
                    <span className={styles.figure}>{figure.figure}</span>{" "}
                    <span className={styles.value}>
                      ({t("figures.value", { value: figureValue(figure.value) })})
                    </span>
                  </Text>
                  <Caption1>
                    {t("figures.resting", {
                      amount: amount(figure.restingAmount),
                      count: figure.lines,
                      tables: figure.tables.join(", "),
                    })}
                  </Caption1>
                  {outcome?.kind === "added" ? (
                    <Caption1 role="status">{t("figures.added", { row: outcome.row })}</Caption1>
                  ) : (
                    <Button
                      className={styles.button}
                      size="small"
                      icon={<TableAdd20Regular />}
                      disabled={busy}
                      aria-label={t("figures.addFor", { figure: figure.figure })}
                      onClick={() => void add(figure)}
                    >
                      {outcome?.kind === "adding" ? t("figures.adding") : t("figures.add")}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
