// The bench corpus: CoNLL-2003 documents rebuilt as text (tokens joined by spaces, sentences by newlines) when
// ../shared/conll2003 is there, else the team's samples in data/samples repeated; written as JSON Lines.
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

export interface BenchCorpus {
  /** Where the documents came from, for the report. */
  readonly origin: string;
  /** Each document as a list of sentences. */
  readonly documents: readonly (readonly string[])[];
}

const CONLL_FILES = ['train.txt', 'valid.txt', 'test.txt'] as const;

/** CoNLL-2003 in `dir` (documents split at -DOCSTART-, sentences at blank lines), or undefined when it is not there. */
export function readConllCorpus(dir: string): BenchCorpus | undefined {
  const files = CONLL_FILES.map((name) => path.join(dir, name)).filter((file) => existsSync(file));
  if (files.length === 0) return undefined;
  const documents: string[][] = [];
  for (const file of files) {
    let document: string[] = [];
    let sentence: string[] = [];
    const endSentence = (): void => {
      if (sentence.length > 0) document.push(sentence.join(' '));
      sentence = [];
    };
    const endDocument = (): void => {
      endSentence();
      if (document.length > 0) documents.push(document);
      document = [];
    };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.startsWith('-DOCSTART-')) endDocument();
      else if (line.trim() === '') endSentence();
      else sentence.push(line.split(' ')[0] ?? '');
    }
    endDocument();
  }
  return { origin: `CoNLL-2003 (${files.map((f) => path.basename(f)).join(', ')})`, documents };
}

/** The samples (text and Markdown files; each paragraph a sentence group), for machines without CoNLL-2003. */
export function readSampleCorpus(dir: string): BenchCorpus {
  const documents = readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8').split(/\n+/).map((line) => line.trim()).filter(Boolean));
  return { origin: `data/samples (${documents.length} articles, repeated)`, documents };
}

export function benchCorpus(root: string): BenchCorpus {
  return readConllCorpus(path.resolve(root, '..', 'shared', 'conll2003')) ?? readSampleCorpus(path.join(root, 'data', 'samples'));
}

/** `count` articles: the corpus documents in order, again and again, each under its own id. */
export function* corpusArticles(corpus: BenchCorpus, count: number, prefix = 'doc'): Generator<{ id: string; text: string }> {
  const { documents } = corpus;
  for (let i = 0; i < count; i += 1) {
    const document = documents[i % documents.length] ?? [];
    yield { id: `${prefix}-${i}`, text: document.join('\n') };
  }
}

/**
 * `count` short articles of `sentencesPerArticle` consecutive sentences of the corpus (cycling): the long streaming
 * runs, where only the number of articles matters.
 */
export function* shortArticles(corpus: BenchCorpus, count: number, sentencesPerArticle: number): Generator<{ id: string; text: string }> {
  const sentences = corpus.documents.flat();
  for (let i = 0; i < count; i += 1) {
    const first = (i * sentencesPerArticle) % sentences.length;
    const text = Array.from({ length: sentencesPerArticle }, (_, k) => sentences[(first + k) % sentences.length]).join('\n');
    yield { id: `short-${i}`, text };
  }
}

/** Writes articles as JSON Lines, with back-pressure; resolves to the number written. */
export async function writeJsonLines(file: string, articles: Iterable<object>): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  for (const article of articles) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
