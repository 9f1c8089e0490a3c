import { readFileSync } from "node:fs";

/**
 * The total unzipped size of an .xlsx (a zip): the sum of the uncompressed sizes in its
 * central directory. The yardstick for the command's peak memory.
 */
export function unzippedSize(path: string): number {
  const zip = readFileSync(path);
  // End of central directory: signature 0x06054b50, at most 64 KB of comment after it.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const entries = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error(`${path}: bad central directory`);
    total += zip.readUInt32LE(entry + 24);
    entry +=
      46 +
      zip.readUInt16LE(entry + 28) +
      zip.readUInt16LE(entry + 30) +
      zip.readUInt16LE(entry + 32);
  }
  return total;
}
