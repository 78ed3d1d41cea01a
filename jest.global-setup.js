// When integration tests are selected, make sure the real infrastructure they talk to is up:
// infra/up.sh reuses whatever already answers and starts the rest (Kafka, Elasticsearch).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup(globalConfig) {
  const selected = globalConfig.selectProjects;
  if ((selected && !selected.includes('integration')) || process.env.MAM_SKIP_INFRA_UP === '1') return;
  const result = spawnSync('bash', [join(__dirname, 'infra', 'up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0)
    throw new Error('The test infrastructure could not be started (see infra/up.sh output above)');
};
