/**
 * The pane's language, as a small native select in the header ("Ngôn ngữ"): compact at the
 * pane's 320 px, every keyboard and screen reader knows how to work it, and it costs the
 * pane's first load nothing (Fluent's Select would add its own styles and code). Each
 * language is named in itself, so a user who cannot read the current one still finds theirs.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import { useLanguage } from "../i18n/language-context";
import type { Lang } from "../i18n/messages";

const LANGUAGES: readonly { readonly lang: Lang; readonly name: string }[] = [
  { lang: "vi", name: "Tiếng Việt" },
  { lang: "en", name: "English" },
];

const useStyles = makeStyles({
  select: {
    minHeight: "24px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export function LanguageSwitch() {
  const styles = useStyles();
  const t = useTranslate();
  const { lang, setLang } = useLanguage();
  return (
    <select
      className={styles.select}
      aria-label={t("languageLabel")}
      value={lang}
      onChange={(event) => setLang(event.target.value as Lang)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.lang} value={l.lang} lang={l.lang}>
          {l.name}
        </option>
      ))}
    </select>
  );
}
