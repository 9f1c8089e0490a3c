/**
 * What went wrong talking to the workbook, in words a finance officer can act on. The adapter
 * never swallows an error: it throws one of these, and the task pane shows `message`.
 */
export type WorkbookErrorKind =
  /** This Excel lacks an API the action needs (e.g. an old perpetual-licence Excel). */
  | "unsupported"
  /** Excel is editing a cell and refuses API calls until the edit ends. */
  | "edit-mode"
  /** The sheet or workbook is protected or read-only. */
  | "protected"
  /** A table, sheet or cell the action needed is gone (deleted or renamed meanwhile). */
  | "not-found"
  /** The request was larger than Excel accepts in one go. */
  | "too-large"
  /** Excel was busy or the connection to Excel on the web dropped; trying again may work. */
  | "busy"
  /** The caller passed something the action cannot use (e.g. set-up options). */
  | "invalid-input"
  /** Any other error Excel reported. */
  | "excel";

/** What the add-in was doing when Excel failed, named in each language by the pane. */
export type WorkbookAction =
  | "read"
  | "check"
  | "highlight"
  | "clear"
  | "select"
  | "set-up"
  | "write-sheet"
  | "add-rate"
  | "listen-calculated"
  | "stop-calculated"
  | "listen-changes"
  | "stop-changes";

const actionNames: Record<WorkbookAction, string> = {
  read: "Reading the budget tables",
  check: "Checking the budget",
  highlight: "Highlighting the findings",
  clear: "Clearing the highlights",
  select: "Selecting the finding's cells",
  "set-up": "Setting up the budget workbook",
  "write-sheet": "Writing the sheet",
  "add-rate": "Adding a row to the Rates table",
  "listen-calculated": "Listening for calculations",
  "stop-calculated": "Stopping calculation notifications",
  "listen-changes": "Listening for table changes",
  "stop-changes": "Stopping table change notifications",
};

/**
 * An error the adapter words itself, as data the pane renders in its language (its keys are
 * under `errors.adapter` in the pane's catalogues); `message` keeps the English for logs and
 * for faces without a catalogue.
 */
export type WorkbookErrorText =
  | { key: "failed"; params: { action: WorkbookAction; detail: string } }
  | { key: "sheetHoldsTables"; params: { sheet: string; tables: string; count: number } }
  | { key: "noTable"; params: { table: string } }
  | { key: "wholeBudget"; params: Record<string, never> }
  | { key: "noValues"; params: { table: string } };

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
    /** Excel's error code (OfficeExtension.Error.code) when Excel raised it. */
    readonly code?: string,
    /** The error Excel threw, for logs and debugging (not `cause`: that needs ES2022 lib). */
    readonly officeError?: unknown,
    /** The message as data, for the pane to word in its language. */
    readonly text?: WorkbookErrorText,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** A finding with no cell to select: its table is gone, or it is about the whole budget. */
export function findingNotInSheet(table: string | undefined): WorkbookError {
  return table
    ? new WorkbookError(
        "not-found",
        `The workbook has no ${table} table to go to.`,
        undefined,
        undefined,
        { key: "noTable", params: { table } },
      )
    : new WorkbookError(
        "not-found",
        "This finding is about the whole budget, not a cell.",
        undefined,
        undefined,
        { key: "wholeBudget", params: {} },
      );
}

const byCode: Record<string, { kind: WorkbookErrorKind; message: string }> = {
  InvalidOperationInCellEditMode: {
    kind: "edit-mode",
    message: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
  },
  AccessDenied: {
    kind: "protected",
    message:
      "Excel refused the change: the sheet or workbook is protected or opened read-only. Unprotect it or open an editable copy, then try again.",
  },
  ItemNotFound: {
    kind: "not-found",
    message:
      "A table or sheet changed while the add-in was working with it. Check the workbook again.",
  },
  RequestPayloadSizeLimitExceeded: {
    kind: "too-large",
    message: "The workbook is too large to read in one request to Excel on the web.",
  },
  ResponsePayloadSizeLimitExceeded: {
    kind: "too-large",
    message: "The workbook is too large to read in one request to Excel on the web.",
  },
  ApiNotFound: {
    kind: "unsupported",
    message: "This version of Excel lacks a feature the add-in needs. Update Office and try again.",
  },
  UnsupportedOperation: {
    kind: "unsupported",
    message: "This version of Excel does not support that action.",
  },
  ActivityLimitReached: {
    kind: "busy",
    message: "Excel is busy. Wait a moment and try again.",
  },
  RequestAborted: {
    kind: "busy",
    message: "The request to Excel was interrupted. Try again.",
  },
  ServiceNotAvailable: {
    kind: "busy",
    message: "Excel did not answer. Wait a moment and try again.",
  },
  Conflict: {
    kind: "busy",
    message: "Someone else changed the workbook at the same time. Try again.",
  },
};

function officeCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns whatever an Excel batch threw into a WorkbookError: Office's error codes get a
 * sentence each; anything else keeps Excel's own message. `action` names what was being
 * done (read: "Reading the budget tables") for errors without a sentence of their own.
 */
export function toWorkbookError(error: unknown, action: WorkbookAction): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  const known = code ? byCode[code] : undefined;
  if (known) return new WorkbookError(known.kind, known.message, code, error);
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
  return new WorkbookError(
    "excel",
    `${actionNames[action]} failed: ${detail || "Excel gave no reason"}.`,
    code,
    error,
    { key: "failed", params: { action, detail } },
  );
}
