/**
 * Topic assignment with the learned model: the lexicons and the rule classifier give their evidence
 * (features, key terms, the reader's own keywords), and the model decides. A sentence gets each
 * topic whose probability reaches that topic's threshold (chosen by cross-validation), strongest
 * first; a reader's keyword always adds its topic.
 */
import type { TopicId } from '../types';
import { classifySentences, evidenceOf, type Classification, type ClassifyInput, type SentenceTopics } from './classify';
import type { PhraseIndex } from './lexicon';
import type { ModelDocument, ModelSentence } from './model/features';
import type { TopicModel } from './model/model';
import { TOPIC_IDS } from './taxonomy';

/** A sentence for assignment: the classifier's input plus its normalised words. */
export interface AssignInput extends ClassifyInput {
  norms: readonly string[];
  content: readonly string[];
}

function modelSentence(s: AssignInput, verdict: SentenceTopics, index: PhraseIndex): ModelSentence {
  const lexicon = verdict.evidence ?? evidenceOf(index, s.stems).raw;
  return { norms: s.norms, stems: s.stems, content: s.content, lexicon, isHeading: s.isHeading, rules: verdict.topics };
}

/** The model's verdict for one sentence, merged with what the lexicons found. */
function verdict(probs: Float32Array, thresholds: Float32Array, lexicon: SentenceTopics): SentenceTopics {
  const scores: Partial<Record<TopicId, number>> = {};
  const assigned: [TopicId, number][] = [];
  TOPIC_IDS.forEach((t, k) => {
    const p = probs[k] as number;
    if (p >= 0.05) scores[t] = Math.round(p * 1000) / 1000;
    if (p >= (thresholds[k] as number)) assigned.push([t, p]);
  });
  assigned.sort((a, b) => b[1] - a[1]);
  const topics = assigned.map(([t]) => t);
  // The reader's own keywords (the rule classifier assigns them whatever the evidence) always count.
  for (const t of lexicon.user ?? []) if (!topics.includes(t)) topics.push(t);
  return {
    topics,
    scores,
    terms: lexicon.terms,
    enumeration: lexicon.enumeration,
    ...(lexicon.evidence ? { evidence: lexicon.evidence } : {}),
    ...(lexicon.user ? { user: lexicon.user } : {}),
  };
}

/**
 * The document as the model reads it, with the rule classifier's verdicts: the one path from
 * sentences to features, for inference and for training alike.
 */
export function modelDocument(index: PhraseIndex, input: readonly AssignInput[], title?: AssignInput): { doc: ModelDocument; rules: Classification } {
  const rules = classifySentences(index, input, title);
  const doc: ModelDocument = {
    title: title ? modelSentence(title, rules.title, index) : null,
    sentences: input.map((s, i) => modelSentence(s, rules.topics[i] as SentenceTopics, index)),
  };
  return { doc, rules };
}

/** Assigns topics to an article's sentences (and its title) with the model. */
export function assignTopics(index: PhraseIndex, model: TopicModel, input: readonly AssignInput[], title?: AssignInput): Classification {
  const { doc, rules } = modelDocument(index, input, title);
  const probs = model.predict(
    doc,
    input.map((s) => Math.max(0, s.block)),
  );
  return {
    topics: input.map((_, i) => verdict(probs[i] as Float32Array, model.thresholds, rules.topics[i] as SentenceTopics)),
    title: title ? verdict(probs[input.length] as Float32Array, model.thresholds, rules.title) : rules.title,
  };
}
