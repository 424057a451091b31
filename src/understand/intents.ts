import { intentExamples } from '../lang/zh/intent-examples.js';
import { trainIntentClassifier, type IntentClassifier, type IntentPrediction } from './intent-classifier.js';

let trained: IntentClassifier | null = null;

/** The classifier trained from the examples file, once per process (tens of ms; engines train it when they open). */
export function intentClassifier(): IntentClassifier {
  trained ??= trainIntentClassifier(intentExamples());
  return trained;
}

/** The intent of a question. */
export function classifyIntent(question: string): IntentPrediction {
  return intentClassifier().classify(question);
}
