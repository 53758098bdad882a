// Core's security- and correctness-relevant modules; the rest of core is covered by its tests, not mutated.
import { mutationConfig } from '../../stryker.config.base.mjs';

export default mutationConfig([
  'src/execute/hosts.ts',
  'src/execute/redirects.ts',
  'src/execute/follow-redirects.ts',
  'src/execute/retry-after.ts',
  'src/execute/retry-policy.ts',
  'src/execute/attempt-loop.ts',
  'src/encoding/percent.ts',
  'src/encoding/characters.ts',
  'src/encoding/form.ts',
  'src/prepare/form-body-plan.ts',
  'src/prepare/apply-auth.ts',
  'src/prepare/build-url.ts',
  'src/secrets/secret-set.ts',
  'src/secrets/secret-forms.ts',
  'src/redact/to-curl.ts',
  'src/references/resolve.ts',
  'src/references/parse-template.ts',
  'src/config/header-rules.ts',
]);
