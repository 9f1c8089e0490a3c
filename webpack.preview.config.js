const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { previewUrl } = require("./config/addin-urls");
const { PrintWhenServedPlugin } = require("./config/print-when-served");
const { typescriptRule } = require("./config/typescript-loader");

/*
 * The browser preview: the real task pane on an in-memory workbook, without Excel or office.js.
 *
 *   npm run preview                → previewUrl of config/addin-urls.js (development server)
 *   webpack --config webpack.preview.config.js --output-path DIR   → the same page as files
 *
 * The example workbooks are read at build time by the command line's own xlsx reader
 * (lib/src/cli/read-xlsx.js, built by `npm run build:cli`), so the pane sees exactly the
 * tables `ka2-budget check` sees, and the page needs no xlsx code and fetches nothing.
 */

const port = Number(new URL(previewUrl).port);
const examplesDir = path.join(__dirname, "examples");
const reader = path.join(__dirname, "lib", "src", "cli", "read-xlsx.js");

/** Every examples/*.xlsx as { file, workbook }, in name order. */
async function readExamples() {
  if (!fs.existsSync(reader)) {
    throw new Error(`The preview reads examples/ with ${reader}: run "npm run build:cli" first.`);
  }
  const { readXlsxFile } = require(reader);
  const files = fs
    .readdirSync(examplesDir)
    .filter((file) => file.endsWith(".xlsx"))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      workbook: await readXlsxFile(path.join(examplesDir, file)),
    })),
  );
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const examples = await readExamples();
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.join(__dirname, "test-output", "preview"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      new DefinePlugin({ __PREVIEW_EXAMPLES__: JSON.stringify(examples) }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html" }),
      ...(serving
        ? [
            new PrintWhenServedPlugin(
              () => `\nThe preview is at ${previewUrl} (stop it with Ctrl+C).\n`,
            ),
          ]
        : []),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      host: "127.0.0.1",
      port,
      static: false,
      devMiddleware: { index: "preview.html" },
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
};
