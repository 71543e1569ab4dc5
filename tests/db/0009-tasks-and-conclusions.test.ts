import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0009-tasks-and-conclusions', () => {
  it('creates tasks, conclusion_items, conclusion_notices; items take their tasks with them, the conference takes all', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    const cols = (t: string) => db.prepare(`select name from pragma_table_info('${t}')`).pluck().all();
    expect(cols('tasks')).toEqual([
      'id',
      'conference_id',
      'position',
      'agency',
      'coordinating_json',
      'content',
      'due_json',
      'due_text',
      'overseer',
      'status',
      'done_date',
      'note',
      'source',
      'conclusion_item_id',
      'created_at',
      'updated_at',
    ]);
    expect(cols('conclusion_items')).toEqual(['id', 'conference_id', 'position', 'title', 'presenter', 'text']);
    expect(cols('conclusion_notices')).toEqual([
      'conference_id',
      'number',
      'symbol',
      'issued_on',
      'opening',
      'recipients_json',
      'signer_authority',
      'signer_title',
      'signer_name',
      'saved_at',
    ]);
    const now = '2026-01-01T00:00:00Z';
    db.prepare("insert into conferences (id, title, created_at, updated_at) values ('c1', 'Hội nghị', ?, ?)").run(
      now,
      now,
    );
    db.prepare(
      "insert into conclusion_items (id, conference_id, position, title) values ('i1', 'c1', 1, 'Nội dung 1')",
    ).run();
    const task = db.prepare(
      "insert into tasks (id, conference_id, position, agency, content, source, conclusion_item_id, created_at, updated_at) values (?, 'c1', ?, 'Sở Nội vụ', 'Việc', ?, ?, ?, ?)",
    );
    task.run('t1', 1, 'conclusion', 'i1', now, now);
    task.run('t2', 2, 'plan', null, now, now);
    expect(() => task.run('t3', 3, 'khác', null, now, now)).toThrow(/CHECK/);
    db.prepare("delete from conclusion_items where id = 'i1'").run();
    expect(db.prepare('select id from tasks').pluck().all()).toEqual(['t2']);
    db.prepare("delete from conferences where id = 'c1'").run();
    expect(db.prepare('select count(*) from tasks').pluck().get()).toBe(0);
    await store.close();
  });
});
