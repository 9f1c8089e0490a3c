import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../../domain/findings";
import type { ReadProgress, SetUpOptions, WorkbookPort } from "../../excel/workbook-port";
import { pendingCells } from "../../domain/pending-cells";
import type { RawWorkbook } from "../../domain/workbook";
import { checkWorkbook } from "./check-workbook";
import { initialPaneState, paneReducer, type PaneState } from "./pane-state";
import { usePaneVisibility } from "./pane-visibility-context";
import { whenCalculated } from "./when-calculated";

/** Looks again at a budget that still shows #BUSY! at most this many times in a row. */
const maxPendingRechecks = 10;

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
 *
 * The pane reads the workbook when it is shown (not while its page loads hidden), and reads
 * again, once Excel has finished calculating, a budget that showed #BUSY!.
 */
export function usePane(port: WorkbookPort): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const checkWaiting = useRef(false);
  const latest = useRef(state);
  latest.current = state;
  const visibility = usePaneVisibility();
  const pending = useRef({ rechecks: 0, cancel: () => undefined as void, unmounted: false });
  const again = useRef<(highlight: boolean) => void>(() => undefined);

  /** After a read that showed #BUSY!: the same read again once Excel is done calculating. */
  const recheckIfPending = useCallback(
    (workbook: RawWorkbook, highlight: boolean) => {
      const state = pending.current;
      state.cancel();
      if (pendingCells(workbook).size === 0 || state.rechecks >= maxPendingRechecks) {
        state.rechecks = 0;
        return;
      }
      state.rechecks++;
      const wait = whenCalculated(port);
      state.cancel = wait.cancel;
      void wait.done.then(() => {
        if (!state.unmounted) again.current(highlight);
      });
    },
    [port],
  );

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
      const onProgress = (progress: ReadProgress) => dispatch({ type: "progress", progress });
      if (!highlight) {
        const workbook = await port.readBudget(onProgress);
        const check = await checkWorkbook(workbook);
        dispatch({ type: "read", workbook, check, checked: false });
        recheckIfPending(workbook, false);
        return;
      }
      // One read and at most one write: the highlights are redrawn only where they changed.
      const { workbook, result, highlights } = await port.checkAndHighlight(
        (read) => checkWorkbook(read),
        onProgress,
      );
      dispatch({ type: "read", workbook, check: result, checked: true, highlights });
      recheckIfPending(workbook, true);
    },
    [port, recheckIfPending],
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
          dispatch({ type: "start", task: "select" });
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

  again.current = (highlight) => void (highlight ? actions.check() : actions.read());

  // Read when the pane is shown, and again each time it is shown after being hidden (the
  // workbook may have changed meanwhile); a checked pane checks again.
  useEffect(() => {
    const refresh = () => again.current(latest.current.checked);
    if (visibility.visible()) refresh();
    const stop = visibility.onChange((visible) => {
      if (visible) refresh();
    });
    const state = pending.current;
    state.unmounted = false;
    return () => {
      stop();
      state.unmounted = true;
      state.cancel();
    };
  }, [visibility, actions]);

  return [state, actions];
}
