/**
 * Built-in sensitive path groups. Data, not logic: a team tunes them per group in its policy.
 * Patterns are matched case-insensitively against repository paths.
 */
export interface SensitiveGroupDefault {
  points: number;
  description: string;
  paths: string[];
  /** Matched on word boundaries of the path, so `auth` is not found in `author`. */
  words?: string[];
  /** Prose files can belong to the group (they are instructions, not documentation). */
  documentation?: boolean;
}

export const DEFAULT_SENSITIVE_GROUPS: Record<string, SensitiveGroupDefault> = {
  infrastructure: {
    points: 20,
    description: 'Infrastructure as code',
    paths: [
      '**/*.tf', '**/*.tfvars', '**/*.tf.json', '**/*.hcl', '**/terraform/**', '**/*.bicep',
      '**/cloudformation/**', '**/*.cfn.{yml,yaml,json}', '**/Pulumi*.yaml', '**/pulumi/**',
      '**/cdk.json', '**/ansible/**', '**/playbooks/**',
    ],
  },
  'ci-cd': {
    points: 15,
    description: 'CI/CD configuration',
    paths: [
      '.github/workflows/**', '.github/actions/**', '**/action.{yml,yaml}', '**/.gitlab-ci.yml', '.gitlab/ci/**',
      '**/Jenkinsfile', '.circleci/**', '**/azure-pipelines.yml', '.buildkite/**', '**/bitbucket-pipelines.yml',
      '**/.travis.yml', '.ci/**', '.tekton/**', '**/cloudbuild.{yml,yaml}',
    ],
  },
  security: {
    points: 20,
    description: 'Authentication, authorization, cryptography and security code',
    paths: [],
    words: [
      'auth', 'authn', 'authz', 'authentication', 'authenticator', 'authorization', 'authorisation', 'authorizer',
      'oauth', 'oidc', 'saml', 'sso', 'login', 'logout', 'signin', 'password', 'passwd', 'credential', 'jwt', 'csrf',
      'crypto', 'cryptography', 'cipher', 'encryption', 'decryption', 'signature', 'security', 'permission',
      'rbac', 'acl', 'iam', 'session', 'sandbox', 'seccomp', 'apparmor', 'selinux',
    ],
  },
  migrations: {
    points: 15,
    description: 'Database migrations and schema',
    paths: [
      '**/migrations/**', '**/migrate/**', '**/post_migrate/**', '**/db/changelog/**', '**/db/migrate/**', '**/alembic/versions/**', '**/flyway/**',
      '**/liquibase/**', '**/*.sql', '**/schema.prisma',
    ],
  },
  dependencies: {
    points: 8,
    description: 'Dependency manifests and lockfiles',
    paths: [
      '**/package.json', '**/package-lock.json', '**/npm-shrinkwrap.json', '**/yarn.lock', '**/pnpm-lock.yaml',
      '**/requirements*.txt', '**/Pipfile', '**/Pipfile.lock', '**/poetry.lock', '**/pyproject.toml', '**/uv.lock',
      '**/go.mod', '**/go.sum', '**/Cargo.toml', '**/Cargo.lock', '**/Gemfile', '**/Gemfile.lock',
      '**/composer.json', '**/composer.lock', '**/pom.xml', '**/build.gradle', '**/build.gradle.kts',
      '**/gradle.lockfile', '**/*.csproj', '**/packages.lock.json', '**/mix.exs', '**/mix.lock',
    ],
  },
  governance: {
    points: 25,
    description: 'Code owners, this gate\'s policy and repository governance',
    paths: [
      'CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS', '.ai-governance.yml',
      '.ai-governance.yaml', '.github/dependabot.yml', '.github/settings.yml', '**/renovate.json',
    ],
  },
  containers: {
    points: 10,
    description: 'Container images and Kubernetes manifests',
    paths: [
      '**/Dockerfile', '**/Dockerfile.*', '**/*.dockerfile', '**/Containerfile', '**/docker-compose*.{yml,yaml}',
      '**/compose.{yml,yaml}', '**/k8s/**', '**/kubernetes/**', '**/helm/**', '**/charts/**',
      '**/kustomization.{yml,yaml}', '**/skaffold.yaml',
    ],
  },
  secrets: {
    points: 25,
    description: 'Secret-like files',
    paths: [
      '**/.env', '**/.env.*', '**/*.pem', '**/*.key', '**/*.p12', '**/*.pfx', '**/*.jks', '**/*.keystore',
      '**/id_rsa*', '**/id_ed25519*', '**/secrets/**', '**/*secret*.{yml,yaml,json,txt}', '**/.npmrc',
      '**/.pypirc', '**/credentials*', '**/*.kdbx',
    ],
  },
  // --- agent-instructions (attribution) -------------------------------------------------------
  // Files AI coding agents read as standing instructions or tool configuration: a change to them
  // changes what every later AI change does, so it is reviewed like governance.
  'agent-instructions': {
    points: 20,
    description: 'Instructions and configuration that AI coding agents follow',
    paths: [
      '**/AGENTS.md', '**/AGENT.md', '**/CLAUDE.md', '**/CLAUDE.local.md', '**/GEMINI.md', '**/QWEN.md', '**/CRUSH.md',
      '.github/copilot-instructions.md', '.github/instructions/**', '.github/prompts/**', '.github/chatmodes/**',
      '.github/agents/**', '.cursorrules', '.cursor/**', '.claude/**', '.windsurfrules', '.windsurf/**',
      '**/.mcp.json', '.vscode/mcp.json', '.gemini/**', '.clinerules', '.clinerules/**', '.roo/**', '.roomodes',
      '.roorules', '.kiro/**', '.junie/**', '.amazonq/**', '.continue/**', '.codex/**', '.opencode/**',
      '**/opencode.json', '.agents/**', '.openhands/**', '.goosehints', '.aider.conf.yml', '.aiderignore',
      '**/WARP.md', '.crush.json', '.crush/**', '.qwen/**',
    ],
    // Markdown here is read by agents as orders, not by people as documentation.
    documentation: true,
  },
  // --- end agent-instructions --------------------------------------------------------------------
};

/**
 * Test conventions of the major ecosystems: test directories (`t/` of git and Perl, `test/`, `tests/`,
 * `spec/`, `__tests__/`, Maven's `src/test/`), and file names (`*_test.go`, `test_*.py`, `*.test.ts`,
 * `*_spec.rb`, `*Test.java`, `*Tests.cs`, ...).
 */
export const DEFAULT_TEST_PATHS = [
  '**/{t,test,tests,__tests__,__test__,spec,specs,testing,e2e,integration-tests,testdata,test-data,fixtures,__fixtures__,__mocks__,testsuite,unittests}/**',
  '**/src/{test,androidTest,testFixtures,integrationTest}/**',
  '**/*.{test,spec,tests,e2e,bench}.*',
  '**/*_{test,tests,spec}.*',
  '**/*-{test,spec}.*',
  '**/test_*.*',
  '**/conftest.py',
  '**/*{Test,Tests,Spec,IT,TestCase}.{java,kt,kts,scala,groovy,cs,fs,vb,swift,php,m,mm}',
  '**/*_test.exs',
];

/** Documentation: prose and manuals, never code. */
export const DEFAULT_DOCUMENTATION_PATHS = [
  '**/*.{md,markdown,mdx,rst,adoc,asciidoc,textile,rdoc,pod}',
  '**/{doc,docs,Documentation,documentation,man}/**/*.{txt,html,htm,tex,texi,xml,css,png,svg,jpg,gif,1,5,7}',
  '**/{README,CHANGELOG,CHANGES,HISTORY,AUTHORS,CONTRIBUTORS,NOTICE,COPYING,LICENSE,LICENCE}',
  '**/{README,CHANGELOG,CHANGES,HISTORY,AUTHORS,CONTRIBUTORS,NOTICE,COPYING,LICENSE,LICENCE}.txt',
];
