// Every schema of the pipeline, the single source of its types.
export * from './article.js';
export * from './ontology.js';
export * from './extraction.js';
export * from './fragment.js';
export * from './source.js';
