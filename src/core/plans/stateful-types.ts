/**
 * Resource types that hold what the infrastructure code cannot recreate: rows, objects, volumes, key
 * material, DNS delegations, queued messages, images, logs, or everything inside a container. Deleting
 * or replacing one loses it, so a plan that does is critical by default. Data, not logic: one row per
 * kind of thing, with the name each tool gives it.
 *
 * Names: Terraform/OpenTofu resource types (providers hashicorp/aws, google, azurerm, kubernetes),
 * Pulumi type tokens (aws, gcp, azure-native and classic azure, kubernetes), CloudFormation resource
 * types, Kubernetes kinds. The Google Cloud, Azure and Kubernetes Terraform names were checked against
 * the providers' published resource lists; the Pulumi tokens follow the providers' naming rule (module
 * and resource from the Terraform name), several seen verbatim in real previews; azure-native tokens
 * move between major versions, so both spellings are kept. A policy adds its own with
 * `plans.stateful-types`.
 *
 * Deliberately absent: types whose loss the code recreates (records, topics without storage, IAM,
 * compute instances, Kubernetes StatefulSets, whose volume claims outlive them by default).
 */

export const STATEFUL_CATEGORIES = ['database', 'bucket', 'volume', 'key', 'dns-zone', 'queue', 'cache', 'search', 'registry', 'container', 'logs'] as const;
export type StatefulCategory = (typeof STATEFUL_CATEGORIES)[number];

export interface StatefulRow {
  category: StatefulCategory;
  /** What is lost, for the summary ("database", "object storage bucket"). */
  what: string;
  terraform: readonly string[];
  pulumi: readonly string[];
  cloudformation: readonly string[];
  kubernetes: readonly string[];
}

const row = (category: StatefulCategory, what: string, names: Partial<Omit<StatefulRow, 'category' | 'what'>>): StatefulRow => ({
  category,
  what,
  terraform: names.terraform ?? [],
  pulumi: names.pulumi ?? [],
  cloudformation: names.cloudformation ?? [],
  kubernetes: names.kubernetes ?? [],
});

export const STATEFUL_TYPES: readonly StatefulRow[] = [
  // Databases
  row('database', 'relational database', {
    terraform: ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_global_cluster'],
    pulumi: ['aws:rds/instance:Instance', 'aws:rds/cluster:Cluster', 'aws:rds/globalCluster:GlobalCluster'],
    cloudformation: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::GlobalCluster'],
  }),
  row('database', 'database', {
    terraform: [
      'aws_dynamodb_table', 'aws_dynamodb_global_table', 'aws_redshift_cluster', 'aws_redshiftserverless_namespace',
      'aws_docdb_cluster', 'aws_docdb_elastic_cluster', 'aws_neptune_cluster', 'aws_keyspaces_keyspace', 'aws_keyspaces_table',
      'aws_timestreamwrite_database', 'aws_timestreamwrite_table', 'aws_qldb_ledger',
    ],
    pulumi: [
      'aws:dynamodb/table:Table', 'aws:dynamodb/globalTable:GlobalTable', 'aws:redshift/cluster:Cluster',
      'aws:redshiftserverless/namespace:Namespace', 'aws:docdb/cluster:Cluster', 'aws:docdb/elasticCluster:ElasticCluster',
      'aws:neptune/cluster:Cluster', 'aws:keyspaces/keyspace:Keyspace', 'aws:keyspaces/table:Table',
      'aws:timestreamwrite/database:Database', 'aws:timestreamwrite/table:Table', 'aws:qldb/ledger:Ledger',
    ],
    cloudformation: [
      'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace',
      'AWS::DocDB::DBCluster', 'AWS::DocDBElastic::Cluster', 'AWS::Neptune::DBCluster', 'AWS::Cassandra::Keyspace',
      'AWS::Cassandra::Table', 'AWS::Timestream::Database', 'AWS::Timestream::Table', 'AWS::QLDB::Ledger',
    ],
  }),
  row('database', 'user directory', {
    terraform: ['aws_cognito_user_pool'],
    pulumi: ['aws:cognito/userPool:UserPool'],
    cloudformation: ['AWS::Cognito::UserPool'],
  }),
  row('database', 'database', {
    terraform: [
      'google_sql_database_instance', 'google_sql_database', 'google_bigquery_dataset', 'google_bigquery_table',
      'google_spanner_instance', 'google_spanner_database', 'google_bigtable_instance', 'google_bigtable_table',
      'google_firestore_database', 'google_alloydb_cluster',
    ],
    pulumi: [
      'gcp:sql/databaseInstance:DatabaseInstance', 'gcp:sql/database:Database', 'gcp:bigquery/dataset:Dataset', 'gcp:bigquery/table:Table',
      'gcp:spanner/instance:Instance', 'gcp:spanner/database:Database', 'gcp:bigtable/instance:Instance', 'gcp:bigtable/table:Table',
      'gcp:firestore/database:Database', 'gcp:alloydb/cluster:Cluster',
    ],
  }),
  row('database', 'database', {
    terraform: [
      'azurerm_mssql_server', 'azurerm_mssql_database', 'azurerm_mssql_managed_instance', 'azurerm_mssql_managed_database',
      'azurerm_postgresql_flexible_server', 'azurerm_postgresql_flexible_server_database', 'azurerm_mysql_flexible_server',
      'azurerm_mysql_flexible_database', 'azurerm_cosmosdb_account', 'azurerm_cosmosdb_sql_database', 'azurerm_cosmosdb_sql_container',
      'azurerm_cosmosdb_mongo_database', 'azurerm_cosmosdb_mongo_collection', 'azurerm_cosmosdb_cassandra_keyspace',
      'azurerm_cosmosdb_table', 'azurerm_cosmosdb_gremlin_database', 'azurerm_cosmosdb_postgresql_cluster',
      // Removed in azurerm 4.0; plans made with older providers still name them.
      'azurerm_sql_server', 'azurerm_sql_database', 'azurerm_postgresql_server', 'azurerm_postgresql_database',
      'azurerm_mysql_server', 'azurerm_mysql_database',
    ],
    pulumi: [
      'azure-native:sql:Server', 'azure-native:sql:Database', 'azure-native:sql:ManagedInstance',
      'azure-native:dbforpostgresql:Server', 'azure-native:dbforpostgresql:FlexibleServer', 'azure-native:dbforpostgresql:Database',
      'azure-native:dbformysql:Server', 'azure-native:dbformysql:FlexibleServer', 'azure-native:dbformysql:Database',
      'azure-native:documentdb:DatabaseAccount', 'azure-native:documentdb:SqlResourceSqlDatabase',
      'azure-native:documentdb:SqlResourceSqlContainer', 'azure-native:documentdb:MongoDBResourceMongoDBDatabase',
      'azure:mssql/server:Server', 'azure:mssql/database:Database', 'azure:cosmosdb/account:Account',
      'azure:postgresql/flexibleServer:FlexibleServer', 'azure:mysql/flexibleServer:FlexibleServer',
    ],
  }),
  // Buckets and object stores
  row('bucket', 'object storage bucket', {
    terraform: ['aws_s3_bucket', 'aws_s3_directory_bucket', 'aws_glacier_vault', 'google_storage_bucket'],
    pulumi: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2', 'aws:s3/directoryBucket:DirectoryBucket', 'aws:glacier/vault:Vault', 'gcp:storage/bucket:Bucket'],
    cloudformation: ['AWS::S3::Bucket', 'AWS::S3Express::DirectoryBucket'],
  }),
  row('bucket', 'storage account or container', {
    terraform: ['azurerm_storage_account', 'azurerm_storage_container', 'azurerm_storage_data_lake_gen2_filesystem'],
    pulumi: ['azure-native:storage:StorageAccount', 'azure-native:storage:BlobContainer', 'azure:storage/account:Account', 'azure:storage/container:Container'],
  }),
  // Volumes, file systems, disks, snapshots and backup vaults
  row('volume', 'volume or file system', {
    terraform: [
      'aws_ebs_volume', 'aws_ebs_snapshot', 'aws_efs_file_system', 'aws_fsx_lustre_file_system', 'aws_fsx_windows_file_system',
      'aws_fsx_ontap_file_system', 'aws_fsx_ontap_volume', 'aws_fsx_openzfs_file_system', 'aws_backup_vault',
    ],
    pulumi: [
      'aws:ebs/volume:Volume', 'aws:ebs/snapshot:Snapshot', 'aws:efs/fileSystem:FileSystem', 'aws:fsx/lustreFileSystem:LustreFileSystem',
      'aws:fsx/windowsFileSystem:WindowsFileSystem', 'aws:fsx/ontapFileSystem:OntapFileSystem', 'aws:fsx/ontapVolume:OntapVolume',
      'aws:fsx/openZfsFileSystem:OpenZfsFileSystem', 'aws:backup/vault:Vault',
    ],
    cloudformation: ['AWS::EC2::Volume', 'AWS::EFS::FileSystem', 'AWS::FSx::FileSystem', 'AWS::FSx::Volume', 'AWS::Backup::BackupVault'],
  }),
  row('volume', 'disk or file system', {
    terraform: [
      'google_compute_disk', 'google_compute_region_disk', 'google_compute_snapshot', 'google_filestore_instance', 'google_netapp_volume',
      'azurerm_managed_disk', 'azurerm_snapshot', 'azurerm_storage_share', 'azurerm_netapp_volume', 'azurerm_recovery_services_vault',
      'azurerm_data_protection_backup_vault',
    ],
    pulumi: [
      'gcp:compute/disk:Disk', 'gcp:compute/regionDisk:RegionDisk', 'gcp:compute/snapshot:Snapshot', 'gcp:filestore/instance:Instance',
      'gcp:netapp/volume:Volume', 'azure-native:compute:Disk', 'azure-native:compute:Snapshot', 'azure-native:storage:FileShare',
      'azure-native:netapp:Volume', 'azure-native:recoveryservices:Vault', 'azure-native:dataprotection:BackupVault',
      'azure:compute/managedDisk:ManagedDisk',
    ],
  }),
  row('volume', 'persistent volume', {
    terraform: ['kubernetes_persistent_volume', 'kubernetes_persistent_volume_v1', 'kubernetes_persistent_volume_claim', 'kubernetes_persistent_volume_claim_v1'],
    pulumi: ['kubernetes:core/v1:PersistentVolume', 'kubernetes:core/v1:PersistentVolumeClaim'],
    kubernetes: ['PersistentVolume', 'PersistentVolumeClaim'],
  }),
  // Keys and secrets
  row('key', 'encryption key or secret', {
    terraform: [
      'aws_kms_key', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_secretsmanager_secret', 'aws_acmpca_certificate_authority',
      'google_kms_crypto_key', 'google_kms_key_ring', 'google_secret_manager_secret',
      'azurerm_key_vault', 'azurerm_key_vault_key', 'azurerm_key_vault_secret', 'azurerm_key_vault_certificate',
      'azurerm_key_vault_managed_hardware_security_module',
    ],
    pulumi: [
      'aws:kms/key:Key', 'aws:kms/replicaKey:ReplicaKey', 'aws:kms/externalKey:ExternalKey', 'aws:secretsmanager/secret:Secret',
      'aws:acmpca/certificateAuthority:CertificateAuthority', 'gcp:kms/cryptoKey:CryptoKey', 'gcp:kms/keyRing:KeyRing',
      'gcp:secretmanager/secret:Secret', 'azure-native:keyvault:Vault', 'azure-native:keyvault:Key', 'azure-native:keyvault:Secret',
      'azure:keyvault/keyVault:KeyVault', 'azure:keyvault/key:Key', 'azure:keyvault/secret:Secret',
    ],
    cloudformation: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::SecretsManager::Secret', 'AWS::ACMPCA::CertificateAuthority'],
  }),
  // DNS zones: a new zone gets new name servers, and the registrar's delegation breaks.
  row('dns-zone', 'DNS zone', {
    terraform: ['aws_route53_zone', 'google_dns_managed_zone', 'azurerm_dns_zone', 'azurerm_private_dns_zone'],
    pulumi: [
      'aws:route53/zone:Zone', 'gcp:dns/managedZone:ManagedZone', 'azure-native:dns:Zone', 'azure-native:network:Zone',
      'azure-native:network:PrivateZone', 'azure-native:privatedns:PrivateZone', 'azure:dns/zone:Zone', 'azure:privatedns/zone:Zone',
    ],
    cloudformation: ['AWS::Route53::HostedZone'],
  }),
  // Queues and streams: messages not yet consumed are lost.
  row('queue', 'queue or stream', {
    terraform: [
      'aws_sqs_queue', 'aws_kinesis_stream', 'aws_msk_cluster', 'aws_msk_serverless_cluster', 'aws_mq_broker', 'google_pubsub_subscription',
      'azurerm_servicebus_namespace', 'azurerm_servicebus_queue', 'azurerm_servicebus_topic', 'azurerm_servicebus_subscription',
      'azurerm_eventhub_namespace', 'azurerm_eventhub', 'azurerm_storage_queue',
    ],
    pulumi: [
      'aws:sqs/queue:Queue', 'aws:kinesis/stream:Stream', 'aws:msk/cluster:Cluster', 'aws:msk/serverlessCluster:ServerlessCluster',
      'aws:mq/broker:Broker', 'gcp:pubsub/subscription:Subscription', 'azure-native:servicebus:Namespace', 'azure-native:servicebus:Queue',
      'azure-native:servicebus:Topic', 'azure-native:servicebus:Subscription', 'azure-native:eventhub:Namespace',
      'azure-native:eventhub:EventHub', 'azure-native:storage:Queue', 'azure:servicebus/namespace:Namespace', 'azure:servicebus/queue:Queue',
    ],
    cloudformation: ['AWS::SQS::Queue', 'AWS::Kinesis::Stream', 'AWS::MSK::Cluster', 'AWS::AmazonMQ::Broker'],
  }),
  // Caches that persist (Redis, Valkey, MemoryDB); pure memcached caches are left out.
  row('cache', 'persistent cache', {
    terraform: [
      'aws_elasticache_cluster', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache', 'aws_memorydb_cluster',
      'google_redis_instance', 'google_redis_cluster', 'azurerm_redis_cache', 'azurerm_managed_redis',
    ],
    pulumi: [
      'aws:elasticache/cluster:Cluster', 'aws:elasticache/replicationGroup:ReplicationGroup', 'aws:elasticache/serverlessCache:ServerlessCache',
      'aws:memorydb/cluster:Cluster', 'gcp:redis/instance:Instance', 'gcp:redis/cluster:Cluster', 'azure-native:cache:Redis', 'azure:redis/cache:Cache',
    ],
    cloudformation: ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::ServerlessCache', 'AWS::MemoryDB::Cluster'],
  }),
  row('search', 'search index', {
    terraform: ['aws_elasticsearch_domain', 'aws_opensearch_domain', 'aws_opensearchserverless_collection', 'azurerm_search_service'],
    pulumi: ['aws:elasticsearch/domain:Domain', 'aws:opensearch/domain:Domain', 'aws:opensearch/serverlessCollection:ServerlessCollection', 'azure-native:search:Service'],
    cloudformation: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain', 'AWS::OpenSearchServerless::Collection'],
  }),
  row('registry', 'artifact registry', {
    terraform: ['aws_ecr_repository', 'aws_codeartifact_domain', 'aws_codeartifact_repository', 'google_artifact_registry_repository', 'azurerm_container_registry'],
    pulumi: [
      'aws:ecr/repository:Repository', 'aws:codeartifact/domain:Domain', 'aws:codeartifact/repository:Repository',
      'gcp:artifactregistry/repository:Repository', 'azure-native:containerregistry:Registry',
    ],
    cloudformation: ['AWS::ECR::Repository', 'AWS::CodeArtifact::Domain', 'AWS::CodeArtifact::Repository'],
  }),
  // Containers of everything: deleting one deletes what is inside, stateful or not.
  row('container', 'container of other resources', {
    terraform: ['kubernetes_namespace', 'kubernetes_namespace_v1', 'azurerm_resource_group', 'google_project', 'aws_cloudformation_stack'],
    pulumi: [
      'kubernetes:core/v1:Namespace', 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition', 'azure-native:resources:ResourceGroup',
      'azure:core/resourceGroup:ResourceGroup', 'gcp:organizations/project:Project', 'aws:cloudformation/stack:Stack',
    ],
    cloudformation: ['AWS::CloudFormation::Stack'],
    kubernetes: ['Namespace', 'CustomResourceDefinition'],
  }),
  row('logs', 'log store', {
    terraform: ['aws_cloudwatch_log_group', 'google_logging_project_bucket_config', 'azurerm_log_analytics_workspace'],
    pulumi: ['aws:cloudwatch/logGroup:LogGroup', 'gcp:logging/projectBucketConfig:ProjectBucketConfig', 'azure-native:operationalinsights:Workspace'],
    cloudformation: ['AWS::Logs::LogGroup'],
  }),
];
