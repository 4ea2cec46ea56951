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
USER node
CMD ["node", "dist/gateway/index.js"]
