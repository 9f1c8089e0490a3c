import { SheetCellReader, type SheetContext } from "../../src/cli/sheet-cells";
import { xmlPieces } from "../../src/cli/xml-pieces";

/**
 * The streamed sheet text: however the inflated bytes are cut into chunks — inside a tag, an
 * entity or a UTF-8 character — the pieces join to the same text, each ends after a row, and
 * the sheet reader keeps the same cells.
 */

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function piecesOf(bytes: Buffer, size: number, marker = "</row>"): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of xmlPieces(chunksOf(bytes, size), marker)) pieces.push(piece);
  return pieces;
}

const sheet =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="2"><c r="A2" t="str"><f>X</f><v>Gr&#252;n &lt;&#x20AC;&gt; \u00e9\u20ac\ud834\udd1e</v></c>' +
  '<c r="B2" s="1"><v>12.5</v></c></row>' +
  '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c></row>' +
  '</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
const bytes = Buffer.from(sheet, "utf8");

describe("xmlPieces", () => {
  test.each([1, 2, 3, 4, 5, 7, 11, 64, 65_536])(
    "chunks of %i bytes: the same text, in pieces that end after a row",
    async (size) => {
      const pieces = await piecesOf(bytes, size);
      expect(pieces.join("")).toBe(sheet);
      for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("</row>")).toBe(true);
      // The text after the last row comes last and whole.
      expect(pieces.at(-1)).toBe(sheet.slice(sheet.lastIndexOf("</row>") + "</row>".length));
    },
  );

  test("a chunk that cuts a 4-byte character is decoded with its other half", async () => {
    const text = "<si><t>\ud834\udd1e</t></si><si><t>\u20ac</t></si>";
    // Byte 9 lies inside the 4-byte character (the text starts with 7 ASCII bytes).
    expect(await piecesOf(Buffer.from(text, "utf8"), 9, "</si>")).toEqual([
      "<si><t>\ud834\udd1e</t></si>",
      "<si><t>\u20ac</t></si>",
    ]);
  });

  test("text without the marker comes as one piece, however many chunks", async () => {
    const text = "<a>" + "x".repeat(10_000) + "</a>";
    expect(await piecesOf(Buffer.from(text, "utf8"), 100)).toEqual([text]);
  });

  test("an empty part gives no piece", async () => {
    expect(await piecesOf(Buffer.alloc(0), 4)).toEqual([]);
  });
});

describe("SheetCellReader over streamed pieces", () => {
  const context = (): SheetContext => ({
    sharedStrings: ["ID", "Name"],
    isDateStyle: () => false,
    sharedFormulas: new Set(),
  });

  async function cellsWithChunks(size: number) {
    const reader = new SheetCellReader([{ top: 1, left: 1, bottom: 3, right: 2 }], context());
    for await (const piece of xmlPieces(chunksOf(bytes, size), "</row>")) reader.read(piece);
    return reader.cells();
  }

  test.each([1, 3, 5, 13, 65_536])("chunks of %i bytes give the same cells", async (size) => {
    expect(await cellsWithChunks(size)).toEqual({
      rowCount: 3,
      grids: [
        [
          ["ID", "Name"],
          ["Gr\u00fcn <\u20ac> \u00e9\u20ac\ud834\udd1e", 12.5],
          [true, { error: "#N/A" }],
        ],
      ],
    });
  });
});
