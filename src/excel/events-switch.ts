import type { ExcelContext } from "./excel-api";

/**
 * Syncs a batch written with events switched off. If the sync fails, Excel has run the
 * operations before the failing one, so events may still be off for the add-in: switch them
 * back on before the error goes up, or check-as-I-type would stop hearing the user's edits.
 */
export async function syncWithEventsOff(
  context: ExcelContext,
  eventsWereOff: boolean,
): Promise<void> {
  if (eventsWereOff) context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch (error) {
    if (eventsWereOff) {
      context.runtime.enableEvents = true;
      try {
        await context.sync();
      } catch {
        // The write's own error is the one the user needs to read; this one most likely has
        // the same cause (Excel busy or the connection gone).
      }
    }
    throw error;
  }
}
