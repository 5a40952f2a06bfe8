// Guards the test setup itself: ESM-only platform SDKs must load under Jest as they do in the bundle.
it('loads ESM-only @actions/core', async () => {
  const core = await import('@actions/core');
  expect(typeof core.getInput).toBe('function');
});
