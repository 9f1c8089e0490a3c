import { messageLanguage, type MessageLanguage } from "../messages/message-language";

/**
 * The language of Excel's interface, from Office.context.displayLanguage ("lv-LV", "en-US"),
 * for the custom functions' messages; English when it is unknown. The functions run in the
 * pane's shared runtime, a browser runtime where Office.context exists once office.js has
 * initialised; before that, outside Excel, or in a JavaScript-only runtime (where Office was
 * undefined on Windows, office-js issue 769) there is no Office.context, so it is read on each
 * call rather than once.
 */
export function excelDisplayLanguage(): MessageLanguage {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return messageLanguage(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
}
