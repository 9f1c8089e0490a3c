/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder } from "util";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { budgetWithTypo, cleanBudget, renderPane } from "./render-pane";

/** Opens the Export tab of a checked pane. */
async function exportTab(port: InMemoryWorkbook): Promise<void> {
  renderPane(port);
  fireEvent.click(await screen.findByRole("button", { name: "Check" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Export" }));
}

/** What a Blob holds (jsdom's Blob has no text() or arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function textOf(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await bytesOf(blob));
}

/**
 * Picks an item of the export menu. Each control is waited for: while a dialog opens or fades
 * out, Fluent hides the rest of the pane (and the dialog's own buttons) from assistive technology.
 */
async function choose(item: string): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: "Export for the application form" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: item }));
}

describe("Export for the application form", () => {
  const saved: { name: string; blob: Blob }[] = [];
  beforeEach(() => {
    saved.length = 0;
    // jsdom has neither object URLs nor downloads: record what the link would save.
    let blob: Blob | undefined;
    URL.createObjectURL = jest.fn((object: Blob) => {
      blob = object;
      return "blob:ka2";
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (blob) saved.push({ name: this.download, blob });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("downloads the form as CSV, with a byte-order mark for Excel", async () => {
    await exportTab(cleanBudget());
    await choose("Download CSV");
    expect(
      await screen.findByText(/digital-skills-for-rural-schools-form\.csv is ready/),
    ).toBeTruthy();
    expect(saved.map((file) => file.name)).toEqual(["digital-skills-for-rural-schools-form.csv"]);
    const bytes = await bytesOf(saved[0]!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await textOf(saved[0]!.blob);
    expect(text).toContain("Digital skills for rural schools");
    expect(text).toContain("48890.00");
  });

  it("separates the CSV by the chosen separator: comma in English unless semicolon is picked", async () => {
    await exportTab(cleanBudget());
    const separator = await screen.findByRole("radiogroup", { name: "CSV field separator" });
    expect(within(separator).getByRole("radio", { name: "Comma (,)" })).toHaveProperty(
      "checked",
      true,
    );
    fireEvent.click(within(separator).getByRole("radio", { name: /^Semicolon/ }));
    await choose("Download CSV");
    await screen.findByText(/-form\.csv is ready/);
    const text = await textOf(saved[0]!.blob);
    expect(text).toContain("Total grant;48890.00");
    expect(text).not.toContain("Total grant,48890.00");
  });

  it("downloads the form as JSON", async () => {
    await exportTab(cleanBudget());
    await choose("Download JSON");
    await screen.findByText(/-form\.json is ready/);
    const form = JSON.parse(await textOf(saved[0]!.blob)) as { total: { granted: number } };
    expect(form.total.granted).toBe(48890);
  });

  it("says plainly that the budget breaks rules, and exports anyway", async () => {
    await exportTab(budgetWithTypo());
    expect(
      screen.getByText("The budget has 1 error. The export still works, and lists it."),
    ).toBeTruthy();
    await choose("Download CSV");
    await screen.findByText(/-form\.csv is ready/);
    expect(await textOf(saved[0]!.blob)).toContain("The budget breaks 1 rule:");
  });

  it("writes the Form summary sheet, and asks before replacing it", async () => {
    const port = cleanBudget();
    const write = jest.spyOn(port, "writeFormSheet");
    await exportTab(port);
    await choose("Write the Form summary sheet");
    expect(await screen.findByText('The sheet "Form summary" is written.')).toBeTruthy();
    expect(port.formSheet?.name).toBe("Form summary");

    // A second export finds the sheet: nothing is replaced until the user says so.
    await choose("Write the Form summary sheet");
    const dialog = await screen.findByRole("alertdialog", {
      name: 'Replace the "Form summary" sheet?',
    });
    expect(write.mock.calls.map((call) => call[1])).toEqual([
      { replace: false },
      { replace: false },
    ]);
    // Keep comes first: the dialog opens on the safe choice (focus itself is checked in
    // test/e2e/pane-access.test.ts; jsdom has no layout, and tabster marks the dialog hidden).
    const buttons = within(dialog).getAllByRole("button", { hidden: true });
    expect(buttons.map((button) => button.textContent)).toEqual(["Keep it", "Replace"]);
    fireEvent.click(buttons[0]!);
    // The dialog fades out before it leaves the page.
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(write).toHaveBeenCalledTimes(2);

    await choose("Write the Form summary sheet");
    fireEvent.click(await screen.findByRole("button", { name: "Replace", hidden: true }));
    expect(await screen.findByText('The sheet "Form summary" is written.')).toBeTruthy();
    expect(write.mock.calls.map((call) => call[1])).toEqual([
      { replace: false },
      { replace: false },
      { replace: false },
      { replace: true },
    ]);
  });

  it("copies the form to the clipboard, tab-separated so it pastes into cells", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await exportTab(cleanBudget());
    await choose("Copy to the clipboard");
    expect(await screen.findByText(/The numbers are on the clipboard/)).toBeTruthy();
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied.split("\r\n")[0]).toBe("Digital skills for rural schools");
    expect(copied).toContain("Total grant\t48890.00");
  });

  it("says so when the web view refuses the clipboard", async () => {
    const writeText = jest.fn(() => Promise.reject(new Error("NotAllowedError")));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    // jsdom has no copy command either.
    await exportTab(cleanBudget());
    await choose("Copy to the clipboard");
    expect(await screen.findByText(/did not let the add-in use the clipboard/)).toBeTruthy();
  });

  it("writes the CSV into a new sheet, one value per cell, and asks before replacing it", async () => {
    const port = cleanBudget();
    await exportTab(port);
    await choose("Write the CSV into a new sheet");
    expect(await screen.findByText('The sheet "Form CSV" is written.')).toBeTruthy();
    const sheet = port.formSheet;
    expect(sheet?.name).toBe("Form CSV");
    expect(sheet?.charts).toEqual([]);
    expect(sheet?.rows[0]?.[0]?.value).toBe("Digital skills for rural schools");
    expect(sheet?.rows.find((row) => row[0]?.value === "Total grant")?.[1]?.value).toBe(48890);

    await choose("Write the CSV into a new sheet");
    const dialog = await screen.findByRole("alertdialog", {
      name: 'Replace the "Form CSV" sheet?',
    });
    // In jsdom the closing menu's focus trap leaves the dialog marked aria-hidden for a while.
    fireEvent.click(within(dialog).getByRole("button", { name: "Replace", hidden: true }));
    expect(await screen.findByText('The sheet "Form CSV" is written.')).toBeTruthy();
  });

  it("offers no download where the web view cannot save one (Excel on Mac)", async () => {
    const port = new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership()), {
      capabilities: { downloads: false },
    });
    await exportTab(port);
    expect(screen.getByText(/This Excel cannot save files from an add-in/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Export for the application form" }));
    const items = await screen.findAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Copy to the clipboard",
      "Write the CSV into a new sheet",
      "Write the Form summary sheet",
    ]);
  });
});
