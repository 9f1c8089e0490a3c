import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isEmptyWorkbook } from "../state/pane-state";
import { useLiveCheck } from "../state/use-live-check";
import { usePane } from "../state/use-pane";
import { useWorkbook } from "../workbook-context";
import { CheckSummary, useCheckSummaryText } from "./CheckSummary";
import { CheckToolbar } from "./CheckToolbar";
import { EmptyState } from "./EmptyState";
import { ErrorMessage } from "./ErrorMessage";
import { MissingTablesMessage } from "./MissingTablesMessage";
import { ProjectHeader } from "./ProjectHeader";
import { ReadProgressBar } from "./ReadProgressBar";
import { ResultTabs } from "./ResultTabs";
import { SetUpForm } from "./SetUpForm";
import { SetUpResultMessage } from "./SetUpResultMessage";
import { useVisuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
  },
  prompt: { color: tokens.colorNeutralForeground2 },
});

/** The pane below the header: the workbook's project, the check and its results. */
export function Pane() {
  const { t } = useTranslation();
  const styles = useStyles();
  const port = useWorkbook();
  const [state, act] = usePane(port);
  const [live, setLive] = useState(false);
  const [setUpOpen, setSetUpOpen] = useState(false);
  useLiveCheck(port, live, () => void act.check(), act.report);
  // The same function on every render, so the findings list's items need not re-render.
  const select = useCallback((index: number) => void act.select(index), [act]);
  const announcement = useCheckAnnouncement(state.task, state.error === undefined, {
    findings: state.check?.findings ?? [],
    highlights: state.highlights,
    cleared: state.cleared,
    canHighlight: port.capabilities.highlights,
  });
  const hidden = useVisuallyHidden();

  const { capabilities } = port;
  const busy = state.task !== undefined;
  const reading = state.task === "read" || state.task === "check";
  const empty = isEmptyWorkbook(state);
  const missingTables =
    !empty && state.check?.findings.some((finding) => finding.rule === "input.missing-table");

  const setUp = (options: Parameters<typeof act.setUp>[0]) => {
    setSetUpOpen(false);
    void act.setUp(options);
  };

  return (
    <main className={styles.root}>
      {/* Mounted from the start, so screen readers hear "Checking…" and every check's verdict. */}
      <div role="status" aria-live="polite" aria-atomic="true" className={hidden.hidden}>
        {announcement}
      </div>
      {state.error !== undefined && (
        <ErrorMessage error={state.error} onDismiss={act.dismissError} />
      )}
      {state.setUp && <SetUpResultMessage result={state.setUp} onDismiss={act.dismissSetUp} />}
      {empty ? (
        <>
          {state.task === "setUp" && <ReadProgressBar progress={state.progress} />}
          <EmptyState canSetUp={capabilities.setUp} busy={busy} onSetUp={setUp} />
        </>
      ) : (
        <>
          {state.check && (
            <ProjectHeader project={state.check.project} rulebook={state.check.rulebook} />
          )}
          <CheckToolbar
            capabilities={capabilities}
            checking={state.task === "check"}
            busy={busy}
            live={live}
            onCheck={() => void act.check()}
            onClear={() => void act.clearHighlights()}
            onLiveChange={(next) => {
              setLive(next);
              if (next) void act.check();
            }}
          />
          {reading && <ReadProgressBar progress={state.progress} />}
          {missingTables && capabilities.setUp && !setUpOpen && (
            <MissingTablesMessage onSetUp={() => setSetUpOpen(true)} />
          )}
          {setUpOpen && (
            <SetUpForm busy={busy} onSubmit={setUp} onCancel={() => setSetUpOpen(false)} />
          )}
          {state.check && state.workbook && state.checked ? (
            <>
              <CheckSummary
                findings={state.check.findings}
                highlights={state.highlights}
                cleared={state.cleared}
                canHighlight={capabilities.highlights}
              />
              <ResultTabs
                check={state.check}
                workbook={state.workbook}
                selected={state.selected}
                onSelect={select}
              />
            </>
          ) : (
            state.check && !reading && <Body1 className={styles.prompt}>{t("check.prompt")}</Body1>
          )}
        </>
      )}
    </main>
  );
}

/**
 * What the live region says: "Checking…" while a check runs, then its verdict. The text always
 * changes between the two, so a check whose result did not change is announced too.
 */
function useCheckAnnouncement(
  task: string | undefined,
  succeeded: boolean,
  summary: Parameters<typeof useCheckSummaryText>[0],
): string {
  const { t } = useTranslation();
  const verdict = useCheckSummaryText(summary);
  const [text, setText] = useState("");
  const previous = useRef(task);
  const verdictText = [verdict.title, ...verdict.details].join(" ");
  useEffect(() => {
    const was = previous.current;
    previous.current = task;
    if (task === "check" && was !== "check") setText(t("check.announceBusy"));
    // A failed check is read out by its error message (role="alert"), not here.
    else if (was === "check" && task !== "check")
      setText(succeeded ? t("check.announceDone", { verdict: verdictText }) : "");
  }, [task, succeeded, verdictText, t]);
  return text;
}
