import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../domain/findings";
import { renderFinding } from "../../messages/messages";

/**
 * A finding's message in the pane's language, each rendered once per language: a long list
 * redrawn (a filter, "Show more", a language switched back) formats none of them again.
 */
export function useFindingText(): (finding: Finding) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // Per language, by finding: a new check's findings are new objects, and the old ones go.
  const caches = useRef(new Map<string, WeakMap<Finding, string>>());
  return useMemo(() => {
    let cache = caches.current.get(language);
    if (!cache) caches.current.set(language, (cache = new WeakMap()));
    const texts = cache;
    return (finding) => {
      let text = texts.get(finding);
      if (text === undefined) {
        text = renderFinding(finding, i18n, language);
        texts.set(finding, text);
      }
      return text;
    };
  }, [i18n, language]);
}
