/**
 * What kind of file the first bytes say this is. An .xlsx is a zip; an encrypted
 * (password-protected) .xlsx and an old binary .xls are OLE compound files, which exceljs
 * cannot open and would only report as a zip error.
 */
export type FileKind = "empty" | "zip" | "ole" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return "ole";
  return "other";
}
