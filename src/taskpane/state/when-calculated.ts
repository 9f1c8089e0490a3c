import type { WorkbookPort } from "../../excel/workbook-port";

/** How long the pane waits for Excel to say it has finished calculating before it looks again. */
export const pendingRecheckMs = 2000;

/**
 * Resolves when Excel has finished calculating (port.onCalculated) or after `fallbackMs`,
 * whichever comes first; `cancel` stops waiting (it then never resolves).
 */
export function whenCalculated(
  port: WorkbookPort,
  fallbackMs = pendingRecheckMs,
): { done: Promise<void>; cancel: () => void } {
  let finish: () => void = () => undefined;
  let ended = false;
  let stop: (() => Promise<void>) | undefined;
  const timer = setTimeout(() => finish(), fallbackMs);
  const end = () => {
    ended = true;
    clearTimeout(timer);
    // Stopping can fail when Excel is gone (pane closing); there is nothing left to tell.
    void stop?.().catch(() => undefined);
  };
  const done = new Promise<void>((resolve) => {
    finish = () => {
      if (ended) return;
      end();
      resolve();
    };
  });
  port
    .onCalculated(() => finish())
    .then(
      (unsubscribe) => {
        if (ended) void unsubscribe().catch(() => undefined);
        else stop = unsubscribe;
      },
      // No calculation events in this Excel: the timer alone decides.
      () => undefined,
    );
  return { done, cancel: end };
}
