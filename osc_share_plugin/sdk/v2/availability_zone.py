"""Availability zones"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class AvailabilityZone(_base.ShareResource):
    resource_key = 'availability_zone'
    resources_key = 'availability_zones'
    base_path = '/availability-zones'

    allow_list = True

    # The list takes no filters and is never paged.
    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)
