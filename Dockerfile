# One image for every component; docker-compose.yml picks the component with the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production BIND_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/portal/dist ./portal/dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/operations/generated/persisted-documents.json ./operations/generated/persisted-documents.json
COPY --from=build /app/package.json ./package.json
# What a component writes: development keys (outside production) and the embedded database's
# folder (without DATABASE_URL). The rest of /app stays root's and read-only to the process.
RUN mkdir -p /app/.dev-keys /app/.data && chown node:node /app/.dev-keys /app/.data
USER node
# The component's own liveness route on its PORT (the gateway's 4000 unless set); no curl in the slim image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/gateway/index.js"]
