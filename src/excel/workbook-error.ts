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

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
    /** Excel's error code (OfficeExtension.Error.code) when Excel raised it. */
    readonly code?: string,
    /** The error Excel threw, for logs and debugging (not `cause`: that needs ES2022 lib). */
    readonly officeError?: unknown,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
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
 * done ("Reading the budget tables") for errors without a sentence of their own.
 */
export function toWorkbookError(error: unknown, action: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  const known = code ? byCode[code] : undefined;
  if (known) return new WorkbookError(known.kind, known.message, code, error);
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError(
    "excel",
    `${action} failed: ${detail || "Excel gave no reason"}.`.replace(/\.\.$/, "."),
    code,
    error,
  );
}
