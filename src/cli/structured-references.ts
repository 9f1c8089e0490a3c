/**
 * The schema writes computed columns as Excel shows them (`=KA2.MGMT([@Role],[@Months])`).
 * Inside an .xlsx file Excel stores formulas without the leading "=" and with the
 * this-row shorthand spelled out (`Partners[[#This Row],[Role]]`); a file with `[@Role]` in
 * it is refused or "repaired" by Excel.
 */
export function fileFormula(formula: string, table: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(/\[@([^\]]+)\]/g, (_, column: string) => `${table}[[#This Row],[${column}]]`);
}
