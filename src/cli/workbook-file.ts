import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { CommandError } from "./command-io";
import { readErrorText, type ReadErrorText } from "./read-error-text";
import { workbookLimits } from "./xlsx-parts";

/** A file the command cannot read as a workbook; it ends the command with exit code 2. */
export class WorkbookReadError extends CommandError {
  constructor(override readonly text: ReadErrorText) {
    super(text);
    this.name = "WorkbookReadError";
  }
}

function describeFsError(file: string, error: unknown): ReadErrorText {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return readErrorText("read/not-found", { file });
  if (code === "EISDIR") return readErrorText("read/folder", { file });
  if (code === "EACCES" || code === "EPERM") return readErrorText("read/permission", { file });
  if (code === "ELOOP") return readErrorText("read/link-loop", { file });
  return readErrorText("read/cannot-open", { file, code: code ? String(code) : "?" });
}

/**
 * The bytes of a workbook file. Only a regular file of at most workbookLimits.fileBytes is
 * read: a FIFO would wait for a writer forever and /dev/zero never ends. The file is opened
 * without blocking and checked through its own handle, so what is checked is what is read.
 */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new WorkbookReadError(describeFsError(path, error));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new WorkbookReadError(describeFsError(path, { code: "EISDIR" }));
    if (!stats.isFile()) {
      throw new WorkbookReadError(readErrorText("read/not-regular", { file: path }));
    }
    const limit = workbookLimits.fileBytes;
    const tooLarge = (): WorkbookReadError =>
      new WorkbookReadError(readErrorText("read/file-too-large", { file: path, limit }));
    if (stats.size > limit) throw tooLarge();
    // One byte more than stat() gave: a file that grew since is caught, not cut short.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        throw new WorkbookReadError(readErrorText("read/changed", { file: path }));
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(describeFsError(path, error));
  } finally {
    await handle.close();
  }
}
