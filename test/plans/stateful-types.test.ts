/**
 * The stateful-type table: every category has names for the tools that have such a thing, each name
 * has its tool's shape and belongs to one row, lookups find them for the right tool only, data sources
 * never count, a policy adds its own, and real plans' resources are found in it.
 */
import { STATEFUL_CATEGORIES, STATEFUL_TYPES, type StatefulCategory } from '../../src/core/plans/stateful-types.js';
import { statefulLookup } from '../../src/core/plans/stateful.js';
import { readPlan } from '../../src/gather/plans/read-plan.js';
import type { PlanTool } from '../../src/core/plans/types.js';
import { PLANS_DIR } from './support/fixtures.js';

const lookup = statefulLookup([]);
const is = (tool: PlanTool, type: string) => lookup(tool, { type })?.category;

/** One well-known name per tool for each category, the way the issue lists them. */
const EXAMPLES: Record<StatefulCategory, Array<[PlanTool, string]>> = {
  database: [['terraform', 'aws_db_instance'], ['opentofu', 'google_sql_database_instance'], ['terraform', 'azurerm_cosmosdb_account'], ['pulumi', 'aws:rds/instance:Instance'], ['cloudformation', 'AWS::DynamoDB::Table']],
  bucket: [['terraform', 'aws_s3_bucket'], ['terraform', 'google_storage_bucket'], ['terraform', 'azurerm_storage_account'], ['pulumi', 'aws:s3/bucket:Bucket'], ['cloudformation', 'AWS::S3::Bucket']],
  volume: [['terraform', 'aws_ebs_volume'], ['terraform', 'aws_efs_file_system'], ['terraform', 'google_compute_disk'], ['terraform', 'kubernetes_persistent_volume_claim_v1'], ['pulumi', 'kubernetes:core/v1:PersistentVolume'], ['cloudformation', 'AWS::EFS::FileSystem']],
  key: [['terraform', 'aws_kms_key'], ['terraform', 'google_kms_crypto_key'], ['terraform', 'azurerm_key_vault'], ['pulumi', 'aws:secretsmanager/secret:Secret'], ['cloudformation', 'AWS::KMS::Key']],
  'dns-zone': [['terraform', 'aws_route53_zone'], ['terraform', 'google_dns_managed_zone'], ['terraform', 'azurerm_dns_zone'], ['pulumi', 'azure-native:network:Zone'], ['pulumi', 'azure-native:dns:Zone'], ['cloudformation', 'AWS::Route53::HostedZone']],
  queue: [['terraform', 'aws_sqs_queue'], ['terraform', 'google_pubsub_subscription'], ['terraform', 'azurerm_servicebus_queue'], ['pulumi', 'aws:kinesis/stream:Stream'], ['cloudformation', 'AWS::SQS::Queue']],
  cache: [['terraform', 'aws_elasticache_replication_group'], ['terraform', 'google_redis_instance'], ['terraform', 'azurerm_redis_cache'], ['pulumi', 'aws:memorydb/cluster:Cluster'], ['cloudformation', 'AWS::ElastiCache::ReplicationGroup']],
  search: [['terraform', 'aws_opensearch_domain'], ['terraform', 'azurerm_search_service'], ['pulumi', 'aws:opensearch/domain:Domain'], ['cloudformation', 'AWS::OpenSearchService::Domain']],
  registry: [['terraform', 'aws_ecr_repository'], ['terraform', 'google_artifact_registry_repository'], ['terraform', 'azurerm_container_registry'], ['pulumi', 'aws:ecr/repository:Repository'], ['cloudformation', 'AWS::ECR::Repository']],
  container: [['terraform', 'kubernetes_namespace_v1'], ['terraform', 'azurerm_resource_group'], ['terraform', 'google_project'], ['pulumi', 'kubernetes:core/v1:Namespace'], ['cloudformation', 'AWS::CloudFormation::Stack']],
  logs: [['terraform', 'aws_cloudwatch_log_group'], ['terraform', 'azurerm_log_analytics_workspace'], ['pulumi', 'aws:cloudwatch/logGroup:LogGroup'], ['cloudformation', 'AWS::Logs::LogGroup']],
};

const SHAPES = {
  terraform: /^(aws|google|azurerm|kubernetes)_[a-z0-9_]+$/,
  pulumi: /^(aws|gcp|azure|azure-native|kubernetes):[\w./-]*:[A-Z]\w*$/,
  cloudformation: /^AWS::\w+::\w+$/,
  kubernetes: /^[A-Z][A-Za-z]+$/,
} as const;

describe('stateful resource types', () => {
  it.each(STATEFUL_CATEGORIES.map((c) => [c]))('%s: found for every tool that names one, and under that category', (category) => {
    expect(STATEFUL_TYPES.some((r) => r.category === category)).toBe(true);
    for (const [tool, type] of EXAMPLES[category]) expect([tool, type, is(tool, type)]).toEqual([tool, type, category]);
  });

  it('has names of each tool\'s shape, each in one row only', () => {
    const seen = new Map<string, string>();
    for (const row of STATEFUL_TYPES) {
      for (const column of ['terraform', 'pulumi', 'cloudformation', 'kubernetes'] as const) {
        for (const name of row[column]) {
          expect([column, name, SHAPES[column].test(name)]).toEqual([column, name, true]);
          const key = `${column}:${name}`;
          expect([key, seen.get(key)]).toEqual([key, undefined]);
          seen.set(key, row.category);
        }
      }
    }
  });

  it('looks names up in the column of the plan\'s tool only', () => {
    expect(is('pulumi', 'aws_db_instance')).toBeUndefined();
    expect(is('terraform', 'AWS::RDS::DBInstance')).toBeUndefined();
    expect(is('cloudformation', 'aws:rds/instance:Instance')).toBeUndefined();
  });

  it('leaves out what the code recreates: records, topics, roles, instances, StatefulSets', () => {
    for (const type of ['aws_route53_record', 'aws_sns_topic', 'aws_iam_role', 'aws_instance', 'aws_s3_bucket_policy', 'kubernetes_stateful_set_v1', 'google_compute_disk_resource_policy_attachment']) {
      expect([type, is('terraform', type)]).toEqual([type, undefined]);
    }
    expect(is('cloudformation', 'AWS::SNS::Topic')).toBeUndefined();
  });

  it('never counts a data source, and adds the types a policy names, for any tool', () => {
    expect(lookup('terraform', { type: 'aws_db_instance', dataSource: true })).toBeUndefined();
    const withPolicy = statefulLookup(['postgresql.cnpg.io/Cluster', 'aws_sns_topic']);
    expect(withPolicy('terraform', { type: 'aws_sns_topic' })).toEqual({ category: 'policy', what: 'stateful resource (policy)' });
    expect(withPolicy('pulumi', { type: 'postgresql.cnpg.io/Cluster' })?.category).toBe('policy');
    expect(withPolicy('terraform', { type: 'aws_db_instance' })?.category).toBe('database');
  });

  it('finds the stateful resources of real plans', async () => {
    const snyk = await readPlan('terraform/snyk-tf-plan-destroy.plan.json', PLANS_DIR);
    expect(snyk.resources.filter((r) => lookup('terraform', r)).map((r) => r.address)).toEqual(['aws_s3_bucket.terra_ci']);
    const infracost = await readPlan('terraform/infracost-terraform-v0.14.plan.json', PLANS_DIR);
    expect(infracost.resources.filter((r) => lookup('terraform', r)?.category === 'database').map((r) => r.type)).toContain('aws_db_instance');
    const pulumi = await readPlan('pulumi/infracost-aws-ts-ebs-preview-existing.json', PLANS_DIR);
    const found = new Set(pulumi.resources.filter((r) => lookup('pulumi', r)).map((r) => r.type));
    expect([...found].sort()).toEqual(['aws:ebs/volume:Volume', 'aws:rds/cluster:Cluster', 'aws:rds/instance:Instance', 'aws:s3/bucket:Bucket']);
  });
});
