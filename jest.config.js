/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // The CustomFunctions global (Error, ErrorCode) that office.js provides inside Excel.
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  // Testing Library's waits: a generous limit for a busy machine (jsdom tests only).
  setupFilesAfterEnv: ["<rootDir>/test/setup/testing-library.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 60000,
};
