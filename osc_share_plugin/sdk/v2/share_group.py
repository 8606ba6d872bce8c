"""Share groups"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare
from osc_share_plugin.sdk.v2 import _experimental

# Paths may come without a leading slash (urljoin strips it).
# Experimental from 2.31 (their introduction) to 2.54; GA at 2.55.
_experimental.declare(r'(^|/)share-groups(/|$)', '2.31', '2.54')


class ShareGroup(_declare.Editable, _base.ShareResource):
    resource_key = 'share_group'
    resources_key = 'share_groups'
    base_path = '/share-groups'

    #: Every filter Manila's share group list understands: the group's
    #: columns, ``name~``/``description~`` (2.36) and paging.
    _query_mapping = resource.QueryParameters(
        *_declare.NAME_FILTERS,
        'status',
        'host',
        'project_id',
        'share_server_id',
        'share_network_id',
        'share_group_type_id',
        'source_share_group_snapshot_id',
        'availability_zone_id',
        'consistent_snapshot_support',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    #: Availability zone the group's shares live in (2.34).
    availability_zone = resource.Body('availability_zone', type=str)
    #: ``pool`` or ``host``: how consistent its snapshots are (2.34).
    consistent_snapshot_support = resource.Body(
        'consistent_snapshot_support', type=str
    )
    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    host = resource.Body('host', type=str)
    project_id = resource.Body('project_id', type=str)
    share_group_type_id = resource.Body('share_group_type_id', type=str)
    share_network_id = resource.Body('share_network_id', type=str)
    #: Share server of the group (admin only).
    share_server_id = resource.Body('share_server_id', type=str)
    #: IDs of the share types the group's shares may have.
    share_types = resource.Body('share_types', type=list)
    #: The group snapshot the group was made from.
    source_share_group_snapshot_id = resource.Body(
        'source_share_group_snapshot_id', type=str
    )
    status = resource.Body('status', type=str)

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def force_delete(self, session):
        self._action(session, {'force_delete': None})
