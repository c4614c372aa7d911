/** The Summary: the engine's output and the CLI's public JSON contract (schemaVersion 1). */
import type { Bilingual, Entity, KeyTerm, LineName, LineTerm, TopicId } from '../types';

/** Version of the Summary JSON shape; bump on any breaking change. */
export const SCHEMA_VERSION = 1;

/**
 * A sentence reference: its index in `sentences` and its text; on card lines (overview and
 * sections), what the engine found in it, each with its offsets in `text`.
 */
export interface SentenceRef {
  index: number;
  text: string;
  /** The glossary terms the line mentions, Hindi ↔ English (tier 3): distinct pairs, text order, at most 6. */
  terms?: LineTerm[];
  /**
   * The line's terms as the card shows them: the card's key terms it mentions (section by section,
   * each section's list in order), then its glossary terms; each Hindi or English form once, none
   * that is one of its `names`.
   */
  cardTerms?: LineTerm[];
  /** The summary's entities the line mentions (a person also by last name), in the order of `entities`. */
  names?: LineName[];
}

/** One topic section of the card. */
export interface Section {
  topic: TopicId;
  label: Bilingual;
  /** Share of the article's words about this topic, 0..1. */
  share: number;
  sentences: SentenceRef[];
  keyTerms: KeyTerm[];
  /**
   * Set on a minor topic of the article (a single sentence carries it): the card groups minor
   * topics' lines as "also in the article" rather than a section each.
   */
  minor?: true;
}

/** A sentence of the article with its topics. */
export interface SummarySentence extends SentenceRef {
  topics: TopicId[];
}

/** The summary card's data. Serialises as-is to the CLI's JSON. */
export interface Summary {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  language: 'hi' | 'en';
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  url: string | null;
  overview: SentenceRef[];
  sections: Section[];
  entities: Entity[];
  sentences: SummarySentence[];
}

/** Why the engine could not summarise. */
export type FailureReason = 'empty' | 'unsupported-language' | 'too-large';

/** The engine's answer: a summary, or a reason with a message fit for a user. */
export type SummaryResult = { ok: true; summary: Summary } | { ok: false; reason: FailureReason; message: string; language?: string };
