/**
 * The plan's document tree as the pane shows it: the two-column header of Nghị định 30, the
 * title, headings, paragraphs, "- " and "+ " lists, the boxed list of errors (the guard) and
 * the recipients beside the signature. Only layout happens here; every word comes from the
 * tree. Figures are buttons (NarrativeFigure) that lead to their cell.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type {
  Block,
  HeaderBlock,
  Inline,
  NarrativeDocument,
  Paragraph,
  SignatureBlock,
  TitleBlock,
  WarningBlock,
} from "../../domain/narrative/document";
import { useTranslate } from "../i18n/I18nContext";
import type { FigureRef } from "../state/use-narrative";
import { NarrativeFigure } from "./NarrativeFigure";

const useStyles = makeStyles({
  page: {
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  twoColumns: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  line: { margin: 0 },
  centred: { textAlign: "center", margin: 0 },
  bold: { fontWeight: tokens.fontWeightBold },
  italic: { fontStyle: "italic" },
  underlined: { textDecorationLine: "underline" },
  heading: { fontSize: "inherit", fontWeight: tokens.fontWeightBold, margin: `${tokens.spacingVerticalS} 0` },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightBold,
    textAlign: "center",
    margin: 0,
  },
  body: { textAlign: "justify", textIndent: "1.5em", margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", padding: 0, margin: `0 0 ${tokens.spacingVerticalXS}` },
  subItem: { paddingLeft: "1.5em" },
  warning: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    color: tokens.colorPaletteRedForeground1,
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  recipients: { fontSize: tokens.fontSizeBase200, margin: 0 },
  block: { marginBottom: tokens.spacingVerticalM },
});

type Styles = ReturnType<typeof useStyles>;
type OnFigure = (figure: FigureRef) => void;

function Runs({ content, onFigure }: { readonly content: readonly Inline[]; readonly onFigure: OnFigure }) {
  return (
    <>
      {content.map((inline, i) =>
        inline.kind === "text" ? (
          inline.text
        ) : (
          <NarrativeFigure key={i} figure={inline} onSelect={onFigure} />
        ),
      )}
    </>
  );
}

function Lines({ lines, className }: { readonly lines: readonly string[]; readonly className?: string }) {
  return (
    <>
      {lines.map((line, i) => (
        <p key={i} className={className}>
          {line}
        </p>
      ))}
    </>
  );
}

function Header({ block, s }: { readonly block: HeaderBlock; readonly s: Styles }) {
  const last = block.issuer.length - 1;
  return (
    <div className={mergeClasses(s.twoColumns, s.block)}>
      <div>
        {block.issuer.map((line, i) => (
          <p key={i} className={mergeClasses(s.centred, s.bold, i === last && s.underlined)}>
            {line}
          </p>
        ))}
        <p className={s.centred}>{block.number}</p>
      </div>
      <div>
        <p className={mergeClasses(s.centred, s.bold)}>{block.nationalTitle}</p>
        <p className={mergeClasses(s.centred, s.bold, s.underlined)}>{block.motto}</p>
        <p className={mergeClasses(s.centred, s.italic)}>{block.placeDate}</p>
      </div>
    </div>
  );
}

function Title({ block, s }: { readonly block: TitleBlock; readonly s: Styles }) {
  return (
    <div className={s.block}>
      <h2 className={s.title}>{block.title}</h2>
      <Lines lines={block.subject} className={mergeClasses(s.centred, s.bold)} />
    </div>
  );
}

function Warning({ block, s }: { readonly block: WarningBlock; readonly s: Styles }) {
  const t = useTranslate();
  return (
    <section aria-label={t("previewWarningLabel")} className={s.warning}>
      <p className={mergeClasses(s.bold, s.centred)}>{block.heading}</p>
      <ul className={s.list}>
        {block.items.map((item, i) => (
          <li key={i}>- {item}</li>
        ))}
      </ul>
    </section>
  );
}

function Signature({ block, s }: { readonly block: SignatureBlock; readonly s: Styles }) {
  return (
    <div className={mergeClasses(s.twoColumns, s.block)}>
      <div>
        <p className={mergeClasses(s.line, s.bold, s.italic)}>{block.recipientsHeading}</p>
        <Lines lines={block.recipients} className={s.recipients} />
      </div>
      <div>
        <Lines lines={block.authority} className={mergeClasses(s.centred, s.bold)} />
        {block.signerName !== "" && <p className={mergeClasses(s.centred, s.bold)}>{block.signerName}</p>}
      </div>
    </div>
  );
}

const HEADING_TAGS = { "heading-1": "h3", "heading-2": "h4", "heading-3": "h5" } as const;

function Text({
  block,
  s,
  onFigure,
}: {
  readonly block: Paragraph;
  readonly s: Styles;
  readonly onFigure: OnFigure;
}) {
  const look = mergeClasses(block.bold && s.bold, block.italic && s.italic);
  const runs = <Runs content={block.content} onFigure={onFigure} />;
  if (block.style === "body" || block.style === "list")
    return <p className={mergeClasses(s.body, look)}>{runs}</p>;
  const Tag = HEADING_TAGS[block.style];
  return <Tag className={mergeClasses(s.heading, look)}>{runs}</Tag>;
}

function List({
  items,
  s,
  onFigure,
}: {
  readonly items: readonly Paragraph[];
  readonly s: Styles;
  readonly onFigure: OnFigure;
}) {
  return (
    <ul className={s.list}>
      {items.map((item, i) => (
        <li key={i} className={mergeClasses(s.body, item.marker === "+" && s.subItem)}>
          {`${item.marker ?? "-"} `}
          <Runs content={item.content} onFigure={onFigure} />
        </li>
      ))}
    </ul>
  );
}

type Group = { readonly list: Paragraph[] } | { readonly block: Block };

/** Consecutive list items become one list, so a screen reader says how many there are. */
function grouped(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const isItem = block.kind === "paragraph" && block.style === "list";
    if (isItem && last && "list" in last) last.list.push(block);
    else groups.push(isItem ? { list: [block] } : { block });
  }
  return groups;
}

function BlockView({
  block,
  s,
  onFigure,
}: {
  readonly block: Block;
  readonly s: Styles;
  readonly onFigure: OnFigure;
}): ReactNode {
  switch (block.kind) {
    case "paragraph":
      return <Text block={block} s={s} onFigure={onFigure} />;
    case "header":
      return <Header block={block} s={s} />;
    case "title":
      return <Title block={block} s={s} />;
    case "warning":
      return <Warning block={block} s={s} />;
    case "signature":
      return <Signature block={block} s={s} />;
  }
}

export interface NarrativePreviewProps {
  readonly document: NarrativeDocument;
  readonly onFigure: OnFigure;
}

export function NarrativePreview({ document, onFigure }: NarrativePreviewProps) {
  const t = useTranslate();
  const s = useStyles();
  return (
    <article aria-label={t("previewLabel")} lang="vi" className={s.page}>
      {grouped(document.blocks).map((group, i) =>
        "list" in group ? (
          <List key={i} items={group.list} s={s} onFigure={onFigure} />
        ) : (
          <BlockView key={i} block={group.block} s={s} onFigure={onFigure} />
        ),
      )}
    </article>
  );
}
