/** The text of `ka2-budget --help`. */
export const usage = `ka2-budget — check Erasmus+ KA2 (call 2014) budget workbooks

Usage:
  ka2-budget check FILE.xlsx [--json] [--lang lv|en]
      Recompute every line, check caps and consortium rules, report findings.
      Exit 0: no rule errors; 1: rule errors found; 2: the file cannot be read.
      --json prints { action, rulebook, months, totals, findings } and nothing else.
  ka2-budget export FILE.xlsx --out PATH [--format csv|json|xlsx] [--separator ";"] [--force] [--lang lv|en]
      The numbers of the application form's budget part, in the form's order.
      xlsx: a copy of the workbook with a "Form summary" sheet; FILE is never changed.
      The format defaults to PATH's extension. CSV fields are separated by "," unless
      --separator ";" is given (Excel in Latvian and most EU languages). Exit 1 when the budget breaks rules
      (the export is still written and says so).
  ka2-budget template OUT.xlsx [--action SP|KA|SSA] [--months N] [--field FIELD] [--title TEXT] [--force]
      Write a new budget workbook with every table, its formulas and dropdowns.
      --field (SP only): school, vet, higher-education, adult or youth; left blank
      when not given (not youth). Youth: 6 to 24 months, 2 organisations from 2 countries.
      An existing OUT is kept unless --force is given.
  ka2-budget fn NAME ARG... [--rate FIGURE=VALUE]...
      Run a KA2 worksheet function, e.g. "ka2-budget fn MGMT coordinator 24" prints 12000.
      --rate replaces a rulebook figure, as a row of the Rates table does (repeatable).
      Exit 1 when the function refuses its arguments or a rate (the message says why).
  ka2-budget rates [--json]
      Every rulebook figure id with its value, confidence mark and sources.
  ka2-budget --help | --version

--lang: the language of messages and headings, Latvian or English; by default the
locale's (LC_ALL, LC_MESSAGES or LANG: lv_LV.UTF-8 is Latvian), English when unset.

A wrong command line (unknown command, option or function, a missing name) exits 2.
Guide: docs/cli.md
`;
