# One image for every service and the gateway; docker-compose.yml picks the entry point.
# The first stage compiles the TypeScript (`npm run build`); the image runs the compiled JavaScript.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --ignore-scripts=false && npm run build

FROM node:24-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg poppler-utils ca-certificates && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY proto/package.json proto/
COPY gateway/package.json gateway/
COPY packages packages
COPY services services
RUN npm ci --omit=dev --ignore-scripts=false
COPY . .
COPY --from=build /app/.build .build
RUN mkdir -p /var/lib/mam && chown node:node /var/lib/mam
USER node
ENV NODE_ENV=production
# Workspace imports resolve to their compiled files, no TypeScript runs; stack traces point at the TypeScript;
# a 2 MiB young generation keeps idle memory low (see compiledEntryArguments in packages/config).
ENV NODE_OPTIONS="--max-semi-space-size=2 --enable-source-maps --no-experimental-strip-types --require /app/.build/scripts/compiled-imports.js"
