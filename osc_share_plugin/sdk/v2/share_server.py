"""Share servers (admin): manage, reset, backend details and migration"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import MAX_MICROVERSION

#: Server migration and task-state resets are experimental in Manila.
MIGRATION_ACTIONS = (
    'migration_check',
    'migration_start',
    'migration_complete',
    'migration_cancel',
    'migration_get_progress',
    'reset_task_state',
)
_experimental.declare(
    r'(^|/)share-servers/[^/]+/action$',
    '2.57',
    MAX_MICROVERSION,
    actions=MIGRATION_ACTIONS,
)


class ShareServer(_base.ShareResource):
    resource_key = 'share_server'
    resources_key = 'share_servers'
    base_path = '/share-servers'

    allow_fetch = True
    allow_delete = True
    allow_list = True

    #: Every filter Manila's share server list understands: it answers an
    #: empty list to any other key, and pages nothing.
    _query_mapping = resource.QueryParameters(
        'host',
        'status',
        'project_id',
        'share_network',
        'share_network_id',
        'share_network_subnet_id',
        'source_share_server_id',
        'identifier',
        'task_state',
        'is_auto_deletable',
        'security_service_update_support',
        'network_allocation_update_support',
        'encryption_key_ref',
        include_pagination_defaults=False,
    )

    #: What the driver keeps about the server (show only).
    backend_details = resource.Body('backend_details', type=dict)
    created_at = resource.Body('created_at', type=str)
    #: Encryption key reference (2.90).
    encryption_key_ref = resource.Body('encryption_key_ref', type=str)
    host = resource.Body('host', type=str)
    #: The server's identifier on the backend (2.49).
    identifier = resource.Body('identifier', type=str)
    #: Whether Manila deletes it with its last share (2.49).
    is_auto_deletable = resource.Body('is_auto_deletable', type=bool)
    is_network_allocation_update_supported = resource.Body(
        'network_allocation_update_support', type=bool
    )
    is_security_service_update_supported = resource.Body(
        'security_service_update_support', type=bool
    )
    project_id = resource.Body('project_id', type=str)
    share_network_id = resource.Body('share_network_id', type=str)
    share_network_name = resource.Body('share_network_name', type=str)
    #: Its subnet (2.51 to 2.69).
    share_network_subnet_id = resource.Body(
        'share_network_subnet_id', type=str
    )
    #: Its subnets (2.70).
    share_network_subnet_ids = resource.Body(
        'share_network_subnet_ids', type=list
    )
    #: The server a migration copies from (2.57).
    source_share_server_id = resource.Body('source_share_server_id', type=str)
    status = resource.Body('status', type=str)
    #: Migration task state (2.57).
    task_state = resource.Body('task_state', type=str)
    updated_at = resource.Body('updated_at', type=str)

    def _answer(self, session, action, body):
        response = self._action(session, {action: body})
        try:
            return response.json()
        except ValueError:
            return {}

    def fetch_details(self, session):
        """``GET /share-servers/{id}/details``: the backend's details."""
        response = self._send(session, 'get', self._path('details'))
        return response.json().get('details') or {}

    @classmethod
    def manage(cls, session, host, share_network_id, identifier, **attrs):
        """Bring a backend's share server under Manila's control (2.49)."""
        return cls._manage(
            session,
            {
                'host': host,
                'share_network_id': share_network_id,
                'identifier': identifier,
                **attrs,
            },
        )

    def unmanage(self, session, force=False):
        self._action(session, {'unmanage': {'force': bool(force)}})

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def reset_task_state(self, session, task_state):
        self._action(session, {'reset_task_state': {'task_state': task_state}})

    def _migration_body(
        self, host, writable, nondisruptive, preserve_snapshots, network_id
    ):
        return {
            'host': host,
            'writable': writable,
            'nondisruptive': nondisruptive,
            'preserve_snapshots': preserve_snapshots,
            'new_share_network_id': network_id,
        }

    def migration_check(
        self, session, host, *flags, new_share_network_id=None
    ):
        body = self._migration_body(host, *flags, new_share_network_id)
        return self._answer(session, 'migration_check', body)

    def migration_start(
        self, session, host, *flags, new_share_network_id=None
    ):
        body = self._migration_body(host, *flags, new_share_network_id)
        self._action(session, {'migration_start': body})

    def migration_complete(self, session):
        return self._answer(session, 'migration_complete', None)

    def migration_cancel(self, session):
        self._action(session, {'migration_cancel': None})

    def migration_get_progress(self, session):
        return self._answer(session, 'migration_get_progress', None)
