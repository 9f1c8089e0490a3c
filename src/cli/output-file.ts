import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CommandError } from "./command-io";

function describeWriteError(path: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "EEXIST") {
    return `${path} already exists; choose another name or add --force to replace it.`;
  }
  if (code === "ENOENT") return `${path} cannot be written: its folder does not exist.`;
  if (code === "ENOTDIR") return `${path} cannot be written: part of its path is not a folder.`;
  if (code === "EISDIR") return `${path} is a folder; give a file name such as budget.xlsx.`;
  if (code === "EACCES" || code === "EPERM") {
    return `${path} cannot be written: permission denied (is it open in Excel?).`;
  }
  if (code === "ENOSPC" || code === "EDQUOT") {
    return `${path} cannot be written: the disk is full; nothing was written.`;
  }
  if (code === "EFBIG") {
    return `${path} cannot be written: the file is larger than the system allows; nothing was written.`;
  }
  if (code === "EROFS") return `${path} cannot be written: the disk is read-only.`;
  return `${path} cannot be written (${code ? String(code) : "unknown error"}).`;
}

/** Filesystems without hard links (FAT, some network shares) answer link() with these. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Puts the finished temporary file at `path` only if nothing is there, in one step. */
async function placeIfAbsent(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    if (!NO_HARD_LINKS.has(String((error as { code?: unknown }).code))) throw error;
    await copyFile(temporary, path, constants.COPYFILE_EXCL);
  }
}

/**
 * Writes a file all at once or not at all. The bytes go to a temporary file beside the target,
 * created exclusively under an unpredictable name (a planted file or link there makes the
 * write fail, never redirects it), and then take the target's place in one step: a rename with
 * `replace`, a hard link that fails if the target exists without it (an open budget is
 * somebody's work). A failure removes the temporary file and leaves the target as it was.
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array,
  replace: boolean,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  // Whether the temporary file is ours to remove: not when "wx" found one already there.
  let ours = true;
  try {
    await writeFile(temporary, bytes, { flag: "wx", mode: 0o666 }).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === "EEXIST") ours = false;
      throw error;
    });
    if (replace) {
      await rename(temporary, path);
      ours = false; // it is the target now
    } else {
      await placeIfAbsent(temporary, path);
    }
  } catch (error) {
    throw new CommandError(describeWriteError(path, error));
  } finally {
    // Also after a write that failed part-way (disk full): "wx" had created the file.
    if (ours) await unlink(temporary).catch(() => undefined);
  }
}
