/** Chinese numbers: the language layer's number reading lives in ./numbers/, one concept a file. */
export * from './numbers/index.js';
