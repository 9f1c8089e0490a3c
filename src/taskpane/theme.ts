import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The pane's two looks: Fluent's web light and web dark themes. */
export type PaneTheme = "light" | "dark";

export const fluentThemes: Record<PaneTheme, Theme> = { light: webLightTheme, dark: webDarkTheme };

/** The parts of Office's theme (`Office.context.officeTheme`) the pane looks at. */
export interface OfficeThemeColours {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of a "#RRGGBB" colour; undefined if it is not one. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark for Office's Dark Gray and Black themes, light otherwise. `isDarkTheme` is not in every
 * Office version, so a dark body background counts too; no theme at all (a browser) is light.
 */
export function paneThemeOf(office: OfficeThemeColours | undefined): PaneTheme {
  if (!office) return "light";
  if (office.isDarkTheme === true) return "dark";
  const background = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : undefined;
  return background !== undefined && background < 0.18 ? "dark" : "light";
}

/** The theme a page address asks for: `?theme=dark` (the preview's way to show the dark look). */
export function paneThemeFromQuery(search: string): PaneTheme | undefined {
  const wanted = new URLSearchParams(search).get("theme");
  return wanted === "dark" || wanted === "light" ? wanted : undefined;
}
