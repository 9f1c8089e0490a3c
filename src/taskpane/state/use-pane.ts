import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../../domain/findings";
import type { SetUpOptions, WorkbookPort } from "../../excel/workbook-port";
import { checkWorkbook } from "./check-workbook";
import { initialPaneState, paneReducer, type PaneState } from "./pane-state";

export interface PaneActions {
  /** Reads and checks without highlighting: what the pane does when it opens. */
  read(): Promise<void>;
  /** Re-reads the tables, checks them and highlights what breaks a rule. */
  check(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Selects the cells of `check.findings[index]` in the sheet. */
  select(index: number): Promise<void>;
  /** Creates the missing tables, then checks the workbook. */
  setUp(options: SetUpOptions): Promise<void>;
  /** Shows an error that happened outside these actions (e.g. listening for changes). */
  report(error: unknown): void;
  dismissError(): void;
  dismissSetUp(): void;
}

/**
 * The pane's dealings with the workbook. Calls run one at a time in the order asked, so a
 * check started while another runs waits for it; checks asked for while one already waits
 * are merged into it. Every failure lands in `state.error` for the pane to show; nothing is
 * thrown to the components.
 */
export function usePane(port: WorkbookPort): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const checkWaiting = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const enqueue = useCallback((work: () => Promise<void>): Promise<void> => {
    const run = queue.current.then(work).catch((error: unknown) => {
      dispatch({ type: "failed", error });
    });
    queue.current = run;
    return run;
  }, []);

  const readAndCheck = useCallback(
    async (highlight: boolean) => {
      dispatch({ type: "start", task: highlight ? "check" : "read" });
      const workbook = await port.readBudget((progress) =>
        dispatch({ type: "progress", progress }),
      );
      const check = await checkWorkbook(workbook);
      const highlights =
        highlight && port.capabilities.highlights
          ? await port.showFindings(check.findings, workbook)
          : undefined;
      dispatch({ type: "read", workbook, check, checked: highlight, highlights });
    },
    [port],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      read: () => enqueue(() => readAndCheck(false)),
      check: () => {
        if (checkWaiting.current) return queue.current;
        checkWaiting.current = true;
        return enqueue(() => {
          checkWaiting.current = false;
          return readAndCheck(true);
        });
      },
      clearHighlights: () =>
        enqueue(async () => {
          dispatch({ type: "start", task: "clear" });
          await port.clearHighlights();
          dispatch({ type: "cleared" });
        }),
      select: (index: number) =>
        enqueue(async () => {
          const { check, workbook } = latest.current;
          const finding: Finding | undefined = check?.findings[index];
          if (!finding || !workbook) return;
          // One dispatch per selection (no "start"): with thousands of findings every
          // re-render of the list counts, and selecting a cell is quick.
          await port.selectCell(finding, workbook);
          dispatch({ type: "selected", index });
        }),
      setUp: (options: SetUpOptions) =>
        enqueue(async () => {
          dispatch({ type: "start", task: "setUp" });
          const result = await port.setUpWorkbook(options);
          dispatch({ type: "setUp", result });
          await readAndCheck(true);
        }),
      report: (error: unknown) => dispatch({ type: "failed", error }),
      dismissError: () => dispatch({ type: "dismissError" }),
      dismissSetUp: () => dispatch({ type: "dismissSetUp" }),
    }),
    [enqueue, port, readAndCheck],
  );

  const { read } = actions;
  useEffect(() => {
    void read();
  }, [read]);

  return [state, actions];
}
