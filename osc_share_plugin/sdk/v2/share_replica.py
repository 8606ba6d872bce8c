"""Share replicas, their metadata and export locations"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import share_export_location as _el

# Replication was experimental until it graduated in 2.56: in that range
# Manila answers only requests that say they know it.
_experimental.declare(r'(^|/)share-replicas(/|$)', '2.11', '2.55')


class ShareReplica(_base.MetadataMixin, _base.ShareResource):
    resource_key = 'share_replica'
    resources_key = 'share_replicas'
    base_path = '/share-replicas'

    allow_create = True
    allow_fetch = True
    allow_delete = True
    allow_list = True

    _paginate_by_offset = True

    #: Manila filters replicas by share only; it pages them by offset.
    _query_mapping = resource.QueryParameters('share_id', 'limit', 'offset')

    availability_zone = resource.Body('availability_zone', type=str)
    #: Whether access rules are cast to read-only (admin, 2.30).
    cast_rules_to_readonly = resource.Body('cast_rules_to_readonly', type=bool)
    created_at = resource.Body('created_at', type=str)
    #: Backend of the replica (admin).
    host = resource.Body('host', type=str)
    #: Replica metadata (2.95).
    metadata = resource.Body('metadata', type=dict)
    #: ``active``, ``in_sync``, ``out_of_sync`` or ``error``.
    replica_state = resource.Body('replica_state', type=str)
    #: Scheduler hints, sent on create only (2.67): ``only_host``.
    scheduler_hints = resource.Body('scheduler_hints', type=dict)
    share_id = resource.Body('share_id', type=str)
    #: Share network of the replica (2.72 on create).
    share_network_id = resource.Body('share_network_id', type=str)
    #: Share server of the replica (admin).
    share_server_id = resource.Body('share_server_id', type=str)
    status = resource.Body('status', type=str)
    updated_at = resource.Body('updated_at', type=str)

    @classmethod
    def _get_next_link(cls, uri, response, data, marker, limit, total_yielded):
        # Manila names the links 'share_replica_links', not after the key.
        if isinstance(data, dict) and 'share_replica_links' in data:
            links = data['share_replica_links']
            data = {**data, 'share_replicas_links': links}
        return super()._get_next_link(
            uri, response, data, marker, limit, total_yielded
        )

    def promote(self, session, quiesce_wait_time=None):
        body = None
        if quiesce_wait_time is not None:
            body = {'quiesce_wait_time': quiesce_wait_time}
        self._action(session, {'promote': body})

    def resync(self, session):
        self._action(session, {'resync': None})

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def reset_replica_state(self, session, replica_state):
        self._action(
            session, {'reset_replica_state': {'replica_state': replica_state}}
        )

    def force_delete(self, session):
        self._action(session, {'force_delete': None})


class ShareReplicaExportLocation(
    _el.ExportLocationFields, _base.ShareResource
):
    base_path = '/share-replicas/%(replica_id)s/export-locations'

    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    replica_id = resource.URI('replica_id', type=str)

    availability_zone = resource.Body('availability_zone', type=str)
    replica_state = resource.Body('replica_state', type=str)
