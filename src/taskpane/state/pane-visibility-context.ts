import { createContext, useContext } from "react";
import { alwaysVisible, type PaneVisibility } from "../../excel/pane-visibility";

/** Whether the pane is shown; always, unless the add-in's page provides Office's answer. */
export const PaneVisibilityContext = createContext<PaneVisibility>(alwaysVisible);

export function usePaneVisibility(): PaneVisibility {
  return useContext(PaneVisibilityContext);
}
