import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the compiled process-usage probe lies beside this file. */
const probe = join(__dirname, "process-usage.js");

/**
 * Runs `node [nodeOptions] script args` and returns its peak RSS in MB, as the process itself
 * reports it through the process-usage probe (undefined if it reported nothing).
 */
export function peakRssMb(
  script: string,
  args: readonly string[],
  nodeOptions: readonly string[] = [],
): number | undefined {
  const folder = mkdtempSync(join(tmpdir(), "ka2-rss-"));
  const file = join(folder, "usage.json");
  try {
    spawnSync(process.execPath, [...nodeOptions, "--require", probe, script, ...args], {
      env: { ...process.env, KA2_BENCH_USAGE: file },
      stdio: "ignore",
    });
    const usage = JSON.parse(readFileSync(file, "utf8")) as { peakRssKb: number };
    return usage.peakRssKb / 1024;
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
