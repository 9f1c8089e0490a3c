import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { I18nextProvider } from "react-i18next";
import type { WorkbookPort } from "../excel/workbook-port";
import { AppHeader } from "./components/AppHeader";
import { CrashMessage } from "./components/CrashMessage";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Pane } from "./components/Pane";
import { createI18n, type Language } from "./i18n/i18n";
import { WorkbookProvider } from "./workbook-context";

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    display: "flex",
    flexDirection: "column",
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  crash: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  /** The workbook: Excel in the add-in, an in-memory workbook in tests and the preview. */
  port: WorkbookPort;
  /** The interface language to start in (Office's display language in Excel). */
  language: Language;
}

/** The KA2 Budget task pane. Mount inside a FluentProvider. */
export function App({ port, language: initialLanguage }: AppProps) {
  const styles = useStyles();
  // One i18next instance per pane, made once: switching language changes it in place.
  const i18n = useMemo(() => createI18n(initialLanguage), [initialLanguage]);
  const [language, setLanguage] = useState(initialLanguage);
  const changeLanguage = (next: Language) => {
    setLanguage(next);
    void i18n.changeLanguage(next);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <WorkbookProvider port={port}>
        <div className={styles.root} lang={language}>
          <AppHeader language={language} onLanguageChange={changeLanguage} />
          <ErrorBoundary
            fallback={(error, retry) => (
              <div className={styles.crash}>
                <CrashMessage error={error} onRetry={retry} />
              </div>
            )}
          >
            <Pane />
          </ErrorBoundary>
        </div>
      </WorkbookProvider>
    </I18nextProvider>
  );
}
