// @ts-check

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('aks_operations', table => {
    table.comment('Long-running AKS operations started through the AKS API');
    table.uuid('id').primary();
    table.string('kind').notNullable();
    table.string('subscription_id').notNullable();
    table.string('resource_group').notNullable();
    table.string('cluster_name').notNullable();
    table.string('node_pool').nullable();
    table.string('status').notNullable().index();
    table.string('requested_by').notNullable();
    table.string('started_at').notNullable();
    table.string('ended_at').nullable();
    table.string('error_code').nullable();
    table.text('error_message').nullable();
    table
      .text('poller_state')
      .nullable()
      .comment('The Azure SDK poller, serialized, to resume polling');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('aks_operations');
};
