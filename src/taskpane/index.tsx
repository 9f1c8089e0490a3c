import "./zod-without-eval";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/office-workbook";
import { officePaneVisibility } from "../excel/pane-visibility";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { pickLanguage } from "./i18n/i18n";
import { PaneVisibilityContext } from "./state/pane-visibility-context";

/*
 * The add-in's page. In the shared runtime this page also carries the custom functions and
 * the ribbon commands (their chunks load beside this one in taskpane.html), so nothing here
 * may assume the pane is visible: the pane reads the workbook when it is shown. It mounts once
 * Office is ready, in Office's display language; opened in a plain browser (no host) it says
 * where it belongs instead.
 */
void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = pickLanguage(Office.context?.displayLanguage ?? navigator.language);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {info.host === Office.HostType.Excel ? (
        <PaneVisibilityContext.Provider value={officePaneVisibility()}>
          <App port={new OfficeWorkbook()} language={language} />
        </PaneVisibilityContext.Provider>
      ) : (
        <NotInExcel language={language} />
      )}
    </FluentProvider>,
  );
});
