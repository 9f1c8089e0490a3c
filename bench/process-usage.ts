import { writeFileSync } from "node:fs";

/**
 * Preloaded into a benchmarked process (`node -r lib/bench/process-usage.js ...`): when the
 * process exits, writes its CPU time and peak resident memory to the file named by
 * KA2_BENCH_USAGE, as JSON. CPU time is what the process itself used, so it stays
 * comparable on a machine busy with other work, where wall-clock time does not.
 */
const file = process.env.KA2_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        peakRssKb: usage.maxRSS,
      }),
    );
  });
}
