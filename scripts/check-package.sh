#!/usr/bin/env bash
# The npm package as a user gets it: `npm pack`, then install the tarball into an empty folder (its
# dependencies from the npm cache, else the registry), and check that `npx rolelint --version`
# answers this version, that `npx rolelint` lints a fixture, and that a small script imports the
# library API (with its type declarations shipped) and lints a document with it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
# `prepack` builds lib/ first, so the tarball never holds a stale library.
npm pack --pack-destination "$work" --no-fund --loglevel=warn >/dev/null
tarball="$(ls "$work"/*.tgz)"

mkdir "$work/app"
cd "$work/app"
printf '{ "name": "rolelint-package-check", "private": true, "type": "module" }\n' >package.json
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null

fail() {
  echo "package check: $*" >&2
  exit 1
}
expected="$(node -p "require('$repo/package.json').version")"
got="$(npx --no-install rolelint --version)"
[ "$got" = "$expected" ] || fail "\`npx rolelint --version\` printed \`$got\`, expected \`$expected\`"

cp "$repo/fixtures/typo-planted.md" .
set +e
npx --no-install rolelint --workers 1 typo-planted.md >report.txt
code=$?
set -e
# Its typos are warnings: exit code 0 under the default --fail-on error.
[ "$code" -eq 0 ] || fail "\`npx rolelint typo-planted.md\` exited $code: $(cat report.txt)"
grep -q '`recieve` is misspelt; did you mean `receive`?  typo' report.txt || fail "the lint of a fixture did not report its typo: $(cat report.txt)"

[ -f node_modules/rolelint/lib/index.d.ts ] || fail 'the type declarations of the library API (lib/index.d.ts) are not in the package'
cat >api.mjs <<'JS'
import { formatJson, lint, rules } from 'rolelint';

const [result] = await lint([{ path: 'a.md', contents: '# A\n\nTeams recieve feedback.\n' }]);
const typo = result.messages.find((m) => m.ruleId === 'typo');
if (!typo || typo.line !== 3 || !rules.some((rule) => rule.meta.id === 'typo')) {
  console.error(formatJson([result]));
  process.exit(1);
}
console.log(`library API: ${rules.length} rules; ${typo.message}`);
JS
node api.mjs || fail 'the library API did not lint a document (see above)'
echo "package check: $(basename "$tarball") installs; npx rolelint $got lints a fixture; the library API lints a document."
