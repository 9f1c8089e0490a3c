import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";
import { readErrorMessage, readErrorText, type ReadErrorText } from "./read-error-text";

/**
 * The zip container of an .xlsx, read from its central directory before anything is inflated.
 * The directory is a few hundred bytes and declares every part's compressed and uncompressed
 * size, so a zip bomb is refused before it costs memory; parts are then inflated one by one,
 * each capped at its declared size, so a part that lies about its size is refused too.
 */

/** A file that is a zip but not one the command reads: the reason, as a message key. */
export class ZipArchiveError extends Error {
  constructor(readonly text: ReadErrorText) {
    super(readErrorMessage(text, "en"));
    this.name = "ZipArchiveError";
  }
}

export interface ZipEntry {
  /** The part name, without a leading "/". */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the central directory declares it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_EXTRA = 0x0001;
/** A 16- or 32-bit field of all ones: the real value is in the zip64 record. */
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** An .xlsx has a few dozen parts; a directory of more is not a budget workbook. */
const MAX_ENTRIES = 10_000;

function damaged(): ZipArchiveError {
  return new ZipArchiveError(readErrorText("zip/damaged", {}));
}

function u64(bytes: Buffer, offset: number): number {
  // Beyond 2^53 the value is imprecise, but such a size is refused anyway.
  return Number(bytes.readBigUInt64LE(offset));
}

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw damaged();
}

interface Directory {
  count: number;
  offset: number;
}

function directoryOf(bytes: Buffer): Directory {
  if (bytes.length < 22) throw damaged();
  const end = findEndOfDirectory(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === U16_MAX || offset === U32_MAX) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged();
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) {
      throw damaged();
    }
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > MAX_ENTRIES) {
    throw new ZipArchiveError(readErrorText("zip/too-many-parts", { count }));
  }
  return { count, offset };
}

/** Sizes and offset the zip64 extra field gives for the fields that hold all ones. */
function zip64Fields(
  bytes: Buffer,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let at = start; at + 4 <= start + length;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + size) return undefined;
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      return {
        uncompressed: wanted.uncompressed ? next() : undefined,
        compressed: wanted.compressed ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    at += 4 + size;
  }
  return {};
}

/** Every entry the central directory lists, without reading any part's data. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  const directory = directoryOf(bytes);
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damaged();
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, which is ASCII for every part name.
    const name = rawName.toString(flags & 0x800 ? "utf8" : "latin1").replace(/^\/+/, "");
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    if (
      compressedSize === U32_MAX ||
      uncompressedSize === U32_MAX ||
      localHeaderOffset === U32_MAX
    ) {
      const wide = zip64Fields(bytes, at + 46 + nameLength, extraLength, {
        uncompressed: uncompressedSize === U32_MAX,
        compressed: compressedSize === U32_MAX,
        offset: localHeaderOffset === U32_MAX,
      });
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      encrypted: (flags & 0x1) !== 0,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One part's data as stored in the zip, after the checks every read of a part makes. */
function storedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) throw damaged();
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged();
  if (entry.encrypted) {
    throw new ZipArchiveError(readErrorText("zip/encrypted", { part: entry.name }));
  }
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damaged();
  } else if (entry.method !== DEFLATED) {
    throw new ZipArchiveError(readErrorText("zip/compression", { part: entry.name }));
  }
  return bytes.subarray(start, end);
}

function partDamaged(entry: ZipEntry): ZipArchiveError {
  return new ZipArchiveError(readErrorText("zip/part-damaged", { part: entry.name }));
}

/** One part's bytes, inflated to at most its declared size. */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const data = storedData(bytes, entry);
  if (entry.method === STORED) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    throw partDamaged(entry);
  }
}

/** Bytes of a part inflated at a time by inflatedChunks. */
export const INFLATED_CHUNK_BYTES = 64 * 1024;

/**
 * One part's bytes in chunks of at most `chunkBytes`, inflated as they are read and never more
 * than its declared size in all: a large sheet is never whole in memory. The checks and errors
 * are inflateEntry's.
 */
export async function* inflatedChunks(
  bytes: Buffer,
  entry: ZipEntry,
  chunkBytes = INFLATED_CHUNK_BYTES,
): AsyncGenerator<Buffer> {
  const data = storedData(bytes, entry);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += chunkBytes) yield data.subarray(at, at + chunkBytes);
    return;
  }
  const limit = Math.max(1, entry.uncompressedSize);
  const inflater = createInflateRaw({ chunkSize: chunkBytes });
  // The stream inflates only as far as the chunks are taken (backpressure).
  inflater.end(data);
  let inflated = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit) throw partDamaged(entry);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ZipArchiveError ? error : partDamaged(entry);
  } finally {
    inflater.destroy();
  }
}

/**
 * A zip of the given parts without compression: reading it back costs a copy, not an inflate.
 * Part names are ASCII in an .xlsx; others are written as UTF-8 (flag bit 11).
 */
export function storedZip(parts: readonly { name: string; data: Buffer }[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const checksum = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(STORED, 8);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(STORED, 10);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.data);
    directory.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const directorySize = directory.reduce((size, chunk) => size + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
