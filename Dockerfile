# The gateway as production runs it: compiled JavaScript on Node 24 (LTS), as a non-root user.
#   docker build -t aiqum-jobs-gateway .
#   docker run --rm -p 4000:4000 -e AIQUM_URL=https://um.example.com/api aiqum-jobs-gateway
# compose.yaml runs three replicas with Redis and a load balancer; see "Operating it" in README.md.

ARG NODE_IMAGE=node:24-bookworm-slim

# Build stage: every dependency, the TypeScript compiler and Vite.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:example

# Runtime stage: the compiled gateway, the built page and production dependencies only.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/examples/live-jobs/dist ./examples/live-jobs/dist
# The files stay root's: the process may read them, not change them.
USER node
EXPOSE 4000
# SIGTERM drains in-flight requests for SHUTDOWN_TIMEOUT_MS (8 s), then closes the rest within
# 10 s: give `docker stop` 20 s (compose.yaml does).
STOPSIGNAL SIGTERM
# Slim images have no curl: Node's fetch asks /health (liveness; a load balancer asks /ready).
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server.js"]
