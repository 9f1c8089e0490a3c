/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { loadGazetteer as loadGazetteerFile } from "../../src/cli/gazetteer-file";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { loadGazetteer } from "../../src/gazetteer/load-gazetteer";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { renderPane } from "./render-pane";

// In the add-in the places list is a webpack chunk; here the same list is read from disk.
jest.mock("../../src/gazetteer/load-gazetteer", () => ({
  loadGazetteer: jest.fn(() => Promise.resolve(loadGazetteerFile())),
}));

function budgetWithPlaces(from: string, to: string): InMemoryWorkbook {
  const data = cleanStrategicPartnership();
  const meetings = data.Meetings!;
  meetings.headers = [...meetings.headers, "From", "To"];
  meetings.rows = meetings.rows.map((row, index) =>
    index === 0
      ? [row[0]!, row[1]!, row[2]!, row[3]!, null, row[5]!, from, to]
      : [...row, null, null],
  );
  return new InMemoryWorkbook(rawWorkbook(data));
}

describe("lines with From and To instead of a distance", () => {
  beforeEach(() => (loadGazetteer as jest.Mock).mockClear());

  it("load the places list and are checked with it", async () => {
    renderPane(budgetWithPlaces("Valencia, ES", "Riga, LV"));
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    // Valencia to Riga is in the 2,000 km and more band, as the stored amount says.
    expect(await screen.findByText("No rule errors.")).toBeTruthy();
    expect(loadGazetteer).toHaveBeenCalled(); // on opening and on Check; the loader caches it
  });

  it("report a place the list does not know", async () => {
    renderPane(budgetWithPlaces("Xyzzyville", "Riga, LV"));
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect(await screen.findByText("distance.unknown-place")).toBeTruthy();
  });

  it("are the only reason to load it", async () => {
    renderPane(new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership())));
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText("No rule errors.");
    expect(loadGazetteer).not.toHaveBeenCalled();
  });

  it("are still checked when the places list cannot be downloaded", async () => {
    const loader = loadGazetteer as jest.Mock;
    loader.mockImplementation(() => Promise.reject(new Error("ChunkLoadError")));
    try {
      renderPane(budgetWithPlaces("Valencia, ES", "Riga, LV"));
      fireEvent.click(await screen.findByRole("button", { name: "Check" }));
      // The line that needs the list says so; the pane does not fall over.
      expect(await screen.findByText("distance.unknown-place")).toBeTruthy();
      expect(screen.queryByText(/Something went wrong/)).toBeNull();
    } finally {
      loader.mockImplementation(() => Promise.resolve(loadGazetteerFile()));
    }
  });
});
