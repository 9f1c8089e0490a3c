import { spawnSync } from "child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import os from "os";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildTimeoutMs } from "../support/build-timeout";

/*
 * What the browser tests and `npm run screenshots` share: build the preview into a folder,
 * serve it on 127.0.0.1, and drive Debian's Chromium with every request that would leave
 * the machine aborted (and recorded, so a test can prove there were none).
 */

/** The repository: the nearest folder above with package.json (from test/ or a compiled lib/). */
function repositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return dir;
}

export const root = repositoryRoot(__dirname);
export const chromiumPath = process.env.KA2_CHROMIUM ?? "/usr/bin/chromium";
export const outputDir = path.join(root, "test-output", "e2e");

/** The limit of one step in the browser (a click, a wait for a text): generous for a busy machine. */
const browserStepTimeoutMs = 60_000;
/** The limit of one browser test, which takes a dozen such steps. */
const browserTestTimeoutMs = 5 * 60_000;

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return (
    `The browser tests need Chromium at ${chromiumPath}: install it with ` +
    "`apt-get install -y chromium` (Debian/Ubuntu) or set KA2_CHROMIUM to a Chromium binary."
  );
}

/** Runs webpack (development mode: a few seconds) with `args`; throws with its output on failure. */
function webpack(args: string[], mode: "development" | "production" = "development"): void {
  const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const build = spawnSync(process.execPath, [cli, "--mode", mode, ...args], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) {
    throw new Error(`webpack ${args.join(" ")} failed:\n${build.stdout}\n${build.stderr}`);
  }
}

/**
 * Builds the preview into `outDir`: a development build (quick to make, React's checks on)
 * unless `production` (React and the rest as the add-in ships them, for timings).
 */
export function buildPreview(outDir: string, production = false): void {
  webpack(
    ["--config", "webpack.preview.config.js", "--output-path", outDir],
    production ? "production" : "development",
  );
}

/** Builds the add-in itself (taskpane.html, the local office.js, functions) into `outDir`. */
export function buildAddin(outDir: string): void {
  webpack(["--config", "webpack.config.js", "--output-path", outDir]);
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(name).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Chromium, headless, with a fresh profile and no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PreviewPage {
  page: Page;
  /** URLs the page tried to fetch from anywhere but 127.0.0.1, all aborted. */
  blocked: string[];
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
}

/** A new page (in a fresh context) whose requests off this machine are aborted. */
export async function openPreview(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; locale?: string; userAgent?: string } = {},
): Promise<PreviewPage> {
  const context = await browser.newContext({
    userAgent: options.userAgent,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: options.locale ?? "en-GB",
    deviceScaleFactor: 1,
  });
  // Every wait is on a condition (a text, a role); its limit is for a busy machine, not a fast one.
  context.setDefaultTimeout(browserStepTimeoutMs);
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    const local =
      target.hostname === "127.0.0.1" || target.protocol === "data:" || target.protocol === "blob:";
    if (local) return route.continue();
    blocked.push(target.href);
    return route.abort();
  });
  page.on("console", (message) => {
    // With the address it concerns: "Failed to load resource" alone does not say which.
    const where = message.location().url;
    if (message.type() === "error")
      errors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  return { page, blocked, errors };
}

/** What a browser suite's tests use: the served folder's URL and the running browser. */
export interface BrowserSession {
  served: Served;
  browser: Browser;
}

/**
 * A describe block that builds a page into a temporary folder, serves it on loopback and
 * launches Chromium once for its tests. Without Chromium it is skipped locally (with a
 * message) and fails under CI, where .ci/run installs it.
 */
export function browserSuite(
  name: string,
  build: (outDir: string) => void,
  tests: (session: () => BrowserSession) => void,
): void {
  const missing = chromiumMissing();
  const ci = process.env.CI === "true" || process.env.CI === "1";
  if (missing && !ci) console.warn(`Skipping the browser tests. ${missing}`);
  const suite = missing && !ci ? describe.skip : describe;

  suite(name, () => {
    jest.setTimeout(browserTestTimeoutMs);
    let dir: string | undefined;
    let session: BrowserSession | undefined;

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      mkdirSync(outputDir, { recursive: true });
      const folder = mkdtempSync(path.join(os.tmpdir(), "ka2-e2e-"));
      dir = folder;
      build(folder);
      const served = await serve(folder);
      session = { served, browser: await launchChromium() };
    }, buildTimeoutMs);

    afterAll(async () => {
      await session?.browser.close();
      await session?.served.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    tests(() => {
      if (!session) throw new Error("the browser session did not start");
      return session;
    });
  });
}
