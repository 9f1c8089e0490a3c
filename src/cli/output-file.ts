import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CommandError } from "./command-io";

function describeWriteError(path: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "EEXIST") {
    return `${path} already exists; choose another name or add --force to replace it.`;
  }
  if (code === "ENOENT") return `${path} cannot be written: its folder does not exist.`;
  if (code === "EISDIR") return `${path} is a folder; give a file name such as budget.xlsx.`;
  if (code === "EACCES" || code === "EPERM") {
    return `${path} cannot be written: permission denied (is it open in Excel?).`;
  }
  return `${path} cannot be written (${code ? String(code) : "unknown error"}).`;
}

/**
 * Writes a new file. Without `replace` an existing file is never touched (an open budget is
 * somebody's work); with it, the bytes go to a temporary file first and replace the old one
 * in one step, so a failed write never leaves half a workbook behind.
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array,
  replace: boolean,
): Promise<void> {
  try {
    if (!replace) {
      await writeFile(path, bytes, { flag: "wx" });
      return;
    }
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw new CommandError(describeWriteError(path, error));
  }
}
