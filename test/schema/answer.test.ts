/** A platform answer that does not match the shape an adapter relies on is "could not check", never empty data. */
import * as v from 'valibot';
import { UncheckedError } from '../../src/core/errors.js';
import { parseAnswer, UnexpectedAnswerError } from '../../src/core/schema/answer.js';

const reviews = v.array(v.object({ user: v.object({ login: v.string() }), state: v.picklist(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED']) }));
const WHAT = "the pull request's reviews from the GitHub API";

function thrown(value: unknown): UnexpectedAnswerError {
  try {
    parseAnswer(reviews, value, WHAT);
  } catch (e) {
    if (e instanceof UnexpectedAnswerError) return e;
    throw e;
  }
  throw new Error('expected an UnexpectedAnswerError');
}

describe('parseAnswer', () => {
  it('returns the typed answer, ignoring fields the adapter does not read', () => {
    const answer = [{ user: { login: 'alice', id: 1 }, state: 'APPROVED', body: 'lgtm' }];
    const typed = parseAnswer(reviews, answer, WHAT);
    expect(typed).toEqual([{ user: { login: 'alice' }, state: 'APPROVED' }]);
  });

  it('turns a body of another shape into "could not check", naming what and where', () => {
    const e = thrown([{ user: null, state: 'APPROVED' }]);
    expect(e).toBeInstanceOf(UncheckedError);
    expect(e.what).toBe(WHAT);
    expect(e.message).toBe(`Could not check ${WHAT}: the answer did not have the expected shape ([0].user: expected a mapping, got null).`);
    expect(e.hint).toContain('on-error: fail-open');
  });

  it('never reads a missing list as an empty one', () => {
    expect(thrown(null).message).toContain('(top level): expected a list, got null');
    expect(thrown({ message: 'Not Found' }).message).toContain('(top level): expected a list, got a mapping');
  });

  it('names the first problems and counts the rest', () => {
    const e = thrown([{ state: 'x' }, { state: 'y' }, { state: 'z' }]);
    expect(e.problems).toHaveLength(6);
    expect(e.message).toContain('[0].user: is required; [0].state: string "x" is not one of "APPROVED", "CHANGES_REQUESTED", "COMMENTED"; [1].user: is required; and 3 more');
  });
});
