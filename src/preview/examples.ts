import type { RawWorkbook } from "../domain/workbook";

/** A workbook of examples/, read by the CLI's xlsx reader when the preview was built. */
export interface PreviewExample {
  /** "sp-mistakes.xlsx". */
  file: string;
  workbook: RawWorkbook;
}

/** Filled in by webpack.preview.config.js (DefinePlugin) from examples/*.xlsx. */
declare const __PREVIEW_EXAMPLES__: PreviewExample[];

/** The examples built into the preview, plus an empty workbook to try "Set up". */
export function previewExamples(): PreviewExample[] {
  return [...__PREVIEW_EXAMPLES__, { file: "(empty workbook)", workbook: { tables: [] } }];
}
