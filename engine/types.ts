/** Shared types of the Kootniti engine: what goes in (an Article) and what comes out (a Summary). */

/** Languages the engine summarises. */
export type Lang = 'hi' | 'en';

/** One block of an article body, in reading order. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'listItem' | 'quote';
  text: string;
}

/** An article as the engine receives it: metadata plus ordered body blocks. */
export interface Article {
  title: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  url?: string | null;
  /** The page's declared language (`<html lang>`), a hint only. */
  lang?: string | null;
  blocks: Block[];
}

/** Topic ids: a public contract (see utils/topics/taxonomy.ts). */
export type TopicId =
  | 'defence'
  | 'security'
  | 'geopolitics'
  | 'multilateral'
  | 'trade'
  | 'investment'
  | 'energy'
  | 'connectivity'
  | 'technology'
  | 'space'
  | 'health'
  | 'climate'
  | 'agriculture'
  | 'people';

/** A label in both languages. */
export interface Bilingual {
  en: string;
  hi: string;
}

/** One sentence of the article, with where it sits. */
export interface Sentence {
  /** Position in the article, from 0, in reading order. */
  index: number;
  text: string;
  /** Index of the block it came from. */
  block: number;
  /** Offsets of the sentence inside its block's text: `block.text.slice(start, end) === text`. */
  start: number;
  end: number;
  isHeading: boolean;
}

/** A term pair from the bilingual glossary or lexicons. */
export interface KeyTerm {
  hi: string;
  en: string;
}

/** A term a card line mentions, with where: UTF-16 offsets of its first mention in the line's text. */
export interface LineTerm extends KeyTerm {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'country' | 'place' | 'organisation';

/** A named entity, in both scripts. */
export interface Entity {
  kind: EntityKind;
  hi: string;
  en: string;
  count: number;
}

/** A name a card line mentions (one of the summary's entities), with where: UTF-16 offsets of its first mention in the line's text. */
export interface LineName {
  kind: EntityKind;
  hi: string;
  en: string;
  start: number;
  end: number;
}
