/**
 * The API reference, derived from the contract: one row per procedure with its roles, what it
 * does, and its input and output fields. docs/api.md is this text; a test keeps them equal.
 */
import { z } from 'zod';
import { contract } from './contract';

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: unknown[];
  anyOf?: Json[];
  const?: unknown;
};

function shape(s: Json | undefined, depth = 0): string {
  if (!s) return 'any';
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map((x) => shape(x, depth)).join(' \\| ');
  const t = Array.isArray(s.type) ? s.type.join(' \\| ') : s.type;
  if (t === 'array') return `${shape(s.items, depth)}[]`;
  if (t === 'object' && s.properties) {
    if (depth > 1) return '{…}';
    const req = new Set(s.required ?? []);
    const keys = Object.entries(s.properties).map(([k, v]) => `${k}${req.has(k) ? '' : '?'}: ${shape(v, depth + 1)}`);
    return `{${keys.join(', ')}}`;
  }
  return t ?? 'any';
}

const fields = (schema: z.ZodType, io: 'input' | 'output') => {
  try {
    return shape(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json);
  } catch {
    return '(see contract)';
  }
};

export function renderApiDocs(): string {
  const lines = [
    '# ThuKy API reference',
    '',
    'Generated from `shared/api/contract.ts` (`npm run docs`); a test fails when this file is stale.',
    'Every procedure is `POST /api/<procedure>` with the input as JSON and `Authorization: Bearer <token>`,',
    'or `window.thuky.invoke(procedure, input)` inside Electron. Roles: `admin` (the admin token, the',
    'Electron window) and `desk` (a paired check-in station). Fields marked `?` are optional.',
    '',
    '| procedure | roles | what it does | input | output |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, d] of Object.entries(contract)) {
    lines.push(
      `| \`${name}\` | ${d.roles.join(', ')} | ${d.summary} | \`${fields(d.input, 'input')}\` | \`${fields(d.output, 'output')}\` |`,
    );
  }
  return lines.join('\n') + '\n';
}
