import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/ingest/manifest.js';
import { AddProblemError } from '../../src/slack/add-report-problem.js';
import { ReportAdder } from '../../src/slack/add-report-runner.js';
import { corpusSandbox } from '../support/corpus-copy.js';

const DOCX_DIR = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx');
const docx = (name: string) => ({ bytes: new Uint8Array(readFileSync(path.join(DOCX_DIR, name))), fileName: name });

describe('ReportAdder', () => {
  it('reads reports one at a time, so two shared at once both keep their manifest entry', async () => {
    const { corpusDir } = corpusSandbox();
    const adder = new ReportAdder({ corpusDir, maxWaiting: 2 });
    const both = [adder.add(docx('2025年吉林省政府工作报告.docx')), adder.add(docx('2025年云南省政府工作报告.docx'))];
    // A third while two wait is refused at once.
    await expect(adder.add(docx('2025年湖南省政府工作报告.docx'))).rejects.toMatchObject({
      problem: { kind: 'failed', detail: '2 reports are already waiting' },
    });
    const added = await Promise.all(both);
    expect(added.map((a) => [a.meta.issuer, a.meta.docYear, a.copied])).toEqual([
      ['吉林省', 2025, true],
      ['云南省', 2025, true],
    ]);
    // Still a valid manifest (the ids inferred from Chinese file names included), with both entries.
    const manifest = readManifest(corpusDir);
    expect(manifest.warning).toBeNull();
    expect([...manifest.entries.keys()]).toEqual(
      expect.arrayContaining(['2025年吉林省政府工作报告.docx', '2025年云南省政府工作报告.docx']),
    );
    // The same bytes again: nothing copied.
    expect((await adder.add(docx('2025年吉林省政府工作报告.docx'))).copied).toBe(false);
    await adder.close();
  }, 60_000);

  it('gives up on a report past its time limit and stops its thread', async () => {
    const { corpusDir } = corpusSandbox();
    const adder = new ReportAdder({ corpusDir, timeoutMs: 1 });
    const outcome = await adder.add(docx('2025年吉林省政府工作报告.docx')).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(AddProblemError);
    expect((outcome as AddProblemError).problem).toEqual({ kind: 'failed', detail: 'not read within 0 s' });
  });
});
