import { X509Certificate } from "crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { generateCertificates } from "office-addin-dev-certs";
import {
  certificateFiles,
  certificateProblem,
  devHttpsOptions,
  ensureDevCertificates,
} from "../../config/dev-certs";

/*
 * The dev server's certificate in a temporary KA2_CERTS_DIR: office-addin-dev-certs makes it
 * valid for 30 days and never renews it, so `npm start` must notice an expired, incomplete or
 * mismatched set, make a new one and tell the user to trust it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
let directory = "";

beforeEach(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), "ka2-certs-"));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

/** Writes a certificate set valid for `days` (negative: expired that many days ago). */
async function certificates(days: number): Promise<void> {
  const files = certificateFiles(directory);
  // generateCertificates writes nothing while ca.crt exists.
  for (const file of Object.values(files)) rmSync(file, { force: true });
  await generateCertificates(files.ca, files.cert, files.key, days);
}

const validTo = () =>
  Date.parse(new X509Certificate(readFileSync(certificateFiles(directory).cert)).validTo);

describe("the development certificate", () => {
  it("is made when the folder is empty, and the user is told to trust it", async () => {
    const log = jest.fn();
    await expect(ensureDevCertificates({ directory, log })).resolves.toEqual({
      renewed: true,
      reason: "ca.crt, localhost.crt, localhost.key missing",
    });
    expect(certificateProblem(certificateFiles(directory))).toBeUndefined();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain("npx office-addin-dev-certs install");
    expect(log.mock.calls[0]?.[0]).toContain(path.join(directory, "ca.crt"));
  });

  it("is kept while valid: nothing written, nothing said", async () => {
    await certificates(30);
    const before = readFileSync(certificateFiles(directory).cert, "utf8");
    const log = jest.fn();
    await expect(ensureDevCertificates({ directory, log })).resolves.toEqual({ renewed: false });
    expect(readFileSync(certificateFiles(directory).cert, "utf8")).toBe(before);
    expect(log).not.toHaveBeenCalled();
  });

  it("is renewed when expired, for another 30 days", async () => {
    await certificates(-2);
    expect(validTo()).toBeLessThan(Date.now());
    const log = jest.fn();
    const result = await ensureDevCertificates({ directory, log });
    expect(result.renewed).toBe(true);
    expect(result.reason).toMatch(/^localhost\.crt expired on \d{4}-\d\d-\d\d$/);
    expect(validTo()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    expect(log.mock.calls[0]?.[0]).toMatch(/^Made a new development certificate in .*expired/);
  });

  it("is renewed a day before it expires", async () => {
    await certificates(30);
    const result = await ensureDevCertificates({
      directory,
      now: validTo() - DAY_MS / 2,
      log: jest.fn(),
    });
    expect(result).toMatchObject({ renewed: true, reason: expect.stringMatching(/expires on/) });
  });

  it("is renewed when a file is missing, unreadable or from another set", async () => {
    const files = certificateFiles(directory);
    await certificates(30);
    unlinkSync(files.key);
    expect(certificateProblem(files)).toBe("localhost.key missing");

    await certificates(30);
    writeFileSync(files.cert, "not a certificate");
    expect(certificateProblem(files)).toMatch(/^a file cannot be read as a certificate or key/);

    await certificates(30);
    const otherCa = readFileSync(files.ca);
    await certificates(30);
    writeFileSync(files.ca, otherCa);
    expect(certificateProblem(files)).toBe("localhost.crt is not signed by ca.crt");

    await expect(ensureDevCertificates({ directory, log: jest.fn() })).resolves.toMatchObject({
      renewed: true,
    });
    expect(certificateProblem(files)).toBeUndefined();
    // Only the three files are left: the working folder is gone.
    expect(readdirSync(directory).sort()).toEqual(["ca.crt", "localhost.crt", "localhost.key"]);
  });

  it("gives the dev server the files it made", async () => {
    const options = await devHttpsOptions(directory);
    const files = certificateFiles(directory);
    expect(options.cert.toString()).toBe(readFileSync(files.cert, "utf8"));
    expect(options.key.toString()).toBe(readFileSync(files.key, "utf8"));
  });
});
