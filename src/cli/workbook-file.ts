import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { workbookLimits } from "./xlsx-parts";

/** A file the command cannot read as a workbook; the message is one sentence for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return `${path} does not exist.`;
  if (code === "EISDIR") return `${path} is a folder, not a workbook file.`;
  if (code === "EACCES" || code === "EPERM") return `${path} cannot be opened: permission denied.`;
  if (code === "ELOOP") return `${path} cannot be opened: it is a loop of symbolic links.`;
  return `${path} cannot be opened (${code ? String(code) : "unknown error"}).`;
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
      throw new WorkbookReadError(
        `${path} is not a regular file (a device, pipe or socket); give the path of an .xlsx workbook.`,
      );
    }
    const limit = workbookLimits.fileBytes;
    const tooLarge = (): WorkbookReadError =>
      new WorkbookReadError(
        `${path} is larger than ${Math.round(limit / 1024 ** 2)} MB; it is not a budget workbook.`,
      );
    if (stats.size > limit) throw tooLarge();
    // One byte more than stat() gave: a file that grew since is caught, not cut short.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        throw new WorkbookReadError(
          `${path} changed while it was being read; save it and run the command again.`,
        );
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
