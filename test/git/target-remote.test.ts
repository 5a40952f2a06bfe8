import { remoteHost } from '../../src/gather/target.js';

describe('which remotes the target branch may be fetched from', () => {
  it('reads the host of every URL form git accepts, and none for a local path', () => {
    expect(remoteHost('https://gitlab-ci-token:secret@gitlab.example.com/acme/shop.git')).toBe('gitlab.example.com');
    expect(remoteHost('https://github.com/acme/shop')).toBe('github.com');
    expect(remoteHost('ssh://git@GitHub.com:22/acme/shop.git')).toBe('github.com');
    expect(remoteHost('git@gitlab.example.com:acme/shop.git')).toBe('gitlab.example.com');
    expect(remoteHost('/tmp/upstream.git')).toBeUndefined();
    expect(remoteHost('file:///tmp/upstream.git')).toBeUndefined();
    expect(remoteHost('../upstream')).toBeUndefined();
  });
});
