import type { BudgetCheck } from "../../domain/budget-check";
import type { RawWorkbook } from "../../domain/workbook";
import type { HighlightSummary, ReadProgress, SetUpResult } from "../../excel/workbook-port";

/** What the pane is doing with the workbook right now. */
export type Task = "read" | "check" | "clear" | "setUp";

/** Everything the pane knows about the workbook, as one value (reduced by `paneReducer`). */
export interface PaneState {
  task?: Task;
  progress?: ReadProgress;
  /** The tables as last read, which `check` was computed from and selections point into. */
  workbook?: RawWorkbook;
  check?: BudgetCheck;
  /** True once Check ran on `check`: its findings are shown and highlighted. */
  checked: boolean;
  /** What the last Check highlighted; undefined when highlights are cleared or unsupported. */
  highlights?: HighlightSummary;
  cleared: boolean;
  /** Index in `check.findings` of the finding whose cell was selected last. */
  selected?: number;
  setUp?: SetUpResult;
  /** What went wrong last (a WorkbookError, or anything else thrown), shown until dismissed. */
  error?: unknown;
}

export type PaneAction =
  | { type: "start"; task: Task }
  | { type: "progress"; progress: ReadProgress }
  | {
      type: "read";
      workbook: RawWorkbook;
      check: BudgetCheck;
      checked: boolean;
      highlights?: HighlightSummary;
    }
  | { type: "cleared" }
  | { type: "selected"; index: number }
  | { type: "setUp"; result: SetUpResult }
  | { type: "failed"; error: unknown }
  | { type: "dismissError" }
  | { type: "dismissSetUp" };

export const initialPaneState: PaneState = { checked: false, cleared: false };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "start":
      return { ...state, task: action.task, progress: undefined, error: undefined };
    case "progress":
      return { ...state, progress: action.progress };
    case "read":
      return {
        ...state,
        task: undefined,
        progress: undefined,
        workbook: action.workbook,
        check: action.check,
        // A re-read keeps a checked pane checked: the findings shown are the new ones.
        checked: action.checked || state.checked,
        highlights: action.checked ? action.highlights : state.highlights,
        cleared: action.checked ? false : state.cleared,
        selected: undefined,
      };
    case "cleared":
      return { ...state, task: undefined, highlights: undefined, cleared: true };
    case "selected":
      return { ...state, task: undefined, selected: action.index, error: undefined };
    case "setUp":
      return { ...state, task: undefined, setUp: action.result };
    case "failed":
      return { ...state, task: undefined, progress: undefined, error: action.error };
    case "dismissError":
      return { ...state, error: undefined };
    case "dismissSetUp":
      return { ...state, setUp: undefined };
  }
}

/** True when the workbook has none of the budget tables: the pane offers to set them up. */
export function isEmptyWorkbook(state: PaneState): boolean {
  return state.workbook !== undefined && state.workbook.tables.length === 0;
}
