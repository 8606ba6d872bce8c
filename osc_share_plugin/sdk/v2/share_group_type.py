"""Share group types, their group specs and their project access"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _experimental
from osc_share_plugin.sdk.v2 import _type_base

# Paths may come without a leading slash (urljoin strips it).
# Experimental from 2.31 to 2.54; GA at 2.55.
_experimental.declare(r'(^|/)share-group-types(/|$)', '2.31', '2.54')


class ShareGroupTypeAccess(resource.Resource):
    """One project's access to a private share group type."""

    project_id = resource.Body('project_id', type=str)
    share_group_type_id = resource.Body('share_group_type_id', type=str)


class ShareGroupType(_type_base.TypeMixin, _base.ShareResource):
    resource_key = 'share_group_type'
    resources_key = 'share_group_types'
    base_path = '/share-group-types'

    # Manila has no name filter on group types: find lists and matches
    # names. ``is_public``: true (the default), false, or ``all`` (admin);
    # ``group_specs`` (dict, 2.66).
    _query_mapping = resource.QueryParameters(
        'is_public', 'group_specs', include_pagination_defaults=False
    )

    _specs_key = 'group_specs'
    _specs_segment = 'group-specs'
    _access_segment = 'access'
    _access_resource = ShareGroupTypeAccess

    group_specs = resource.Body('group_specs', type=dict)
    is_public = resource.Body('is_public', type=bool)
    #: IDs of the share types groups of this type may hold; on create,
    #: names or IDs.
    share_types = resource.Body('share_types', type=list)
