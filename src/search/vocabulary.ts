// The index's words as numbers while the build counts them: the search integration reads every
// document once, keeps its tokens as ids (4 bytes each instead of a string each), and writes the
// records once it knows which words are common (src/search/commonWords.ts).
export interface VocabularySnapshot {
  words: readonly string[];
  counts: readonly number[];
  postings: number;
}

/** Rewrites ids of another vocabulary as this one's, in place (`map` from `absorb`). */
export function remap(tokens: Int32Array, map: Int32Array): Int32Array {
  for (let i = 0; i < tokens.length; i++) tokens[i] = map[tokens[i]!]!;
  return tokens;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Documents holding each word (a document's tokens are distinct). */
  private readonly counts: number[] = [];
  postings = 0;

  /** The word's id, a new one (counted in no document yet) for a word not seen before. */
  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.counts.push(0);
    }
    return id;
  }

  /** Counts one document's distinct tokens; returns them as ids. */
  add(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      const id = this.idOf(t);
      this.counts[id]! += 1;
      out[i] = id;
    });
    this.postings += tokens.length;
    return out;
  }

  /** The words in id order, with the documents holding each: what `absorb` takes. */
  snapshot(): VocabularySnapshot {
    return { words: [...this.words], counts: [...this.counts], postings: this.postings };
  }

  /**
   * Adds the counts of another vocabulary (documents counted elsewhere, as by a worker thread);
   * returns its ids → this vocabulary's ids, for `remap`.
   */
  absorb(other: VocabularySnapshot): Int32Array {
    const map = new Int32Array(other.words.length);
    other.words.forEach((w, local) => {
      const id = this.idOf(w);
      this.counts[id]! += other.counts[local]!;
      map[local] = id;
    });
    this.postings += other.postings;
    return map;
  }

  /** Word → number of documents holding it. */
  documentFrequencies(): Map<string, number> {
    return new Map(this.words.map((w, i) => [w, this.counts[i]!]));
  }

  /** Postings (document, word) of the given words. */
  postingsOf(words: Iterable<string>): number {
    let n = 0;
    for (const w of words) n += this.counts[this.ids.get(w) ?? -1] ?? 0;
    return n;
  }

  /** A document's tokens back as text, space-separated, less the words in `leaveOut`. */
  content(tokens: Int32Array, leaveOut: ReadonlySet<string>): string {
    const kept: string[] = [];
    for (const id of tokens) {
      const w = this.words[id]!;
      if (!leaveOut.has(w)) kept.push(w);
    }
    return kept.join(' ');
  }
}
