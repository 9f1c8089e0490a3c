import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import type { WorkbookPort } from "../../src/excel/workbook-port";
import { App } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/i18n/i18n";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

/** The pane as the add-in mounts it, over `port`. */
export function renderPane(port: WorkbookPort, language: Language = "en"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} language={language} />
    </FluentProvider>,
  );
}

/**
 * The clean 24-month Strategic Partnership of the test support (total 48,890 EUR) with one
 * typo a user might make: Partners row 2's country spelt "Spainn" (Partners!C3).
 */
export function budgetWithTypo(): InMemoryWorkbook {
  const port = new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership()));
  port.setCell("Partners", 2, "Country", "Spainn");
  return port;
}

export function cleanBudget(): InMemoryWorkbook {
  return new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership()));
}
