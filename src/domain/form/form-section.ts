/** A section of the application form's budget part, as rows ready to copy into the form. */

export type FormCell = string | number;

export interface FormColumn {
  key: string;
  label: string;
  /** amount: EUR with two decimals; number: a count or quantity; text: as is. */
  kind: "text" | "number" | "amount";
}

export interface FormSection {
  id: string;
  title: string;
  columns: FormColumn[];
  rows: Record<string, FormCell>[];
  /** The unit-cost amount asked for, what the form accepts after caps, and the cut. */
  total: { requested: number; granted: number; cut: number };
  /** Why amounts were cut, when a cap applied. */
  note?: string;
}
