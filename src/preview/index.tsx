import "../taskpane/zod-without-eval";
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { previewExamples } from "./examples";
import { fluentThemes, paneThemeFromQuery } from "../taskpane/theme";
import { PreviewPage } from "./PreviewPage";

/*
 * The browser preview's page: no office.js, no Excel; the pane runs on PreviewWorkbook.
 * `?theme=dark` shows the pane as in Excel's Dark Gray and Black themes.
 */
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={fluentThemes[paneThemeFromQuery(window.location.search) ?? "light"]}>
      <PreviewPage examples={previewExamples()} />
    </FluentProvider>,
  );
}
