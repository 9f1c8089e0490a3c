import { deflateRawSync } from "node:zlib";
import { inflateEntry, storedZip, zipEntries } from "../../src/cli/zip-archive";

/**
 * The hostile corpus: tiny files that claim huge sizes or odd structures, built by the tests
 * from a good workbook's parts, never huge files on disk.
 */

export interface Part {
  name: string;
  data: Buffer;
}

/** The parts of a zip, inflated. */
export function partsOf(bytes: Buffer): Part[] {
  return zipEntries(bytes)
    .filter((entry) => !entry.name.endsWith("/"))
    .map((entry) => ({ name: entry.name, data: inflateEntry(bytes, entry) }));
}

/** A copy of a zip whose parts went through `edit` (undefined drops a part). */
export function editedZip(
  bytes: Buffer,
  edit: (name: string, text: string) => string | undefined,
): Buffer {
  const parts = partsOf(bytes).flatMap((part) => {
    const text = edit(part.name, part.data.toString("utf8"));
    return text === undefined ? [] : [{ name: part.name, data: Buffer.from(text, "utf8") }];
  });
  return storedZip(parts);
}

/** The table part (xl/tables/tableN.xml) whose name attribute is `name`. */
export function isTablePart(name: string, text: string, table: string): boolean {
  return /^xl\/tables\/table\d+\.xml$/.test(name) && text.includes(`name="${table}"`);
}

/**
 * A zip with the given parts, each deflated, whose central directory declares `declared`
 * as the uncompressed size of the part named `liar` (the local header says the same).
 */
export function zipDeclaring(parts: readonly Part[], liar: string, declared: number): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const data = deflateRawSync(part.data);
    const size = part.name === liar ? declared : part.data.length;
    const wide = size > 0xfffffffe;
    const extra = Buffer.alloc(wide ? 20 : 0);
    if (wide) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(wide ? 45 : 20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(wide ? 0xffffffff : data.length, 18);
    local.writeUInt32LE(wide ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(wide ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(wide ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(wide ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, extra, data);
    directory.push(central, name, extra);
    offset += local.length + name.length + extra.length + data.length;
  }
  const directorySize = directory.reduce((total, chunk) => total + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** The workbook with every relationship target written from the package root, as openpyxl writes them. */
export function withAbsoluteTargets(bytes: Buffer): Buffer {
  return editedZip(bytes, (name, text) => {
    if (name === "xl/_rels/workbook.xml.rels") {
      return text.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"');
    }
    if (/^xl\/worksheets\/_rels\//.test(name)) {
      return text.replace(/Target="\.\.\/([^"]+)"/g, 'Target="/xl/$1"');
    }
    return text;
  });
}
