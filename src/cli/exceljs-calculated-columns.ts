/**
 * Calculated table columns (a column whose every row holds the same formula, which Excel
 * copies into rows the user adds) in exceljs 4.4.0, which gets them wrong both ways:
 *
 * - Reading: a `<tableColumn>` with a `<calculatedColumnFormula>` child ends exceljs's column
 *   list early, and loading then fails with "Cannot set properties of undefined (setting
 *   'filterButton')" (exceljs issue #1240, unmerged fix in PR #1936). Every budget saved by
 *   Excel with KA2 formulas in its tables has such columns, so without this the command
 *   could not read them.
 * - Writing: exceljs never writes the element (feature request #1417), so a template's
 *   formulas would be loose cells and rows the user adds would stay empty.
 *
 * This patches exceljs's private table-column serializer once per process: it reads and
 * writes the element and leaves everything else as exceljs does it. exceljs is pinned to
 * 4.4.0 exactly; the CLI tests write and read such tables, so an upgrade that changes the
 * internals fails there.
 */

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: string): void;
  closeNode(): void;
}

interface TableColumnModel {
  id: number;
  name: string;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  dxfId?: string;
  calculatedColumnFormula?: string;
}

interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}

interface TableColumnXform {
  model?: TableColumnModel;
  render(xmlStream: XmlStream, model: TableColumnModel): boolean;
  parseOpen(node: SaxNode): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
}

/** Parse state kept on the (shared, reused) serializer instance. */
interface ParseState {
  insideColumn?: boolean;
  formulaText?: string[];
}

let patched = false;

export function enableCalculatedColumns(): void {
  if (patched) return;
  patched = true;
  // A deep require: the serializer is not part of exceljs's public API.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as {
    prototype: TableColumnXform;
  };
  const originalParseOpen = xform.prototype.parseOpen;

  xform.prototype.render = function render(xmlStream, model) {
    xmlStream.openNode("tableColumn", {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    });
    if (model.calculatedColumnFormula) {
      xmlStream.leafNode("calculatedColumnFormula", undefined, model.calculatedColumnFormula);
    }
    xmlStream.closeNode();
    return true;
  };

  xform.prototype.parseOpen = function parseOpen(this: TableColumnXform & ParseState, node) {
    if (node.name === "tableColumn") {
      originalParseOpen.call(this, node);
      this.insideColumn = true;
      this.formulaText = undefined;
      return true;
    }
    if (!this.insideColumn) return false;
    if (node.name === "calculatedColumnFormula") this.formulaText = [];
    // Other children (totalsRowFormula, xmlColumnPr, extLst) are skipped.
    return true;
  };

  xform.prototype.parseText = function parseText(this: TableColumnXform & ParseState, text) {
    this.formulaText?.push(text);
  };

  xform.prototype.parseClose = function parseClose(this: TableColumnXform & ParseState, name) {
    if (name === "calculatedColumnFormula" && this.formulaText && this.model) {
      this.model.calculatedColumnFormula = this.formulaText.join("");
      this.formulaText = undefined;
    }
    if (name !== "tableColumn") return true;
    this.insideColumn = false;
    return false;
  };
}
