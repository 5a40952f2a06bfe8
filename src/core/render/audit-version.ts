/**
 * The audit record's format version, written as `schemaVersion`. Bump it whenever a field is added,
 * removed or changes meaning, together with audit-schema.ts (and so schema/audit-record.schema.json).
 */
export const AUDIT_SCHEMA_VERSION = 6;
// 2: risk factors carry `template` and `facts`; destructive operations carry their facts (source, action,
//    object, line, evidence, down step, plan address and state); `plans` and `blastRadiusFrom` are new.
// 3: `policy.ref` and `policy.commit`; `request.headSha`; approvals' `commitUnknown`; the waiver warnings
//    (`tooBroad`, `tooLong`), `suppressionsNotHonoured` and `notes` of findings; `oversight.stillMissing`
//    and approvers' `noOwnersFile`; base reason `merge-base-of-explicit`.
// 4: evidence carries `model` apart from `tool` (and `source` is always present, `null` when unknown);
//    signals `sign-off-trailer`, `session-link`, `merge-branch`, `disclosure`; attribution adds `models`,
//    commits' `models`, `shareNote` and `mergedRequest`.
// 5: approvals carry `canWrite`; approver sets carry `writeAccess` (only people with write access count),
//    counted via `write-access`, not counted as `no-write-access`; findings carry `novelty` (how new was
//    told from old) and listed findings their rule's `helpUri`.
//    Also 5: `run` (which run wrote it), `policy.path` and `policy.text`, `commits` (people and dates), `files`
//    (the changed files), `approvers` (how membership was established), `waivers` (each with the findings
//    it excused), and `inputs` (what the evaluator was given, for `verify`); violation rule `bypass`.
//    Also 5: `attribution.commitDetail` (how many commits the range holds, how many are recorded one by one,
//    the cap); past the cap (`audit.max-commits`) `attribution.commits` keeps AI-assisted commits first.
// 6: `inputs.commitsCounted`: on a range longer than the commits the record lists one by one, the commits
//    with nothing to attribute past them are kept in `inputs` as counts (how many, their authors, their
//    lines) rather than whole.
