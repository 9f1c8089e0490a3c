import type { CellError, CellValue } from "../domain/workbook";
import { isCellError } from "../domain/workbook";

/**
 * Evaluates the schema's computed-column formulas the way Excel would, so a written workbook
 * carries the cached results Excel itself would store. Only the little of Excel's formula
 * language the schema uses is understood: numbers, "text", [@Column], Table[Column],
 * Table[[First]:[Last]] (rows of adjacent columns, for the KA2 functions' rates), =, <>,
 * + - * /, and the functions passed in (IF, ISBLANK, INDEX, MATCH, IFERROR and KA2.*).
 * Anything else is a programming error in the schema and throws.
 */

export type FormulaValue = CellValue | readonly CellValue[] | readonly (readonly CellValue[])[];

export interface FormulaScope {
  /** A cell of the row being computed, by column header. */
  thisRow(column: string): CellValue;
  /** A whole column of a table (for INDEX/MATCH lookups). */
  column(table: string, column: string): readonly CellValue[];
  /** The rows of a table's columns from `first` to `last` (Rates[[Figure]:[Value]]). */
  columns?(table: string, first: string, last: string): readonly (readonly CellValue[])[];
}

/** An Excel function: arguments are evaluated lazily so IF and IFERROR behave like Excel's. */
export type FormulaFunction = (args: readonly (() => FormulaValue)[]) => FormulaValue;

type Node =
  | { kind: "literal"; value: CellValue }
  | { kind: "thisRow"; column: string }
  | { kind: "column"; table: string; column: string }
  | { kind: "columns"; table: string; first: string; last: string }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "negate"; operand: Node }
  | { kind: "binary"; operator: string; left: Node; right: Node };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\d+(?:\.\d+)?)|(\[@[^\]]+\])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/=<>(),:[\]]))/y;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (text.slice(start).trim() === "") break;
      throw new Error(`Cannot read the formula ${formula} at "${text.slice(start)}"`);
    }
    tokens.push(match[0].trim());
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(
    private readonly tokens: string[],
    private readonly formula: string,
  ) {}

  parse(): Node {
    const node = this.comparison();
    if (this.position < this.tokens.length) this.fail(`unexpected "${this.peek()}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private next(): string {
    const token = this.tokens[this.position++];
    if (token === undefined) this.fail("unexpected end");
    return token;
  }

  private expect(token: string): void {
    if (this.next() !== token) this.fail(`expected "${token}"`);
  }

  private fail(why: string): never {
    throw new Error(`Cannot read the formula ${this.formula}: ${why}`);
  }

  /** `Table[[First]:[Last]]`, after its first "[". */
  private columnSpan(table: string): Node {
    const name = (): string => {
      this.expect("[");
      const column = this.next();
      this.expect("]");
      return column;
    };
    const first = name();
    this.expect(":");
    const last = name();
    this.expect("]");
    return { kind: "columns", table, first, last };
  }

  private comparison(): Node {
    const left = this.additive();
    const operator = this.peek();
    if (operator && ["=", "<>", "<", ">", "<=", ">="].includes(operator)) {
      this.position++;
      return { kind: "binary", operator, left, right: this.additive() };
    }
    return left;
  }

  private additive(): Node {
    let node = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const operator = this.next();
      node = { kind: "binary", operator, left: node, right: this.term() };
    }
    return node;
  }

  private term(): Node {
    let node = this.unary();
    while (this.peek() === "*" || this.peek() === "/") {
      const operator = this.next();
      node = { kind: "binary", operator, left: node, right: this.unary() };
    }
    return node;
  }

  private unary(): Node {
    if (this.peek() === "-") {
      this.position++;
      return { kind: "negate", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.next();
    if (token.startsWith('"')) {
      return { kind: "literal", value: token.slice(1, -1).replace(/""/g, '"') };
    }
    if (/^\d/.test(token)) return { kind: "literal", value: Number(token) };
    if (token.startsWith("[@")) return { kind: "thisRow", column: token.slice(2, -1) };
    if (token === "(") {
      const node = this.comparison();
      this.expect(")");
      return node;
    }
    if (!/^[A-Za-z_]/.test(token)) this.fail(`unexpected "${token}"`);
    if (this.peek() === "[") {
      this.position++;
      if (this.peek() === "[") return this.columnSpan(token);
      const column = this.next();
      this.expect("]");
      return { kind: "column", table: token, column };
    }
    this.expect("(");
    const args: Node[] = [];
    if (this.peek() !== ")") {
      args.push(this.comparison());
      while (this.peek() === ",") {
        this.position++;
        args.push(this.comparison());
      }
    }
    this.expect(")");
    return { kind: "call", name: token.toUpperCase(), args };
  }
}

const VALUE_ERROR: CellError = { error: "#VALUE!" };

/** A single value as a number, the way Excel coerces an operand of + - * / (blank is 0). */
function asNumber(value: FormulaValue): number | CellError {
  if (Array.isArray(value)) return VALUE_ERROR;
  const single = value as CellValue;
  if (isCellError(single)) return single;
  if (single === null) return 0;
  if (typeof single === "boolean") return single ? 1 : 0;
  if (typeof single === "number") return single;
  const number = Number(single);
  return single.trim() !== "" && Number.isFinite(number) ? number : VALUE_ERROR;
}

function compare(operator: string, left: CellValue, right: CellValue): boolean {
  // Excel compares text case-insensitively, and a blank equals "" or 0.
  const key = (value: CellValue): string | number | boolean =>
    value === null ? "" : typeof value === "string" ? value.toLowerCase() : (value as number);
  const a = key(left);
  const b = key(right);
  switch (operator) {
    case "=":
      return a === b || (left === null && b === 0) || (right === null && a === 0);
    case "<>":
      return !compare("=", left, right);
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    default:
      return a >= b;
  }
}

function evaluateNode(
  node: Node,
  scope: FormulaScope,
  functions: Readonly<Record<string, FormulaFunction>>,
): FormulaValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "thisRow":
      return scope.thisRow(node.column);
    case "column":
      return scope.column(node.table, node.column);
    case "columns":
      return scope.columns?.(node.table, node.first, node.last) ?? [];
    case "negate": {
      const value = asNumber(evaluateNode(node.operand, scope, functions));
      return typeof value === "number" ? -value : value;
    }
    case "binary": {
      const left = evaluateNode(node.left, scope, functions);
      const right = evaluateNode(node.right, scope, functions);
      if (Array.isArray(left) || Array.isArray(right)) return VALUE_ERROR;
      const l = left as CellValue;
      const r = right as CellValue;
      if (isCellError(l)) return l;
      if (isCellError(r)) return r;
      if (!["+", "-", "*", "/"].includes(node.operator)) return compare(node.operator, l, r);
      const a = asNumber(l);
      const b = asNumber(r);
      if (typeof a !== "number") return a;
      if (typeof b !== "number") return b;
      if (node.operator === "+") return a + b;
      if (node.operator === "-") return a - b;
      if (node.operator === "*") return a * b;
      return b === 0 ? { error: "#DIV/0!" } : a / b;
    }
    case "call": {
      const run = functions[node.name];
      if (!run) throw new Error(`The formula function ${node.name} is not known to the writer`);
      return run(node.args.map((arg) => () => evaluateNode(arg, scope, functions)));
    }
  }
}

/** A formula read once and evaluated for many rows. */
export type CompiledFormula = (scope: FormulaScope) => CellValue;

/** Reads a formula once; the result gives its value for a row (an array result is #VALUE!). */
export function compileFormula(
  formula: string,
  functions: Readonly<Record<string, FormulaFunction>>,
): CompiledFormula {
  const tree = new Parser(tokenize(formula), formula).parse();
  return (scope) => {
    const value = evaluateNode(tree, scope, functions);
    return Array.isArray(value) ? VALUE_ERROR : (value as CellValue);
  };
}
