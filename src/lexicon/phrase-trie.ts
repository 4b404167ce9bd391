// A trie over token sequences: gazetteers compiled once at load, matched by token index with no list scans.

export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
}

export interface TrieMatch<T> {
  /** One past the last matched token. */
  readonly last: number;
  readonly values: readonly T[];
}

/** A token as the trie keys it: typographic apostrophes as straight ones ("People’s", "d’Ivoire"). */
function keyOf(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: undefined };

  add(tokens: readonly string[], value: T): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = keyOf(token.toLowerCase());
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Longest match starting at `first` over lowercased tokens, or undefined. `accept` filters candidate values. */
  longest(lower: readonly string[], first: number, accept?: (value: T, last: number) => boolean): TrieMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | undefined;
    for (let i = first; i < lower.length && node; i++) {
      node = node.next.get(keyOf(lower[i] ?? ''));
      if (node?.values) {
        const values = accept ? node.values.filter((v) => accept(v, i + 1)) : node.values;
        if (values.length > 0) best = { last: i + 1, values };
      }
    }
    return best;
  }
}
