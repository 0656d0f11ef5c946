import { packageConfig } from '../../scripts/tsup-package.mjs';
import { cryptoEntries, liteEntries, pureEntries } from '../../scripts/crypto-entries.mjs';

export default packageConfig({ entries: [...Object.keys(cryptoEntries), ...liteEntries], pure: pureEntries });
