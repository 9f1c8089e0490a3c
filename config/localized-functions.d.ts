/** Types of config/localized-functions.js (CommonJS, required by webpack.config.js) for the tests. */
export interface FunctionTranslation {
  description: string;
  parameters?: Record<string, string>;
}
export function localizedFunctions(
  functionsJson: string,
  translations: Record<string, FunctionTranslation>,
): { json: string; missing: string[] };
