"""Share group snapshots and their members"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare
from osc_share_plugin.sdk.v2 import _experimental

# Paths may come without a leading slash (urljoin strips it).
# Experimental from 2.31 to 2.54; GA at 2.55.
_experimental.declare(r'(^|/)share-group-snapshots(/|$)', '2.31', '2.54')


class ShareGroupSnapshot(_declare.Editable, _base.ShareResource):
    resource_key = 'share_group_snapshot'
    resources_key = 'share_group_snapshots'
    base_path = '/share-group-snapshots'
    #: Manila names the next links of this list in the singular.
    pagination_key = 'share_group_snapshot_links'

    #: Every filter Manila's group snapshot list understands (exact
    #: matches on its columns) and paging.
    _query_mapping = resource.QueryParameters(
        'name',
        'description',
        'status',
        'share_group_id',
        'project_id',
        'user_id',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    #: One ``{'id', 'size', 'share_id'}`` per share of the group.
    members = resource.Body('members', type=list)
    project_id = resource.Body('project_id', type=str)
    share_group_id = resource.Body('share_group_id', type=str)
    status = resource.Body('status', type=str)

    @classmethod
    def _get_next_link(cls, uri, response, data, marker, limit, total_yielded):
        # The base reads '<resources_key>_links'; Manila sends the singular.
        links = data.get(cls.pagination_key)
        if links is not None:
            data = {**data, f'{cls.resources_key}_links': links}
        return super()._get_next_link(
            uri, response, data, marker, limit, total_yielded
        )

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})

    def force_delete(self, session):
        self._action(session, {'force_delete': None})


class ShareGroupSnapshotMember(_base.ShareResource):
    """The snapshot of one share of the group."""

    resource_key = 'share_group_snapshot_member'
    resources_key = 'share_group_snapshot_members'
    base_path = '/share-group-snapshots/%(share_group_snapshot_id)s/members'

    allow_list = True

    _paginate_by_offset = True

    _query_mapping = resource.QueryParameters(
        'limit', 'offset', include_pagination_defaults=False
    )

    share_group_snapshot_id = resource.URI('share_group_snapshot_id', type=str)

    created_at = resource.Body('created_at', type=str)
    project_id = resource.Body('project_id', type=str)
    share_id = resource.Body('share_id', type=str)
    share_protocol = resource.Body('share_protocol', type=str)
    size = resource.Body('size', type=int)
