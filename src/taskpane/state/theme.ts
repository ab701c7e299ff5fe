/**
 * The Fluent theme for the pane: Fluent's web theme, dark or light as Office is, with the
 * background and text colours Office uses for its own panes so ours does not stand out.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColours } from "../host";

const HEX_COLOUR = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** "#1f1f1f" -> true. Used when an older Office does not report isDarkTheme. */
function isDarkColour(hex: string): boolean {
  const match = HEX_COLOUR.exec(hex);
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => parseInt(c ?? "0", 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

export function paneTheme(office: OfficeThemeColours | null): Theme {
  if (!office) return webLightTheme;
  const dark = office.isDarkTheme ?? isDarkColour(office.bodyBackgroundColor);
  const base = dark ? webDarkTheme : webLightTheme;
  // Some hosts report "" for colours they do not theme; keep Fluent's colour then.
  const colour = (value: string, fallback: string) =>
    HEX_COLOUR.test(value) ? `#${value.replace(/^#/, "")}` : fallback;
  return {
    ...base,
    colorNeutralBackground1: colour(office.bodyBackgroundColor, base.colorNeutralBackground1),
    colorNeutralForeground1: colour(office.bodyForegroundColor, base.colorNeutralForeground1),
  };
}
