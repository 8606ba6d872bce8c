"""Shares"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class Share(_base.MetadataMixin, _declare.Editable, _base.ShareResource):
    resource_key = 'share'
    resources_key = 'shares'
    base_path = '/shares'

    #: Every filter Manila's share list understands (``GET /shares``).
    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        'status',
        'host',
        'project_id',
        'user_id',
        'share_server_id',
        'share_network_id',
        'share_type_id',
        'share_group_id',
        'snapshot_id',
        'metadata',
        'extra_specs',
        'is_public',
        'export_location_id',
        'export_location_path',
        'is_soft_deleted',
        'mount_point_name',
        'availability_zone',
        'encryption_key_ref',
        'with_count',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    #: Status of the share's access rules.
    access_rules_status = resource.Body('access_rules_status', type=str)
    #: Availability zone the share lives in.
    availability_zone = resource.Body('availability_zone', type=str)
    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)
    description = resource.Body('description', type=str)
    #: Only used to rename a share (``PUT /shares/{id}``).
    display_name = resource.Body('display_name', type=str)
    #: Only used to change a share's description (``PUT /shares/{id}``).
    display_description = resource.Body('display_description', type=str)
    #: Encryption key reference (2.90).
    encryption_key_ref = resource.Body('encryption_key_ref', type=str)
    host = resource.Body('host', type=str)
    is_creating_new_share_from_snapshot_supported = resource.Body(
        'create_share_from_snapshot_support', type=bool
    )
    is_mounting_snapshot_supported = resource.Body(
        'mount_snapshot_support', type=bool
    )
    is_public = resource.Body('is_public', type=bool)
    is_replicated = resource.Body('has_replicas', type=bool)
    is_reverting_to_snapshot_supported = resource.Body(
        'revert_to_snapshot_support', type=bool
    )
    is_snapshot_supported = resource.Body('snapshot_support', type=bool)
    #: Whether snapshots inherit the share's access rules (2.99).
    is_snapshot_inheriting_share_access_supported = resource.Body(
        'snapshot_inherit_share_access_support', type=bool
    )
    #: Whether the share is in the recycle bin (2.69).
    is_soft_deleted = resource.Body('is_soft_deleted', type=bool)
    #: Human readable export path component (2.84).
    mount_point_name = resource.Body('mount_point_name', type=str)
    progress = resource.Body('progress', type=str)
    project_id = resource.Body('project_id', type=str)
    replication_type = resource.Body('replication_type', type=str)
    #: When the recycle bin will purge the share (2.69).
    scheduled_to_be_deleted_at = resource.Body(
        'scheduled_to_be_deleted_at', type=str
    )
    #: Scheduler hints, sent on create only (2.65).
    scheduler_hints = resource.Body('scheduler_hints', type=dict)
    share_group_id = resource.Body('share_group_id', type=str)
    share_network_id = resource.Body('share_network_id', type=str)
    share_protocol = resource.Body('share_proto', type=str)
    share_server_id = resource.Body('share_server_id', type=str)
    #: Share type: its ID in responses, a name or ID on create.
    share_type = resource.Body('share_type', type=str)
    share_type_name = resource.Body('share_type_name', type=str)
    size = resource.Body('size', type=int)
    snapshot_id = resource.Body('snapshot_id', type=str)
    source_backup_id = resource.Body('source_backup_id', type=str)
    source_share_group_snapshot_member_id = resource.Body(
        'source_share_group_snapshot_member_id', type=str
    )
    status = resource.Body('status', type=str)
    task_state = resource.Body('task_state', type=str)
    user_id = resource.Body('user_id', type=str)
    volume_type = resource.Body('volume_type', type=str)

    def extend_share(self, session, new_size, force=False):
        body = {'new_size': new_size}
        if force:
            body['force'] = True
        self._action(session, {'extend': body})

    def shrink_share(self, session, new_size):
        self._action(session, {'shrink': {'new_size': new_size}})

    def revert_to_snapshot(self, session, snapshot_id):
        self._action(session, {'revert': {'snapshot_id': snapshot_id}})

    def unmanage(self, session):
        self._action(session, {'unmanage': None})

    def soft_delete(self, session):
        self._action(session, {'soft_delete': None})

    def restore(self, session):
        self._action(session, {'restore': None})

    def force_delete(self, session):
        self._action(session, {'force_delete': None})

    def reset_status(self, session, reset_status):
        self._action(session, {'reset_status': {'status': reset_status}})

    def reset_task_state(self, session, task_state):
        self._action(session, {'reset_task_state': {'task_state': task_state}})

    @classmethod
    def manage(cls, session, protocol, export_path, service_host, **params):
        """Bring a share the backend already has under Manila's control."""
        return cls._manage(
            session,
            {
                'protocol': protocol,
                'export_path': export_path,
                'service_host': service_host,
                **params,
            },
        )
