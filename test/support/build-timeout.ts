/**
 * The limit for a test step that builds (webpack, tsc). A busy two-core machine takes several
 * times as long as an idle one, so the limit only catches a build that hangs; a passing build
 * never waits for it.
 */
export const buildTimeoutMs = 20 * 60_000;

/**
 * The limit for a test that runs the built command line several times, each a Node process
 * that takes seconds on a busy machine instead of a fraction of one.
 */
export const processTestTimeoutMs = 5 * 60_000;
