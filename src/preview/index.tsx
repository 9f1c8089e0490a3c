import "../taskpane/zod-without-eval";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { previewExamples } from "./examples";
import { PreviewPage } from "./PreviewPage";

/* The browser preview's page: no office.js, no Excel; the pane runs on PreviewWorkbook. */
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage examples={previewExamples()} />
    </FluentProvider>,
  );
}
