import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0011-badge-type-short-title', () => {
  it('adds delegates.badge_type and conferences.short_title / section_badges with their defaults', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    const col = (t: string, c: string) =>
      db.prepare(`select "notnull" as nn, dflt_value as d from pragma_table_info('${t}') where name = ?`).get(c);
    expect(col('delegates', 'badge_type')).toEqual({ nn: 1, d: "''" });
    expect(col('conferences', 'short_title')).toEqual({ nn: 1, d: "''" });
    expect(col('conferences', 'section_badges')).toEqual({ nn: 1, d: "'{}'" });
    // Rows written without the new columns (an older .thuky file, an old code path) take the defaults.
    db.prepare(
      "insert into conferences (id, title, kind, venue, parent_body, host_body, chair, place_name, document_symbol, signer_authority, signer_title, signer_name, backdrop_lines, notes, archived, created_at, updated_at) values ('c', 'Hội nghị', '', '', '', '', '', '', '', '', '', '', '[]', '', 0, 'x', 'x')",
    ).run();
    expect(db.prepare("select short_title, section_badges from conferences where id = 'c'").get()).toEqual({
      short_title: '',
      section_badges: '{}',
    });
    await store.close();
  });
});
