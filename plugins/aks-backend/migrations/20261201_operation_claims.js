// @ts-check

const IN_PROGRESS = "status = 'InProgress'";

/**
 * One operation in progress per cluster, enforced by the database, and a
 * lease per operation so that one replica follows it at a time.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('aks_operations', table => {
    table
      .string('cluster_key')
      .nullable()
      .comment('subscription/resource group/name of the cluster, lower case');
    table
      .text('request')
      .nullable()
      .comment('The change asked for, as JSON, to recognise the same request');
    table
      .string('owner_id')
      .nullable()
      .comment('The replica following the operation');
    table
      .bigInteger('lease_expires_at')
      .nullable()
      .comment('Epoch milliseconds until which the owner holds the operation');
  });
  await knex('aks_operations').update({
    cluster_key: knex.raw(
      "lower(subscription_id || '/' || resource_group || '/' || cluster_name)",
    ),
  });
  // Only the latest of several operations in progress on one cluster keeps
  // running (the older ones cannot still be running at Azure).
  const rows = await knex('aks_operations')
    .where('status', 'InProgress')
    .orderBy('started_at', 'desc')
    .select('id', 'cluster_key');
  const latest = new Set();
  const superseded = [];
  for (const row of rows) {
    if (latest.has(row.cluster_key)) superseded.push(row);
    else latest.add(row.cluster_key);
  }
  if (superseded.length > 0) {
    await knex('aks_operations')
      .whereIn(
        'id',
        superseded.map(row => row.id),
      )
      .update({
        status: 'Failed',
        ended_at: new Date().toISOString(),
        error_code: 'OperationSuperseded',
        error_message: 'A later operation on the cluster was started',
        poller_state: null,
      });
  }
  await knex.schema.alterTable('aks_operations', table => {
    table.unique(['cluster_key'], {
      indexName: 'aks_operations_one_in_progress_per_cluster',
      predicate: knex.whereRaw(IN_PROGRESS),
    });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('aks_operations', table => {
    table.dropIndex([], 'aks_operations_one_in_progress_per_cluster');
    table.dropColumn('cluster_key');
    table.dropColumn('request');
    table.dropColumn('owner_id');
    table.dropColumn('lease_expires_at');
  });
};
