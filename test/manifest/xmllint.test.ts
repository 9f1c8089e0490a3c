import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { productionManifest } from "../../config/addin-urls";

/*
 * Well-formedness by libxml2 itself, for the development and the production manifest. CI
 * installs it (apt-get install -y libxml2-utils); elsewhere the test is skipped, loudly.
 */

const root = path.join(__dirname, "..", "..");
const devManifest = path.join(root, "manifest.xml");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const run = hasXmllint ? it : it.skip;

if (!hasXmllint) {
  console.warn(
    "xmllint is not installed: manifest well-formedness test skipped (apt-get install -y libxml2-utils).",
  );
}

describe("xmllint --noout", () => {
  run(
    `accepts manifest.xml and the production manifest${hasXmllint ? "" : " [SKIPPED: xmllint not installed; apt-get install -y libxml2-utils]"}`,
    () => {
      const production = path.join(
        mkdtempSync(path.join(os.tmpdir(), "ka2-manifest-")),
        "manifest.xml",
      );
      writeFileSync(production, productionManifest(readFileSync(devManifest, "utf8")));
      for (const file of [devManifest, production]) {
        const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
        expect([file, result.status, result.stderr]).toEqual([file, 0, ""]);
      }
    },
  );
});
