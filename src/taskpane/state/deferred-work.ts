/*
 * Work the pane puts off so that what the user asked for is painted first. Each returns the
 * way to cancel, for an effect's clean-up.
 */

/** Runs `work` once the browser has painted the next frame. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame's callbacks run before it is painted; a task queued from one runs after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Runs `work` once the page has nothing else to do (requestIdleCallback, at most 2 s away).
 * Where the browser lacks requestIdleCallback (Safari, so Excel on Mac) it never runs: use it
 * only for work that merely saves time later.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback !== "function") return () => undefined;
  const id = requestIdleCallback(() => work(), { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
