const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/**
 * HTTPS options for the dev server. Uses the certificates in ~/.office-addin-dev-certs (the
 * folder `npx office-addin-dev-certs install` trusts on Windows and macOS), or KA2_CERTS_DIR;
 * when they are missing or about to expire, makes new ones there with office-addin-dev-certs'
 * generateCertificates() — offline, no sudo, nothing installed in a system store.
 */
const directory = process.env.KA2_CERTS_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
const files = {
  ca: path.join(directory, "ca.crt"),
  cert: path.join(directory, "localhost.crt"),
  key: path.join(directory, "localhost.key"),
};
const DAY_MS = 24 * 60 * 60 * 1000;

function usable() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) return false;
  const certificate = new crypto.X509Certificate(fs.readFileSync(files.cert));
  return (
    Date.parse(certificate.validTo) > Date.now() + DAY_MS && certificate.checkHost("localhost")
  );
}

async function devHttpsOptions() {
  if (!usable()) {
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(files.ca, files.cert, files.key, 30);
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

module.exports = { devHttpsOptions, certificateFiles: files };
