"""Share network subnets (2.51) and their metadata (2.78)"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class ShareNetworkSubnet(_base.MetadataMixin, _base.ShareResource):
    resource_key = 'share_network_subnet'
    resources_key = 'share_network_subnets'
    base_path = '/share-networks/%(share_network_id)s/subnets'

    allow_create = True
    allow_fetch = True
    allow_delete = True
    allow_list = True

    # Manila lists a network's subnets whole and filters nothing.
    _query_mapping = resource.QueryParameters(
        include_pagination_defaults=False
    )

    share_network_id = resource.URI('share_network_id', type=str)

    availability_zone = resource.Body('availability_zone', type=str)
    cidr = resource.Body('cidr', type=str)
    created_at = resource.Body('created_at', type=str)
    gateway = resource.Body('gateway', type=str)
    ip_version = resource.Body('ip_version', type=int)
    #: Subnet metadata (2.78).
    metadata = resource.Body('metadata', type=dict)
    mtu = resource.Body('mtu', type=int)
    network_type = resource.Body('network_type', type=str)
    neutron_net_id = resource.Body('neutron_net_id', type=str)
    neutron_subnet_id = resource.Body('neutron_subnet_id', type=str)
    segmentation_id = resource.Body('segmentation_id', type=int)
    share_network_name = resource.Body('share_network_name', type=str)
    updated_at = resource.Body('updated_at', type=str)

    def create(self, session, *args, resource_request_key=None, **kwargs):
        # Manila reads the new subnet under a hyphenated key.
        return super().create(
            session,
            *args,
            resource_request_key=resource_request_key
            or 'share-network-subnet',
            **kwargs,
        )
