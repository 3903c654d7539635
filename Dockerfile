# One image for every AstroBookings process; compose.yaml picks the process with `command`.
# Stage 1 installs everything and builds; stage 2 keeps production dependencies and outputs.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY system/package.json system/
COPY openapi/package.json openapi/
COPY bff/package.json bff/
COPY core/package.json core/
COPY web/package.json web/
COPY tools/package.json tools/
RUN npm ci
COPY . .
RUN node tools/build/build-all.mjs --force

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY system/package.json system/
COPY openapi/package.json openapi/
COPY bff/package.json bff/
COPY core/package.json core/
COPY web/package.json web/
COPY tools/package.json tools/
# The tools workspace (embedded databases, test tooling) is not needed to run the system.
RUN npm ci --omit=dev --ignore-scripts -w system -w openapi -w bff -w core -w web && npm cache clean --force
# The system package is plain JavaScript: its sources are what runs.
COPY system system
COPY --from=build /app/openapi/dist openapi/dist
COPY --from=build /app/bff/dist bff/dist
COPY --from=build /app/core/dist core/dist
COPY --from=build /app/web/dist web/dist
COPY tools/launcher/healthcheck.mjs tools/launcher/healthcheck.mjs
USER node
EXPOSE 3001 3002 3003 3004 3005 4000 4001 4002 4003 4004
CMD ["node", "core/dist/apps/core-api/main.js"]
