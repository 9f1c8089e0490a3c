/**
 * Whether the task pane is shown. In a shared runtime the pane's page also carries the custom
 * functions, so it loads with the workbook even while the pane is closed; reading the budget
 * then is wasted (and used to fail while the user was editing a cell). The pane reads when it
 * is shown instead.
 */
export interface PaneVisibility {
  visible(): boolean;
  /** Calls `listener` when the pane is shown or hidden; returns the function that stops it. */
  onChange(listener: (visible: boolean) => void): () => void;
}

/** A pane that is always shown: the browser preview and tests. */
export const alwaysVisible: PaneVisibility = {
  visible: () => true,
  onChange: () => () => undefined,
};

/**
 * The pane's visibility in Office: Office.addin.onVisibilityModeChanged (SharedRuntime 1.1)
 * says when the pane is shown or hidden; until it says anything, the page's own visibility
 * (document.visibilityState) is the best guess there is, since Office gives no way to ask.
 */
export function officePaneVisibility(): PaneVisibility {
  let visible = document.visibilityState !== "hidden";
  const listeners = new Set<(visible: boolean) => void>();
  const set = (next: boolean) => {
    if (next === visible) return;
    visible = next;
    for (const listener of [...listeners]) listener(next);
  };
  document.addEventListener("visibilitychange", () => set(document.visibilityState !== "hidden"));
  try {
    void Office.addin
      .onVisibilityModeChanged((args) =>
        set(args.visibilityMode === Office.VisibilityMode.taskpane),
      )
      .catch(() => undefined);
  } catch {
    // Without a shared runtime there is no Office.addin: the page's visibility is all there is.
  }
  return {
    visible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
