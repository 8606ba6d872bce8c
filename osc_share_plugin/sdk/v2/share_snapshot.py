"""Share snapshots"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class ShareSnapshot(_base.MetadataMixin, _base.ShareResource):
    resource_key = 'snapshot'
    resources_key = 'snapshots'
    base_path = '/snapshots'

    allow_list = True
    allow_fetch = True

    _paginate_by_offset = True

    _query_mapping = resource.QueryParameters(
        'name',
        'name~',
        'description',
        'description~',
        'status',
        'share_id',
        'project_id',
        'limit',
        'offset',
        'sort_key',
        'sort_dir',
        all_projects='all_tenants',
    )

    created_at = resource.Body('created_at', type=str)
    description = resource.Body('description', type=str)
    project_id = resource.Body('project_id', type=str)
    share_id = resource.Body('share_id', type=str)
    share_protocol = resource.Body('share_proto', type=str)
    share_size = resource.Body('share_size', type=int)
    size = resource.Body('size', type=int)
    status = resource.Body('status', type=str)
    user_id = resource.Body('user_id', type=str)
