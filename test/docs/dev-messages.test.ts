import { readFileSync } from "node:fs";
import { join } from "node:path";
import { previewUrl } from "../../config/addin-urls";
import { buildTimeoutMs } from "../support/build-timeout";
import { buildCli } from "../cli/run-cli";

/*
 * What `npm start` and `npm run preview` print in the terminal points where the README does:
 * its section names are the README's headings, its address the README's address.
 */

const root = join(__dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** Files whose text a user reads in the terminal. */
const terminalMessages = [
  "webpack.config.js",
  "webpack.preview.config.js",
  "config/dev-certs.js",
  "scripts/demo.js",
  "src/cli/usage.ts",
];

it("every README section a terminal message names is a heading of the README", () => {
  const headings = [...readme.matchAll(/^#{1,6} +(.+?)\s*$/gm)].map((match) => match[1]);
  const named = terminalMessages.flatMap((file) =>
    [...readFileSync(join(root, file), "utf8").matchAll(/README › ([^."'`\n]+)/g)].map((match) =>
      match[1]!.trim(),
    ),
  );
  // npm start's pointer to trusting the development certificate.
  expect(named).toContain("The add-in in Excel");
  expect(named.filter((name) => !headings.includes(name))).toEqual([]);
});

interface PreviewConfig {
  plugins: object[];
  devServer: { host: string; port: number };
}

describe("npm run preview", () => {
  // The preview's configuration reads the examples with the built command line's reader.
  beforeAll(() => buildCli(), buildTimeoutMs);

  it("serves and prints the address the README gives", async () => {
    expect(readme).toContain(`<${previewUrl}>`);
    const configure = jest.requireActual<(env: object, argv: object) => Promise<PreviewConfig>>(
      "../../webpack.preview.config.js",
    );
    const config = await configure({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(`http://${config.devServer.host}:${config.devServer.port}/preview.html`).toBe(
      previewUrl,
    );
    const printed = config.plugins
      .filter((plugin) => plugin.constructor.name === "PrintWhenServedPlugin")
      .map((plugin) => (plugin as { message: () => string }).message());
    expect(printed).toEqual([expect.stringContaining(` ${previewUrl} `)]);
  });
});
