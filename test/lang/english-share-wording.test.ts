import { describe, expect, it } from 'vitest';
import { qualifierBeforeHeadNoun } from '../../src/lang/en/english-share-wording.js';

const NAMES = new Set(['private investment', 'state owned enterprises', 'foreign trade']);
const isName = (phrase: string) => NAMES.has(phrase);

describe("a share's qualifier written after the whole ('share of X is private')", () => {
  it('goes before the head noun when together they are a known name', () => {
    expect(qualifierBeforeHeadNoun("what share of jiangsu's investment is private?", isName)).toBe(
      "what share of jiangsu's private investment?",
    );
    expect(qualifierBeforeHeadNoun('how much of the investment was private in 2024', isName)).toBe(
      'how much of the private investment in 2024',
    );
    expect(qualifierBeforeHeadNoun("proportion of guangdong's industrial investment was private", isName)).toBe(
      "proportion of guangdong's industrial private investment",
    );
  });

  it('takes two words of the predicate when the name takes both', () => {
    expect(qualifierBeforeHeadNoun('share of shandong enterprises that are state owned', isName)).toBe(
      'share of shandong enterprises that are state owned',
    );
    expect(qualifierBeforeHeadNoun('what percentage of enterprises are state owned', isName)).toBe(
      'what percentage of state owned enterprises',
    );
  });

  it('leaves a question whose qualifier and head noun are no known name', () => {
    const asked = 'what share of anhui industry is high-tech manufacturing in 2024';
    expect(qualifierBeforeHeadNoun(asked, isName)).toBe(asked);
    expect(qualifierBeforeHeadNoun('jiangsu investment is private', isName)).toBe('jiangsu investment is private');
  });
});
