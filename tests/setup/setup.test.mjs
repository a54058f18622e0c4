// scripts/setup.sh as a new machine meets it: no Trunk, no wasm-bindgen CLI, no node_modules, no
// Chromium. The commands it runs (cargo, rustup, npm, apt-get, sudo) are stubs that record each
// call with the release variables they see; nothing is installed and nothing is fetched. Runs in
// seconds, before the real set-up, so a broken install step fails `make test` on every machine,
// including one where the tools are already there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Variables that belong to the release wasm build alone (scripts/release.sh).
const RELEASE_VARIABLES = ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES', 'RUSTFLAGS', 'RUSTC_BOOTSTRAP'];
// The ordinary commands setup.sh may use; linked into the sandbox's only PATH directory.
const UTILITIES = ['bash', 'env', 'setsid', 'awk', 'grep', 'sed', 'cat', 'cut', 'sha256sum', 'mkdir', 'id', 'dirname', 'basename',
  'sleep', 'tail', 'head', 'rm', 'kill', 'tr', 'wc', 'touch', 'chmod', 'ls', 'date', 'printf', 'cp', 'mv'];

// One stub for every recorded command; it answers what setup.sh asks as a new machine would.
const STUB = `#!/bin/bash
name=$(basename "$0")
vars=""
for v in ${RELEASE_VARIABLES.join(' ')}; do
  [ -n "\${!v+x}" ] && vars="$vars $v=\${!v}"
done
printf '%s\\t%s\\t%s\\n' "$name" "$*" "\${vars# }" >> "$SETUP_CALLS"
case "$name $1" in
  "sudo "*) exec "$@" ;;
  "rustup target") exit 0 ;;                              # list --installed: nothing; add: done
  "rustup component") exit 0 ;;                           # nothing installed
  "rustup run")
    case "$*" in
      *"rustc --version"*) exit 1 ;;                       # the nightly is not installed yet
      *"rustc --print sysroot"*) echo "$SETUP_SANDBOX/sysroot" ;;
      *"cargo fetch --quiet --offline"*) exit 1 ;;         # nothing cached yet
    esac ;;
  "cargo install")
    # Installs a fake binary that reports the asked-for version, as the real install would.
    crate=$2; version=""
    while [ $# -gt 0 ]; do [ "$1" = --version ] && version=$2; shift; done
    case "$crate" in wasm-bindgen-cli) bin=wasm-bindgen ;; *) bin=$crate ;; esac
    mkdir -p "$CARGO_HOME/bin"
    printf '#!/bin/bash\\necho "%s %s"\\n' "$bin" "$version" > "$CARGO_HOME/bin/$bin"
    chmod +x "$CARGO_HOME/bin/$bin" ;;
  "npm ci") mkdir -p node_modules ;;
esac
exit 0
`;

function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'pm-setup-'));
  const bin = join(dir, 'bin');
  const repo = join(dir, 'repo');
  mkdirSync(bin);
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  for (const utility of UTILITIES) {
    const found = spawnSync('bash', ['-c', `type -P ${utility}`], { encoding: 'utf8' }).stdout.trim();
    if (found) symlinkSync(found, join(bin, utility));
  }
  writeFileSync(join(bin, 'stub'), STUB);
  chmodSync(join(bin, 'stub'), 0o755);
  for (const command of ['cargo', 'rustup', 'npm', 'apt-get', 'sudo']) symlinkSync(join(bin, 'stub'), join(bin, command));
  for (const file of ['scripts/setup.sh', 'scripts/release.sh', 'Cargo.lock', 'package-lock.json']) {
    copyFileSync(join(ROOT, file), join(repo, file));
  }
  chmodSync(join(repo, 'scripts/setup.sh'), 0o755);
  chmodSync(join(repo, 'scripts/release.sh'), 0o755);
  return { dir, bin, repo };
}

/** Runs setup.sh `what` in a new sandbox. `prepare(box)` may replace stubs or seed files
 * first; `keep` names files in the sandbox to read back before it is removed. */
function runSetup(what, { prepare = () => {}, keep = [], timeout = 60_000 } = {}) {
  const box = sandbox();
  const calls = join(box.dir, 'calls.tsv');
  writeFileSync(calls, '');
  prepare(box);
  const env = {
    PATH: box.bin,
    HOME: join(box.dir, 'home'),
    CARGO_HOME: join(box.dir, 'cargo'),
    SETUP_CALLS: calls,
    SETUP_SANDBOX: box.dir,
    TERM: 'dumb',
  };
  const result = spawnSync(join(box.bin, 'bash'), [join(box.repo, 'scripts/setup.sh'), what], { env, encoding: 'utf8', timeout });
  const recorded = readFileSync(calls, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [command, args, vars] = line.split('\t');
    return { command, args, vars };
  });
  const files = Object.fromEntries(keep.map((name) => [name, readFileSync(join(box.dir, name), 'utf8')]));
  rmSync(box.dir, { recursive: true, force: true });
  return { status: result.status, signal: result.signal, output: `${result.stdout}${result.stderr}`, calls: recorded, files };
}

/** Replaces the stub for `command` in a sandbox with a script of its own. */
function replaceStub(box, command, script) {
  rmSync(join(box.bin, command));
  writeFileSync(join(box.bin, command), `#!/bin/bash\n${script}\n`);
  chmodSync(join(box.bin, command), 0o755);
}

const lockVersion = (name) => new RegExp(`name = "${name}"\\nversion = "([^"]+)"`).exec(readFileSync(join(ROOT, 'Cargo.lock'), 'utf8'))[1];
const releaseToolchain = execFileSync(join(ROOT, 'scripts/release.sh'), ['--toolchain'], { encoding: 'utf8' }).trim();
const asked = (calls, command, pattern) => calls.some((c) => c.command === command && pattern.test(c.args));

test('on a new machine, setup.sh asks for every tool the build and the tests need', () => {
  const { status, output, calls } = runSetup('test');
  assert.equal(status, 0, output);
  const bindgen = lockVersion('wasm-bindgen');
  const expected = [
    ['rustup', /^target add wasm32-unknown-unknown$/],
    ['rustup', new RegExp(`^toolchain install ${releaseToolchain} .*-c rust-src`)],
    ['rustup', new RegExp(`^run ${releaseToolchain} cargo fetch --quiet --manifest-path .*/library/Cargo.toml$`)],
    ['cargo', /^install trunk --version 0\.21\.14 --locked$/],
    ['cargo', new RegExp(`^install wasm-bindgen-cli --version ${bindgen.replaceAll('.', '\\.')}$`)],
    ['npm', /^ci /],
    ['apt-get', /^install .*\bchromium chromium-driver poppler-utils$/],
  ];
  for (const [command, pattern] of expected) {
    assert.ok(asked(calls, command, pattern), `${command} ${pattern} was not asked for; calls:\n${calls.map((c) => `${c.command} ${c.args}`).join('\n')}`);
  }
  assert.match(output, /tools ready/);
});

test('no install step sees the release build variables', () => {
  for (const what of ['build', 'test', 'bench']) {
    const { status, output, calls } = runSetup(what);
    assert.equal(status, 0, output);
    assert.ok(calls.length > 0, 'setup.sh ran no command at all');
    const leaked = calls.filter((c) => c.vars);
    assert.deepEqual(leaked.map((c) => `${c.command} ${c.args}: ${c.vars}`), [], `setup.sh ${what}`);
  }
});

test('bench also installs twiggy, and only bench does', () => {
  assert.ok(asked(runSetup('bench').calls, 'cargo', /^install twiggy --version 0\.8\.0 --locked$/));
  assert.ok(!asked(runSetup('build').calls, 'cargo', /^install twiggy/));
});

test('a failed install stops the set-up and shows the end of its log', () => {
  // A cargo that fails the way the release environment made it fail on new machines.
  const { status, output } = runSetup('build', {
    prepare: (box) => replaceStub(box, 'cargo', 'echo "error: failed to compile \\`$2\\`" >&2\nexit 101'),
  });
  assert.notEqual(status, 0);
  assert.match(output, /could not install trunk 0\.21\.14/);
  assert.match(output, /failed to compile `trunk`/);
  assert.doesNotMatch(output, /tools ready/);
});

test('the release wrapper sets its variables for its command alone', () => {
  const seen = execFileSync(join(ROOT, 'scripts/release.sh'), ['env'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.match(seen, new RegExp(`^RUSTUP_TOOLCHAIN=${releaseToolchain}$`, 'm'));
  assert.match(seen, /^RUSTFLAGS=.*-Cpanic=immediate-abort/m);
  const stable = execFileSync(join(ROOT, 'scripts/release.sh'), ['env'], { encoding: 'utf8', env: { PATH: process.env.PATH, PM_STABLE_RELEASE: '1' } });
  for (const name of RELEASE_VARIABLES) assert.doesNotMatch(stable, new RegExp(`^${name}=`, 'm'));
  assert.doesNotMatch(readFileSync(join(ROOT, 'Makefile'), 'utf8'), /^\s*(source|\.)\s+scripts\//m, 'the Makefile sources a script into its shell');
});

test('a tool at a version that only starts like the wanted one is installed anew', () => {
  const wanted = lockVersion('wasm-bindgen');
  // e.g. 0.2.13 installed where 0.2.130 is wanted: a substring match would keep it.
  const { status, output, calls } = runSetup('build', {
    prepare: (box) => {
      const bin = join(box.dir, 'cargo', 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(join(bin, 'wasm-bindgen'), `#!/bin/bash\necho "wasm-bindgen ${wanted.slice(0, -1)}"\n`);
      chmodSync(join(bin, 'wasm-bindgen'), 0o755);
    },
  });
  assert.equal(status, 0, output);
  assert.ok(asked(calls, 'cargo', new RegExp(`^install wasm-bindgen-cli --version ${wanted.replaceAll('.', '\\.')}$`)));
});

test('a set-up that fails part-way stops its background compiles', () => {
  // Compiles that take a while, and an npm that fails while they run.
  const { status, signal, files } = runSetup('build', {
    prepare: (box) => {
      replaceStub(box, 'cargo', 'echo $$ >> "$SETUP_SANDBOX/compiles"\nexec sleep 30');
      replaceStub(box, 'npm', 'echo "npm ERR! network" >&2\nexit 1');
    },
    keep: ['compiles'],
    timeout: 20_000,
  });
  const pids = files.compiles.split('\n').filter(Boolean).map(Number);
  assert.notEqual(status, 0);
  assert.equal(signal, null, 'the set-up ended by itself, without waiting for the compiles');
  assert.equal(pids.length, 2, 'both compiles had started');
  // Running, not ended: a killed process may linger as a zombie until it is reaped.
  const alive = pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  });
  assert.deepEqual(alive, [], 'no compile is left running');
});
