"""Security services: LDAP, Kerberos and Active Directory"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare

#: The types Manila accepts.
TYPES = ('ldap', 'kerberos', 'active_directory')


class SecurityService(_declare.Editable, _base.ShareResource):
    resource_key = 'security_service'
    resources_key = 'security_services'
    base_path = '/security-services'

    #: Every filter Manila's security service list understands.
    _query_mapping = resource.QueryParameters(
        'name',
        'type',
        'user',
        'server',
        'dns_ip',
        'domain',
        'ou',
        'default_ad_site',
        'share_network_id',
        'status',
        'limit',
        'offset',
        include_pagination_defaults=False,
        all_projects='all_tenants',
    )

    created_at = resource.Body('created_at', type=str)
    #: Default Active Directory site (2.76).
    default_ad_site = resource.Body('default_ad_site', type=str)
    description = resource.Body('description', type=str)
    dns_ip = resource.Body('dns_ip', type=str)
    domain = resource.Body('domain', type=str)
    #: Organizational unit (2.44).
    ou = resource.Body('ou', type=str)
    password = resource.Body('password', type=str)
    project_id = resource.Body('project_id', type=str)
    server = resource.Body('server', type=str)
    #: IDs of the share networks using it (detailed lists only).
    share_networks = resource.Body('share_networks', type=list)
    status = resource.Body('status', type=str)
    type = resource.Body('type', type=str)
    updated_at = resource.Body('updated_at', type=str)
    user = resource.Body('user', type=str)
