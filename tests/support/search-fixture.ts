import type { Claim, Person, SiteEvent } from '../../src/content/entries';
import type { ContentToIndex } from '../../src/search/records';
import { articleEntry } from './entries';

/** A small corpus made to tell the relevance rules apart: a phrase, its words apart, a word inside another, a hyphenated name, a number. */

const person = (id: string, name: string) => ({ id, data: { id, name, kind: 'person', role: `Role of ${name}`, aliases: [] } }) as unknown as Person;

const claim = (id: string, data: { quote: string; summary: string; note: string }) =>
  ({ id, data: { id, article: 'piece-a', sources: ['s'], related: [], events: [], type: 'factual', claimant: 'the-example', ...data } }) as unknown as Claim;

const paragraph = (id: string, text: string) => ({ id, text, start: 0, end: text.length });

export const CONTENT: ContentToIndex = {
  articles: [
    {
      article: articleEntry('piece-a', { outlet: 'The Example' }),
      claims: [
        claim('penalty', { quote: 'bring back the death penalty', summary: 'Calls to restore the death penalty grew.', note: 'A toll of opinion polls.' }),
        claim('toll', { quote: 'more than 140 people were killed', summary: 'The attack killed more than 140.', note: 'The official death toll was revised to 145.' }),
        claim('crisis', { quote: 'a crisis of the state', summary: 'The state is in crisis.', note: 'Nothing more.' }),
        claim('branch', { quote: 'ISIS-K claimed the attack', summary: 'A branch of Islamic State claimed it.', note: 'Also written ISKP.' }),
        claim('range', { quote: 'a range of 390km', summary: 'The missiles could fly 390km.', note: 'Not 300km.' }),
      ],
      paragraphs: [
        paragraph('p-long', `${'Words that do not matter here at all, '.repeat(8)}until the death toll was given, and then ${'more words that do not matter, '.repeat(8)}`),
        paragraph('p-isis', 'ISIS, and ISIS in a crisis, but no branch named.'),
      ],
    },
  ],
  people: [person('the-example', 'The Example')],
  events: [{ id: 'dead', data: { title: '139 dead', date: '2024-03-22', precision: 'day', summary: 'The death toll reached 139.' } } as unknown as SiteEvent],
};
