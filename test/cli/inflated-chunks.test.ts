import { randomBytes } from "node:crypto";
import {
  inflatedChunks,
  inflateEntry,
  storedZip,
  zipEntries,
  ZipArchiveError,
} from "../../src/cli/zip-archive";
import { zipDeclaring } from "./hostile-files";

/**
 * A part inflated in chunks: the same bytes as inflating it whole, never a chunk larger than
 * asked, and the same refusals — a part that inflates past its declared size (a zip bomb
 * hidden behind a small declared size) stops there, as does a damaged one.
 */

async function chunksOf(zip: Buffer, name: string, chunkBytes: number): Promise<Buffer[]> {
  const entry = zipEntries(zip).find((candidate) => candidate.name === name)!;
  const chunks: Buffer[] = [];
  for await (const chunk of inflatedChunks(zip, entry, chunkBytes)) chunks.push(chunk);
  return chunks;
}

const text = Buffer.from("<row>€ and 𝄞</row>".repeat(20_000), "utf8");

describe("inflatedChunks", () => {
  test("a deflated part comes in chunks of at most the size asked, the same bytes in all", async () => {
    const zip = zipDeclaring([{ name: "a.xml", data: text }], "", 0);
    const chunks = await chunksOf(zip, "a.xml", 4096);
    expect(chunks.length).toBeGreaterThan(100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(4096);
    expect(Buffer.concat(chunks).equals(text)).toBe(true);
    expect(Buffer.concat(chunks).equals(inflateEntry(zip, zipEntries(zip)[0]!))).toBe(true);
  });

  test("a stored part comes in chunks too", async () => {
    const zip = storedZip([{ name: "a.xml", data: text }]);
    const chunks = await chunksOf(zip, "a.xml", 10_000);
    expect(chunks.map((chunk) => chunk.length).slice(0, 2)).toEqual([10_000, 10_000]);
    expect(Buffer.concat(chunks).equals(text)).toBe(true);
  });

  test("a part that inflates past its declared size is refused once past it", async () => {
    // 5 MB of spaces deflate to about 5 KB; the directory says 100 bytes.
    const bomb = { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(5 * 1024 * 1024, 32) };
    const zip = zipDeclaring([bomb], bomb.name, 100);
    const entry = zipEntries(zip)[0]!;
    let inflated = 0;
    const read = async () => {
      for await (const chunk of inflatedChunks(zip, entry, 64 * 1024)) inflated += chunk.length;
    };
    await expect(read()).rejects.toThrow(ZipArchiveError);
    await expect(read()).rejects.toThrow(/sheet1\.xml is damaged or larger than .* declares/);
    expect(inflated).toBe(0);
  });

  test("a part larger than declared gives no more than the declared bytes", async () => {
    const zip = zipDeclaring([{ name: "a.xml", data: text }], "a.xml", 10_000);
    const entry = zipEntries(zip)[0]!;
    let inflated = 0;
    const read = async () => {
      for await (const chunk of inflatedChunks(zip, entry, 4096)) inflated += chunk.length;
    };
    await expect(read()).rejects.toThrow(/a\.xml is damaged/);
    expect(inflated).toBeLessThanOrEqual(10_000);
  });

  test("damaged deflate data is refused as a damaged part", async () => {
    const zip = zipDeclaring([{ name: "a.xml", data: randomBytes(1000) }], "", 0);
    const entry = zipEntries(zip)[0]!;
    // Bytes of all ones begin a deflate block of the type the format reserves.
    const cut = Buffer.from(zip);
    const start = entry.localHeaderOffset + 30 + "a.xml".length;
    cut.fill(0xff, start, start + 10);
    const read = async () => {
      for await (const _chunk of inflatedChunks(cut, entry, 4096)) void _chunk;
    };
    await expect(read()).rejects.toThrow(/a\.xml is damaged/);
  });
});
