/** Where a repository keeps its policy, searched in this order at the target branch. */
export const POLICY_FILES = ['.ai-governance.yml', '.ai-governance.yaml'];
