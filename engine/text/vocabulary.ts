/**
 * One article's word table: each distinct normalised word is looked up once, with its stem,
 * whether it is a content word, and a small integer id for its stem (vectors count by id).
 */
import { stem } from './stem';
import { tokenize, type Token } from './tokenize';

/** What the engine needs of one normalised word. */
interface WordInfo {
  stem: string;
  /** Id of the stem, or -1 when the word is not a content word. */
  contentId: number;
}

/** A text's tokens, their stems, and its content words (as stems and as stem ids). */
export interface TextWords {
  tokens: Token[];
  stems: string[];
  content: string[];
  contentIds: number[];
}

/** Per-article word table; `isContent` decides which normalised words are content words. */
export class Vocabulary {
  private readonly words = new Map<string, WordInfo>();
  private readonly stemIds = new Map<string, number>();

  constructor(private readonly isContent: (norm: string) => boolean) {}

  /** Number of distinct content stems seen so far (ids are 0 … size − 1). */
  get size(): number {
    return this.stemIds.size;
  }

  private info(norm: string): WordInfo {
    let info = this.words.get(norm);
    if (!info) {
      const s = stem(norm);
      let contentId = -1;
      if (this.isContent(norm)) {
        contentId = this.stemIds.get(s) ?? this.stemIds.size;
        this.stemIds.set(s, contentId);
      }
      info = { stem: s, contentId };
      this.words.set(norm, info);
    }
    return info;
  }

  /** Tokenises a text and looks up each of its words. */
  read(text: string): TextWords {
    const tokens = tokenize(text);
    const stems = new Array<string>(tokens.length);
    const content: string[] = [];
    const ids: number[] = [];
    tokens.forEach((t, k) => {
      const { stem: s, contentId } = this.info(t.norm);
      stems[k] = s;
      if (contentId >= 0) {
        content.push(s);
        ids.push(contentId);
      }
    });
    return { tokens, stems, content, contentIds: ids };
  }
}
