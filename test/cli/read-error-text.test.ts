import {
  readErrorMessage,
  readErrorText,
  type ReadErrorKey,
  type ReadErrorMessages,
  type ReadErrorText,
} from "../../src/cli/read-error-text";
import { formatBytesIn } from "../../src/messages/messages";

const reason = readErrorText("zip/expands", { expanded: 4 * 1024 ** 3, from: 3_000_000 });

/** One example of every read error, typed by key: a key without an example does not compile. */
const examples: { [K in ReadErrorKey]: ReadErrorMessages[K] } = {
  "read/not-found": { file: "budget.xlsx" },
  "read/folder": { file: "budget.xlsx" },
  "read/permission": { file: "budget.xlsx" },
  "read/link-loop": { file: "budget.xlsx" },
  "read/cannot-open": { file: "budget.xlsx", code: "EIO" },
  "read/not-regular": { file: "/dev/zero" },
  "read/file-too-large": { file: "big.xlsx", limit: 100 * 1024 ** 2 },
  "read/changed": { file: "budget.xlsx" },
  "read/empty": { file: "budget.xlsx" },
  "read/ole": { file: "budget.xls" },
  "read/not-zip": { file: "budget.csv" },
  "read/corrupted": { file: "budget.xlsx" },
  "read/no-worksheets": { file: "budget.xlsx" },
  "read/table-too-large": { name: "Meetings", sheet: "Budget", cells: 50_000_000 },
  "read/zip": { file: "bomb.xlsx", reason },
  "zip/damaged": {},
  "zip/too-many-parts": { count: 70_000 },
  "zip/encrypted": { part: "xl/workbook.xml" },
  "zip/compression": { part: "xl/workbook.xml" },
  "zip/part-damaged": { part: "xl/worksheets/sheet1.xml" },
  "zip/expands": { expanded: 300 * 1024 ** 2, from: 4096 },
  "zip/sheets-too-large": { expanded: 60 * 1024 ** 2, limit: 48 * 1024 ** 2 },
  "zip/no-shared-strings": {},
  "zip/ods": {},
  "zip/opendocument": {},
  "zip/word": {},
  "zip/powerpoint": {},
  "zip/xlsb": {},
  "zip/no-workbook": {},
  "zip/part-names": { part: "xl/worksheets/data.xml" },
};

describe("the command's read errors", () => {
  it("render every message in English and Latvian with every value filled in", () => {
    for (const [key, params] of Object.entries(examples)) {
      const text = { key, params } as ReadErrorText;
      const english = readErrorMessage(text, "en");
      const latvian = readErrorMessage(text, "lv");
      for (const rendered of [english, latvian]) {
        expect([key, /{{|}}|undefined|null|NaN|\[object|^(read|zip)\//.test(rendered)]).toEqual([
          key,
          false,
        ]);
      }
      expect([key, latvian === english]).toEqual([key, false]);
    }
  });

  it("give a zip's reason in the same language as the sentence around it", () => {
    const text = readErrorText("read/zip", { file: "bomb.xlsx", reason });
    expect(readErrorMessage(text, "en")).toBe(
      "bomb.xlsx: this file expands to 4.0 GB (from 3 MB); it is not a budget workbook.",
    );
    expect(readErrorMessage(text, "lv")).toBe(
      "bomb.xlsx: šis fails izvēršas līdz 4,0 GB (no 3 MB); tā nav budžeta darbgrāmata.",
    );
  });

  it("write sizes as a person would: 4.0 GB, 300 MB, 12 KB, 800 B", () => {
    expect(formatBytesIn("en", 4 * 1024 ** 3)).toBe("4.0 GB");
    expect(formatBytesIn("lv", 4.5 * 1024 ** 3)).toBe("4,5 GB");
    expect(formatBytesIn("en", 12 * 1024 ** 3)).toBe("12 GB");
    expect(formatBytesIn("en", 300 * 1024 ** 2)).toBe("300 MB");
    expect(formatBytesIn("en", 12 * 1024 + 100)).toBe("12 KB");
    expect(formatBytesIn("en", 800)).toBe("800 B");
  });
});
