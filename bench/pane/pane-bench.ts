import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  buildPreview,
  chromiumMissing,
  launchChromium,
  openPreview,
  serve,
} from "../../test/e2e/preview-harness";

/**
 * `npm run bench:pane`: how the task pane copes with 3,000 findings, in headless Chromium over
 * the browser preview ("(3000 findings)": a made-up budget whose every meeting has a typed-over
 * amount). For Check, a click on a finding, a severity filter toggled off and on, a switch of
 * language and "Show more": milliseconds from the input to the next painted frame once the
 * page shows the result, and the pane's DOM nodes after it. Each layout runs `--rounds` times
 * (default 5) on a fresh page; the table gives the median and the range. Reported, never
 * asserted (the machine is shared): run it on a quiet machine (see the load printed).
 *
 * Two layouts:
 * - "pane alone": the pane by itself, as in Excel. These are the pane's own figures.
 * - "pane + preview sheet": the pane beside the preview's drawing of the sheet, and a step is
 *   done only once the sheet shows it too (the selection outlined). Real Excel has no such
 *   grid; these figures add the preview's own drawing to the pane's.
 *
 * Besides the time to the painted result, each step gives the CPU time the page's main thread
 * spent on it (Chromium's trace: the thread time of its tasks): on a busy machine the wall
 * time grows with the load, the CPU time much less, so it shows what a quiet machine takes.
 *
 * The preview is a production build (React as the add-in ships); `--development` measures a
 * development build instead (React's checks make it 2–3 times slower).
 */

interface Step {
  step: string;
  ms: number;
  /** CPU time of the page's main thread during the step. */
  cpuMs: number;
  paneNodes: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string };
}

/** The mark `timed` leaves in the trace when a step's first condition holds. */
const doneMark = "ka2-bench-done";

/**
 * The thread time of the renderer's main-thread tasks in a trace, in ms: all of them, and
 * those that began before `timed`'s mark (the frame after the step's first condition held).
 */
function mainThreadCpuMs(trace: Buffer): { all: number; beforeMark: number } {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const threads = mains.map((main) => {
    const tasks = events.filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask",
    );
    const mark = events.find((e) => e.pid === main.pid && e.name === doneMark)?.ts ?? Infinity;
    const sum = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.tdur ?? 0), 0) / 1000;
    return { all: sum(tasks), beforeMark: sum(tasks.filter((e) => e.ts <= mark)) };
  });
  return threads.reduce((most, thread) => (thread.all > most.all ? thread : most), {
    all: 0,
    beforeMark: 0,
  });
}

/**
 * Runs `action` in the page and waits, frame by frame, until `done` holds; then one more frame,
 * so the time includes drawing it. With `then`, it goes on until that holds too (and one more
 * frame): the time to each. All three are page-side code, put into one script evaluated by
 * the browser's debugging protocol: the preview's Content Security Policy forbids the page
 * itself to evaluate strings (`new Function`).
 */
async function timed(
  page: Page,
  action: string,
  done: string,
  then?: string,
): Promise<{ ms: number; thenMs?: number }> {
  const script = `new Promise((resolve, reject) => {
    const start = performance.now();
    const done = () => (${done});
    const then = ${then === undefined ? "undefined" : `() => (${then})`};
    let ms;
    const frame = () => {
      if (performance.now() - start > 60000) reject(new Error("never: " + ${JSON.stringify(`${done} ${then}`)}));
      else if (ms === undefined && done()) {
        requestAnimationFrame(() => {
          ms = performance.now() - start;
          performance.mark(${JSON.stringify(doneMark)});
          if (then === undefined) resolve({ ms });
          else frame();
        });
      } else if (ms !== undefined && then !== undefined && then()) {
        const first = ms;
        requestAnimationFrame(() => resolve({ ms: first, thenMs: performance.now() - start }));
      } else requestAnimationFrame(frame);
    };
    ${action};
    requestAnimationFrame(frame);
  })`;
  return page.evaluate(script) as Promise<{ ms: number; thenMs?: number }>;
}

/** Waits until the page has had a quiet moment: what the last step left to do is done. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 300)),
  );

const paneNodes = (page: Page) =>
  page.evaluate(
    "document.querySelector('[data-testid=pane]').querySelectorAll('*').length",
  ) as Promise<number>;

const pane = "document.querySelector('[data-testid=pane]')";
const buttonNamed = (text: string) =>
  `Array.from(${pane}.querySelectorAll('button')).find((b) => b.textContent.trim() === ${JSON.stringify(text)})`;
/** The list draws `count` findings (a newly shown list draws a screenful first, then the rest). */
const wholePage = (count: number) => `${pane}.querySelectorAll('ul button').length >= ${count}`;
const finding = (n: number) => `${pane}.querySelectorAll('ul button')[${n}]`;
/** The address a finding button shows ("Meetings!F52"): the last text of its first line. */
const findingAddress = (n: number) =>
  `${finding(n)}.querySelector(':scope > span:first-child > span:last-child').textContent`;
/** The preview's sheet shows finding `n`'s cells selected. */
const sheetSelects = (n: number) =>
  `(() => { const at = ${findingAddress(n)}; return document.querySelector('[data-testid=selection]').textContent === 'Selection: ' + at && !!document.querySelector('td[data-selected=true]'); })()`;

interface Layout {
  name: string;
  query: string;
  /** The preview's sheet is drawn, and steps wait for it too. */
  sheet: boolean;
}

const layouts: Layout[] = [
  { name: "pane alone (as in Excel)", query: "&layout=pane", sheet: false },
  { name: "pane + preview sheet (preview only)", query: "", sheet: true },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const rounds = Math.max(1, Number(option("--rounds") ?? 5) || 5);
  const production = !process.argv.includes("--development");
  const dir = mkdtempSync(join(tmpdir(), "ka2-bench-pane-"));
  buildPreview(dir, production);
  const served = await serve(dir);
  const browser = await launchChromium();
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(" ");
  console.log(
    `${production ? "Production" : "Development"} build, ${rounds} rounds per layout; load average before: ${load()}`,
  );
  try {
    for (const layout of layouts) {
      const all: Step[][] = [];
      for (let round = 0; round < rounds; round++) {
        all.push(
          await measure(
            browser,
            `${served.url}preview.html?example=(3000 findings)${layout.query}`,
            layout,
          ),
        );
      }
      report(layout, all);
    }
  } finally {
    console.log(`Load average after: ${load()}`);
    await browser.close();
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function report(layout: Layout, rounds: Step[][]): void {
  const steps = (rounds[0] ?? []).map((first, index) => {
    const times = rounds.map((round) => round[index]?.ms ?? NaN);
    const cpu = rounds.map((round) => round[index]?.cpuMs ?? NaN);
    return {
      step: first.step,
      medianMs: Math.round(median(times)),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      medianCpuMs: Math.round(median(cpu)),
      paneNodes: first.paneNodes,
    };
  });
  console.log(
    `\nTask pane with 3,000 findings, ${layout.name} (ms to the painted result; DOM nodes):`,
  );
  console.table(steps);
  console.log(JSON.stringify({ layout: layout.name, pane: steps }));
}

async function measure(browser: Browser, url: string, layout: Layout): Promise<Step[]> {
  const { page } = await openPreview(browser, url, { width: 1280, height: 900 });
  await page.getByTestId("pane").getByRole("button", { name: "Check", exact: true }).waitFor();
  const steps: Step[] = [];
  /** With `whole`: a second row, the time until that holds too (the list's whole page drawn). */
  const record = async (
    step: string,
    action: string,
    done: string,
    sheetDone?: string,
    whole?: { step: string; done: string },
  ) => {
    await settle(page);
    const condition = layout.sheet && sheetDone ? `(${done}) && ${sheetDone}` : done;
    await browser.startTracing(page, {
      categories: ["disabled-by-default-devtools.timeline", "blink.user_timing"],
    });
    const { ms, thenMs } = await timed(page, action, condition, whole?.done);
    const cpu = mainThreadCpuMs(await browser.stopTracing());
    const nodes = await paneNodes(page);
    steps.push({
      step,
      ms: Math.round(ms),
      cpuMs: Math.round(whole ? cpu.beforeMark : cpu.all),
      paneNodes: nodes,
    });
    if (whole && thenMs !== undefined) {
      steps.push({
        step: whole.step,
        ms: Math.round(thenMs),
        cpuMs: Math.round(cpu.all),
        paneNodes: nodes,
      });
    }
  };
  await record(
    "Check (3,000 findings)",
    `${buttonNamed("Check")}.click()`,
    `/The budget has 3,\\d{3} errors\\./.test(${pane}.textContent)`,
    `/^Highlights: \\d+/.test(document.querySelector('[data-testid=highlight-count]').textContent)`,
    { step: "Check: its page of 100 drawn", done: wholePage(100) },
  );
  await record(
    "click a finding",
    `${finding(50)}.click()`,
    `${finding(50)}.getAttribute('aria-current') === 'true'`,
    sheetSelects(50),
  );
  await record(
    "click another finding",
    `${finding(80)}.click()`,
    `${finding(80)}.getAttribute('aria-current') === 'true'`,
    sheetSelects(80),
  );
  await record(
    "filter: hide errors",
    `Array.from(${pane}.querySelectorAll('button[aria-pressed]'))[0].click()`,
    `!Array.from(${pane}.querySelectorAll('h3')).some((h) => h.textContent.startsWith('Errors'))`,
  );
  await record(
    "filter: show errors",
    `Array.from(${pane}.querySelectorAll('button[aria-pressed]'))[0].click()`,
    `Array.from(${pane}.querySelectorAll('h3')).some((h) => h.textContent.startsWith('Errors'))`,
    undefined,
    { step: "filter: its page of 100 drawn", done: wholePage(100) },
  );
  await record(
    "switch to Latvian",
    `(() => { const s = ${pane}.querySelector('select'); s.value = 'lv'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
    `!!${buttonNamed("Pārbaudīt")}`,
  );
  await record(
    "show 100 more",
    `Array.from(${pane}.querySelectorAll('button')).find((b) => b.textContent.startsWith('Rādīt vēl')).click()`,
    `${pane}.querySelectorAll('ul button').length >= 200`,
  );
  await page.context().close();
  return steps;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
