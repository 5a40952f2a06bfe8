#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  isTeamOwner,
  ownerKind,
  teamName
} from "./chunk-PZQHQYVB.js";

// src/core/oversight/approvers-to-ask.ts
function teamsToResolve(oversight) {
  const teams = /* @__PURE__ */ new Set();
  for (const r of oversight.required) {
    for (const t of r.approvers.teams) teams.add(teamName(t));
    for (const o of r.approvers.owners) if (isTeamOwner(o)) teams.add(teamName(o));
  }
  return [...teams].sort();
}
function openRequirements(oversight) {
  if (!oversight.applicable) return [];
  return oversight.required.filter((r) => !r.satisfied).map((r) => {
    const owners = r.approvers.owners;
    return {
      name: r.rules.join(", "),
      missing: r.missing,
      needed: r.needed,
      users: r.approvers.users.map((u) => u.replace(/^@/, "")),
      teams: r.approvers.teams.map(teamName),
      ownerUsers: owners.filter((o) => ownerKind(o) === "user").map((o) => o.slice(1)),
      ownerTeams: owners.filter(isTeamOwner).map(teamName),
      anyone: r.approvers.anyone,
      counted: r.counted.map((c) => c.login)
    };
  });
}
function reviewersToAsk(oversight) {
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const r of openRequirements(oversight)) {
    const counted = new Set(r.counted.map((c) => c.toLowerCase()));
    for (const u of [...r.users, ...r.ownerUsers]) if (!counted.has(u.toLowerCase())) users.add(u);
    for (const t of [...r.teams, ...r.ownerTeams]) teams.add(t);
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}

export {
  teamsToResolve,
  openRequirements,
  reviewersToAsk
};
