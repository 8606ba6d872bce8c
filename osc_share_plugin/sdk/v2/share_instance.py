"""Share instances (admin) and their export locations"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import share_export_location as _el


class ShareInstance(_base.ShareResource):
    resource_key = 'share_instance'
    resources_key = 'share_instances'
    base_path = '/share_instances'

    allow_fetch = True
    allow_list = True

    #: Manila filters instances by these (``GET /share_instances``); it
    #: neither pages nor sorts them.
    _query_mapping = resource.QueryParameters(
        'export_location_id',
        'export_location_path',
        'is_soft_deleted',
        include_pagination_defaults=False,
    )

    #: Status of the instance's access rules (2.10).
    access_rules_status = resource.Body('access_rules_status', type=str)
    availability_zone = resource.Body('availability_zone', type=str)
    #: Whether access rules are cast to read-only (2.30).
    cast_rules_to_readonly = resource.Body('cast_rules_to_readonly', type=bool)
    created_at = resource.Body('created_at', type=str)
    #: The export path, before 2.9 only.
    export_location = resource.Body('export_location', type=str)
    #: The export paths, before 2.9 only.
    export_locations = resource.Body('export_locations', type=list)
    host = resource.Body('host', type=str)
    #: Creation progress, such as ``100%`` (2.54).
    progress = resource.Body('progress', type=str)
    #: Replica state when the share is replicated (2.11).
    replica_state = resource.Body('replica_state', type=str)
    share_id = resource.Body('share_id', type=str)
    share_network_id = resource.Body('share_network_id', type=str)
    share_server_id = resource.Body('share_server_id', type=str)
    #: Share type (2.22).
    share_type_id = resource.Body('share_type_id', type=str)
    status = resource.Body('status', type=str)
    #: Last update (2.71).
    updated_at = resource.Body('updated_at', type=str)

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def force_delete(self, session):
        self._action(session, {'force_delete': None})


class ShareInstanceExportLocation(
    _el.ExportLocationFields, _base.ShareResource
):
    base_path = '/share_instances/%(instance_id)s/export_locations'

    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    instance_id = resource.URI('instance_id', type=str)
