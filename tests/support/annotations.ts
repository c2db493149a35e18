import { readFile } from 'node:fs/promises';
import { DIST } from './project';

interface QuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

interface PositionInElement {
  type: 'CssSelector';
  value: string;
  refinedBy: { type: 'TextPositionSelector'; start: number; end: number };
}

export interface ExportedAnnotation {
  id: string;
  target: {
    source: string;
    /** A body claim's quote is the page's; a header claim's is refined from its line's element, like its positions. */
    selector: [QuoteSelector | { type: 'CssSelector'; value: string; refinedBy: QuoteSelector }, PositionInElement];
  };
}

export interface ExportedCollection {
  id: string;
  total: number;
  first: { items: ExportedAnnotation[] };
}

/** An article's built W3C annotation export, as a test reads it. */
export async function readAnnotations(articleId: string): Promise<ExportedCollection> {
  return JSON.parse(await readFile(`${DIST}annotations/${articleId}.jsonld`, 'utf8')) as ExportedCollection;
}

/** The claim id an exported annotation stands for (its id ends "#claim-<id>"). */
export function claimIdOf(annotation: ExportedAnnotation): string {
  return annotation.id.slice(annotation.id.indexOf('#claim-') + '#claim-'.length);
}

/** The words an exported annotation selects, wherever its quote selector sits. */
export function exactOf(annotation: ExportedAnnotation): string {
  const [first] = annotation.target.selector;
  return first.type === 'CssSelector' ? first.refinedBy.exact : first.exact;
}
