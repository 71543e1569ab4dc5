import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0008-script-edits', () => {
  it('creates mc_script_edits, one row per conference, removed with the conference', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    const cols = db.prepare("select name from pragma_table_info('mc_script_edits')").pluck().all();
    expect(cols).toEqual(['conference_id', 'blocks_json', 'named_json', 'saved_at']);
    const fk = db.prepare('select "table", on_delete from pragma_foreign_key_list(\'mc_script_edits\')').get() as {
      table: string;
      on_delete: string;
    };
    expect(fk).toEqual({ table: 'conferences', on_delete: 'CASCADE' });
    const pk = db.prepare("select name from pragma_table_info('mc_script_edits') where pk = 1").pluck().all();
    expect(pk).toEqual(['conference_id']);
    await store.close();
  });
});
