import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedFile, sharedRequired } from './support/shared-folder.js';

describe('a missing ../shared', () => {
  const missing = { SHARED_DIR: '/nonexistent/shared-folder' };

  it('fails the tests that need it on CI or with REQUIRE_SHARED=1', () => {
    expect(() => sharedFile('eval/score.mjs', { ...missing, CI: 'true' })).toThrow(/required here/);
    expect(() => sharedFile('eval/score.mjs', { ...missing, REQUIRE_SHARED: '1' })).toThrow(/required here/);
    expect(sharedRequired({ CI: '1' })).toBe(true);
    expect(sharedRequired({ REQUIRE_SHARED: '0' })).toBe(false);
  });

  it('lets them skip elsewhere, saying so', () => {
    expect(sharedFile('eval/score.mjs', missing)).toEqual({ file: '/nonexistent/shared-folder/eval/score.mjs', present: false });
  });

  it('resolves to the folder beside the repository by default', () => {
    expect(sharedFile('eval/score.mjs', {}).file).toBe(`${SHARED_DIR}/eval/score.mjs`);
  });
});
