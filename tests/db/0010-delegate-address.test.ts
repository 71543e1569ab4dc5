import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0010-delegate-address', () => {
  it('adds delegates.address, not null, "" for existing rows', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    const col = db
      .prepare("select name, \"notnull\", dflt_value from pragma_table_info('delegates') where name = 'address'")
      .get();
    expect(col).toEqual({ name: 'address', notnull: 1, dflt_value: "''" });
    await store.close();
  });
});
