// Core's security- and correctness-relevant modules that are mutated (`pnpm test:mutation`; scores per module in
// bench/results/mutation.md). A module joins this list together with its results in stryker-incremental.json (an
// incremental run tests only the mutants it has not seen): run `npx stryker run` here and commit both.
// `ignoreStatic`: a mutant in code that runs when a module loads (a default such as DEFAULT_RETRY, a Set of header
// names, a regular expression literal) cannot be switched per test, so Stryker reruns the whole suite for each:
// about 240 of them cost over an hour on two shared cores. They are left out of the score (Stryker reports them as
// ignored); the defaults among them are pinned by test/policy-defaults.test.ts and test/character-classes.test.ts.
import { mutationConfig } from '../../stryker.config.base.mjs';

export default mutationConfig(
  [
    'src/execute/hosts.ts',
    'src/execute/redirects.ts',
    'src/execute/retry-after.ts',
    'src/execute/retry-policy.ts',
    'src/encoding/percent.ts',
    'src/redact/to-curl.ts',
    'src/execute/follow-redirects.ts',
    'src/prepare/apply-auth.ts',
    'src/config/header-rules.ts',
    'src/execute/redact-response.ts',
    'src/encoding/characters.ts',
    'src/secrets/secret-set.ts',
    'src/secrets/secret-forms.ts',
    'src/references/parse-template.ts',
    'src/references/resolve.ts',
    'src/transports/private-network-guard.ts',
    'src/prepare/build-url.ts',
    'src/encoding/form.ts',
    'src/prepare/form-body-plan.ts',
    'src/execute/attempt-loop.ts',
    'src/execute/attempt-plan.ts',
    'src/execute/send-attempt.ts',
    'src/execute/judge-attempt.ts',
    'src/execute/decide-next.ts',
  ],
  { ignoreStatic: true },
);
