"""Share types, their extra specs and their project access"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _type_base


class ShareTypeAccess(resource.Resource):
    """One project's access to a private share type."""

    project_id = resource.Body('project_id', type=str)
    share_type_id = resource.Body('share_type_id', type=str)


class ShareType(_type_base.TypeMixin, _base.ShareResource):
    resource_key = 'share_type'
    resources_key = 'share_types'
    base_path = '/types'

    #: Renamed, re-described and made public or private in place (2.50).
    allow_commit = True

    # Manila has no name filter on types: find lists and matches names.
    # ``is_public``: true (the default), false, or ``all`` (admin).
    _query_mapping = resource.QueryParameters(
        'is_public', 'extra_specs', include_pagination_defaults=False
    )

    _specs_key = 'extra_specs'
    _specs_segment = 'extra_specs'
    _access_segment = 'share_type_access'
    _access_resource = ShareTypeAccess

    #: Description (2.41).
    description = resource.Body('description', type=str)
    #: Every extra spec, required ones included.
    extra_specs = resource.Body('extra_specs', type=dict)
    is_public = resource.Body('share_type_access:is_public', type=bool)
    #: The specs every type must have (driver_handles_share_servers).
    required_extra_specs = resource.Body('required_extra_specs', type=dict)
