/**
 * Where the add-in is served. manifest.xml is written for the dev server; a production build
 * rewrites every dev URL to the production base URL. Set KA2_ADDIN_URL to the https folder that
 * hosts dist/ (with a trailing slash) before `npm run build`; the default is the project site.
 * Help links in functions.json are written with the default production URL in
 * src/functions/functions.ts and are rewritten to wherever the build is served.
 */
const devUrl = "https://localhost:3000/";
/** The browser preview of `npm run preview` (webpack.preview.config.js), as it prints it. */
const previewUrl = "http://127.0.0.1:3001/preview.html";
const defaultProductionUrl = "https://ka2-budget.github.io/ka2-budget/";

/** The production base URL: KA2_ADDIN_URL or the default; must be https and end in "/". */
function productionUrl(env = process.env) {
  const url = env.KA2_ADDIN_URL || defaultProductionUrl;
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(url)) {
    throw new Error(
      `KA2_ADDIN_URL must be an https URL of a folder ending in "/", such as ${defaultProductionUrl}; got "${url}".`,
    );
  }
  return url;
}

/** Replaces every occurrence of one base URL with another. */
function rebase(text, from, to) {
  return text.split(from).join(to);
}

/** The production manifest: the dev manifest with every dev URL on the production base URL. */
function productionManifest(devManifest, baseUrl = productionUrl()) {
  return rebase(devManifest, devUrl, baseUrl);
}

module.exports = {
  devUrl,
  previewUrl,
  defaultProductionUrl,
  productionUrl,
  rebase,
  productionManifest,
};
