/**
 * Reads what a user (or a screen reader) would find in static markup from react-dom/server:
 * buttons by accessible name, checkboxes by label, and the visible text. Enough for the
 * pane's render tests, since jest runs in node without a DOM.
 */

export interface ButtonInfo {
  readonly name: string;
  readonly disabled: boolean;
  readonly type: string | null;
}

export interface CheckboxInfo {
  readonly label: string;
  readonly checked: boolean;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? (match[1] ?? "") : null;
}

function hasAttribute(tag: string, name: string): boolean {
  return new RegExp(`\\s${name}(=|\\s|/?>)`).test(tag);
}

/** Visible text: tags removed, entities that React escapes decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

export function buttons(html: string): ButtonInfo[] {
  return [...html.matchAll(/(<button[^>]*>)([\s\S]*?)<\/button>/g)].map((m) => {
    const tag = m[1] ?? "";
    return {
      name: attribute(tag, "aria-label") ?? textOf(m[2] ?? ""),
      disabled: hasAttribute(tag, "disabled") || attribute(tag, "aria-disabled") === "true",
      type: attribute(tag, "type"),
    };
  });
}

export function checkboxes(html: string): CheckboxInfo[] {
  const labels = new Map(
    [...html.matchAll(/<label[^>]*\sfor="([^"]+)"[^>]*>([\s\S]*?)<\/label>/g)].map((m) => [
      m[1],
      textOf(m[2] ?? ""),
    ]),
  );
  return [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map((m) => ({
    label: labels.get(attribute(m[0], "id") ?? "") ?? "",
    checked: hasAttribute(m[0], "checked"),
  }));
}
