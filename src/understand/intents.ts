import { intentExamples } from '../lang/zh/intent-examples.js';
import { trainIntentClassifier, type IntentClassifier, type IntentPrediction } from './intent-classifier.js';

let trained: IntentClassifier | null = null;

/** The intent of a question, by the classifier trained from the examples file on first use (tens of ms). */
export function classifyIntent(question: string): IntentPrediction {
  trained ??= trainIntentClassifier(intentExamples());
  return trained.classify(question);
}
