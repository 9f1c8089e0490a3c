import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CommandError } from "./command-io";
import { commandErrorText, type CommandErrorText } from "./command-error-text";

function describeWriteError(path: string, error: unknown): CommandErrorText {
  const code = (error as { code?: unknown }).code;
  if (code === "EEXIST") return commandErrorText("write/exists", { path });
  if (code === "ENOENT") return commandErrorText("write/no-folder", { path });
  if (code === "ENOTDIR") return commandErrorText("write/not-folder", { path });
  if (code === "EISDIR") return commandErrorText("write/is-folder", { path });
  if (code === "EACCES" || code === "EPERM") return commandErrorText("write/permission", { path });
  if (code === "ENOSPC" || code === "EDQUOT") return commandErrorText("write/disk-full", { path });
  if (code === "EFBIG") return commandErrorText("write/too-large", { path });
  if (code === "EROFS") return commandErrorText("write/read-only", { path });
  if (code) return commandErrorText("write/other", { path, code: String(code) });
  return commandErrorText("write/unknown", { path });
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
