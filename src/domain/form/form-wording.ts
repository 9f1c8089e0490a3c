import type { Finding } from "../findings";

/**
 * What the form export needs from a face to write in its user's language: the findings'
 * messages. Each face passes one built on the shared message catalogues.
 */
export interface FormWording {
  findingMessage(finding: Finding): string;
}

/** A rule error as the form export lists it: the rule, where, and its message in words. */
export interface FormError {
  rule: Finding["rule"];
  message: string;
  table?: string;
  row?: number;
  column?: string;
}
