const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/**
 * HTTPS options for the dev server. Uses the certificates in ~/.office-addin-dev-certs (the
 * folder `npx office-addin-dev-certs install` trusts on Windows and macOS), or KA2_CERTS_DIR.
 * office-addin-dev-certs writes them only when ca.crt is absent, and they last 30 days, after
 * which desktop Excel refuses the page; so when they are missing, incomplete, unreadable,
 * expired or about to expire, this makes new ones there with its generateCertificates()
 * (offline, no sudo, nothing installed in a system store) and says to trust the new one.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const VALID_DAYS = 30;

function defaultDirectory() {
  return process.env.KA2_CERTS_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
}

/** The three files in a certificate folder. */
function certificateFiles(directory = defaultDirectory()) {
  return {
    ca: path.join(directory, "ca.crt"),
    cert: path.join(directory, "localhost.crt"),
    key: path.join(directory, "localhost.key"),
  };
}

/** Why the certificates in `files` cannot serve https://localhost for another day, or undefined. */
function certificateProblem(files, now = Date.now()) {
  const missing = Object.values(files).filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    return `${missing.map((file) => path.basename(file)).join(", ")} missing`;
  }
  let ca;
  let cert;
  let key;
  try {
    ca = new crypto.X509Certificate(fs.readFileSync(files.ca));
    cert = new crypto.X509Certificate(fs.readFileSync(files.cert));
    key = crypto.createPrivateKey(fs.readFileSync(files.key));
  } catch (error) {
    return `a file cannot be read as a certificate or key (${error.message})`;
  }
  for (const [name, certificate] of [
    ["localhost.crt", cert],
    ["ca.crt", ca],
  ]) {
    if (Date.parse(certificate.validTo) <= now + DAY_MS) {
      const when = Date.parse(certificate.validTo) <= now ? "expired" : "expires";
      return `${name} ${when} on ${new Date(certificate.validTo).toISOString().slice(0, 10)}`;
    }
  }
  if (!cert.checkHost("localhost")) return "localhost.crt is not for localhost";
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) {
    return "localhost.crt is not signed by ca.crt";
  }
  if (!cert.checkPrivateKey(key)) return "localhost.key does not belong to localhost.crt";
  return undefined;
}

/** What to tell the user after new certificates were made in `directory`. */
function trustInstructions(directory, reason) {
  return [
    `Made a new development certificate in ${directory} (${reason}).`,
    "Excel and the browser must trust it before the add-in loads: on Windows or macOS run",
    "`npx office-addin-dev-certs install` (for the default folder), or import",
    `${path.join(directory, "ca.crt")} as a trusted certificate authority, then restart`,
    "`npm start`. An old KA2/Office development authority you trusted before can be removed.",
  ].join("\n");
}

/**
 * Writes a new set over `files`. generateCertificates() writes nothing when ca.crt exists, so
 * the set is made in a fresh folder beside them and moved into place, file by file.
 */
async function writeNewCertificates(files) {
  const { generateCertificates } = require("office-addin-dev-certs");
  const directory = path.dirname(files.ca);
  fs.mkdirSync(directory, { recursive: true });
  const fresh = fs.mkdtempSync(path.join(directory, ".new-"));
  try {
    const made = certificateFiles(fresh);
    await generateCertificates(made.ca, made.cert, made.key, VALID_DAYS);
    for (const name of ["key", "cert", "ca"]) fs.renameSync(made[name], files[name]);
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}

/**
 * Makes sure `directory` holds usable certificates, renewing them when not; reports a renewal
 * through `log`. Resolves what was done: { renewed, reason }.
 */
async function ensureDevCertificates({
  directory = defaultDirectory(),
  now = Date.now(),
  log = console.warn,
} = {}) {
  const files = certificateFiles(directory);
  const reason = certificateProblem(files, now);
  if (reason === undefined) return { renewed: false };
  await writeNewCertificates(files);
  log(trustInstructions(directory, reason));
  return { renewed: true, reason };
}

async function devHttpsOptions(directory = defaultDirectory()) {
  await ensureDevCertificates({ directory });
  const files = certificateFiles(directory);
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

module.exports = { devHttpsOptions, ensureDevCertificates, certificateFiles, certificateProblem };
