#!/usr/bin/env bash
# Ingests the five seed articles into the default story (test/fixtures/default-story/articles/, or into $OUT)
# with the project's own ingest command; `npm run default-story` copies them into articles/.
# Outlets, days, the one known address and the wire services come from test/fixtures/seeds/README.md;
# 002's wire is read from its closing "– Reuters" credit, 003 carries Reuters copy without a credit.
# --force makes the script re-runnable: it replaces the files it wrote before.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-test/fixtures/default-story/articles}"
seeds=test/fixtures/seeds

node scripts/ingest.ts "$seeds/000_e44fa632470f114c.txt" --outlet "Anadolu Agency" --published 2025-08-14 --out "$out" --force
node scripts/ingest.ts "$seeds/001_291ec05f08033715.txt" --outlet "The Kyiv Independent" --published 2025-11-27 \
  --url https://kyivindependent.com/us-to-discuss-ukraine-security-guarantees-after-peace-deal-signed --out "$out" --force
node scripts/ingest.ts "$seeds/002_cf94bc654ff6c87c.txt" --outlet "The Sun (Malaysia)" --published 2025-08-16 --out "$out" --force
node scripts/ingest.ts "$seeds/003_4193b220d9eefba9.txt" --outlet "The West Australian" --published 2025-08-14 --wire Reuters --out "$out" --force
node scripts/ingest.ts "$seeds/004_1b862b8a27ca1d72.txt" --outlet "NZ Herald" --published 2025-08-16 --out "$out" --force
