import * as migration_20261123_161934_initial from './20261123_161934_initial';
import * as migration_20261123_190900_search from './20261123_190900_search';
import * as migration_20261123_191335_submissions_defences from './20261123_191335_submissions_defences';
import * as migration_20261123_194332_moderation from './20261123_194332_moderation';
import * as migration_20261123_201311_link_health from './20261123_201311_link_health';
import * as migration_20261123_204211_review_workflow from './20261123_204211_review_workflow';
import * as migration_20261123_220218_schedule_publish from './20261123_220218_schedule_publish';
import * as migration_20261201_093431_redirects_and_s3 from './20261201_093431_redirects_and_s3';
import * as migration_20261201_132535_digest_subscribers from './20261201_132535_digest_subscribers';
import * as migration_20261201_141901_users_no_account_lock from './20261201_141901_users_no_account_lock';

export const migrations = [
  {
    up: migration_20261123_161934_initial.up,
    down: migration_20261123_161934_initial.down,
    name: '20261123_161934_initial',
  },
  {
    up: migration_20261123_190900_search.up,
    down: migration_20261123_190900_search.down,
    name: '20261123_190900_search',
  },
  {
    up: migration_20261123_191335_submissions_defences.up,
    down: migration_20261123_191335_submissions_defences.down,
    name: '20261123_191335_submissions_defences',
  },
  {
    up: migration_20261123_194332_moderation.up,
    down: migration_20261123_194332_moderation.down,
    name: '20261123_194332_moderation',
  },
  {
    up: migration_20261123_201311_link_health.up,
    down: migration_20261123_201311_link_health.down,
    name: '20261123_201311_link_health',
  },
  {
    up: migration_20261123_204211_review_workflow.up,
    down: migration_20261123_204211_review_workflow.down,
    name: '20261123_204211_review_workflow',
  },
  {
    up: migration_20261123_220218_schedule_publish.up,
    down: migration_20261123_220218_schedule_publish.down,
    name: '20261123_220218_schedule_publish',
  },
  {
    up: migration_20261201_093431_redirects_and_s3.up,
    down: migration_20261201_093431_redirects_and_s3.down,
    name: '20261201_093431_redirects_and_s3',
  },
  {
    up: migration_20261201_132535_digest_subscribers.up,
    down: migration_20261201_132535_digest_subscribers.down,
    name: '20261201_132535_digest_subscribers',
  },
  {
    up: migration_20261201_141901_users_no_account_lock.up,
    down: migration_20261201_141901_users_no_account_lock.down,
    name: '20261201_141901_users_no_account_lock'
  },
];
