/**
 * One note per merge request, edited in place on every pipeline, so the request shows the latest
 * verdict instead of a pile of old ones. The note is found by the hidden marker it starts with, and
 * only a note the token's own user wrote is edited: anyone can type the marker into a comment.
 */
import { isStickyBody } from '../../core/render/marker.js';
import type { GitLabApi } from './client.js';
import type { MergeRequestRef } from './request.js';

type NoteAction = 'created' | 'updated' | 'skipped';

export interface NoteOutcome {
  action: NoteAction;
  noteId?: number;
}

export interface UpsertOptions {
  /** False: only an existing note is updated (comment: on-violation on a passing change). */
  create: boolean;
  /** The merge request's user_notes_count, when known: 0 means there is nothing to search. */
  userNotesCount?: number;
}

export async function upsertStickyNote(api: GitLabApi, ref: MergeRequestRef, body: string, o: UpsertOptions): Promise<NoteOutcome> {
  const candidates = o.userNotesCount === 0 ? [] : (await api.notes(ref.project, ref.iid)).filter((n) => !n.system && isStickyBody(n.body));
  if (candidates.length) {
    // Only asked when there is something to compare with, to keep the first pipeline's calls down.
    const me = await api.currentUser();
    const own = candidates.find((n) => n.author?.id === me.id);
    if (own) {
      const edited = await api.editNote(ref.project, ref.iid, own.id, body);
      return { action: 'updated', noteId: edited.id || own.id };
    }
  }
  if (!o.create) return { action: 'skipped' };
  const created = await api.createNote(ref.project, ref.iid, body);
  return { action: 'created', noteId: created.id };
}
