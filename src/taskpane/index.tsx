import "./zod-without-eval";
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/office-workbook";
import { officePaneVisibility } from "../excel/pane-visibility";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { pickLanguage } from "./i18n/i18n";
import { PaneVisibilityContext } from "./state/pane-visibility-context";
import { fluentThemes, paneThemeOf, type PaneTheme } from "./theme";

/** Office's theme now: dark in the Dark Gray and Black themes. */
function officePaneTheme(): PaneTheme {
  return paneThemeOf(Office.context?.officeTheme);
}

/**
 * Fluent's light or dark theme after Office's. Excel has no theme-changed event (Office
 * documents one for Outlook only), so the theme is read again whenever the pane regains focus
 * or becomes visible: a user who switches themes sees the pane follow on their next click.
 */
function OfficeThemed({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState(officePaneTheme);
  useEffect(() => {
    const follow = () => setTheme(officePaneTheme());
    window.addEventListener("focus", follow);
    document.addEventListener("visibilitychange", follow);
    return () => {
      window.removeEventListener("focus", follow);
      document.removeEventListener("visibilitychange", follow);
    };
  }, []);
  return (
    <FluentProvider theme={fluentThemes[theme]} style={{ minHeight: "100%" }}>
      {children}
    </FluentProvider>
  );
}

/*
 * The add-in's page. In the shared runtime this page also carries the custom functions and
 * the ribbon commands (their chunks load beside this one in taskpane.html), so nothing here
 * may assume the pane is visible: the pane reads the workbook when it is shown. It mounts once
 * Office is ready, in Office's display language and theme; opened in a plain browser (no host) it says
 * where it belongs instead.
 */
void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const language = pickLanguage(Office.context?.displayLanguage ?? navigator.language);
  createRoot(container).render(
    <OfficeThemed>
      {info.host === Office.HostType.Excel ? (
        <PaneVisibilityContext.Provider value={officePaneVisibility()}>
          <App port={new OfficeWorkbook()} language={language} />
        </PaneVisibilityContext.Provider>
      ) : (
        <NotInExcel language={language} />
      )}
    </OfficeThemed>,
  );
});
