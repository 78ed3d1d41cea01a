# One image for every service and the gateway; docker-compose.yml picks the entry point.
FROM node:24-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg poppler-utils ca-certificates && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY proto/package.json proto/
COPY gateway/package.json gateway/
COPY packages packages
COPY services services
RUN npm ci --omit=dev --ignore-scripts=false && npm install --no-save tsx
COPY . .
RUN mkdir -p /var/lib/mam && chown node:node /var/lib/mam
USER node
ENV NODE_ENV=production
