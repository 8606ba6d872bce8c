"""Share types"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class ShareType(_base.ShareResource):
    resource_key = 'share_type'
    resources_key = 'share_types'
    base_path = '/types'

    allow_list = True
    allow_fetch = True

    # Manila has no name filter on types: find lists and matches names.
    _query_mapping = resource.QueryParameters('is_public', 'extra_specs')

    description = resource.Body('description', type=str)
    extra_specs = resource.Body('extra_specs', type=dict)
    is_default = resource.Body('is_default', type=bool)
    is_public = resource.Body('share_type_access:is_public', type=bool)
    required_extra_specs = resource.Body('required_extra_specs', type=dict)
