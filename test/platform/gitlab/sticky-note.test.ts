import { gitlabApi } from '../../../src/platform/gitlab/client.js';
import { upsertStickyNote } from '../../../src/platform/gitlab/sticky-note.js';
import { STICKY_MARKER } from '../../../src/core/render/marker.js';
import { calls, newState, startGitLab, type RunningServer, type User } from './api-server.js';

const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const ref = { project: '42', iid: 3 };

describe('upsertStickyNote', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startGitLab(
      newState({
        tokens: [{ value: 't', user: BOT, scopes: ['api'] }],
        mergeRequests: [{ iid: 3, title: 'x', description: '', labels: [], author: ALICE, source_branch: 'f', target_branch: 'main', sha: 'a'.repeat(40) }],
      }),
    );
  });
  afterEach(() => server.close());
  const api = () => gitlabApi({ host: server.url, token: 't', timeoutMs: 5000 });
  const body = (n: number) => `${STICKY_MARKER}\nverdict ${n}`;

  it('creates the note when the request has none, without searching', async () => {
    expect(await upsertStickyNote(api(), ref, body(1), { create: true, userNotesCount: 0 })).toEqual({ action: 'created', noteId: 1000 });
    expect(calls(server)).toEqual(['POST /projects/42/merge_requests/3/notes']);
    expect(server.requests[0]!.body).toEqual({ body: body(1) });
  });

  it('finds its own note among many pages of comments and edits it in place', async () => {
    const notes = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, author: ALICE, system: i % 3 === 0 }));
    notes[150] = { id: 151, body: body(0), author: BOT, system: false };
    server.state.notes.set(3, notes);
    const outcome = await upsertStickyNote(api(), ref, body(2), { create: true, userNotesCount: 153 });
    expect(outcome).toEqual({ action: 'updated', noteId: 151 });
    expect(server.state.notes.get(3)![150]!.body).toBe(body(2));
    expect(server.state.notes.get(3)).toHaveLength(230);
    // 230 notes at 100 a page: three pages, then who the token is, then the edit.
    expect(calls(server)).toEqual([
      'GET /projects/42/merge_requests/3/notes',
      'GET /projects/42/merge_requests/3/notes',
      'GET /projects/42/merge_requests/3/notes',
      'GET /user',
      'PUT /projects/42/merge_requests/3/notes/151',
    ]);
    expect(server.requests.slice(0, 3).map((r) => [r.query.get('page'), r.query.get('per_page'), r.query.get('sort')])).toEqual([
      ['1', '100', 'asc'],
      ['2', '100', 'asc'],
      ['3', '100', 'asc'],
    ]);
  });

  it('never edits a marker note someone else wrote, nor a system note', async () => {
    server.state.notes.set(3, [
      { id: 1, body: body(0), author: ALICE, system: false },
      { id: 2, body: body(0), author: BOT, system: true },
    ]);
    const outcome = await upsertStickyNote(api(), ref, body(3), { create: true });
    expect(outcome.action).toBe('created');
    expect(server.state.notes.get(3)!.map((n) => n.body)).toEqual([body(0), body(0), body(3)]);
  });

  it('with create off, updates an existing note but never adds one', async () => {
    expect(await upsertStickyNote(api(), ref, body(4), { create: false })).toEqual({ action: 'skipped' });
    expect(server.state.notes.get(3)).toEqual([]);
    server.state.notes.set(3, [{ id: 5, body: body(0), author: BOT, system: false }]);
    expect(await upsertStickyNote(api(), ref, body(5), { create: false })).toEqual({ action: 'updated', noteId: 5 });
  });
});
