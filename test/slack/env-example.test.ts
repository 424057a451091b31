import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const envExample = read('.env.example');
const setup = read('src/slack/SETUP.md');
const readme = read('README.md');

describe('.env.example', () => {
  it('lists every variable SETUP.md documents', () => {
    const section = setup.slice(setup.indexOf('## Environment variables'));
    const documented = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect(documented).toContain('SLACK_LOG_LEVEL');
    for (const name of documented) expect(envExample, name).toMatch(new RegExp(`^# ${name}=`, 'm'));
  });

  it('points to headings that exist', () => {
    const pointer = envExample.match(/src\/slack\/SETUP\.md, "([^"]+)"; README "([^"]+)"/);
    expect(pointer).not.toBeNull();
    expect(setup).toMatch(new RegExp(`^## ${pointer?.[1]}$`, 'm'));
    expect(readme).toMatch(new RegExp(`^## ${pointer?.[2]}$`, 'm'));
  });
});
