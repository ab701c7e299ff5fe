/**
 * The pane's language as App holds it, for the components that change it: the header's
 * language switch and the "Cài đặt" page when a plan's saved language differs. Components
 * that only show text use useTranslate (I18nContext) instead.
 */
import { createContext, useContext } from "react";
import type { Lang } from "./messages";

export interface LanguageState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

/** Outside App (single components in tests) the language is Vietnamese and cannot change. */
export const LanguageContext = createContext<LanguageState>({ lang: "vi", setLang: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
