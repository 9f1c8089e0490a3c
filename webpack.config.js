const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const urls = require("./config/addin-urls");
const { localizedFunctions } = require("./config/localized-functions");
const functionsLv = require("./src/functions/functions-lv.json");
const { devHttpsOptions } = require("./config/dev-certs");
const { PrintWhenServedPlugin } = require("./config/print-when-served");
const { typescriptRule } = require("./config/typescript-loader");

/*
 * One build for Excel: taskpane.html loads the functions, taskpane and commands chunks in the
 * single shared runtime, functions first (Excel waits for them to register), all three over one
 * webpack runtime chunk; functions.json comes from the JSDoc of src/functions/functions.ts
 * (a metadata error fails the build).
 *
 * office.js: a published add-in must load it from Microsoft's CDN, so the production build
 * references the CDN. The development build serves the copy in the npm package instead, so the
 * page opens in a browser and in the tests without any request off the machine. KA2_OFFICE_JS
 * (cdn or local) overrides either.
 *
 *   npm run build   → dist/ for KA2_ADDIN_URL (production, minified, source maps, CDN office.js)
 *   npm start       → https://localhost:3000/ (development, in memory, local office.js)
 */

const port = 3000;
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Where taskpane.html loads office.js from: "cdn" or "local" (the npm copy beside the page). */
function officeJsSource(production) {
  const chosen = process.env.KA2_OFFICE_JS;
  if (chosen === "cdn" || chosen === "local") return chosen;
  if (chosen) throw new Error(`KA2_OFFICE_JS must be cdn or local; got "${chosen}".`);
  return production ? "cdn" : "local";
}
const officeJsDir = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const localeFolder = /^[a-z]{2,3}(-[a-z0-9]+)+$/;
const officeJsFolders = ["agaveerrorux", "ariatelemetry", "telemetry", "webauth"];

/** The files office.js may load from its own folder in Excel: the Excel host files and strings. */
function isOfficeJsRuntimeFile(absolutePath) {
  const relative = path.relative(officeJsDir, absolutePath).split(path.sep);
  const [first, second] = relative;
  if (first.endsWith(".debug.js") || (second ?? "").endsWith(".debug.js")) return false;
  if (second === undefined) {
    return /^(excel.*|office|o15apptofilemappingtable|custom-functions-runtime|es6-promise)\.js$/.test(
      first,
    );
  }
  if (localeFolder.test(first)) return second === "office_strings.js";
  return officeJsFolders.includes(first);
}

/** Points the help links of functions.json at the docs served with this build; adds the Latvian copy. */
class RebaseHelpUrlsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RebaseHelpUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RebaseHelpUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const json = asset.source.source().toString();
          const rebased = urls.rebase(json, urls.defaultProductionUrl, this.baseUrl);
          compilation.updateAsset("functions.json", new sources.RawSource(rebased));
          // Excel's function help in Latvian (the manifest's lv-LV override points here).
          const latvian = localizedFunctions(rebased, functionsLv);
          if (latvian.missing.length > 0) {
            const { WebpackError } = require("webpack");
            compilation.errors.push(
              new WebpackError(`functions-lv.json lacks: ${latvian.missing.join(", ")}`),
            );
          }
          compilation.emitAsset("functions-lv.json", new sources.RawSource(latvian.json));
        },
      );
    });
  }
}

/** How to sideload the dev manifest, printed once the dev server has built. */
function instructions() {
  const manifest = path.join(__dirname, "manifest.xml");
  return [
    "",
    `KA2 Budget add-in is served at ${urls.devUrl} (task pane: ${urls.devUrl}taskpane.html).`,
    "Load it in Excel with this manifest:",
    `  ${manifest}`,
    "  Excel on the web: open a workbook › Home › Add-ins › More Add-ins › My Add-ins ›",
    "    Upload My Add-in › choose manifest.xml.",
    "  Excel on Windows: share a folder holding manifest.xml, add it under File › Options ›",
    "    Trust Center › Trust Center Settings › Trusted Add-in Catalogs (Show in Menu),",
    "    restart Excel, then Home › Add-ins › More Add-ins › Shared Folder.",
    "  Excel on Mac: copy manifest.xml to",
    "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
    '  Then type =KA2.MGMT("coordinator", 24) in a cell (expect 12000).',
    "The browser or Excel must trust the development certificate: see README › The add-in in Excel.",
    "Stop the server with Ctrl+C.",
    "",
  ].join("\n");
}

/** The function reference page, rendered from docs/functions.md (the @helpurl target). */
function functionsPage(markdown, marked) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>KA2 Budget — worksheet functions</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
code { background: #f3f3f3; padding: 0 0.2rem; }
</style>
</head>
<body>
${marked.parse(markdown)}
</body>
</html>
`;
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? urls.productionUrl() : urls.devUrl;
  const { marked } = await import("marked");
  const localOfficeJs = officeJsSource(production) === "local";

  return {
    mode: production ? "production" : "development",
    // Source maps in files, never eval: Office's runtimes and a strict CSP both dislike eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks (gazetteer.js) load relative to the page, which sits beside them. The
      // default ("auto") works the URL out from the loading <script> when functions.js starts,
      // and throws where there is none; likewise the chunk registry hangs on globalThis, which
      // every runtime has, rather than on self.
      publicPath: "",
      globalObject: "globalThis",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typescriptRule],
    },
    // One webpack runtime (runtime.js) for the three entries of the one page: one module
    // registry and chunk loader instead of one per bundle.
    optimization: { runtimeChunk: "single" },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new RebaseHelpUrlsPlugin(baseUrl),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJs: localOfficeJs ? "office.js" : officeJsCdn },
        chunks: ["runtime", "functions", "taskpane", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? urls.productionManifest(content.toString(), baseUrl) : content,
          },
          {
            from: "docs/functions.md",
            to: "functions.html",
            transform: (content) => functionsPage(content.toString(), marked),
          },
          ...(localOfficeJs
            ? [
                {
                  from: "**/*",
                  context: officeJsDir,
                  to: ".",
                  filter: isOfficeJsRuntimeFile,
                  // Already minified by Microsoft: copy byte for byte, no Terser, no LICENSE split.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      // After the first successful dev build: how to load the add-in in Excel.
      ...(serving ? [new PrintWhenServedPlugin(instructions)] : []),
    ],
    // Size hints for our own chunks only; office.js's files are Microsoft's and large. The
    // task pane (React, Fluent UI, i18next, the checker with its zod rulebook and the English
    // and Latvian message catalogues) is about 1.01 MiB minified, ~300 KiB gzipped, loaded once
    // per session from the add-in's own host; the hint fails the build test past 1.25 MiB.
    performance: {
      maxAssetSize: 1.25 * 1024 * 1024,
      maxEntrypointSize: 1.25 * 1024 * 1024,
      assetFilter: (name) => /^(runtime|taskpane|functions|commands)\.js$/.test(name),
    },
    stats: serving
      ? "errors-warnings"
      : {
          preset: "normal",
          excludeAssets: (name) => isOfficeJsRuntimeFile(path.join(officeJsDir, name)),
        },
    devServer: serving
      ? {
          port,
          host: "localhost",
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devHttpsOptions() },
          static: false,
        }
      : undefined,
  };
};
