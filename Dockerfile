# The gate's image for the GitLab component's image route: Node, git and the bundle, nothing else.
# Tag it with the version below; the component's `version` input names the same release. The base is
# pinned to a Node and Alpine release, so a rebuild of the same version gets the same runtime.
FROM node:24.19.0-alpine3.24

LABEL org.opencontainers.image.title="ai-governance-gate" \
      org.opencontainers.image.description="CI policy gate for AI-assisted changes" \
      org.opencontainers.image.version="0.1.0" \
      org.opencontainers.image.licenses="MIT"

# git reads the history the gate judges; the job's clone belongs to another user on some executors.
RUN apk add --no-cache git \
 && git config --system --add safe.directory '*'

# package.json makes Node load the bundle as an ES module; dist/ holds the entry and its lazily loaded
# chunks; the schema ships for editors and audits.
COPY package.json /opt/ai-governance-gate/package.json
COPY dist/ /opt/ai-governance-gate/dist/
COPY schema/policy.schema.json /opt/ai-governance-gate/schema/policy.schema.json
RUN chmod 0755 /opt/ai-governance-gate/dist/index.js \
 && ln -s /opt/ai-governance-gate/dist/index.js /usr/local/bin/ai-governance-gate

# No ENTRYPOINT: GitLab runs the job's script through the image's shell.
CMD ["ai-governance-gate", "--help"]
