/*
 * findBy… and waitFor wait on a condition, but give up after one second by default, which a
 * busy two-core machine misses. The limit only bounds a wait that would otherwise fail for good,
 * so it is generous; a passing test does not wait any longer for it. Node-only test files skip
 * loading Testing Library.
 */
if (typeof document !== "undefined") {
  const { configure } =
    jest.requireActual<typeof import("@testing-library/dom")>("@testing-library/dom");
  configure({ asyncUtilTimeout: 20_000 });
}
