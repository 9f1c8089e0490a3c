import type { Finding, Severity } from "../../domain/findings";
import { severities } from "../../domain/findings";
import { tableSchema } from "../../domain/table-schema";
import { headerKey, type RawWorkbook } from "../../domain/workbook";
import { locateFinding } from "../../domain/finding-location";

/** One finding in the list's groups: the finding and its index in the check's findings. */
export interface GroupedFinding {
  index: number;
  finding: Finding;
}

/** One finding as the list draws it: also where it points. */
export interface ListedFinding extends GroupedFinding {
  /** "Partners!C3", or undefined for a finding about the whole budget. */
  address?: string;
}

export interface TableGroup<Item extends GroupedFinding = GroupedFinding> {
  /** The table's name as the workbook spells it; undefined for whole-budget findings. */
  table?: string;
  findings: Item[];
}

export interface SeverityGroup<Item extends GroupedFinding = GroupedFinding> {
  severity: Severity;
  tables: TableGroup<Item>[];
  count: number;
}

const schemaOrder = new Map(tableSchema.map((spec, index) => [headerKey(spec.name), index]));

function tableRank(table: string | undefined): number {
  if (table === undefined) return -1; // whole-budget findings first: they matter most
  return schemaOrder.get(headerKey(table)) ?? tableSchema.length;
}

/**
 * The findings grouped by severity (errors first) and then by table in the schema's order;
 * severities not in `shown` are left out. Addresses wait for `limitGroups`: only the findings
 * drawn need one, and locating thousands would slow every check and every filter.
 */
export function groupFindings(
  findings: readonly Finding[],
  shown: ReadonlySet<Severity> = new Set(severities),
): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  const keys = new Map<string, string>();
  const keyOf = (table: string) => {
    let key = keys.get(table);
    if (key === undefined) keys.set(table, (key = headerKey(table)));
    return key;
  };
  for (const severity of severities) {
    if (!shown.has(severity)) continue;
    const byTable = new Map<string, TableGroup>();
    findings.forEach((finding, index) => {
      if (finding.severity !== severity) return;
      const key = finding.table === undefined ? "" : keyOf(finding.table);
      let group = byTable.get(key);
      if (!group) {
        group = { table: finding.table, findings: [] };
        byTable.set(key, group);
      }
      group.findings.push({ index, finding });
    });
    const tables = [...byTable.values()].sort((a, b) => tableRank(a.table) - tableRank(b.table));
    const count = tables.reduce((sum, group) => sum + group.findings.length, 0);
    if (count > 0) groups.push({ severity, tables, count });
  }
  return groups;
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** How many findings the list draws at first, and how many more each "Show more" adds. */
export const findingsPageSize = 100;

/**
 * How many findings a newly shown list draws before the browser paints (a screenful in a tall
 * pane at 100% zoom); the rest of its page follows once that is painted.
 */
export const findingsFirstDraw = 20;

/**
 * The first `limit` findings of `groups`, in the same order and grouping, each with its cell
 * address in `workbook`: what the list draws, so that thousands of findings cost no more to
 * draw than a page of them.
 */
export function limitGroups(
  groups: readonly SeverityGroup[],
  limit: number,
  workbook: RawWorkbook,
): SeverityGroup<ListedFinding>[] {
  const limited: SeverityGroup<ListedFinding>[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const tables: TableGroup<ListedFinding>[] = [];
    for (const table of group.tables) {
      if (left <= 0) break;
      const findings = table.findings
        .slice(0, left)
        .map((item) => ({ ...item, address: locateFinding(item.finding, workbook)?.address }));
      left -= findings.length;
      tables.push({ ...table, findings });
    }
    // The count stays the group's whole count: its heading says how many there are.
    limited.push({ ...group, tables });
  }
  return limited;
}

/** How many findings the groups hold. */
export function countListed(groups: readonly SeverityGroup[]): number {
  return groups.reduce(
    (sum, group) => sum + group.tables.reduce((inner, table) => inner + table.findings.length, 0),
    0,
  );
}
