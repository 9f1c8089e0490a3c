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
import { StyleWarmUp } from "./StyleWarmUp";
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
  // Stable, so the Totals tab (memoized in ResultTabs) is not redrawn on every render.
  const openSetUp = useCallback(() => setSetUpOpen(true), []);
  // The form may open from far below it (the Totals tab's missing Rates table): focus goes to
  // its first field, so keyboard and screen-reader users land where the form now is.
  const setUpArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (setUpOpen) setUpArea.current?.querySelector<HTMLElement>("input, select, button")?.focus();
  }, [setUpOpen]);
  useLiveCheck(port, live, () => void act.check(), act.report);
  // The same function on every render, so the findings list's items need not re-render.
  const select = useCallback((index: number) => void act.select(index), [act]);

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
      <CheckAnnouncer
        task={state.task}
        check={state.check}
        checked={state.checked}
        summary={{
          findings: state.check?.findings ?? [],
          highlights: state.highlights,
          cleared: state.cleared,
          canHighlight: port.capabilities.highlights,
        }}
      />
      <StyleWarmUp />
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
            <MissingTablesMessage onSetUp={openSetUp} />
          )}
          {setUpOpen && (
            <div ref={setUpArea}>
              <SetUpForm busy={busy} onSubmit={setUp} onCancel={() => setSetUpOpen(false)} />
            </div>
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
                onSetUp={capabilities.setUp ? openSetUp : undefined}
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

interface CheckAnnouncerProps {
  task: string | undefined;
  check: unknown;
  checked: boolean;
  summary: Parameters<typeof useCheckSummaryText>[0];
}

/**
 * The check's live region, mounted from the start so screen readers hear "Checking…" and every
 * check's verdict. Its own component: an announcement re-renders this region, not the pane and
 * its list of thousands of findings.
 */
function CheckAnnouncer({ task, check, checked, summary }: CheckAnnouncerProps) {
  const announcement = useCheckAnnouncement(task, check, checked, summary);
  const hidden = useVisuallyHidden();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={hidden.hidden}>
      <span key={announcement.serial}>{announcement.text}</span>
    </div>
  );
}

/**
 * What the live region says: "Checking…" when a check starts, then its verdict once it is in.
 * Each announcement is a new node (its serial is the key), so a check whose verdict did not
 * change is announced too, even when both come in one render (a fast workbook).
 */
function useCheckAnnouncement(
  task: string | undefined,
  check: unknown,
  checked: boolean,
  summary: Parameters<typeof useCheckSummaryText>[0],
): { text: string; serial: number } {
  const { t } = useTranslation();
  const verdict = useCheckSummaryText(summary);
  const verdictText = [verdict.title, ...verdict.details].join(" ");
  const [announcement, setAnnouncement] = useState({ text: "", serial: 0 });
  const announce = useCallback(
    (text: string) => setAnnouncement((last) => ({ text, serial: last.serial + 1 })),
    [],
  );
  useEffect(() => {
    if (task === "check") announce(t("check.announceBusy"));
  }, [task, announce, t]);
  // A new result of the check (a failed check keeps the old one: its error is an alert).
  const lastCheck = useRef(check);
  useEffect(() => {
    if (check === lastCheck.current) return;
    lastCheck.current = check;
    if (checked) announce(t("check.announceDone", { verdict: verdictText }));
  }, [check, checked, verdictText, announce, t]);
  return announcement;
}
