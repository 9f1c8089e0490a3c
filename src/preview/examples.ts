import type { RawWorkbook } from "../domain/workbook";
import { manyFindingsWorkbook } from "./many-findings";

/** A workbook of examples/, read by the CLI's xlsx reader when the preview was built. */
export interface PreviewExample {
  /** "sp-mistakes.xlsx". */
  file: string;
  workbook: RawWorkbook;
}

/** Filled in by webpack.preview.config.js (DefinePlugin) from examples/*.xlsx. */
declare const __PREVIEW_EXAMPLES__: PreviewExample[];

/**
 * The examples built into the preview, plus an empty workbook to try "Set up" and a made-up
 * budget with 3,000 findings to try a long list.
 */
export function previewExamples(): PreviewExample[] {
  return [
    ...__PREVIEW_EXAMPLES__,
    { file: "(empty workbook)", workbook: { tables: [] } },
    { file: "(3000 findings)", workbook: manyFindingsWorkbook(3000) },
  ];
}
