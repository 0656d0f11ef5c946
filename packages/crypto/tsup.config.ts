import { packageConfig } from '../../scripts/tsup-package.mjs';
import { cryptoEntries, pureEntries } from '../../scripts/crypto-entries.mjs';

export default packageConfig({ entries: Object.keys(cryptoEntries), pure: pureEntries });
