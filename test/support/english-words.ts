import { ruleIds } from "../../src/domain/findings";

/*
 * English words that no Latvian text of the add-in holds: a Latvian user reads no English.
 * Before searching, what is not the tool's own text is taken out: text the user typed (passed
 * in), rule ids, and function argument names ("Argumentam months"). Table and column names
 * (Partners, Amount) are the workbook's contract and start with a capital; the words searched
 * for are lower case.
 */

export const englishWords = [
  "the",
  "and",
  "of",
  "is",
  "are",
  "was",
  "were",
  "has",
  "must",
  "under",
  "more",
  "total",
  "rule",
  "rules",
  "budget",
  "cell",
  "cells",
  "row",
  "not",
  "blank",
  "got",
  "wrote",
  "breaks",
  "cap",
  "grant",
  "error",
  "errors",
  "warning",
  "warnings",
  "notes",
  "funded",
  "requested",
  "counted",
  "months",
  "days",
  "participants",
  "organisation",
  "organisations",
  "countries",
  "year",
  "with",
  "from",
  "per",
  "only",
  "findings",
  "meeting",
  "meetings",
  "support",
  "travel",
  "costs",
  "which",
  "this",
];
const englishWord = new RegExp(`(?<![\\p{L}.-])(${englishWords.join("|")})(?![\\p{L}.-])`, "u");

/** The lines of `text` that hold an English word once `typed` text and rule ids are removed. */
export function englishLines(text: string, typed: readonly string[] = []): string[] {
  const whole = (part: string) =>
    new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
  const longestFirst = [...typed].sort((a, b) => b.length - a.length);
  const taken = [...longestFirst, ...ruleIds].map(whole);
  return text.split(/\r?\n/).filter((line) => {
    // An argument's name is the function's, as Excel shows it: "Argumentam months …".
    let own = line.replace(/Argumentam \w+/g, " ");
    for (const part of taken) own = own.replace(part, " ");
    return englishWord.test(own);
  });
}
