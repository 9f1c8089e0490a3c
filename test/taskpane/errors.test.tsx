/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { formSheetHoldsTables } from "../../src/excel/form-sheet-plan";
import { toWorkbookError, WorkbookError } from "../../src/excel/workbook-error";
import { CrashMessage } from "../../src/taskpane/components/CrashMessage";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { createI18n } from "../../src/taskpane/i18n/i18n";
import { budgetWithTypo, renderPane } from "./render-pane";

const editing = () =>
  new WorkbookError(
    "edit-mode",
    "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    "InvalidOperationInCellEditMode",
  );

describe("errors from Excel", () => {
  it("are shown in words when reading fails as the pane opens, and Check tries again", async () => {
    const port = budgetWithTypo();
    port.failNextCall(editing());
    renderPane(port);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Excel could not do that");
    expect(alert.textContent).toContain("Excel is editing a cell. Press Enter or Esc");

    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("The budget has 1 error.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("are shown when a check fails, and can be dismissed", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    const check = await screen.findByRole("button", { name: "Check" });
    await screen.findByText(/Press Check/);
    port.failNextCall(new WorkbookError("protected", "The sheet is protected."));
    fireEvent.click(check);
    expect((await screen.findByRole("alert")).textContent).toContain("The sheet is protected.");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("are shown when selecting a finding's cell fails", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    const finding = await screen.findByRole("button", { name: /^\w+: Partners!C3 / });
    port.failNextCall(
      new WorkbookError(
        "not-found",
        "A table or sheet changed while the add-in was working with it.",
      ),
    );
    fireEvent.click(finding);
    expect((await screen.findByRole("alert")).textContent).toContain("A table or sheet changed");
  });

  it("are worded in Latvian when the adapter words them, Excel's own detail kept", async () => {
    const port = budgetWithTypo();
    port.failNextCall(toWorkbookError(new Error("Boom."), "read"));
    renderPane(port, "lv");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Budžeta tabulu nolasīšana neizdevās: Boom.");
    expect(alert.querySelector("[lang=en]")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Pārbaudīt" }));
    await screen.findByText("Budžetā ir 1 kļūda.");
    port.failNextCall(formSheetHoldsTables("Budget", ["Partners", "Meetings"]));
    fireEvent.click(screen.getByRole("button", { name: "Pārbaudīt" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Lapā “Budget” ir tabulas Partners, Meetings, tāpēc pievienojumprogramma to neaizstās.",
    );
  });

  it("keep an English-only message marked as English in a Latvian pane", async () => {
    const port = budgetWithTypo();
    port.failNextCall(new WorkbookError("protected", "The sheet is protected."));
    renderPane(port, "lv");
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("[lang=en]")?.textContent).toBe("The sheet is protected.");
  });

  it("that are not WorkbookErrors still get a sentence", async () => {
    const port = budgetWithTypo();
    jest.spyOn(port, "readBudget").mockRejectedValueOnce(new TypeError("x is undefined"));
    renderPane(port);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Something went wrong: x is undefined",
    );
  });
});

describe("a rendering bug", () => {
  it("shows a message and a retry instead of a blank pane", () => {
    let broken = true;
    function Fragile(): never | string {
      if (broken) throw new Error("cannot read 'rows'");
      return "recovered";
    }
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createI18n("en")}>
          <ErrorBoundary
            fallback={(error, retry) => <CrashMessage error={error} onRetry={retry} />}
          >
            <Fragile />
          </ErrorBoundary>
        </I18nextProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole("alert").textContent).toContain("The pane stopped working");
    expect(screen.getByText("cannot read 'rows'")).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole("button", { name: "Reload the pane" }));
    expect(screen.getByText("recovered")).toBeTruthy();
    quiet.mockRestore();
  });
});
