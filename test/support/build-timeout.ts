/**
 * The limit for a test step that builds (webpack, tsc). A busy two-core machine takes several
 * times as long as an idle one, so the limit only catches a build that hangs; a passing build
 * never waits for it.
 */
export const buildTimeoutMs = 10 * 60_000;
