/**
 * The proxy a CI runner names, picked by the Actions toolkit's rule: `https_proxy` / `http_proxy` (either
 * case), skipped for hosts `no_proxy` lists and always for loopback. The toolkit's HTTP client, which
 * makes the tunnelling agent, is loaded only when a proxy applies.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { AgentFor } from '../../gather/http/node-fetch.js';

export const runnerProxy: AgentFor = async (url) => {
  if (!getProxyUrl(url)) return undefined;
  const { HttpClient } = await import('@actions/http-client');
  return new HttpClient().getAgent(url.href);
};
