import { spawnSync } from "node:child_process";
import { writeSync } from "node:fs";

/**
 * Peak resident memory of a node command, measured by the process itself: loaded with
 * `--require` into the child, this module writes its maxRSS to stderr as it exits.
 */

const MARKER = "ka2-bench-peak-rss-kb:";

if (process.env.KA2_BENCH_REPORT_RSS === "1") {
  process.on("exit", () => {
    writeSync(2, `\n${MARKER}${process.resourceUsage().maxRSS}\n`);
  });
}

/** Runs `node [nodeOptions] script args` and returns its peak RSS in MB (undefined if not reported). */
export function peakRssMb(
  script: string,
  args: readonly string[],
  nodeOptions: readonly string[] = [],
): number | undefined {
  const result = spawnSync(
    process.execPath,
    [...nodeOptions, "--require", __filename, script, ...args],
    {
      encoding: "utf8",
      env: { ...process.env, KA2_BENCH_REPORT_RSS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const match = new RegExp(`${MARKER}(\\d+)`).exec(result.stderr ?? "");
  return match ? Number(match[1]) / 1024 : undefined;
}
