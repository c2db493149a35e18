import { readFile } from 'node:fs/promises';
import { DIST } from './project';

export interface ExportedAnnotation {
  id: string;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'CssSelector'; value: string; refinedBy: { type: 'TextPositionSelector'; start: number; end: number } },
    ];
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
