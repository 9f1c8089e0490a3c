import { useEffect, useRef } from "react";
import type { WorkbookPort } from "../../excel/workbook-port";

/** How long the workbook must be quiet after a change before the pane checks again. */
export const liveCheckDelayMs = 800;

/**
 * While `enabled`, calls `onQuiet` once the workbook's tables have stopped changing for
 * `delayMs`. Change events are only hints (Excel may send them late, in bursts or not at all),
 * so `onQuiet` should re-read the workbook rather than trust the event. Failures to listen go
 * to `onError`.
 */
export function useLiveCheck(
  port: WorkbookPort,
  enabled: boolean,
  onQuiet: () => void,
  onError: (error: unknown) => void,
  delayMs = liveCheckDelayMs,
): void {
  const callbacks = useRef({ onQuiet, onError });
  callbacks.current = { onQuiet, onError };

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let ended = false;
    port
      .onTablesChanged(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          if (!ended) callbacks.current.onQuiet();
        }, delayMs);
      })
      .then(
        (unsubscribe) => {
          if (ended) void unsubscribe().catch(() => undefined);
          else stop = unsubscribe;
        },
        (error: unknown) => {
          if (!ended) callbacks.current.onError(error);
        },
      );
    return () => {
      ended = true;
      if (timer !== undefined) clearTimeout(timer);
      // Stopping can fail when Excel is gone (pane closing); there is nothing left to tell.
      void stop?.().catch(() => undefined);
    };
  }, [port, enabled, delayMs]);
}
