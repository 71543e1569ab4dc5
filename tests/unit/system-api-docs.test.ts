import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../shared/api/docs';
import { contract } from '../../shared/api/contract';

const FILE = path.resolve(__dirname, '../../docs/api.md');

describe('docs/api.md', () => {
  it('lists every procedure of the contract and is up to date (npm run docs rewrites it)', () => {
    const text = renderApiDocs();
    for (const name of Object.keys(contract)) expect(text).toContain(`| \`${name}\` |`);
    if (process.env.UPDATE_DOCS) {
      fs.mkdirSync(path.dirname(FILE), { recursive: true });
      fs.writeFileSync(FILE, text);
    }
    expect(fs.readFileSync(FILE, 'utf8')).toBe(text);
  });
});
