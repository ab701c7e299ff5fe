/**
 * Hands the pane's translate function to every component, so the language is chosen once
 * (App's `lang` prop) instead of being threaded through each component's props.
 */
import { createContext, useContext } from "react";
import type { Translate } from "./translate";
import { translator } from "./translate";

export const I18nContext = createContext<Translate>(translator("vi"));

export function useTranslate(): Translate {
  return useContext(I18nContext);
}
