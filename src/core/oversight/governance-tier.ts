/**
 * Name of the implicit tier that guards edits to the policy, CODEOWNERS, CI workflows and includes.
 * The policy schema reserves it, so no approval rule can be mistaken for it in a summary or a record.
 */
export const GOVERNANCE_TIER = 'governance-change';
