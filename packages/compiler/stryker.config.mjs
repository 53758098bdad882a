// The compiler's rules and template analysis: what decides whether a connector is accepted.
import { mutationConfig } from '../../stryker.config.base.mjs';

export default mutationConfig(['src/rules.ts', 'src/analyze-template.ts']);
